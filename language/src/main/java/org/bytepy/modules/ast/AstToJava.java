package org.bytepy.modules.ast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.ast.Ast;
import org.bytepy.ast.Ast.*;
import org.bytepy.runtime.PyComplex;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/** Turns {@code ast} node objects back into the parser's tree, for {@code compile(tree, ...)}. */
final class AstToJava {
    /** Longest column seen per line (first pass), and the start offset of each line in the synthetic source (second pass). */
    private int[] widths = new int[64];
    private int[] lineStarts;

    private final AstModule.Types types;

    private AstToJava(AstModule.Types types) {
        this.types = types;
    }

    /** The tree of {@code o} and a blank source text in which its positions are valid offsets. */
    @TruffleBoundary
    static Object[] convert(AstModule.Types types, Object o, String mode) {
        AstToJava c = new AstToJava(types);
        c.mod(o, mode);
        StringBuilder sb = new StringBuilder();
        c.lineStarts = new int[c.widths.length + 1];
        for (int i = 1; i < c.widths.length; i++) {
            c.lineStarts[i] = sb.length();
            sb.append(" ".repeat(c.widths[i])).append('\n');
        }
        c.lineStarts[c.widths.length] = sb.length();
        return new Object[]{c.mod(o, mode), sb.toString()};
    }

    private int offset(int line, int col) {
        if (line < 1 || line >= widths.length) {
            return 0;
        }
        return lineStarts[line] + Math.max(0, Math.min(col, widths[line]));
    }

    /** The name of the {@code _ast} class that {@code o} is an instance of (or of a subclass of), or null. */
    String kind(Object o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        for (PyType t : PyTypes.typeOf(o).getMro()) {
            if (types.types.get(t.getName()) == t) {
                return t.getName();
            }
        }
        return null;
    }

    private Object get(Object o, String name) {
        Object v = PyObjects.lookupAttr(o, name);
        return v == null || v == PyNone.NONE ? null : v;
    }

    private Object req(Object o, String name) {
        Object v = PyObjects.lookupAttr(o, name);
        if (v == null) {
            throw PyErrors.typeError(null, "required field \"%s\" missing from %s", name, kind(o));
        }
        return v;
    }

    private String str(Object o, String name, boolean required) {
        Object v = required ? req(o, name) : get(o, name);
        if (v == null || v == PyNone.NONE) {
            if (required) {
                throw PyErrors.valueError(null, "field '%s' is required for %s", name, kind(o));
            }
            return null;
        }
        if (!(v instanceof String s)) {
            throw PyErrors.typeError(null, "AST %s field \"%s\" must be a str, not %s", kind(o), name, PyObjects.typeName(v));
        }
        return s;
    }

    private long integer(Object o, String name) {
        Object v = req(o, name);
        if (!PyNumber.isInt(v)) {
            throw PyErrors.typeError(null, "invalid integer value: %s", PyObjects.repr(v));
        }
        return org.bytepy.builtins.Args.index(v);
    }

    private Object[] seq(Object o, String name) {
        Object v = get(o, name);
        if (v == null) {
            return new Object[0];
        }
        if (!(v instanceof org.bytepy.runtime.PyList) && !(v instanceof PyTuple)) {
            throw PyErrors.typeError(null, "%s field \"%s\" must be a list, not a %s", kind(o), name, PyObjects.typeName(v));
        }
        return PyObjects.toArray(v, null);
    }

    private int intOf(Object v) {
        return v == null ? 0 : (int) org.bytepy.builtins.Args.index(v);
    }

    private Pos pos(Object o) {
        Object l = get(o, "lineno");
        if (l == null) {
            return Pos.NONE;
        }
        int line = intOf(l);
        int col = intOf(get(o, "col_offset"));
        Object el = get(o, "end_lineno");
        Object ec = get(o, "end_col_offset");
        int endLine = el == null ? line : intOf(el);
        int endCol = ec == null ? col : intOf(ec);
        if (lineStarts == null) {
            int top = Math.max(line, endLine);
            if (top > 1_000_000 || top < 0) {
                return new Pos(line, col, endLine, endCol, 0, 0);
            }
            if (top >= widths.length) {
                widths = java.util.Arrays.copyOf(widths, Math.max(top + 1, widths.length * 2));
            }
            if (line >= 1) {
                widths[line] = Math.max(widths[line], Math.min(col, 10_000));
            }
            if (endLine >= 1) {
                widths[endLine] = Math.max(widths[endLine], Math.min(endCol, 10_000));
            }
            return new Pos(line, col, endLine, endCol, 0, 0);
        }
        int start = offset(line, col);
        return new Pos(line, col, endLine, endCol, start, Math.max(start, offset(endLine, endCol)));
    }

    @TruffleBoundary
    Ast.Mod mod(Object o, String mode) {
        String k = kind(o);
        String want = switch (mode) {
            case "exec" -> "Module";
            case "eval" -> "Expression";
            default -> "Interactive";
        };
        if (!want.equals(k)) {
            throw PyErrors.typeError(null, "expected %s node, got %s", want, PyObjects.typeName(o));
        }
        return switch (k) {
            case "Module" -> new Ast.Module(Pos.NONE, stmts(o, "body"));
            case "Expression" -> new Expression(Pos.NONE, expr(req(o, "body")));
            default -> new Interactive(Pos.NONE, stmts(o, "body"));
        };
    }

    private List<Stmt> stmts(Object o, String name) {
        List<Stmt> out = new ArrayList<>();
        for (Object x : seq(o, name)) {
            out.add(stmt(x));
        }
        return out;
    }

    private List<Expr> exprs(Object o, String name, boolean allowNone) {
        List<Expr> out = new ArrayList<>();
        for (Object x : seq(o, name)) {
            out.add(allowNone && x == PyNone.NONE ? null : expr(x));
        }
        return out;
    }

    private List<String> strs(Object o, String name) {
        List<String> out = new ArrayList<>();
        for (Object x : seq(o, name)) {
            out.add(PyObjects.str(x));
        }
        return out;
    }

    private Expr optExpr(Object o, String name) {
        Object v = get(o, name);
        return v == null ? null : expr(v);
    }

    private Ctx ctx(Object o) {
        String k = kind(get(o, "ctx"));
        return "Store".equals(k) ? Ctx.STORE : "Del".equals(k) ? Ctx.DEL : Ctx.LOAD;
    }

    private BinOpKind binOp(Object o) {
        String k = kind(req(o, "op"));
        return switch (k == null ? "" : k) {
            case "Add" -> BinOpKind.ADD;
            case "Sub" -> BinOpKind.SUB;
            case "Mult" -> BinOpKind.MULT;
            case "MatMult" -> BinOpKind.MATMULT;
            case "Div" -> BinOpKind.DIV;
            case "Mod" -> BinOpKind.MOD;
            case "Pow" -> BinOpKind.POW;
            case "LShift" -> BinOpKind.LSHIFT;
            case "RShift" -> BinOpKind.RSHIFT;
            case "BitOr" -> BinOpKind.BITOR;
            case "BitXor" -> BinOpKind.BITXOR;
            case "BitAnd" -> BinOpKind.BITAND;
            case "FloorDiv" -> BinOpKind.FLOORDIV;
            default -> throw PyErrors.typeError(null, "expected some sort of operator, but got %s", PyObjects.repr(get(o, "op")));
        };
    }

    private UnaryOpKind unOp(Object o) {
        String k = kind(req(o, "op"));
        return switch (k == null ? "" : k) {
            case "Invert" -> UnaryOpKind.INVERT;
            case "Not" -> UnaryOpKind.NOT;
            case "UAdd" -> UnaryOpKind.UADD;
            case "USub" -> UnaryOpKind.USUB;
            default -> throw PyErrors.typeError(null, "expected some sort of unaryop, but got %s", PyObjects.repr(get(o, "op")));
        };
    }

    private CmpOpKind cmpOp(Object x) {
        String k = kind(x);
        return switch (k == null ? "" : k) {
            case "Eq" -> CmpOpKind.EQ;
            case "NotEq" -> CmpOpKind.NOTEQ;
            case "Lt" -> CmpOpKind.LT;
            case "LtE" -> CmpOpKind.LTE;
            case "Gt" -> CmpOpKind.GT;
            case "GtE" -> CmpOpKind.GTE;
            case "Is" -> CmpOpKind.IS;
            case "IsNot" -> CmpOpKind.ISNOT;
            case "In" -> CmpOpKind.IN;
            case "NotIn" -> CmpOpKind.NOTIN;
            default -> throw PyErrors.typeError(null, "expected some sort of cmpop, but got %s", PyObjects.repr(x));
        };
    }

    static Object constant(Object v) {
        if (v == PyNone.NONE) {
            return NoneValue.NONE;
        } else if (v == PySingleton.ELLIPSIS) {
            return EllipsisValue.ELLIPSIS;
        } else if (v instanceof PyComplex c && c.real == 0.0) {
            return new Imaginary(c.imag);
        } else if (v instanceof PyTuple t) {
            List<Object> out = new ArrayList<>();
            for (Object x : t.items()) {
                out.add(constant(x));
            }
            return out;
        } else if (v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Boolean || v instanceof String || v instanceof byte[]) {
            return v;
        } else if (v instanceof Integer i) {
            return (long) i;
        }
        throw PyErrors.typeError(null, "got an invalid type in Constant: %s", PyObjects.typeName(v));
    }

    private Stmt stmt(Object o) {
        String k = kind(o);
        if (k == null) {
            throw PyErrors.typeError(null, "expected some sort of stmt, but got %s", PyObjects.repr(o));
        }
        Pos p = pos(o);
        return switch (k) {
            case "FunctionDef", "AsyncFunctionDef" -> new FunctionDef(p, str(o, "name", true), arguments(req(o, "args")), stmts(o, "body"), exprs(o, "decorator_list", false),
                            optExpr(o, "returns"), k.equals("AsyncFunctionDef"), typeParams(o));
            case "ClassDef" -> new ClassDef(p, str(o, "name", true), exprs(o, "bases", false), keywords(o), stmts(o, "body"), exprs(o, "decorator_list", false), typeParams(o));
            case "Return" -> new Return(p, optExpr(o, "value"));
            case "Delete" -> new Delete(p, exprs(o, "targets", false));
            case "Assign" -> new Assign(p, exprs(o, "targets", false), expr(req(o, "value")));
            case "TypeAlias" -> new TypeAlias(p, expr(req(o, "name")), typeParams(o), expr(req(o, "value")));
            case "AugAssign" -> new AugAssign(p, expr(req(o, "target")), binOp(o), expr(req(o, "value")));
            case "AnnAssign" -> new AnnAssign(p, expr(req(o, "target")), expr(req(o, "annotation")), optExpr(o, "value"), integer(o, "simple") != 0);
            case "For", "AsyncFor" -> new For(p, expr(req(o, "target")), expr(req(o, "iter")), stmts(o, "body"), stmts(o, "orelse"), k.equals("AsyncFor"));
            case "While" -> new While(p, expr(req(o, "test")), stmts(o, "body"), stmts(o, "orelse"));
            case "If" -> new If(p, expr(req(o, "test")), stmts(o, "body"), stmts(o, "orelse"));
            case "With", "AsyncWith" -> {
                List<WithItem> items = new ArrayList<>();
                for (Object x : seq(o, "items")) {
                    items.add(new WithItem(p, expr(req(x, "context_expr")), optExpr(x, "optional_vars")));
                }
                yield new With(p, items, stmts(o, "body"), k.equals("AsyncWith"));
            }
            case "Match" -> {
                List<MatchCase> cases = new ArrayList<>();
                for (Object x : seq(o, "cases")) {
                    cases.add(new MatchCase(p, pattern(req(x, "pattern")), optExpr(x, "guard"), stmts(x, "body")));
                }
                yield new Match(p, expr(req(o, "subject")), cases);
            }
            case "Raise" -> new Raise(p, optExpr(o, "exc"), optExpr(o, "cause"));
            case "Try", "TryStar" -> {
                List<ExceptHandler> hs = new ArrayList<>();
                for (Object x : seq(o, "handlers")) {
                    hs.add(new ExceptHandler(pos(x), optExpr(x, "type"), str(x, "name", false), stmts(x, "body")));
                }
                yield new Try(p, stmts(o, "body"), hs, stmts(o, "orelse"), stmts(o, "finalbody"), k.equals("TryStar"));
            }
            case "Assert" -> new Assert(p, expr(req(o, "test")), optExpr(o, "msg"));
            case "Import" -> new Import(p, aliases(o));
            case "ImportFrom" -> new ImportFrom(p, str(o, "module", false), aliases(o), get(o, "level") == null ? 0 : (int) integer(o, "level"));
            case "Global" -> new Global(p, strs(o, "names"));
            case "Nonlocal" -> new Nonlocal(p, strs(o, "names"));
            case "Expr" -> new ExprStmt(p, expr(req(o, "value")));
            case "Pass" -> new Pass(p);
            case "Break" -> new Break(p);
            case "Continue" -> new Continue(p);
            default -> throw PyErrors.typeError(null, "expected some sort of stmt, but got %s", PyObjects.repr(o));
        };
    }

    private List<Alias> aliases(Object o) {
        List<Alias> out = new ArrayList<>();
        for (Object x : seq(o, "names")) {
            out.add(new Alias(pos(x), str(x, "name", true), str(x, "asname", false)));
        }
        return out;
    }

    private List<Keyword> keywords(Object o) {
        List<Keyword> out = new ArrayList<>();
        for (Object x : seq(o, "keywords")) {
            out.add(new Keyword(pos(x), str(x, "arg", false), expr(req(x, "value"))));
        }
        return out;
    }

    private List<TypeParam> typeParams(Object o) {
        List<TypeParam> out = new ArrayList<>();
        for (Object x : seq(o, "type_params")) {
            String k = kind(x);
            Pos p = pos(x);
            out.add(switch (k == null ? "" : k) {
                case "TypeVar" -> new Ast.TypeVar(p, str(x, "name", true), optExpr(x, "bound"));
                case "ParamSpec" -> new Ast.ParamSpec(p, str(x, "name", true));
                case "TypeVarTuple" -> new Ast.TypeVarTuple(p, str(x, "name", true));
                default -> throw PyErrors.typeError(null, "expected some sort of type_param, but got %s", PyObjects.repr(x));
            });
        }
        return out;
    }

    private Arg arg(Object x) {
        return x == null || x == PyNone.NONE ? null : new Arg(pos(x), str(x, "arg", true), optExpr(x, "annotation"));
    }

    private List<Arg> args(Object o, String name) {
        List<Arg> out = new ArrayList<>();
        for (Object x : seq(o, name)) {
            out.add(arg(x));
        }
        return out;
    }

    private Arguments arguments(Object o) {
        return new Arguments(Pos.NONE, args(o, "posonlyargs"), args(o, "args"), arg(get(o, "vararg")), args(o, "kwonlyargs"), exprs(o, "kw_defaults", true), arg(get(o, "kwarg")),
                        exprs(o, "defaults", false));
    }

    private List<Comprehension> generators(Object o) {
        List<Comprehension> out = new ArrayList<>();
        for (Object x : seq(o, "generators")) {
            out.add(new Comprehension(Pos.NONE, expr(req(x, "target")), expr(req(x, "iter")), exprs(x, "ifs", false), get(x, "is_async") != null && integer(x, "is_async") != 0));
        }
        return out;
    }

    private List<Pattern> patterns(Object o, String name) {
        List<Pattern> out = new ArrayList<>();
        for (Object x : seq(o, name)) {
            out.add(pattern(x));
        }
        return out;
    }

    private Pattern pattern(Object o) {
        String k = kind(o);
        Pos p = pos(o);
        return switch (k == null ? "" : k) {
            case "MatchValue" -> new MatchValue(p, expr(req(o, "value")));
            case "MatchSingleton" -> new MatchSingleton(p, constant(req(o, "value")));
            case "MatchSequence" -> new MatchSequence(p, patterns(o, "patterns"));
            case "MatchMapping" -> new MatchMapping(p, exprs(o, "keys", false), patterns(o, "patterns"), str(o, "rest", false));
            case "MatchClass" -> new MatchClass(p, expr(req(o, "cls")), patterns(o, "patterns"), strs(o, "kwd_attrs"), patterns(o, "kwd_patterns"));
            case "MatchStar" -> new MatchStar(p, str(o, "name", false));
            case "MatchAs" -> new MatchAs(p, get(o, "pattern") == null ? null : pattern(get(o, "pattern")), str(o, "name", false));
            case "MatchOr" -> new MatchOr(p, patterns(o, "patterns"));
            default -> throw PyErrors.typeError(null, "expected some sort of pattern, but got %s", PyObjects.repr(o));
        };
    }

    private Expr expr(Object o) {
        String k = kind(o);
        if (k == null) {
            throw PyErrors.typeError(null, "expected some sort of expr, but got %s", PyObjects.repr(o));
        }
        Pos p = pos(o);
        return switch (k) {
            case "BoolOp" -> new BoolOp(p, "And".equals(kind(req(o, "op"))), exprs(o, "values", false));
            case "NamedExpr" -> new NamedExpr(p, expr(req(o, "target")), expr(req(o, "value")));
            case "BinOp" -> new BinOp(p, expr(req(o, "left")), binOp(o), expr(req(o, "right")));
            case "UnaryOp" -> new UnaryOp(p, unOp(o), expr(req(o, "operand")));
            case "Lambda" -> new Lambda(p, arguments(req(o, "args")), expr(req(o, "body")));
            case "IfExp" -> new IfExp(p, expr(req(o, "test")), expr(req(o, "body")), expr(req(o, "orelse")));
            case "Dict" -> new Dict(p, exprs(o, "keys", true), exprs(o, "values", false));
            case "Set" -> new Ast.Set(p, exprs(o, "elts", false));
            case "ListComp" -> new ListComp(p, expr(req(o, "elt")), generators(o));
            case "SetComp" -> new SetComp(p, expr(req(o, "elt")), generators(o));
            case "DictComp" -> new DictComp(p, expr(req(o, "key")), expr(req(o, "value")), generators(o));
            case "GeneratorExp" -> new GeneratorExp(p, expr(req(o, "elt")), generators(o));
            case "Await" -> new Await(p, expr(req(o, "value")));
            case "Yield" -> new Yield(p, optExpr(o, "value"));
            case "YieldFrom" -> new YieldFrom(p, expr(req(o, "value")));
            case "Compare" -> {
                List<CmpOpKind> ops = new ArrayList<>();
                for (Object x : seq(o, "ops")) {
                    ops.add(cmpOp(x));
                }
                yield new Compare(p, expr(req(o, "left")), ops, exprs(o, "comparators", false));
            }
            case "Call" -> new Call(p, expr(req(o, "func")), exprs(o, "args", false), keywords(o));
            case "FormattedValue" -> new FormattedValue(p, expr(req(o, "value")), get(o, "conversion") == null ? -1 : (int) integer(o, "conversion"), optExpr(o, "format_spec"));
            case "JoinedStr" -> new JoinedStr(p, exprs(o, "values", false));
            case "Constant" -> new Constant(p, constant(req(o, "value")));
            case "Attribute" -> new Attribute(p, expr(req(o, "value")), str(o, "attr", true), ctx(o));
            case "Subscript" -> new Subscript(p, expr(req(o, "value")), expr(req(o, "slice")), ctx(o));
            case "Starred" -> new Starred(p, expr(req(o, "value")), ctx(o));
            case "Name" -> new Name(p, str(o, "id", true), ctx(o));
            case "List" -> new ListExpr(p, exprs(o, "elts", false), ctx(o));
            case "Tuple" -> new Tuple(p, exprs(o, "elts", false), ctx(o));
            case "Slice" -> new Slice(p, optExpr(o, "lower"), optExpr(o, "upper"), optExpr(o, "step"));
            default -> throw PyErrors.typeError(null, "expected some sort of expr, but got %s", PyObjects.repr(o));
        };
    }
}
