package org.bytepy.modules;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyComplex;
import org.bytepy.runtime.PyConvert;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code cmath}: the complex functions with the formulas of CPython's {@code cmathmodule.c} for finite
 * arguments (square roots by its scaled method, the inverse functions through square roots, {@code log}
 * with {@code log1p} near the unit circle). Results may differ from CPython's in the last bit where the
 * JDK's real functions differ from the C library's; CPython's special-value tables for infinities and
 * NaNs are not reproduced (such arguments follow the formulas).
 */
public final class CmathModule {
    private CmathModule() {
    }

    interface Fn {
        PyComplex apply(double x, double y);
    }

    private static PyComplex arg(Object o, String fname) {
        PyComplex c = PyConvert.toComplex(PyObject.unwrap(o), null);
        if (c == null) {
            throw PyErrors.typeError(null, "must be real number, not %s", PyObjects.typeName(o));
        }
        return c;
    }

    private static PyComplex c(double x, double y) {
        return new PyComplex(x, y);
    }

    static double asinh(double x) {
        double a = Math.abs(x);
        double r = a > 1e150 ? Math.log(a) + Math.log(2) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    static PyComplex sqrt(double x, double y) {
        if (x == 0 && y == 0) {
            return c(0, y);
        }
        double ax = Math.abs(x), ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // hypot would be subnormal: scale up, then down
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8;
            s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        return x >= 0 ? c(s, Math.copySign(d, y)) : c(d, Math.copySign(s, y));
    }

    static PyComplex log(double x, double y) {
        double ax = Math.abs(x), ay = Math.abs(y);
        if (ax == 0 && ay == 0) {
            throw PyErrors.valueError(null, "math domain error");
        }
        double h = Math.hypot(ax, ay);
        double real;
        if (0.71 <= h && h <= 1.73) {
            double am = Math.max(ax, ay), an = Math.min(ax, ay);
            real = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
        } else {
            real = Math.log(h);
        }
        return c(real, Math.atan2(y, x));
    }

    static PyComplex exp(double x, double y) {
        double l = Math.exp(x);
        if (y == 0) {
            return c(l, y);
        }
        return c(l * Math.cos(y), l * Math.sin(y));
    }

    static PyComplex cosh(double x, double y) {
        return c(Math.cosh(x) * Math.cos(y), y == 0 ? Math.sinh(x) * y : Math.sinh(x) * Math.sin(y));
    }

    static PyComplex sinh(double x, double y) {
        return c(Math.sinh(x) * Math.cos(y), y == 0 ? y * Math.cosh(x) : Math.cosh(x) * Math.sin(y));
    }

    static PyComplex tanh(double x, double y) {
        if (Math.abs(x) > 354) {
            return c(Math.copySign(1, x), 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2 * Math.abs(x)));
        }
        double tx = Math.tanh(x), ty = Math.tan(y), cx = 1 / Math.cosh(x);
        double txty = tx * ty;
        double denom = 1 + txty * txty;
        return c(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static PyComplex acos(double x, double y) {
        PyComplex s1 = sqrt(1 - x, -y);
        PyComplex s2 = sqrt(1 + x, y);
        return c(2 * Math.atan2(s1.real, s2.real), asinh(s2.real * s1.imag - s2.imag * s1.real));
    }

    static PyComplex acosh(double x, double y) {
        PyComplex s1 = sqrt(x - 1, y);
        PyComplex s2 = sqrt(x + 1, y);
        return c(asinh(s1.real * s2.real + s1.imag * s2.imag), 2 * Math.atan2(s1.imag, s2.real));
    }

    static PyComplex asinh(double x, double y) {
        PyComplex s1 = sqrt(1 + y, -x);
        PyComplex s2 = sqrt(1 - y, x);
        return c(asinh(s1.real * s2.imag - s2.real * s1.imag), Math.atan2(y, s1.real * s2.real - s1.imag * s2.imag));
    }

    static PyComplex asin(double x, double y) {
        PyComplex s = asinh(-y, x);
        return c(s.imag, -s.real);
    }

    static PyComplex atanh(double x, double y) {
        if (x < 0) {
            PyComplex r = atanh(-x, -y);
            return c(-r.real, -r.imag);
        }
        if (x == 1 && y == 0) {
            throw PyErrors.valueError(null, "math domain error");
        }
        double ay = Math.abs(y);
        double real = Math.log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4;
        double imag = -Math.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2;
        return c(real, imag);
    }

    static PyComplex atan(double x, double y) {
        PyComplex s = atanh(-y, x);
        return c(s.imag, -s.real);
    }

    private static void def(PyDict d, String name, Fn f) {
        Args.def(d, name, (a, kw) -> {
            Args.count(name, a, kw, 1, 1);
            PyComplex z = arg(a[0], name);
            return f.apply(z.real, z.imag);
        });
    }

    @TruffleBoundary
    private static PyComplex div(PyComplex a, PyComplex b) {
        double d = b.real * b.real + b.imag * b.imag;
        if (d == 0) {
            throw PyErrors.raise(org.bytepy.runtime.PyTypes.ZERO_DIVISION_ERROR, "complex division by zero", null);
        }
        if (b.imag == 0) {
            return c(a.real / b.real, a.imag / b.real);
        }
        return c((a.real * b.real + a.imag * b.imag) / d, (a.imag * b.real - a.real * b.imag) / d);
    }

    private static double real(Object o) {
        Object u = PyObject.unwrap(o);
        if (!PyNumber.isNumber(u) || u instanceof PyComplex) {
            throw PyErrors.typeError(null, "must be real number, not %s", PyObjects.typeName(o));
        }
        return PyNumber.toDouble(u, null);
    }

    public static PyModule create() {
        PyModule m = new PyModule("cmath", new PyDict());
        PyDict d = m.dict;
        d.put("pi", Math.PI);
        d.put("e", Math.E);
        d.put("tau", 2 * Math.PI);
        d.put("inf", Double.POSITIVE_INFINITY);
        d.put("nan", Double.NaN);
        d.put("infj", new PyComplex(0, Double.POSITIVE_INFINITY));
        d.put("nanj", new PyComplex(0, Double.NaN));
        def(d, "sqrt", CmathModule::sqrt);
        def(d, "exp", CmathModule::exp);
        def(d, "cos", (x, y) -> cosh(-y, x));
        def(d, "sin", (x, y) -> {
            PyComplex s = sinh(-y, x);
            return c(s.imag, -s.real);
        });
        def(d, "tan", (x, y) -> {
            PyComplex s = tanh(-y, x);
            return c(s.imag, -s.real);
        });
        def(d, "cosh", CmathModule::cosh);
        def(d, "sinh", CmathModule::sinh);
        def(d, "tanh", CmathModule::tanh);
        def(d, "acos", CmathModule::acos);
        def(d, "asin", CmathModule::asin);
        def(d, "atan", CmathModule::atan);
        def(d, "acosh", CmathModule::acosh);
        def(d, "asinh", CmathModule::asinh);
        def(d, "atanh", CmathModule::atanh);
        def(d, "log10", (x, y) -> {
            PyComplex l = log(x, y);
            return c(l.real / Math.log(10), l.imag / Math.log(10));
        });
        Args.def(d, "log", (a, kw) -> {
            Args.count("log", a, kw, 1, 2);
            PyComplex z = arg(a[0], "log");
            PyComplex l = log(z.real, z.imag);
            if (a.length == 2) {
                PyComplex b = arg(a[1], "log");
                return div(l, log(b.real, b.imag));
            }
            return l;
        });
        Args.def(d, "phase", (a, kw) -> {
            Args.count("phase", a, kw, 1, 1);
            PyComplex z = arg(a[0], "phase");
            return Math.atan2(z.imag, z.real);
        });
        Args.def(d, "polar", (a, kw) -> {
            Args.count("polar", a, kw, 1, 1);
            PyComplex z = arg(a[0], "polar");
            double r = Math.hypot(z.real, z.imag);
            if (Double.isInfinite(r) && Double.isFinite(z.real) && Double.isFinite(z.imag)) {
                throw PyErrors.overflow(null, "math range error");
            }
            return PyTuple.of(r, Math.atan2(z.imag, z.real));
        });
        Args.def(d, "rect", (a, kw) -> {
            Args.count("rect", a, kw, 2, 2);
            double r = real(a[0]), phi = real(a[1]);
            if (phi == 0) {
                return c(r, r * phi);
            }
            return c(r * Math.cos(phi), r * Math.sin(phi));
        });
        Args.def(d, "isfinite", (a, kw) -> {
            PyComplex z = arg(a[0], "isfinite");
            return Double.isFinite(z.real) && Double.isFinite(z.imag);
        });
        Args.def(d, "isinf", (a, kw) -> {
            PyComplex z = arg(a[0], "isinf");
            return Double.isInfinite(z.real) || Double.isInfinite(z.imag);
        });
        Args.def(d, "isnan", (a, kw) -> {
            PyComplex z = arg(a[0], "isnan");
            return Double.isNaN(z.real) || Double.isNaN(z.imag);
        });
        Args.def(d, "isclose", (a, kw) -> {
            Object[] p = CollectionsSupport.parse("isclose", a, kw, 2, "/a", "/b", "$rel_tol", "$abs_tol");
            PyComplex x = arg(p[0], "isclose"), y = arg(p[1], "isclose");
            double rel = p[2] == null ? 1e-9 : real(p[2]);
            double abs = p[3] == null ? 0.0 : real(p[3]);
            if (rel < 0 || abs < 0) {
                throw PyErrors.valueError(null, "tolerances must be non-negative");
            }
            if (x.real == y.real && x.imag == y.imag) {
                return true;
            }
            if (Double.isInfinite(x.real) || Double.isInfinite(x.imag) || Double.isInfinite(y.real) || Double.isInfinite(y.imag)) {
                return false;
            }
            double diff = Math.hypot(x.real - y.real, x.imag - y.imag);
            return diff <= rel * Math.hypot(y.real, y.imag) || diff <= rel * Math.hypot(x.real, x.imag) || diff <= abs;
        });
        return m;
    }
}
