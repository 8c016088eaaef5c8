package org.bytepy.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;

/** The methods of {@code int} and {@code float}. */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static Object intSelf(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return o;
    }

    static void install() {
        Args.method(PyTypes.INT, "bit_length", (args, kw) -> {
            Args.methodCount("int.bit_length", args, kw, 0, 0);
            return (long) PyNumber.toBig(args[0]).abs().bitLength();
        });
        Args.method(PyTypes.INT, "bit_count", (args, kw) -> {
            Args.methodCount("int.bit_count", args, kw, 0, 0);
            return (long) PyNumber.toBig(args[0]).abs().bitCount();
        });
        Args.method(PyTypes.INT, "conjugate", (args, kw) -> {
            Args.methodCount("int.conjugate", args, kw, 0, 0);
            return intSelf(args[0]);
        });
        Args.method(PyTypes.INT, "is_integer", (args, kw) -> {
            Args.methodCount("int.is_integer", args, kw, 0, 0);
            return true;
        });
        Args.method(PyTypes.INT, "as_integer_ratio", (args, kw) -> {
            Args.methodCount("int.as_integer_ratio", args, kw, 0, 0);
            return PyTuple.of(intSelf(args[0]), 1L);
        });
        Args.method(PyTypes.INT, "__index__", (args, kw) -> intSelf(args[0]));
        Args.method(PyTypes.INT, "__int__", (args, kw) -> intSelf(args[0]));
        Args.method(PyTypes.INT, "__float__", (args, kw) -> PyNumber.toDouble(args[0], null));
        Args.method(PyTypes.INT, "to_bytes", (args, kw) -> {
            Args.onlyKeywords("to_bytes", kw, "length", "byteorder", "signed");
            Object lenObj = args.length > 1 ? args[1] : Args.kw(kw, "length");
            Object orderObj = args.length > 2 ? args[2] : Args.kw(kw, "byteorder");
            Object signedObj = Args.kw(kw, "signed");
            long length = lenObj == null ? 1 : Args.index(lenObj);
            String order = orderObj == null ? "big" : Args.str(orderObj, "to_bytes");
            boolean signed = signedObj != null && PyObjects.isTrue(signedObj);
            if (!order.equals("big") && !order.equals("little")) {
                throw PyErrors.valueError(null, "byteorder must be either 'little' or 'big'");
            }
            if (length < 0) {
                throw PyErrors.valueError(null, "length argument must be non-negative");
            }
            BigInteger v = PyNumber.toBig(args[0]);
            if (!signed && v.signum() < 0) {
                throw PyErrors.overflow(null, "can't convert negative int to unsigned");
            }
            int needBits = signed ? v.bitLength() + 1 : v.bitLength();
            if (needBits > length * 8 && !(v.signum() == 0)) {
                throw PyErrors.overflow(null, "int too big to convert");
            }
            byte[] out = new byte[(int) length];
            for (int i = 0; i < length; i++) {
                out[(int) length - 1 - i] = v.shiftRight(8 * i).byteValue();
            }
            if (order.equals("little")) {
                reverse(out);
            }
            return out;
        });
        PyTypes.INT.getDict().put("from_bytes", classMethod("from_bytes", PyTypes.INT, (args, kw) -> {
            Args.onlyKeywords("from_bytes", kw, "bytes", "byteorder", "signed");
            Object bObj = args.length > 0 ? args[0] : Args.kw(kw, "bytes");
            Object orderObj = args.length > 1 ? args[1] : Args.kw(kw, "byteorder");
            Object signedObj = Args.kw(kw, "signed");
            String order = orderObj == null ? "big" : Args.str(orderObj, "from_bytes");
            if (!order.equals("big") && !order.equals("little")) {
                throw PyErrors.valueError(null, "byteorder must be either 'little' or 'big'");
            }
            byte[] b = BuiltinTypeOps.bytesOf(bObj);
            if (b == null) {
                b = BytesBuiltins.fromIterable(bObj);
            }
            b = b.clone();
            if (order.equals("little")) {
                reverse(b);
            }
            boolean signed = signedObj != null && PyObjects.isTrue(signedObj);
            BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
            return PyNumber.normalize(v);
        }));
        Args.method(PyTypes.FLOAT, "is_integer", (args, kw) -> {
            Args.methodCount("float.is_integer", args, kw, 0, 0);
            double d = (Double) args[0];
            return !Double.isInfinite(d) && d == Math.rint(d);
        });
        Args.method(PyTypes.FLOAT, "conjugate", (args, kw) -> {
            Args.methodCount("float.conjugate", args, kw, 0, 0);
            return args[0];
        });
        Args.method(PyTypes.FLOAT, "__float__", (args, kw) -> args[0]);
        Args.method(PyTypes.FLOAT, "__int__", (args, kw) -> PyNumber.floatToInt((Double) args[0], null));
        Args.method(PyTypes.FLOAT, "as_integer_ratio", (args, kw) -> {
            Args.methodCount("float.as_integer_ratio", args, kw, 0, 0);
            double d = (Double) args[0];
            if (Double.isInfinite(d)) {
                throw PyErrors.overflow(null, "cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(d)) {
                throw PyErrors.valueError(null, "cannot convert NaN to integer ratio");
            }
            BigDecimal bd = new BigDecimal(d);
            BigInteger num, den;
            if (bd.scale() <= 0) {
                num = bd.toBigInteger();
                den = BigInteger.ONE;
            } else {
                num = bd.unscaledValue();
                den = BigInteger.TEN.pow(bd.scale());
                BigInteger g = num.gcd(den);
                num = num.divide(g);
                den = den.divide(g);
            }
            return PyTuple.of(PyNumber.normalize(num), PyNumber.normalize(den));
        });
        Args.method(PyTypes.FLOAT, "hex", (args, kw) -> {
            Args.methodCount("float.hex", args, kw, 0, 0);
            return floatHex((Double) args[0]);
        });
        PyTypes.FLOAT.getDict().put("__getformat__", new PyBuiltinFunction("__getformat__", null, (args, kw) -> {
            Args.count("__getformat__", args, kw, 1, 1);
            String s = Args.str(args[0], "__getformat__");
            if (!s.equals("double") && !s.equals("float")) {
                throw PyErrors.valueError(null, "__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, little-endian";
        }));
        PyTypes.FLOAT.getDict().put("fromhex", classMethod("fromhex", PyTypes.FLOAT, (args, kw) -> {
            Args.count("fromhex", args, kw, 1, 1);
            String s = Args.str(args[0], "fromhex").strip();
            String t = s.toLowerCase();
            if (t.equals("inf") || t.equals("+inf") || t.equals("infinity") || t.equals("+infinity")) {
                return Double.POSITIVE_INFINITY;
            } else if (t.equals("-inf") || t.equals("-infinity")) {
                return Double.NEGATIVE_INFINITY;
            } else if (t.equals("nan") || t.equals("+nan") || t.equals("-nan")) {
                return Double.NaN;
            }
            try {
                String u = t;
                boolean neg = u.startsWith("-");
                if (u.startsWith("-") || u.startsWith("+")) {
                    u = u.substring(1);
                }
                if (!u.startsWith("0x")) {
                    u = "0x" + u;
                }
                if (!u.contains("p")) {
                    u = u + "p0";
                }
                double d = Double.parseDouble(u);
                return neg ? -d : d;
            } catch (NumberFormatException e) {
                throw PyErrors.valueError(null, "invalid hexadecimal floating-point string");
            }
        }));
    }

    static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    static String floatHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0x0.0p+0" : "0x0.0p+0";
        }
        String sign = d < 0 ? "-" : "";
        d = Math.abs(d);
        long bits = Double.doubleToLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int lead;
        if (exp == 0) {
            lead = 0;
            exp = -1022;
        } else {
            lead = 1;
            exp -= 1023;
        }
        String m = String.format("%013x", mant);
        return sign + "0x" + lead + "." + m + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /**
     * An alternate constructor of a built-in type ({@code int.from_bytes}, {@code float.fromhex}): a class
     * method whose result, called on a subclass, is passed to the subclass ({@code cls(result)}), as CPython.
     */
    private static org.bytepy.runtime.PyDescriptors.ClassMethod classMethod(String name, org.bytepy.runtime.PyType base, PyBuiltinFunction.Body body) {
        return new org.bytepy.runtime.PyDescriptors.ClassMethod(new PyBuiltinFunction(name, null, (args, kw) -> {
            Object result = body.call(java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            return args[0] == base ? result : org.bytepy.runtime.PyCalls.call(args[0], new Object[]{result}, null, null);
        }));
    }
}
