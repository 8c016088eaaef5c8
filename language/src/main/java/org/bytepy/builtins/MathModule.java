package org.bytepy.builtins;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;

/** The {@code math} module. */
public final class MathModule {
    private MathModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("math", new PyDict());
        PyDict d = m.dict;
        d.put("pi", Math.PI);
        d.put("e", Math.E);
        d.put("tau", 2 * Math.PI);
        d.put("inf", Double.POSITIVE_INFINITY);
        d.put("nan", Double.NaN);
        unary(d, "sqrt", Math::sqrt);
        unary(d, "exp", Math::exp);
        unary(d, "sin", Math::sin);
        unary(d, "cos", Math::cos);
        unary(d, "tan", Math::tan);
        unary(d, "asin", Math::asin);
        unary(d, "acos", Math::acos);
        unary(d, "atan", Math::atan);
        unary(d, "sinh", Math::sinh);
        unary(d, "cosh", Math::cosh);
        unary(d, "tanh", Math::tanh);
        unary(d, "fabs", Math::abs);
        unary(d, "log2", MathModule::log2);
        unary(d, "log10", Math::log10);
        unary(d, "degrees", Math::toDegrees);
        unary(d, "radians", Math::toRadians);
        Args.def(d, "log", (args, kw) -> {
            Args.count("log", args, kw, 1, 2);
            double x = arg(args[0]);
            if (x <= 0) {
                throw PyErrors.valueError(null, "math domain error");
            }
            double r = PyNumber.isInt(args[0]) && !PyNumber.fitsLong(args[0]) ? bigLog(PyNumber.toBig(args[0])) : Math.log(x);
            if (args.length == 2) {
                double b = arg(args[1]);
                return r / Math.log(b);
            }
            return r;
        });
        Args.def(d, "floor", (args, kw) -> {
            Args.count("floor", args, kw, 1, 1);
            if (PyNumber.isInt(args[0])) {
                return args[0];
            }
            return PyNumber.floatToInt(Math.floor(arg(args[0])), null);
        });
        Args.def(d, "ceil", (args, kw) -> {
            Args.count("ceil", args, kw, 1, 1);
            if (PyNumber.isInt(args[0])) {
                return args[0];
            }
            return PyNumber.floatToInt(Math.ceil(arg(args[0])), null);
        });
        Args.def(d, "trunc", (args, kw) -> {
            Args.count("trunc", args, kw, 1, 1);
            if (PyNumber.isInt(args[0])) {
                return args[0];
            }
            return PyNumber.floatToInt(arg(args[0]), null);
        });
        Args.def(d, "pow", (args, kw) -> {
            Args.count("pow", args, kw, 2, 2);
            return PyNumber.floatPow(arg(args[0]), arg(args[1]), null);
        });
        Args.def(d, "atan2", (args, kw) -> {
            Args.count("atan2", args, kw, 2, 2);
            return Math.atan2(arg(args[0]), arg(args[1]));
        });
        Args.def(d, "hypot", (args, kw) -> {
            double s = 0;
            for (Object a : args) {
                double x = arg(a);
                s += x * x;
            }
            return Math.sqrt(s);
        });
        Args.def(d, "copysign", (args, kw) -> {
            Args.count("copysign", args, kw, 2, 2);
            return Math.copySign(arg(args[0]), arg(args[1]));
        });
        Args.def(d, "fmod", (args, kw) -> {
            Args.count("fmod", args, kw, 2, 2);
            double y = arg(args[1]);
            if (y == 0) {
                throw PyErrors.valueError(null, "math domain error");
            }
            return arg(args[0]) % y;
        });
        Args.def(d, "isnan", (args, kw) -> Double.isNaN(arg(args[0])));
        Args.def(d, "isinf", (args, kw) -> Double.isInfinite(arg(args[0])));
        Args.def(d, "isfinite", (args, kw) -> Double.isFinite(arg(args[0])));
        Args.def(d, "gcd", (args, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object a : args) {
                g = g.gcd(intArg(a));
            }
            return PyNumber.normalize(g);
        });
        Args.def(d, "factorial", (args, kw) -> {
            Args.count("factorial", args, kw, 1, 1);
            BigInteger n = intArg(args[0]);
            if (n.signum() < 0) {
                throw PyErrors.valueError(null, "factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n.longValue(); i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyNumber.normalize(r);
        });
        Args.def(d, "isqrt", (args, kw) -> {
            Args.count("isqrt", args, kw, 1, 1);
            BigInteger n = intArg(args[0]);
            if (n.signum() < 0) {
                throw PyErrors.valueError(null, "isqrt() argument must be nonnegative");
            }
            return PyNumber.normalize(n.sqrt());
        });
        MathExtra.install(d);
        return m;
    }

    static double log2(double x) {
        if (x > 0 && !Double.isInfinite(x)) {
            int e = Math.getExponent(x);
            if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
                return e;
            }
        }
        return x <= 0 ? Double.NaN : Math.log(x) / Math.log(2);
    }

    static void unaryOp(PyDict d, String name, DoubleUnaryOperator f) {
        unary(d, name, f);
    }

    static double argOf(Object o) {
        return arg(o);
    }

    static BigInteger intArgOf(Object o) {
        return intArg(o);
    }

    private static void unary(PyDict d, String name, DoubleUnaryOperator f) {
        Args.def(d, name, (args, kw) -> {
            Args.count(name, args, kw, 1, 1);
            double x = arg(args[0]);
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw PyErrors.valueError(null, "math domain error");
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw PyErrors.overflow(null, "math range error");
            }
            return r;
        });
        FastPaths.installMathUnary(d, name, f);
    }

    private static double arg(Object o) {
        return org.bytepy.runtime.PyConvert.toDouble(o, null);
    }

    private static BigInteger intArg(Object o) {
        Object i = org.bytepy.runtime.PyConvert.asIndex(o, null);
        if (i != null) {
            o = i;
        }
        if (!PyNumber.isInt(o)) {
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(o));
        }
        return PyNumber.toBig(o);
    }

    private static double bigLog(BigInteger b) {
        int shift = b.bitLength() - 60;
        return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
    }
}
