package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Conversions through special methods: {@code __index__}, {@code __float__}, {@code __complex__}, .... */
public final class PyConvert {
    private PyConvert() {
    }

    /** {@code o.__index__()} for a user object, checked to return an int; null if it has none. */
    @TruffleBoundary
    public static Object index(Object o, Node node) {
        Object m = PySpecial.lookup(o, "__index__");
        if (m == null) {
            return null;
        }
        Object r = PySpecial.call(o, m, node);
        if (r instanceof PyObject po && po.nativeValue != null && PyNumber.isInt(po.nativeValue)) {
            r = po.nativeValue;
        }
        if (!PyNumber.isInt(r)) {
            throw PyErrors.typeError(node, "__index__ returned non-int (type %s)", PyObjects.typeName(r));
        }
        return r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r;
    }

    /** An int-valued argument: an int, or an object with {@code __index__}; null otherwise. */
    @TruffleBoundary
    public static Object asIndex(Object o, Node node) {
        if (PyNumber.isInt(o)) {
            return o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o;
        }
        if (o instanceof PyObject po && po.nativeValue != null && PyNumber.isInt(po.nativeValue) && PySpecial.lookup(o, "__index__") == null) {
            return po.nativeValue;
        }
        return index(o, node);
    }

    /** {@code o.__float__()} (or {@code __index__}) for a user object; null if it has neither. */
    @TruffleBoundary
    public static Object floatDunder(Object o, Node node) {
        Object m = PySpecial.lookup(o, "__float__");
        if (m != null) {
            Object r = PySpecial.call(o, m, node);
            if (r instanceof PyObject po && po.nativeValue instanceof Double) {
                r = po.nativeValue;
            }
            if (!(r instanceof Double)) {
                throw PyErrors.typeError(node, "%s.__float__ returned non-float (type %s)", PyObjects.typeName(o), PyObjects.typeName(r));
            }
            return r;
        }
        Object i = index(o, node);
        return i == null ? null : (Object) PyNumber.toDouble(i, node);
    }

    /** A float argument as the math module takes it: float, int, or {@code __float__}/{@code __index__}. */
    @TruffleBoundary
    public static double toDouble(Object o, Node node) {
        if (o instanceof Double d) {
            return d;
        } else if (PyNumber.isInt(o)) {
            return PyNumber.toDouble(o, node);
        }
        Object f = floatDunder(o, node);
        if (f != null) {
            return (Double) f;
        }
        if (o instanceof PyObject po && po.nativeValue != null && PyNumber.isNumber(po.nativeValue)) {
            return PyNumber.toDouble(po.nativeValue, node);
        }
        throw PyErrors.typeError(node, "must be real number, not %s", PyObjects.typeName(o));
    }

    /** {@code int(x)} through {@code __int__}, {@code __index__} or {@code __trunc__}; null if none. */
    @TruffleBoundary
    public static Object intDunder(Object o, Node node) {
        Object m = PySpecial.lookup(o, "__int__");
        if (m != null) {
            Object r = PySpecial.call(o, m, node);
            if (r instanceof PyObject po && po.nativeValue != null && PyNumber.isInt(po.nativeValue)) {
                r = po.nativeValue;
            }
            if (!PyNumber.isInt(r)) {
                throw PyErrors.typeError(node, "__int__ returned non-int (type %s)", PyObjects.typeName(r));
            }
            return r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r;
        }
        Object i = index(o, node);
        if (i != null) {
            return i;
        }
        m = PySpecial.lookup(o, "__trunc__");
        if (m != null) {
            Object r = PySpecial.call(o, m, node);
            if (PyNumber.isInt(r)) {
                return r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r;
            }
            Object r2 = index(r, node);
            if (r2 == null) {
                throw PyErrors.typeError(node, "__trunc__ returned non-Integral (type %s)", PyObjects.typeName(r));
            }
            return r2;
        }
        return null;
    }

    /** complex(x) for a single non-string argument; null if it is not convertible. */
    @TruffleBoundary
    public static PyComplex toComplex(Object o, Node node) {
        if (o instanceof PyComplex c) {
            return c;
        }
        Object m = PySpecial.lookup(o, "__complex__");
        if (m != null) {
            Object r = PySpecial.call(o, m, node);
            if (!(r instanceof PyComplex c)) {
                throw PyErrors.typeError(node, "__complex__ returned non-complex (type %s)", PyObjects.typeName(r));
            }
            return c;
        }
        if (o instanceof Double d) {
            return new PyComplex(d, 0);
        } else if (PyNumber.isInt(o)) {
            return new PyComplex(PyNumber.toDouble(o, node), 0);
        }
        Object f = floatDunder(o, node);
        if (f != null) {
            return new PyComplex((Double) f, 0);
        }
        if (o instanceof PyObject po && po.nativeValue != null && PyNumber.isNumber(po.nativeValue)) {
            return new PyComplex(PyNumber.toDouble(po.nativeValue, node), 0);
        }
        return null;
    }
}
