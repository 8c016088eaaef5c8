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
                items[i] = unpack(b, i * size, v.format(), size);
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
            int size = v.itemsize();
            int nitems = v.length() / size;
            if (a[1] instanceof PySlice s) {
                long[] idx = s.indices(nitems, null);
                if (idx[2] != 1) {
                    throw PyErrors.typeError(null, "bytepy's memoryview supports only slices with step 1");
                }
                int start = (int) idx[0];
                int len = (int) Math.max(0, idx[1] - idx[0]);
                return of(v.obj(), v.start() + start * size, len * size, v.format(), size);
            }
            long i = Args.index(a[1]);
            if (i < 0) {
                i += nitems;
            }
            if (i < 0 || i >= nitems) {
                throw PyErrors.raise(PyTypes.INDEX_ERROR, "index out of bounds on dimension 1", null);
            }
            return unpack(BuiltinTypeOps.bytesOf(v.obj()), v.start() + (int) i * size, v.format(), size);
        });
        def("__setitem__", (a, kw) -> {
            View v = v(a);
            if (!writable(v.obj())) {
                throw PyErrors.typeError(null, "cannot modify read-only memory");
            }
            int size = v.itemsize();
            int nitems = v.length() / size;
            if (a[1] instanceof PySlice s) {
                long[] idx = s.indices(nitems, null);
                byte[] src = BuiltinTypeOps.bytesOf(a[2] instanceof PyObject po && po.getPyType() == TYPE ? call(a[2], "tobytes") : a[2]);
                if (src == null || src.length != (idx[1] - idx[0]) * size) {
                    throw PyErrors.valueError(null, "memoryview assignment: lvalue and rvalue have different structures");
                }
                write(v.obj(), v.start() + (int) idx[0] * size, src);
                return PyNone.NONE;
            }
            long i = Args.index(a[1]);
            if (i < 0) {
                i += nitems;
            }
            if (i < 0 || i >= nitems) {
                throw PyErrors.raise(PyTypes.INDEX_ERROR, "index out of bounds on dimension 1", null);
            }
            write(v.obj(), v.start() + (int) i * size, pack(a[2], v.format(), size));
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
                case "I", "i", "f" -> 4;
                case "L", "l" -> 8;
                case "Q", "q", "d", "N", "n" -> 8;
                default -> throw PyErrors.valueError(null, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
            };
            if (v.length() % size != 0) {
                throw PyErrors.typeError(null, "memoryview: length is not a multiple of itemsize");
            }
            PyObject m = of(v.obj(), v.start(), v.length(), f.charAt(0), size);
            Object shapeArg = a.length > 2 ? a[2] : kw == null ? null : kw.getStr("shape");
            if (shapeArg != null) {
                // a multi-dimensional cast: its shape and strides (items are still reached as 1-D)
                Object[] dims = PyObjects.toArray(shapeArg, null);
                long product = 1;
                Object[] strides = new Object[dims.length];
                for (int k = dims.length - 1; k >= 0; k--) {
                    strides[k] = product * size;
                    product *= Args.index(dims[k]);
                }
                if (product * size != v.length()) {
                    throw PyErrors.typeError(null, "memoryview: product(shape) * itemsize != buffer size");
                }
                m.setAttribute("ndim", (long) dims.length);
                m.setAttribute("shape", new PyTuple(dims));
                m.setAttribute("strides", new PyTuple(strides));
            }
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
                PyObject m = of(v.obj(), v.start(), v.length(), v.format(), v.itemsize());
                for (String attr : new String[]{"ndim", "shape", "strides"}) {
                    m.setAttribute(attr, po.getAttribute(attr));
                }
                return m;
            }
            byte[] b = BuiltinTypeOps.bytesOf(o);
            if (b == null) {
                throw PyErrors.typeError(null, "memoryview: a bytes-like object is required, not '%s'", PyObjects.typeName(o));
            }
            return of(o instanceof PyObject po && po.nativeValue != null && !(po.nativeValue instanceof PyBufferExporter) ? po.nativeValue : o, 0, b.length);
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
        if (obj instanceof PyObject po && po.nativeValue instanceof PyBufferExporter e) {
            return of(obj, start, length, e.bufferFormat(), e.bufferItemSize());
        }
        return of(obj, start, length, 'B', 1);
    }

    @TruffleBoundary
    static PyObject of(Object obj, int start, int length, char format, int itemsize) {
        PyObject m = new PyObject(TYPE);
        m.hidden = new View(obj, start, length, new boolean[1], format, itemsize);
        m.setAttribute("obj", obj);
        m.setAttribute("nbytes", (long) length);
        m.setAttribute("readonly", !writable(obj));
        m.setAttribute("itemsize", (long) itemsize);
        m.setAttribute("format", String.valueOf(format));
        m.setAttribute("ndim", 1L);
        m.setAttribute("shape", PyTuple.of((long) (length / itemsize)));
        m.setAttribute("strides", PyTuple.of((long) itemsize));
        m.setAttribute("c_contiguous", Boolean.TRUE);
        m.setAttribute("contiguous", Boolean.TRUE);
        return m;
    }

    private static boolean writable(Object obj) {
        return obj instanceof PyByteArray || (obj instanceof PyObject po && po.nativeValue instanceof PyBufferExporter);
    }

    private static void write(Object obj, int offset, byte[] src) {
        if (obj instanceof PyByteArray ba) {
            for (int k = 0; k < src.length; k++) {
                ba.set(offset + k, src[k] & 0xff);
            }
        } else {
            ((PyBufferExporter) ((PyObject) obj).nativeValue).bufferWrite(offset, src);
        }
    }

    /** The item of struct format {@code f} (native, little-endian) at {@code off}. */
    @TruffleBoundary
    static Object unpack(byte[] b, int off, char f, int size) {
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        switch (f) {
            case 'f':
                return (double) bb.getFloat(off);
            case 'd':
                return bb.getDouble(off);
            case 'c':
                return new byte[]{b[off]};
            case '?':
                return b[off] != 0;
            case 'w':
                return Character.toString(bb.getInt(off));
            default:
                long x = 0;
                for (int k = size - 1; k >= 0; k--) {
                    x = x << 8 | (b[off + k] & 0xff);
                }
                boolean signed = Character.isLowerCase(f);
                if (signed && size < 8) {
                    x = x << (64 - 8 * size) >> (64 - 8 * size);
                }
                return size == 8 && !signed && x < 0 ? PyNumber.normalize(new java.math.BigInteger(Long.toUnsignedString(x))) : (Object) x;
        }
    }

    /** {@code v} as one item of struct format {@code f}, with memoryview's errors. */
    @TruffleBoundary
    static byte[] pack(Object v, char f, int size) {
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate(size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        Object u = PyObject.unwrap(v);
        switch (f) {
            case 'f':
            case 'd':
                if (!(u instanceof Double) && !PyNumber.isInt(u)) {
                    throw PyErrors.typeError(null, "memoryview: invalid type for format '%c'", f);
                }
                double d = PyNumber.toDouble(u, null);
                return f == 'f' ? bb.putFloat((float) d).array() : bb.putDouble(d).array();
            case 'c':
                if (!(u instanceof byte[] c) || c.length != 1) {
                    throw PyErrors.typeError(null, "memoryview: invalid type for format 'c'");
                }
                return c.clone();
            case '?':
                return new byte[]{(byte) (PyObjects.isTrue(v) ? 1 : 0)};
            case 'w':
                if (!(u instanceof String s) || s.codePointCount(0, s.length()) != 1) {
                    throw PyErrors.typeError(null, "memoryview: invalid type for format 'w'");
                }
                return bb.putInt(s.codePointAt(0)).array();
            default:
                Object x = PyConvert.asIndex(v, null);
                if (x == null || u instanceof Double) {
                    throw PyErrors.typeError(null, "memoryview: invalid type for format '%c'", f);
                }
                java.math.BigInteger big = PyNumber.toBig(x);
                boolean signed = Character.isLowerCase(f);
                int bits = 8 * size;
                java.math.BigInteger min = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
                java.math.BigInteger max = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(java.math.BigInteger.ONE)
                                : java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE);
                if (big.compareTo(min) < 0 || big.compareTo(max) > 0) {
                    throw PyErrors.valueError(null, "memoryview: invalid value for format '%c'", f);
                }
                long l = big.longValue();
                byte[] out = new byte[size];
                for (int k = 0; k < size; k++) {
                    out[k] = (byte) (l >> (8 * k));
                }
                return out;
        }
    }

    /**
     * The bytes of a writable bytes-like object (bytearray, array, a memoryview of one), or null when
     * {@code o} is read-only or not bytes-like; {@link #writeBytes} writes into it.
     */
    public static byte[] writableBytes(Object o) {
        Object u = o instanceof PyObject po && po.nativeValue instanceof PyByteArray ba ? ba : o;
        if (u instanceof PyByteArray ba) {
            return ba.bytes();
        } else if (u instanceof PyObject po && po.nativeValue instanceof PyBufferExporter e) {
            return e.bufferBytes();
        } else if (u instanceof PyObject po && po.getPyType() == TYPE && po.hidden instanceof View v && !v.released()[0] && writable(v.obj())) {
            return v.bytes();
        }
        return null;
    }

    /** Writes {@code src} at byte {@code offset} of an object {@link #writableBytes} accepted. */
    public static void writeBytes(Object o, int offset, byte[] src) {
        Object u = o instanceof PyObject po && po.nativeValue instanceof PyByteArray ba ? ba : o;
        if (u instanceof PyObject po && po.getPyType() == TYPE && po.hidden instanceof View v) {
            write(v.obj(), v.start() + offset, src);
        } else {
            write(u, offset, src);
        }
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
