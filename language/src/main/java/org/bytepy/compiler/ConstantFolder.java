package org.bytepy.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.bytepy.ast.Ast;
import org.bytepy.ast.Ast.Expr;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyTuple;

/**
 * Constant folding on the AST, as CPython's ast_opt.c does before code generation: arithmetic on
 * number constants, str concatenation and repetition, unary operators and tuples of constants. It
 * never folds what would raise (the error then happens at run time, as in CPython) or grow past
 * CPython's limits (128-bit ints from {@code **}/{@code <<}/{@code *}, 4096-character strings, 256-item tuples).
 */
final class ConstantFolder {
    private ConstantFolder() {
    }

    private static final int MAX_INT_BITS = 128;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_COLLECTION_SIZE = 256;

    /** The constant value of {@code e} after folding (Java form, as in {@link Ast.Constant}), or null. */
    static Object fold(Expr e) {
        switch (e) {
            case Ast.Constant c -> {
                return c.value() instanceof Ast.Imaginary ? null : c.value();
            }
            case Ast.UnaryOp u -> {
                if (u.op() == Ast.UnaryOpKind.NOT) {
                    return null;
                }
                Object v = fold(u.operand());
                if (!(v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Boolean)) {
                    return null;
                }
                try {
                    return switch (u.op()) {
                        case USUB -> PyNumber.neg(v, null);
                        case UADD -> PyNumber.pos(v, null);
                        case INVERT -> v instanceof Double ? null : PyNumber.invert(v, null);
                        default -> null;
                    };
                } catch (PyException ex) {
                    return null;
                }
            }
            case Ast.BinOp b -> {
                Object l = fold(b.left());
                if (l == null) {
                    return null;
                }
                Object r = fold(b.right());
                if (r == null) {
                    return null;
                }
                return binary(b.op(), l, r);
            }
            case Ast.Tuple t -> {
                if (t.ctx() != Ast.Ctx.LOAD || t.elts().size() > MAX_COLLECTION_SIZE) {
                    return null;
                }
                List<Object> items = new ArrayList<>(t.elts().size());
                for (Expr x : t.elts()) {
                    Object v = fold(x);
                    if (v == null) {
                        return null;
                    }
                    items.add(v);
                }
                return items;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Double || o instanceof Boolean;
    }

    private static Object binary(Ast.BinOpKind op, Object l, Object r) {
        Object result;
        try {
            if (isNumber(l) && isNumber(r)) {
                if ((op == Ast.BinOpKind.POW || op == Ast.BinOpKind.LSHIFT) && PyNumber.isInt(l) && PyNumber.isInt(r)) {
                    // estimate the size before computing, as CPython's safe_power/safe_lshift do
                    BigInteger base = PyNumber.toBig(l), exp = PyNumber.toBig(r);
                    if (exp.signum() > 0 && base.bitLength() > 0) {
                        long bits = op == Ast.BinOpKind.POW ? (long) base.bitLength() * exp.longValue() : base.bitLength() + exp.longValue();
                        if (exp.bitLength() > 31 || bits > MAX_INT_BITS) {
                            return null;
                        }
                    }
                }
                result = switch (op) {
                    case ADD -> PyNumber.add(l, r, null);
                    case SUB -> PyNumber.sub(l, r, null);
                    case MULT -> PyNumber.mul(l, r, null);
                    case DIV -> PyNumber.trueDiv(l, r, null);
                    case FLOORDIV -> PyNumber.floorDiv(l, r, null);
                    case MOD -> PyNumber.mod(l, r, null);
                    case POW -> PyNumber.pow(l, r, null);
                    case LSHIFT -> PyNumber.lshift(l, r, null);
                    case RSHIFT -> PyNumber.rshift(l, r, null);
                    case BITAND -> PyNumber.bitAnd(l, r, null);
                    case BITOR -> PyNumber.bitOr(l, r, null);
                    case BITXOR -> PyNumber.bitXor(l, r, null);
                    default -> null;
                };
                if (result instanceof BigInteger bi && bi.bitLength() > MAX_INT_BITS && op != Ast.BinOpKind.ADD && op != Ast.BinOpKind.SUB) {
                    return null;
                }
            } else if (l instanceof String s && r instanceof String t && op == Ast.BinOpKind.ADD) {
                result = s.length() + t.length() <= MAX_STR_SIZE ? s + t : null;
            } else if (l instanceof String s && r instanceof Long n && op == Ast.BinOpKind.MULT) {
                result = s.isEmpty() || n <= 0 ? "" : n <= MAX_STR_SIZE / s.length() ? s.repeat(n.intValue()) : null;
            } else if (l instanceof List<?> x && r instanceof List<?> y && op == Ast.BinOpKind.ADD) {
                List<Object> items = new ArrayList<>(x);
                items.addAll(y);
                result = items.size() <= MAX_COLLECTION_SIZE ? items : null;
            } else {
                return null;
            }
        } catch (PyException ex) {
            return null;
        }
        if (result instanceof BigInteger bi && bi.bitLength() < 64) {
            return bi.longValue();
        }
        if (result instanceof PyTuple) {
            return null;
        }
        return result;
    }
}
