package org.bytepy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code memoryview} over bytes or bytearray (format 'B', one dimension): slicing makes sub-views,
 * writes go through to a bytearray. Dispatched like a user class with Java methods.
 */
public final class PyMemoryView {
    private PyMemoryView() {
    }

    public static final PyType TYPE = new PyType("memoryview", false, PyTypes.OBJECT);

    /** What a view sees: a window of an object's bytes. */
    record View(Object obj, int start, int length, boolean[] released, char format, int itemsize) {
        byte[] bytes() {
            byte[] all = BuiltinTypeOps.bytesOf(obj);
            return Arrays.copyOfRange(all, start, Math.min(all.length, start + length));
        }
    }

    static {
        TYPE.getDict().put("__module__", "builtins");
        def("tobytes", (a, kw) -> v(a).bytes());
        def("__bytes__", (a, kw) -> v(a).bytes());
        def("tolist", (a, kw) -> {
            View v = v(a);
            byte[] b = v.bytes();
            int size = v.itemsize();
            Object[] items = new Object[b.length / size];
            for (int i = 0; i < items.length; i++) {
                long x = 0;
                for (int k = size - 1; k >= 0; k--) {
                    x = x << 8 | (b[i * size + k] & 0xff);
                }
                boolean signed = Character.isLowerCase(v.format()) && v.format() != 'c';
                if (signed && size < 8) {
                    x = x << (64 - 8 * size) >> (64 - 8 * size);
                }
                items[i] = size == 8 && !signed && x < 0 ? PyNumber.normalize(new java.math.BigInteger(Long.toUnsignedString(x))) : (Object) x;
            }
            return new PyList(items);
        });
        def("hex", (a, kw) -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : v(a).bytes()) {
                sb.append(String.format("%02x", x & 0xff));
            }
            return sb.toString();
        });
        def("release", (a, kw) -> {
            v(a).released()[0] = true;
            return PyNone.NONE;
        });
        def("__enter__", (a, kw) -> a[0]);
        def("__exit__", (a, kw) -> {
            v(a).released()[0] = true;
            return Boolean.FALSE;
        });
        def("__len__", (a, kw) -> (long) (v(a).length() / v(a).itemsize()));
        def("__iter__", (a, kw) -> PyObjects.iter(call(a[0], "tolist"), null));
        def("__getitem__", (a, kw) -> {
            View v = v(a);
            if (a[1] instanceof PySlice s) {
                long[] idx = s.indices(v.length(), null);
                if (idx[2] != 1) {
                    throw PyErrors.typeError(null, "bytepy's memoryview supports only slices with step 1");
                }
                int start = (int) idx[0];
                int len = (int) Math.max(0, idx[1] - idx[0]);
                return of(v.obj(), v.start() + start, len);
            }
            long i = Args.index(a[1]);
            if (i < 0) {
                i += v.length();
            }
            if (i < 0 || i >= v.length()) {
                throw PyErrors.raise(PyTypes.INDEX_ERROR, "index out of bounds on dimension 1", null);
            }
            return (long) (BuiltinTypeOps.bytesOf(v.obj())[v.start() + (int) i] & 0xff);
        });
        def("__setitem__", (a, kw) -> {
            View v = v(a);
            if (!(v.obj() instanceof PyByteArray ba)) {
                throw PyErrors.typeError(null, "cannot modify read-only memory");
            }
            if (a[1] instanceof PySlice s) {
                long[] idx = s.indices(v.length(), null);
                byte[] src = BuiltinTypeOps.bytesOf(a[2] instanceof PyObject po && po.getPyType() == TYPE ? call(a[2], "tobytes") : a[2]);
                if (src == null || src.length != idx[1] - idx[0]) {
                    throw PyErrors.valueError(null, "memoryview assignment: lvalue and rvalue have different structures");
                }
                for (int k = 0; k < src.length; k++) {
                    ba.set(v.start() + (int) idx[0] + k, src[k] & 0xff);
                }
                return PyNone.NONE;
            }
            long i = Args.index(a[1]);
            if (i < 0) {
                i += v.length();
            }
            ba.set(v.start() + (int) i, (int) Args.index(a[2]));
            return PyNone.NONE;
        });
        def("__eq__", (a, kw) -> {
            byte[] other = a[1] instanceof PyObject po && po.getPyType() == TYPE ? v(new Object[]{a[1]}).bytes() : BuiltinTypeOps.bytesOf(a[1]);
            return other == null ? PySingleton.NOT_IMPLEMENTED : (Object) Arrays.equals(v(a).bytes(), other);
        });
        def("__repr__", (a, kw) -> "<memory at " + PyObjects.address(a[0]) + ">");
        def("cast", (a, kw) -> {
            View v = v(a);
            String f = a.length > 1 && a[1] instanceof String fs ? fs : "";
            int size = switch (f) {
                case "B", "b", "c" -> 1;
                case "H", "h" -> 2;
                case "I", "i", "L", "l", "f" -> 4;
                case "Q", "q", "d", "N", "n" -> 8;
                default -> throw PyErrors.valueError(null, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
            };
            if (v.length() % size != 0) {
                throw PyErrors.typeError(null, "memoryview: length is not a multiple of itemsize");
            }
            PyObject m = of(v.obj(), v.start(), v.length());
            m.hidden = new View(v.obj(), v.start(), v.length(), new boolean[1], f.charAt(0), size);
            m.setAttribute("format", f);
            m.setAttribute("itemsize", (long) size);
            m.setAttribute("shape", PyTuple.of((long) (v.length() / size)));
            m.setAttribute("strides", PyTuple.of((long) size));
            return m;
        });
        def("toreadonly", (a, kw) -> a[0]);
        TYPE.constructor = (a, kw) -> {
            if (a.length != 2) {
                throw PyErrors.typeError(null, "memoryview() missing required argument 'object' (pos 1)");
            }
            Object o = a[1];
            if (o instanceof PyObject po && po.getPyType() == TYPE) {
                View v = (View) po.hidden;
                return of(v.obj(), v.start(), v.length());
            }
            byte[] b = BuiltinTypeOps.bytesOf(o);
            if (b == null) {
                throw PyErrors.typeError(null, "memoryview: a bytes-like object is required, not '%s'", PyObjects.typeName(o));
            }
            return of(o instanceof PyObject po && po.nativeValue != null ? po.nativeValue : o, 0, b.length);
        };
    }

    private static void def(String name, PyBuiltinFunction.Body body) {
        TYPE.getDict().put(name, new PyBuiltinFunction(name, TYPE, body));
    }

    private static View v(Object[] a) {
        View v = (View) ((PyObject) a[0]).hidden;
        if (v.released()[0]) {
            throw PyErrors.valueError(null, "operation forbidden on released memoryview object");
        }
        return v;
    }

    private static Object call(Object o, String name) {
        return PyCalls.call(PyObjects.getAttr(o, name, null), new Object[0], null, null);
    }

    @TruffleBoundary
    static PyObject of(Object obj, int start, int length) {
        PyObject m = new PyObject(TYPE);
        m.hidden = new View(obj, start, length, new boolean[1], 'B', 1);
        m.setAttribute("obj", obj);
        m.setAttribute("nbytes", (long) length);
        m.setAttribute("readonly", !(obj instanceof PyByteArray));
        m.setAttribute("itemsize", 1L);
        m.setAttribute("format", "B");
        m.setAttribute("ndim", 1L);
        m.setAttribute("shape", PyTuple.of((long) length));
        m.setAttribute("strides", PyTuple.of(1L));
        m.setAttribute("c_contiguous", Boolean.TRUE);
        m.setAttribute("contiguous", Boolean.TRUE);
        return m;
    }

    /** The bytes a memoryview shows, or null when {@code o} is not one. */
    public static byte[] bytesOf(Object o) {
        if (o instanceof PyObject po && po.getPyType() == TYPE && po.hidden instanceof View v) {
            return v.bytes();
        }
        return null;
    }

    /** Java's access to {@link Args}-like index conversion without depending on the builtins package. */
    private static final class Args {
        static long index(Object o) {
            Object i = PyConvert.asIndex(o, null);
            if (i == null || !PyNumber.fitsLong(i)) {
                throw PyErrors.typeError(null, "memoryview: invalid slice key");
            }
            return PyNumber.asLong(i);
        }
    }
}
