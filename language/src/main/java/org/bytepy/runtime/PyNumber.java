package org.bytepy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The generic (slow) paths of Python's numeric operators on int ({@code long}/{@link BigInteger}),
 * bool and float, with CPython's results and error messages. The bytecode operations have fast
 * specializations for {@code long} and {@code double} and fall back to these.
 */
public final class PyNumber {
    private PyNumber() {
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** A {@link BigInteger} as a Python int value: a {@code long} when it fits. */
    /**
     * The decimal digits of an int, refused with CPython's ValueError beyond {@code sys.get_int_max_str_digits()}
     * digits (the sign not counted).
     */
    @TruffleBoundary
    public static String decimalString(BigInteger b, Node node) {
        String s = b.toString();
        if (b.bitLength() > 2120) { // 640 digits need at least 2,124 bits: below, no limit applies
            int limit = org.bytepy.BytepyContext.get(null).intMaxStrDigits();
            if (limit > 0 && s.length() - (b.signum() < 0 ? 1 : 0) > limit) {
                throw PyErrors.valueError(node, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit);
            }
        }
        return s;
    }

    /** {@link #parseInt} for {@code int(str)}: CPython's limit on the digits of a base that is not a power of two. */
    @TruffleBoundary
    public static Object parseIntLimited(String text, int base, Node node) {
        Object r = parseInt(text, base);
        if (r instanceof BigInteger big && (base & (base - 1)) != 0 && big.bitLength() > 2120) {
            int limit = org.bytepy.BytepyContext.get(null).intMaxStrDigits();
            if (limit > 0) {
                int digits = 0;
                for (int i = 0; i < text.length(); i++) {
                    if (Character.digit(text.charAt(i), 36) >= 0) {
                        digits++;
                    }
                }
                if (digits > limit) {
                    throw PyErrors.valueError(node, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, digits);
                }
            }
        }
        return r;
    }

    public static Object normalize(BigInteger b) {
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof Integer;
    }

    public static boolean isNumber(Object o) {
        return isInt(o) || o instanceof Double;
    }

    public static BigInteger toBig(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (o instanceof BigInteger b) {
            return b;
        } else if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (o instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        throw new IllegalArgumentException();
    }

    /** An int value as long if it fits, for fast paths; {@code o} must satisfy {@link #isInt}. */
    public static boolean fitsLong(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof Integer;
    }

    public static long asLong(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof Integer i) {
            return i;
        }
        throw new IllegalArgumentException();
    }

    @TruffleBoundary
    public static double toDouble(Object o, Node node) {
        if (o instanceof Double d) {
            return d;
        } else if (fitsLong(o)) {
            return asLong(o);
        }
        return bigToDouble((BigInteger) o, node);
    }

    @TruffleBoundary
    public static double bigToDouble(BigInteger b, Node node) {
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow(node, "int too large to convert to float");
        }
        return d;
    }

    // ------------------------------------------------------------------ binary operators

    @TruffleBoundary
    public static Object add(Object a, Object b, Node node) {
        if (b instanceof PyObject po && po.nativeValue != null && !(a instanceof PyObject)) {
            // str/list/tuple/bytes + an instance of a subclass: its __radd__ first, else the built-in value
            Object r = PySpecial.binary(a, b, "__add__", "__radd__", node);
            return r != null ? r : add(a, po.nativeValue, node);
        }
        if (isInt(a) && isInt(b)) {
            if (fitsLong(a) && fitsLong(b)) {
                long x = asLong(a), y = asLong(b);
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) {
                    return toBig(a).add(toBig(b));
                }
                return r;
            }
            return normalize(toBig(a).add(toBig(b)));
        } else if (isNumber(a) && isNumber(b)) {
            return toDouble(a, node) + toDouble(b, node);
        } else if (a instanceof String s) {
            if (b instanceof String t) {
                return s.concat(t);
            }
            throw PyErrors.typeError(node, "can only concatenate str (not \"%s\") to str", PyErrors.typeName(b));
        } else if (a instanceof PyList l) {
            if (b instanceof PyList m) {
                Object[] r = new Object[l.size() + m.size()];
                System.arraycopy(l.toArray(), 0, r, 0, l.size());
                System.arraycopy(m.toArray(), 0, r, l.size(), m.size());
                return new PyList(r);
            }
            throw PyErrors.typeError(node, "can only concatenate list (not \"%s\") to list", PyErrors.typeName(b));
        } else if (a instanceof PyTuple l) {
            if (b instanceof PyTuple m) {
                Object[] r = new Object[l.size() + m.size()];
                System.arraycopy(l.items(), 0, r, 0, l.size());
                System.arraycopy(m.items(), 0, r, l.size(), m.size());
                return new PyTuple(r);
            }
            throw PyErrors.typeError(node, "can only concatenate tuple (not \"%s\") to tuple", PyErrors.typeName(b));
        }
        if (BuiltinTypeOps.bytesOf(a) instanceof byte[] x && (a instanceof byte[] || a instanceof PyByteArray)) {
            byte[] y = BuiltinTypeOps.bytesOf(b);
            if (y == null) {
                throw PyErrors.typeError(node, "can't concat %s to %s", PyErrors.typeName(b), PyErrors.typeName(a));
            }
            byte[] r = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return a instanceof PyByteArray ? new PyByteArray(r) : r;
        }
        if (PyComplex.binary('+', a, b, node) instanceof Object cr) {
            return cr;
        }
        return PyObjects.binaryDunder(a, b, "__add__", "__radd__", "+", node);
    }

    @TruffleBoundary
    public static Object sub(Object a, Object b, Node node) {
        if (isInt(a) && isInt(b)) {
            if (fitsLong(a) && fitsLong(b)) {
                long x = asLong(a), y = asLong(b);
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) {
                    return toBig(a).subtract(toBig(b));
                }
                return r;
            }
            return normalize(toBig(a).subtract(toBig(b)));
        } else if (isNumber(a) && isNumber(b)) {
            return toDouble(a, node) - toDouble(b, node);
        }
        if (BuiltinTypeOps.setOp(a, b, '-') instanceof Object r) {
            return r;
        }
        if (PyComplex.binary('-', a, b, node) instanceof Object cr) {
            return cr;
        }
        return PyObjects.binaryDunder(a, b, "__sub__", "__rsub__", "-", node);
    }

    @TruffleBoundary
    public static Object mul(Object a, Object b, Node node) {
        if (isInt(a) && isInt(b)) {
            if (fitsLong(a) && fitsLong(b)) {
                long x = asLong(a), y = asLong(b);
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
            }
            return normalize(toBig(a).multiply(toBig(b)));
        } else if (isNumber(a) && isNumber(b)) {
            return toDouble(a, node) * toDouble(b, node);
        }
        if (PySpecial.isUserObject(a) || PySpecial.isUserObject(b)) {
            Object r = PySpecial.binary(a, b, "__mul__", "__rmul__", node);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof String || a instanceof PyList || a instanceof PyTuple || a instanceof byte[] || a instanceof PyByteArray) {
            return repeat(a, b, node);
        } else if (b instanceof String || b instanceof PyList || b instanceof PyTuple || b instanceof byte[] || b instanceof PyByteArray) {
            return repeat(b, a, node);
        }
        if (PyComplex.binary('*', a, b, node) instanceof Object cr) {
            return cr;
        }
        return PyObjects.binaryDunder(a, b, "__mul__", "__rmul__", "*", node);
    }

    private static Object repeat(Object seq, Object count, Node node) {
        if (!isInt(count) && PySpecial.isUserObject(count) && PySpecial.lookup(count, "__index__") != null) {
            count = PyConvert.asIndex(count, node); // n * seq takes any object with __index__
        }
        if (!isInt(count)) {
            throw PyErrors.typeError(node, "can't multiply sequence by non-int of type '%s'", PyErrors.typeName(count));
        }
        if (!fitsLong(count)) {
            throw PyErrors.overflow(node, "cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, asLong(count));
        if (seq instanceof String s) {
            if (s.isEmpty() || n == 0) {
                return "";
            }
            if (n > Long.MAX_VALUE / s.length()) {
                throw PyErrors.overflow(node, "repeated string is too long");
            }
            if (n > (Integer.MAX_VALUE - 16) / s.length()) {
                throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, node);
            }
            return s.repeat((int) n);
        }
        if (seq instanceof byte[] || seq instanceof PyByteArray) {
            byte[] x = BuiltinTypeOps.bytesOf(seq);
            if (x.length == 0 || n == 0) {
                return seq instanceof PyByteArray ? new PyByteArray(new byte[0]) : new byte[0];
            }
            if (seq instanceof byte[] && x.length > 0 && n > Long.MAX_VALUE / x.length) {
                throw PyErrors.overflow(node, "repeated bytes are too long");
            }
            if (x.length > 0 && n > (Integer.MAX_VALUE - 16) / x.length) {
                throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, node);
            }
            byte[] r = new byte[(int) (x.length * n)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(x, 0, r, i * x.length, x.length);
            }
            return seq instanceof PyByteArray ? new PyByteArray(r) : r;
        }
        Object[] items = ((PySequence) seq).toArray();
        if (items.length == 0 || n == 0) {
            return seq instanceof PyList ? new PyList() : PyTuple.EMPTY;
        }
        if (n > (Integer.MAX_VALUE - 16) / items.length) {
            throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, node);
        }
        Object[] r = new Object[(int) (items.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, r, i * items.length, items.length);
        }
        return seq instanceof PyList ? new PyList(r) : new PyTuple(r);
    }

    /**
     * {@code x / y} for non-negative ints, y not 0, correctly rounded (half-even) as CPython's
     * {@code long_true_divide}; infinity when too large. A normal result comes from a quotient of at
     * least 55 bits with a sticky bit for the remainder, which {@code BigInteger.doubleValue} rounds
     * once; a subnormal one is rounded by hand at 2^-1074.
     */
    private static double bigTrueDiv(BigInteger x, BigInteger y) {
        if (x.signum() == 0) {
            return 0.0;
        }
        int diff = x.bitLength() - y.bitLength();
        if (diff > 1025) {
            return Double.POSITIVE_INFINITY;
        }
        if (diff < -1076) {
            return 0.0;
        }
        boolean subnormal = diff <= -1022;
        int shift = subnormal ? 1074 : 55 - diff;
        BigInteger[] qr = shift >= 0 ? x.shiftLeft(shift).divideAndRemainder(y) : x.divideAndRemainder(y.shiftLeft(-shift));
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (subnormal) {
            int c = r.shiftLeft(1).compareTo(shift >= 0 ? y : y.shiftLeft(-shift));
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            return Math.scalb(q.doubleValue(), -shift);
        }
        if (r.signum() != 0) {
            q = q.setBit(0);
        }
        return Math.scalb(q.doubleValue(), -shift);
    }

    @TruffleBoundary
    public static Object trueDiv(Object a, Object b, Node node) {
        if (isInt(a) && isInt(b)) {
            if (fitsLong(a) && fitsLong(b)) {
                long x = asLong(a), y = asLong(b);
                if (y == 0) {
                    throw PyErrors.zeroDivision(node, "division by zero");
                }
                if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                    return (double) x / (double) y;
                }
            }
            BigInteger x = toBig(a), y = toBig(b);
            if (y.signum() == 0) {
                throw PyErrors.zeroDivision(node, "division by zero");
            }
            double r = bigTrueDiv(x.abs(), y.abs());
            if (Double.isInfinite(r)) {
                throw PyErrors.overflow(node, "integer division result too large for a float");
            }
            return x.signum() * y.signum() < 0 || (x.signum() == 0 && y.signum() < 0) ? -r : r;
        } else if (isNumber(a) && isNumber(b)) {
            double y = toDouble(b, node);
            if (y == 0) {
                throw PyErrors.zeroDivision(node, "float division by zero");
            }
            return toDouble(a, node) / y;
        }
        if (PyComplex.binary('/', a, b, node) instanceof Object cr) {
            return cr;
        }
        return PyObjects.binaryDunder(a, b, "__truediv__", "__rtruediv__", "/", node);
    }

    @TruffleBoundary
    public static Object floorDiv(Object a, Object b, Node node) {
        if (isInt(a) && isInt(b)) {
            if (fitsLong(a) && fitsLong(b)) {
                long x = asLong(a), y = asLong(b);
                if (y == 0) {
                    throw PyErrors.zeroDivision(node, "integer division or modulo by zero");
                }
                if (!(x == Long.MIN_VALUE && y == -1)) {
                    return Math.floorDiv(x, y);
                }
            }
            BigInteger y = toBig(b);
            if (y.signum() == 0) {
                throw PyErrors.zeroDivision(node, "integer division or modulo by zero");
            }
            return normalize(bigFloorDiv(toBig(a), y));
        } else if (isNumber(a) && isNumber(b)) {
            double y = toDouble(b, node);
            if (y == 0) {
                throw PyErrors.zeroDivision(node, "float floor division by zero");
            }
            return floatDivmod(toDouble(a, node), y)[0];
        }
        return PyObjects.binaryDunder(a, b, "__floordiv__", "__rfloordiv__", "//", node);
    }

    @TruffleBoundary
    public static Object mod(Object a, Object b, Node node) {
        if (isInt(a) && isInt(b)) {
            if (fitsLong(a) && fitsLong(b)) {
                long y = asLong(b);
                if (y == 0) {
                    throw PyErrors.zeroDivision(node, "integer modulo by zero");
                }
                return Math.floorMod(asLong(a), y);
            }
            BigInteger y = toBig(b);
            if (y.signum() == 0) {
                throw PyErrors.zeroDivision(node, "integer modulo by zero");
            }
            return normalize(bigMod(toBig(a), y));
        } else if (isNumber(a) && isNumber(b)) {
            double y = toDouble(b, node);
            if (y == 0) {
                throw PyErrors.zeroDivision(node, "float modulo");
            }
            return floatDivmod(toDouble(a, node), y)[1];
        } else if (a instanceof String s) {
            return PyFormat.percent(s, b, node);
        } else if (a instanceof byte[] bs) {
            return PyFormat.percentBytes(bs, b, node);
        } else if (a instanceof PyByteArray ba) {
            return new PyByteArray(PyFormat.percentBytes(ba.bytes(), b, node));
        }
        return PyObjects.binaryDunder(a, b, "__mod__", "__rmod__", "%", node);
    }

    public static BigInteger bigFloorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    public static BigInteger bigMod(BigInteger x, BigInteger y) {
        BigInteger r = x.remainder(y);
        if (r.signum() != 0 && r.signum() != y.signum()) {
            r = r.add(y);
        }
        return r;
    }

    /** CPython's float_divmod: floor quotient and modulo with the sign of the divisor. */
    public static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    @TruffleBoundary
    public static Object pow(Object a, Object b, Node node) {
        if (isInt(a) && isInt(b)) {
            BigInteger e = toBig(b);
            if (e.signum() < 0) {
                double x = toDouble(a, node);
                if (x == 0) {
                    throw PyErrors.zeroDivision(node, "0.0 cannot be raised to a negative power");
                }
                return floatPow(x, toDouble(b, node), node);
            }
            BigInteger base = toBig(a);
            if (e.bitLength() > 31) {
                if (base.equals(BigInteger.ONE) || base.signum() == 0) {
                    return normalize(base);
                }
                if (base.equals(BigInteger.ONE.negate())) {
                    return e.testBit(0) ? -1L : 1L;
                }
                throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, node);
            }
            int n = e.intValue();
            if ((long) base.bitLength() * n > Integer.MAX_VALUE - 64) {
                throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, node);
            }
            return normalize(base.pow(n));
        } else if (isNumber(a) && isNumber(b)) {
            double x = toDouble(a, node), y = toDouble(b, node);
            if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y) && !Double.isNaN(y)) {
                return PyComplex.binary('p', new PyComplex(x, 0), y, node);
            }
            return floatPow(x, y, node);
        }
        if (PyComplex.binary('p', a, b, node) instanceof Object cr) {
            return cr;
        }
        return PyObjects.binaryDunder(a, b, "__pow__", "__rpow__", "**", node);
    }

    @TruffleBoundary
    public static double floatPow(double x, double y, Node node) {
        if (y == 0 || x == 1 || (x == -1 && Double.isInfinite(y))) {
            return 1.0;
        }
        if (x == 0 && y < 0 && !Double.isInfinite(y)) {
            throw PyErrors.zeroDivision(node, "0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) {
            throw PyErrors.valueError(node, "math domain error");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PyErrors.overflow(node, "(34, 'Numerical result out of range')");
        }
        return r;
    }

    @TruffleBoundary
    public static Object lshift(Object a, Object b, Node node) {
        if (isInt(a) && isInt(b)) {
            BigInteger n = toBig(b);
            if (n.signum() < 0) {
                throw PyErrors.valueError(node, "negative shift count");
            }
            if (n.bitLength() > 31) {
                if (toBig(a).signum() == 0) {
                    return 0L;
                }
                throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, node);
            }
            int s = n.intValue();
            if ((long) s + toBig(a).bitLength() >= Integer.MAX_VALUE && toBig(a).signum() != 0) {
                throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, node);
            }
            if (fitsLong(a) && s < 63) {
                long x = asLong(a);
                long r = x << s;
                if ((r >> s) == x) {
                    return r;
                }
            }
            return normalize(toBig(a).shiftLeft(s));
        }
        return PyObjects.binaryDunder(a, b, "__lshift__", "__rlshift__", "<<", node);
    }

    @TruffleBoundary
    public static Object rshift(Object a, Object b, Node node) {
        if (isInt(a) && isInt(b)) {
            BigInteger n = toBig(b);
            if (n.signum() < 0) {
                throw PyErrors.valueError(node, "negative shift count");
            }
            if (n.bitLength() > 31) {
                return toBig(a).signum() < 0 ? -1L : 0L;
            }
            int s = n.intValue();
            if (fitsLong(a)) {
                return asLong(a) >> Math.min(s, 63);
            }
            return normalize(toBig(a).shiftRight(s));
        }
        return PyObjects.binaryDunder(a, b, "__rshift__", "__rrshift__", ">>", node);
    }

    @TruffleBoundary
    public static Object bitAnd(Object a, Object b, Node node) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x & y;
        }
        if (isInt(a) && isInt(b)) {
            if (fitsLong(a) && fitsLong(b)) {
                return asLong(a) & asLong(b);
            }
            return normalize(toBig(a).and(toBig(b)));
        }
        if (BuiltinTypeOps.setOp(a, b, '&') instanceof Object r) {
            return r;
        }
        return PyObjects.binaryDunder(a, b, "__and__", "__rand__", "&", node);
    }

    @TruffleBoundary
    public static Object bitOr(Object a, Object b, Node node) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x | y;
        }
        if (isInt(a) && isInt(b)) {
            if (fitsLong(a) && fitsLong(b)) {
                return asLong(a) | asLong(b);
            }
            return normalize(toBig(a).or(toBig(b)));
        }
        if (a instanceof PyDict x && b instanceof PyDict y) {
            return BuiltinTypeOps.dictOr(x, y);
        } else if (BuiltinTypeOps.setOp(a, b, '|') instanceof Object r) {
            return r;
        }
        if (PyUnionType.isUnionable(a) && PyUnionType.isUnionable(b) && !(a instanceof PyNone && b instanceof PyNone)
                        && ((!PySpecial.hasUserMetaclass(a) && !PySpecial.hasUserMetaclass(b)) || (PySpecial.lookupMeta(a, "__or__") == null && PySpecial.lookupMeta(b, "__ror__") == null))) {
            // type.__or__: also for classes whose metaclass does not define | itself
            return PyUnionType.of(a, b);
        }
        return PyObjects.binaryDunder(a, b, "__or__", "__ror__", "|", node);
    }

    @TruffleBoundary
    public static Object bitXor(Object a, Object b, Node node) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x ^ y;
        }
        if (isInt(a) && isInt(b)) {
            if (fitsLong(a) && fitsLong(b)) {
                return asLong(a) ^ asLong(b);
            }
            return normalize(toBig(a).xor(toBig(b)));
        }
        if (BuiltinTypeOps.setOp(a, b, '^') instanceof Object r) {
            return r;
        }
        return PyObjects.binaryDunder(a, b, "__xor__", "__rxor__", "^", node);
    }

    /**
     * In-place operators for the built-in mutable types ({@code set |= ...}, {@code dict |= ...},
     * {@code bytearray += ...}): mutates and returns a, or returns null when a is not such a type (the
     * caller then falls back to the binary operator). op is one of | & - ^ +.
     */
    @TruffleBoundary
    public static Object inplaceBuiltin(Object a, Object b, char op) {
        return BuiltinTypeOps.inplaceSetOp(a, b, op);
    }

    @TruffleBoundary
    public static Object matMul(Object a, Object b, Node node) {
        return PyObjects.binaryDunder(a, b, "__matmul__", "__rmatmul__", "@", node);
    }

    private static final String[] INPLACE_NAMES = {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__",
                    "__ixor__", "__iand__", "__ifloordiv__"};

    /** Augmented assignment {@code a op= b} (op numbered as PyRootNode.OP_*): {@code __iop__} of a user object, else the binary operator. */
    @TruffleBoundary
    public static Object inplace(int op, Object a, Object b, Node node) {
        Object m = PySpecial.lookup(a, INPLACE_NAMES[op]);
        if (m != null) {
            Object r = PySpecial.call(a, m, node, b);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (a instanceof PyObject po && po.nativeValue != null) {
            // an instance of a subclass of list/set/dict changes in place and stays itself
            if (po.nativeValue instanceof PyList l && op == 0) {
                for (Object o : PyObjects.toArray(b, node)) {
                    l.append(o);
                }
                return a;
            } else if (po.nativeValue instanceof PySet || po.nativeValue instanceof PyDict) {
                Object r = inplace(op, po.nativeValue, PyObject.unwrap(b), node);
                return r == po.nativeValue ? a : r;
            }
        }
        if (a instanceof PyByteArray ba && op == 2 && mul(a, b, node) instanceof PyByteArray r) {
            ba.setAll(r.bytes()); // bytearray *= n changes the object in place
            return a;
        }
        if (op == 2 && listInPlaceRepeat(a, b, node)) {
            return a; // list *= n changes the list in place (CPython's sq_inplace_repeat)
        }
        if (a instanceof PySet || a instanceof PyDict || a instanceof PyByteArray) {
            char c = op == 0 ? '+' : op == 1 ? '-' : op == 9 ? '|' : op == 10 ? '^' : op == 11 ? '&' : 0;
            Object r = c == 0 ? null : inplaceBuiltin(a, b, c);
            if (r != null) {
                return r;
            }
        }
        try {
            return binaryForInplace(op, a, b, node);
        } catch (PyException e) {
            // CPython names the augmented operator in the message: "unsupported operand type(s) for +=: ..."
            if (e.getType() == PyTypes.TYPE_ERROR && e.getValue().getArgs().size() == 1 && e.getValue().getArgs().get(0) instanceof String msg && msg.startsWith("unsupported operand type(s) for ")) {
                int colon = msg.indexOf(':', 32);
                if (colon > 0 && msg.charAt(colon - 1) != '=') {
                    String head = msg.substring(0, colon);
                    if (head.endsWith(" or pow()")) {
                        head = head.substring(0, head.length() - 9);
                    }
                    e.getValue().setArgs(PyTuple.of(head + "=" + msg.substring(colon)));
                }
            }
            throw e;
        }
    }

    /**
     * {@code a *= b} on a list (or a list subclass without its own {@code __mul__}) when b does not take the
     * operation itself ({@code __rmul__}): the list repeated in place. False when that does not apply.
     */
    private static boolean listInPlaceRepeat(Object a, Object b, Node node) {
        PyList l;
        if (a instanceof PyList pl) {
            l = pl;
        } else if (a instanceof PyObject po && po.nativeValue instanceof PyList pl && !po.getPyType().heapClassDefines("__mul__")) {
            l = pl;
        } else {
            return false;
        }
        if (PySpecial.isUserObject(b) && PySpecial.lookup(b, "__rmul__") != null) {
            return false;
        }
        if (mul(l, b, node) instanceof PyList r) {
            l.setAll(r.toArray());
            return true;
        }
        return false;
    }

    private static Object binaryForInplace(int op, Object a, Object b, Node node) {
        switch (op) {
            case 0:
                return add(a, b, node);
            case 1:
                return sub(a, b, node);
            case 2:
                return mul(a, b, node);
            case 3:
                return matMul(a, b, node);
            case 4:
                return trueDiv(a, b, node);
            case 5:
                return mod(a, b, node);
            case 6:
                return pow(a, b, node);
            case 7:
                return lshift(a, b, node);
            case 8:
                return rshift(a, b, node);
            case 9:
                return bitOr(a, b, node);
            case 10:
                return bitXor(a, b, node);
            case 11:
                return bitAnd(a, b, node);
            default:
                return floorDiv(a, b, node);
        }
    }

    // ------------------------------------------------------------------ unary operators

    @TruffleBoundary
    public static Object neg(Object a, Node node) {
        if (isInt(a)) {
            if (fitsLong(a) && asLong(a) != Long.MIN_VALUE) {
                return -asLong(a);
            }
            return normalize(toBig(a).negate());
        } else if (a instanceof Double d) {
            return -d;
        } else if (a instanceof PyComplex c) {
            return new PyComplex(-c.real, -c.imag);
        }
        return PyObjects.unaryDunder(a, "__neg__", "-", node);
    }

    @TruffleBoundary
    public static Object pos(Object a, Node node) {
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (isNumber(a) || a instanceof PyComplex) {
            return a;
        }
        return PyObjects.unaryDunder(a, "__pos__", "+", node);
    }

    @TruffleBoundary
    public static Object invert(Object a, Node node) {
        if (isInt(a)) {
            if (fitsLong(a)) {
                return ~asLong(a);
            }
            return normalize(toBig(a).not());
        }
        return PyObjects.unaryDunder(a, "__invert__", "~", node);
    }

    // ------------------------------------------------------------------ comparisons

    /** Three-way comparison of two numbers (no NaN: callers handle NaN with {@link #hasNaN}). */
    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return Long.compare(asLong(a), asLong(b));
        }
        if (a instanceof Double || b instanceof Double) {
            if (a instanceof Double x && b instanceof Double y) {
                return Double.compare(x, y) == 0 ? 0 : (x < y ? -1 : (x > y ? 1 : 0));
            }
            if (a instanceof Long l && b instanceof Double y && l >= -(1L << 53) && l <= (1L << 53)) {
                return l < y ? -1 : (l > y ? 1 : 0); // converts exactly
            }
            if (a instanceof Double x && b instanceof Long l && l >= -(1L << 53) && l <= (1L << 53)) {
                return x < l ? -1 : (x > l ? 1 : 0);
            }
            // exact int/float comparison
            BigDecimal x = a instanceof Double d ? exactDecimal(d) : new BigDecimal(toBig(a));
            BigDecimal y = b instanceof Double d ? exactDecimal(d) : new BigDecimal(toBig(b));
            if (x == null || y == null) {
                double dx = a instanceof Double d ? d : 0, dy = b instanceof Double d ? d : 0;
                if (x == null) {
                    return dx > 0 ? 1 : -1;
                }
                return dy > 0 ? -1 : 1;
            }
            return x.compareTo(y);
        }
        return toBig(a).compareTo(toBig(b));
    }

    private static BigDecimal exactDecimal(double d) {
        if (Double.isInfinite(d)) {
            return null;
        }
        return new BigDecimal(d);
    }

    public static boolean hasNaN(Object a, Object b) {
        return (a instanceof Double x && Double.isNaN(x)) || (b instanceof Double y && Double.isNaN(y));
    }

    // ------------------------------------------------------------------ conversions

    /** Python's {@code int(x)} for a float. */
    @TruffleBoundary
    public static Object floatToInt(double d, Node node) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError(node, "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow(node, "cannot convert float infinity to integer");
        }
        if (d > -0x1p63 && d < 0x1p63) {
            return (long) d;
        }
        return normalize(new BigDecimal(d).toBigInteger());
    }

    /** Parses a Python int literal as {@code int(s, base)} accepts it; null if malformed. */
    @TruffleBoundary
    public static Object parseInt(String text, int base) {
        String s = text.strip();
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                s = s.substring(2);
                if (s.startsWith("_")) {
                    s = s.substring(1);
                }
            }
        }
        if (base == 0) {
            base = 10;
            if (s.length() > 1 && s.charAt(0) == '0' && !s.replace("_", "").matches("0+")) {
                return null;
            }
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
            return null;
        }
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                continue;
            }
            int v = Character.digit(c, base);
            if (v < 0) {
                return null;
            }
            digits.append(c);
        }
        BigInteger r = new BigInteger(digits.toString(), base);
        return normalize(neg ? r.negate() : r);
    }

    private static final java.util.regex.Pattern FLOAT = java.util.regex.Pattern.compile(
                    "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?(?:\\d(?:_?\\d)*)?(?:[eE][+-]?\\d(?:_?\\d)*)?)");

    /** Parses a string as {@code float(s)} does; null if malformed. */
    @TruffleBoundary
    public static Double parseFloat(String text) {
        String s = text.strip();
        String lower = s.toLowerCase();
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!FLOAT.matcher(s).matches() || !s.matches(".*\\d.*") || s.matches("[+-]?\\.?[eE].*") || s.matches("[+-]?\\.")) {
            return null;
        }
        if (s.contains("_.") || s.contains("._") || s.contains("_e") || s.contains("_E") || s.contains("e_") || s.contains("E_")) {
            return null;
        }
        try {
            return Double.parseDouble(s.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** CPython's hash of an int: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
    @TruffleBoundary
    public static long hashInt(Object o) {
        final long modulus = (1L << 61) - 1;
        long h;
        if (fitsLong(o)) {
            long v = asLong(o);
            h = Math.floorMod(Math.abs(v == Long.MIN_VALUE ? v + modulus : v), modulus);
            if (v < 0) {
                h = -h;
            }
        } else {
            BigInteger b = toBig(o);
            h = b.abs().mod(BigInteger.valueOf(modulus)).longValue();
            if (b.signum() < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's hash of a float (equal to the hash of an equal int). */
    @TruffleBoundary
    public static long hashFloat(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        if (d == Math.rint(d)) {
            return hashInt(normalize(new BigDecimal(d).toBigInteger()));
        }
        final long modulus = (1L << 61) - 1;
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.TEN.pow(exact.scale());
        BigInteger m = BigInteger.valueOf(modulus);
        long h = num.multiply(den.modInverse(m)).mod(m).longValue();
        if (d < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    static boolean inLongRange(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
