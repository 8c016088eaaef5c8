package org.bytepy.compiler;

import java.math.BigInteger;
import java.util.List;

import org.bytepy.ast.Ast;
import org.bytepy.ast.Ast.Expr;
import org.bytepy.parser.CompileWarning;

/**
 * The compiler's SyntaxWarnings, as CPython 3.12's {@code check_compare}, {@code check_caller},
 * {@code check_subscripter}, {@code check_index} and the tuple assertion in {@code compiler_assert}:
 * code that is valid but almost surely a mistake ({@code x is 1}, {@code [1](2)}, {@code (a, b)[c]}
 * with a str index, {@code assert (x, "msg")}). Expressions are judged after constant folding.
 */
final class SyntaxWarnings {
    private final List<CompileWarning> out;

    SyntaxWarnings(List<CompileWarning> out) {
        this.out = out;
    }

    private void warn(Ast.Pos pos, String message) {
        out.add(new CompileWarning(message, pos.line(), pos.col() + 1, pos.endLine(), pos.endCol() + 1));
    }

    /** The value of a constant expression, or null; a complex literal counts ({@link Ast.Imaginary}). */
    private static Object constant(Expr e) {
        if (e instanceof Ast.Constant c) {
            return c.value();
        }
        if (e instanceof Ast.Tuple || e instanceof Ast.UnaryOp || e instanceof Ast.BinOp) {
            return ConstantFolder.fold(e);
        }
        return null;
    }

    /** CPython's {@code infer_type}: the type name an expression surely has, or null. */
    private static String inferType(Expr e) {
        return switch (e) {
            case Ast.Tuple t -> "tuple";
            case Ast.ListExpr l -> "list";
            case Ast.ListComp l -> "list";
            case Ast.Dict d -> "dict";
            case Ast.DictComp d -> "dict";
            case Ast.Set s -> "set";
            case Ast.SetComp s -> "set";
            case Ast.GeneratorExp g -> "generator";
            case Ast.Lambda l -> "function";
            case Ast.JoinedStr j -> "str";
            case Ast.FormattedValue f -> "str";
            default -> {
                Object v = constant(e);
                yield v == null ? null : typeName(v);
            }
        };
    }

    private static String typeName(Object v) {
        if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof Long || v instanceof BigInteger) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof Ast.Imaginary) {
            return "complex";
        } else if (v instanceof String) {
            return "str";
        } else if (v instanceof byte[]) {
            return "bytes";
        } else if (v == Ast.NoneValue.NONE) {
            return "NoneType";
        } else if (v == Ast.EllipsisValue.ELLIPSIS) {
            return "ellipsis";
        } else if (v instanceof List<?>) {
            return "tuple";
        }
        return null;
    }

    /** {@code check_is_arg}: not a literal (after folding: CPython's Constant_kind), or None, True, False or Ellipsis. */
    private static boolean isArgOk(Expr e) {
        Object v = constant(e);
        return v == null || v == Ast.NoneValue.NONE || v instanceof Boolean || v == Ast.EllipsisValue.ELLIPSIS;
    }

    void compare(Ast.Compare c) {
        boolean left = isArgOk(c.left());
        Expr leftExpr = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            Ast.CmpOpKind op = c.ops().get(i);
            Expr rightExpr = c.comparators().get(i);
            boolean right = isArgOk(rightExpr);
            if ((op == Ast.CmpOpKind.IS || op == Ast.CmpOpKind.ISNOT) && (!right || !left)) {
                Expr literal = !left ? leftExpr : rightExpr;
                String fmt = op == Ast.CmpOpKind.IS ? "\"is\" with '%s' literal. Did you mean \"==\"?" : "\"is not\" with '%s' literal. Did you mean \"!=\"?";
                warn(c.pos(), String.format(fmt, inferType(literal)));
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    void call(Ast.Call c) {
        Expr f = c.func();
        boolean literal = switch (f) {
            case Ast.Tuple t -> true;
            case Ast.ListExpr l -> true;
            case Ast.ListComp l -> true;
            case Ast.Dict d -> true;
            case Ast.DictComp d -> true;
            case Ast.Set s -> true;
            case Ast.SetComp s -> true;
            case Ast.GeneratorExp g -> true;
            case Ast.JoinedStr j -> true;
            case Ast.FormattedValue v -> true;
            default -> constant(f) != null;
        };
        if (literal) {
            warn(f.pos(), String.format("'%s' object is not callable; perhaps you missed a comma?", inferType(f)));
        }
    }

    /** A subscript load: {@code check_subscripter}, then {@code check_index}. */
    void subscript(Ast.Subscript s) {
        Expr e = s.value();
        boolean notSubscriptable;
        Object v = constant(e);
        if (v != null) {
            notSubscriptable = v == Ast.NoneValue.NONE || v == Ast.EllipsisValue.ELLIPSIS || v instanceof Long || v instanceof BigInteger || v instanceof Boolean ||
                            v instanceof Double || v instanceof Ast.Imaginary;
        } else {
            notSubscriptable = e instanceof Ast.Set || e instanceof Ast.SetComp || e instanceof Ast.GeneratorExp || e instanceof Ast.Lambda;
        }
        if (notSubscriptable) {
            warn(e.pos(), String.format("'%s' object is not subscriptable; perhaps you missed a comma?", inferType(e)));
            return;
        }
        String indexType = s.slice() instanceof Ast.Slice ? null : inferType(s.slice());
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        boolean sequence;
        if (v != null) {
            sequence = v instanceof String || v instanceof byte[] || v instanceof List<?>;
        } else {
            sequence = e instanceof Ast.Tuple || e instanceof Ast.ListExpr || e instanceof Ast.ListComp || e instanceof Ast.JoinedStr || e instanceof Ast.FormattedValue;
        }
        if (sequence) {
            warn(e.pos(), String.format("%s indices must be integers or slices, not %s; perhaps you missed a comma?", inferType(e), indexType));
        }
    }

    void assertion(Ast.Assert a) {
        if (a.test() instanceof Ast.Tuple t && !t.elts().isEmpty()) {
            warn(a.pos(), "assertion is always true, perhaps remove parentheses?");
        }
    }
}
