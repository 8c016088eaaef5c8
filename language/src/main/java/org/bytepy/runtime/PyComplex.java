package org.bytepy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Python's {@code complex}: an immutable pair of doubles, with CPython's arithmetic, repr and hash. */
public final class PyComplex extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType getPyType() {
        return PyTypes.COMPLEX;
    }

    /** int, float or complex operand as a complex; null for anything else. */
    @TruffleBoundary
    public static PyComplex coerce(Object o, Node node) {
        if (o instanceof PyComplex c) {
            return c;
        } else if (o instanceof Double d) {
            return new PyComplex(d, 0.0);
        } else if (PyNumber.isInt(o)) {
            return new PyComplex(PyNumber.toDouble(o, node), 0.0);
        }
        return null;
    }

    /**
     * A binary operator ('+', '-', '*', '/', 'p' for **) when one operand is complex and the other
     * int/float/complex; null when it does not apply.
     */
    @TruffleBoundary
    public static Object binary(char op, Object a, Object b, Node node) {
        if (!(a instanceof PyComplex) && !(b instanceof PyComplex)) {
            return null;
        }
        PyComplex x = coerce(a, node), y = coerce(b, node);
        if (x == null || y == null) {
            return null;
        }
        switch (op) {
            case '+':
                return new PyComplex(x.real + y.real, x.imag + y.imag);
            case '-':
                return new PyComplex(x.real - y.real, x.imag - y.imag);
            case '*':
                return new PyComplex(x.real * y.real - x.imag * y.imag, x.real * y.imag + x.imag * y.real);
            case '/':
                return div(x, y, "complex division by zero", node);
            case 'p':
                return pow(x, y, b, node);
            default:
                return null;
        }
    }

    static PyComplex div(PyComplex a, PyComplex b, String message, Node node) {
        // CPython's _Py_c_quot (Smith's algorithm)
        double absBr = Math.abs(b.real), absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PyErrors.zeroDivision(node, message);
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    static PyComplex pow(PyComplex a, PyComplex b, Object exponent, Node node) {
        if (b.imag == 0 && b.real == Math.rint(b.real)
                        && Math.abs(b.real) <= 100) {
            int n = (int) b.real;
            if (n >= 0) {
                return powu(a, n);
            }
            if (a.real == 0 && a.imag == 0) {
                throw PyErrors.zeroDivision(node, "0.0 to a negative or complex power");
            }
            return div(new PyComplex(1, 0), powu(a, -n), "0.0 to a negative or complex power", node);
        }
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw PyErrors.zeroDivision(node, "0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        PyComplex r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw PyErrors.overflow(node, "complex exponentiation");
        }
        return r;
    }

    private static PyComplex powu(PyComplex x, int n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = new PyComplex(r.real * p.real - r.imag * p.imag, r.real * p.imag + r.imag * p.real);
            }
            mask <<= 1;
            p = new PyComplex(p.real * p.real - p.imag * p.imag, 2 * p.real * p.imag);
        }
        return r;
    }

    public double abs(Node node) {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) {
            return Double.POSITIVE_INFINITY;
        }
        double r = Math.hypot(real, imag);
        if (Double.isInfinite(r)) {
            throw PyErrors.overflow(node, "absolute value too large");
        }
        return r;
    }

    /** Equality with an int/float/complex; null when {@code o} is not a number. */
    @TruffleBoundary
    public Boolean equalsNumber(Object o) {
        if (o instanceof PyComplex c) {
            return real == c.real && imag == c.imag;
        } else if (o instanceof Double d) {
            return imag == 0 && real == d;
        } else if (PyNumber.isInt(o)) {
            if (imag != 0 || Double.isNaN(real) || Double.isInfinite(real)) {
                return false;
            }
            return PyNumber.compareNumbers(real, o) == 0;
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyComplex c && real == c.real && imag == c.imag;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(real + 0.0) * 31 + Double.hashCode(imag + 0.0);
    }

    @TruffleBoundary
    public long hash() {
        long hr = PyNumber.hashFloat(real);
        long hi = PyNumber.hashFloat(imag);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public String repr() {
        if (real == 0 && Math.copySign(1.0, real) == 1.0) {
            return part(imag) + "j";
        }
        String im = part(imag);
        if (!im.startsWith("-") && !im.startsWith("+")) {
            im = "+" + im;
        }
        return "(" + part(real) + im + "j)";
    }

    private static String part(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String s = PyFloatFormat.repr(d);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    /** Parses complex(str) as CPython does; null if malformed. */
    @TruffleBoundary
    public static PyComplex parse(String text) {
        String s = text.strip().replace("_", "_");
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return null;
        }
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last != 'j' && last != 'J') {
            Double d = parseFloatPart(s);
            return d == null ? null : new PyComplex(d, 0);
        }
        String body = s.substring(0, n - 1);
        // find the split between real and imaginary part: last +/- not following an 'e'
        int split = -1;
        for (int i = body.length() - 1; i > 0; i--) {
            char c = body.charAt(i);
            if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                split = i;
                break;
            }
        }
        String re = split < 0 ? null : body.substring(0, split);
        String im = split < 0 ? body : body.substring(split);
        double imv;
        if (im.isEmpty() || im.equals("+")) {
            imv = 1;
        } else if (im.equals("-")) {
            imv = -1;
        } else {
            Double d = parseFloatPart(im);
            if (d == null) {
                return null;
            }
            imv = d;
        }
        double rev = 0;
        if (re != null) {
            Double d = parseFloatPart(re);
            if (d == null) {
                return null;
            }
            rev = d;
        }
        return new PyComplex(rev, imv);
    }

    private static Double parseFloatPart(String s) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return null;
        }
        return PyNumber.parseFloat(s);
    }

    static boolean isBig(Object o) {
        return o instanceof BigInteger;
    }
}
