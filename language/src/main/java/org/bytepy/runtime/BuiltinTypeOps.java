package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The object protocol for set/frozenset, dict views and bytearray, called from the instanceof chains
 * of {@link PyObjects} (kept here so that those chains stay short).
 */
public final class BuiltinTypeOps {
    private BuiltinTypeOps() {
    }

    public static boolean handles(Object o) {
        return o instanceof PySet || o instanceof PyDictView || o instanceof PyByteArray;
    }

    /** bytes or bytearray contents, or null. */
    public static byte[] bytesOf(Object o) {
        if (o instanceof byte[] b) {
            return b;
        } else if (o instanceof PyByteArray a) {
            return a.bytes();
        } else if (o instanceof PyObject po && po.nativeValue instanceof byte[] b) {
            return b;
        } else if (o instanceof PyObject po && po.nativeValue instanceof PyByteArray ba) {
            return ba.bytes();
        } else if (o instanceof PyObject po && po.nativeValue instanceof PyBufferExporter e) {
            return e.bufferBytes();
        } else if (o instanceof PyBufferExporter e) {
            return e.bufferBytes();
        }
        return PyMemoryView.bytesOf(o);
    }

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof PySet s) {
            String name = s.isFrozen() ? "frozenset" : "set";
            if (s.size() == 0) {
                return name + "()";
            }
            StringBuilder sb = new StringBuilder();
            if (s.isFrozen()) {
                sb.append("frozenset(");
            }
            sb.append('{');
            Object[] items = s.toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(items[i] == s ? name + "(...)" : PyObjects.repr(items[i]));
            }
            sb.append('}');
            if (s.isFrozen()) {
                sb.append(')');
            }
            return sb.toString();
        } else if (o instanceof PyDictView v) {
            return v.repr();
        } else {
            return "bytearray(" + PyBytes.repr(((PyByteArray) o).bytes()) + ")";
        }
    }

    public static long len(Object o) {
        if (o instanceof PySet s) {
            return s.size();
        } else if (o instanceof PyDictView v) {
            return v.dict.size();
        }
        return ((PyByteArray) o).size();
    }

    /** Equality when a is one of our types; null when not decided here. */
    @TruffleBoundary
    public static boolean eq(Object a, Object b) {
        if (a instanceof PySet x) {
            PySet y = asSet(b);
            return y != null && x.setEquals(y);
        } else if (a instanceof PyDictView v) {
            if (!v.isSetLike()) {
                return false;
            }
            PySet y = asSet(b);
            return y != null && PySet.of(v, true).setEquals(y);
        } else if (a instanceof PyByteArray x) {
            byte[] y = bytesOf(b);
            return y != null && java.util.Arrays.equals(x.bytes(), y);
        }
        return false;
    }

    /** A set-like operand as a set, or null. */
    public static PySet asSet(Object o) {
        if (o instanceof PySet s) {
            return s;
        } else if (o instanceof PyDictView v && v.isSetLike()) {
            return PySet.of(v, true);
        }
        return null;
    }

    /** Ordering comparison if a and b are both set-like (or bytes-like); null if not ours. */
    @TruffleBoundary
    public static Boolean compare(Object a, Object b, String op) {
        PySet x = asSet(a), y = asSet(b);
        if (x != null && y != null && (a instanceof PySet || b instanceof PySet || (a instanceof PyDictView && b instanceof PyDictView))) {
            switch (op) {
                case "<":
                    return x.size() < y.size() && x.isSubset(y);
                case "<=":
                    return x.isSubset(y);
                case ">":
                    return x.size() > y.size() && y.isSubset(x);
                default:
                    return y.isSubset(x);
            }
        }
        byte[] p = bytesOf(a), q = bytesOf(b);
        if (p != null && q != null) {
            int c = java.util.Arrays.compareUnsigned(p, q);
            switch (op) {
                case "<":
                    return c < 0;
                case "<=":
                    return c <= 0;
                case ">":
                    return c > 0;
                default:
                    return c >= 0;
            }
        }
        return null;
    }

    public static long hash(Object o, Node node) {
        if (o instanceof PySet s && s.isFrozen()) {
            return s.frozenHash();
        }
        throw PyErrors.typeError(node, "unhashable type: '%s'", PyObjects.typeName(o));
    }

    @TruffleBoundary
    public static boolean contains(Object c, Object item, Node node) {
        if (c instanceof PySet s) {
            return s.contains(item);
        } else if (c instanceof PyDictView v) {
            return v.contains(item);
        }
        PyByteArray a = (PyByteArray) c;
        return PyBytes.contains(a.bytes(), item, node);
    }

    @TruffleBoundary
    public static PyIterators.PyIterator iter(Object o) {
        if (o instanceof PySet s) {
            Object[] items = s.toArray();
            int size = s.size();
            int[] i = {0};
            boolean[] failed = {false};
            return new PyIterators.FunctionIterator(PyDictView.SET_ITERATOR, () -> {
                if (failed[0]) {
                    return null;
                }
                if (s.size() != size) {
                    failed[0] = true;
                    throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "Set changed size during iteration", null);
                }
                return i[0] < items.length ? items[i[0]++] : null;
            }, () -> failed[0] || s.size() != size ? 0 : items.length - i[0]);
        } else if (o instanceof PyDictView v) {
            return PyDictView.iterator(v.dict, v.kind);
        }
        PyByteArray a = (PyByteArray) o;
        int[] i = {0};
        return new PyIterators.FunctionIterator(PyTypes.BYTEARRAY_ITERATOR, () -> i[0] < a.size() ? (Object) (long) a.get(i[0]++) : null, () -> a.size() - i[0]);
    }

    @TruffleBoundary
    public static Object getItem(Object o, Object key, Node node) {
        if (o instanceof PyByteArray a) {
            if (key instanceof PySlice s) {
                return new PyByteArray(PyBytes.unboxed(PySlice.getItems(PyBytes.boxed(a.bytes()), s, node)));
            }
            return (long) a.get(PyObjects.index(key, a.size(), "bytearray", node));
        }
        throw PyErrors.typeError(node, "'%s' object is not subscriptable", PyObjects.typeName(o));
    }

    @TruffleBoundary
    public static void setItem(Object o, Object key, Object value, Node node) {
        if (o instanceof PyByteArray a) {
            if (key instanceof PySlice s) {
                PyList tmp = new PyList(PyBytes.boxed(a.bytes()));
                Object[] repl = value instanceof byte[] || value instanceof PyByteArray ? PyBytes.boxed(bytesOf(value)) : PyObjects.toArray(value, node);
                for (int k = 0; k < repl.length; k++) {
                    repl[k] = (long) byteValue(repl[k], node);
                }
                PySlice.setItems(tmp, s, repl, node);
                a.setAll(PyBytes.unboxed(tmp.toArray()));
                return;
            }
            int v = byteValue(value, node); // first: its __index__ may resize the bytearray
            a.set(PyObjects.index(key, a.size(), "bytearray", node), v);
            return;
        }
        throw PyErrors.typeError(node, "'%s' object does not support item assignment", PyObjects.typeName(o));
    }

    @TruffleBoundary
    public static void delItem(Object o, Object key, Node node) {
        if (o instanceof PyByteArray a) {
            if (key instanceof PySlice s) {
                PyList tmp = new PyList(PyBytes.boxed(a.bytes()));
                PySlice.deleteItems(tmp, s, node);
                a.setAll(PyBytes.unboxed(tmp.toArray()));
                return;
            }
            a.removeAt(PyObjects.index(key, a.size(), "bytearray", node));
            return;
        }
        throw PyErrors.typeError(node, "'%s' object doesn't support item deletion", PyObjects.typeName(o));
    }

    /** An int in range(256) for storing into bytes. */
    public static int byteValue(Object x, Node node) {
        if (!PyNumber.isInt(x)) {
            Object i = PyConvert.asIndex(x, node);
            if (i == null) {
                throw PyErrors.typeError(node, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(x));
            }
            x = i;
        }
        if (!PyNumber.fitsLong(x) || PyNumber.asLong(x) < 0 || PyNumber.asLong(x) > 255) {
            throw PyErrors.valueError(node, "byte must be in range(0, 256)");
        }
        return (int) PyNumber.asLong(x);
    }

    // ------------------------------------------------------------------ set operators

    /** {@code a OP b} where OP is one of | & - ^, for sets and set-like views; null if not applicable. */
    @TruffleBoundary
    public static Object setOp(Object a, Object b, char op) {
        if (a instanceof PySet x) {
            if (!(b instanceof PySet)) {
                if (b instanceof PyDictView v && v.isSetLike()) {
                    return viewOp(b, a, op, true);
                }
                return null;
            }
            boolean frozen = x.isFrozen();
            switch (op) {
                case '|': {
                    PySet r = x.copy(frozen);
                    r.update(b);
                    return r;
                }
                case '&':
                    return x.intersection(b, frozen);
                case '-':
                    return x.difference(b, frozen);
                default:
                    return x.symmetricDifference(b, frozen);
            }
        }
        if (a instanceof PyDictView v && v.isSetLike()) {
            return viewOp(a, b, op, false);
        }
        if (b instanceof PyDictView v && v.isSetLike()) {
            return viewOp(b, a, op, true);
        }
        return null;
    }

    private static Object viewOp(Object view, Object other, char op, boolean reflected) {
        if (!isIterable(other)) {
            return null;
        }
        PySet r;
        switch (op) {
            case '|':
                r = PySet.of(reflected ? other : view, false);
                r.update(reflected ? view : other);
                return r;
            case '&':
                r = PySet.of(view, false);
                return r.intersection(other, false);
            case '-':
                r = PySet.of(reflected ? other : view, false);
                r.differenceUpdate(reflected ? view : other);
                return r;
            default:
                r = PySet.of(reflected ? other : view, false);
                r.symmetricDifferenceUpdate(reflected ? view : other);
                return r;
        }
    }

    private static boolean isIterable(Object o) {
        try {
            PyObjects.iter(o, null);
            return true;
        } catch (PyException e) {
            return false;
        }
    }

    /** In-place {@code a OP= b} for sets (mutating a) and dicts ({@code |=}); null if not applicable. */
    @TruffleBoundary
    public static Object inplaceSetOp(Object a, Object b, char op) {
        if (a instanceof PySet x && !x.isFrozen() && b instanceof PySet && op != '+') {
            switch (op) {
                case '|':
                    x.update(b);
                    break;
                case '&':
                    x.takeContents(x.intersection(b, false));
                    break;
                case '-':
                    x.differenceUpdate(b);
                    break;
                default:
                    x.symmetricDifferenceUpdate(b);
            }
            return x;
        }
        if (a instanceof PyDict d && op == '|') {
            if (b instanceof PyDict o) {
                for (PyDict.Entry e : o.entries()) {
                    d.put(e.key, e.value);
                }
                return d;
            }
            Object[] items = PyObjects.toArray(b, null);
            for (int i = 0; i < items.length; i++) {
                Object[] pair = PyObjects.toArray(items[i], null);
                if (pair.length != 2) {
                    throw PyErrors.valueError(null, "dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
                }
                d.put(pair[0], pair[1]);
            }
            return d;
        }
        if (a instanceof PyByteArray x && op == '+') {
            byte[] y = bytesOf(b);
            if (y != null) {
                for (byte v : y) {
                    x.append(v & 0xff);
                }
                return x;
            }
        }
        return null;
    }

    /** {@code dict | dict}. */
    @TruffleBoundary
    public static Object dictOr(PyDict a, PyDict b) {
        PyDict r = new PyDict();
        for (PyDict.Entry e : a.entries()) {
            r.put(e.key, e.value);
        }
        for (PyDict.Entry e : b.entries()) {
            r.put(e.key, e.value);
        }
        return r;
    }

    // ------------------------------------------------------------------ number attributes

    /** {@code real}, {@code imag}, {@code numerator}, {@code denominator} of int/float/bool; null otherwise. */
    public static Object numberAttr(Object o, String name) {
        if (PyNumber.isInt(o)) {
            Object v = o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o instanceof Integer i ? (Object) (long) i : o;
            switch (name) {
                case "real":
                case "numerator":
                    return v;
                case "imag":
                    return 0L;
                case "denominator":
                    return 1L;
            }
        } else if (o instanceof Double d) {
            switch (name) {
                case "real":
                    return d;
                case "imag":
                    return 0.0;
            }
        } else if (o instanceof PyComplex c) {
            switch (name) {
                case "real":
                    return c.real;
                case "imag":
                    return c.imag;
            }
        }
        return null;
    }
}
