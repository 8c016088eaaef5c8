package org.bytepy.modules;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyBufferExporter;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyByteArray;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyConvert;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PySlice;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * The {@code array} module (CPython's Modules/arraymodule.c): {@code array.array}, a compact sequence
 * of C numbers of one type. The items live in a {@code byte[]} in the machine's order (little-endian
 * on x86-64), read and written through {@link VarHandle} views, so the buffer protocol (bytes(a),
 * memoryview(a), struct, hashlib, zlib, ...) sees the same bytes as CPython. Item sizes are those of
 * CPython on x86-64 Linux: {@code l}/{@code L} are 8 bytes, {@code u} (wchar_t) 4.
 */
public final class ArrayModule {
    private ArrayModule() {
    }

    static final String TYPECODES = "bBuhHiIlLqQfd";

    static final PyType ARRAY = CollectionsSupport.protocolType("array", "array");
    static final PyType ITERATOR = CollectionsSupport.javaType("array", "arrayiterator", null);

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    static int itemSize(char tc) {
        return switch (tc) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'u', 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    /** The state of an array: typecode, items as bytes, item count. */
    static final class Arr extends CollectionsSupport.State implements PyBufferExporter {
        final char tc;
        final int size;
        byte[] data;
        int n;

        Arr(char tc, int capacity) {
            this.tc = tc;
            this.size = itemSize(tc);
            this.data = new byte[capacity * size];
        }

        int nbytes() {
            return n * size;
        }

        void ensure(long count) {
            long need = count * size;
            if (count > Integer.MAX_VALUE || need > Integer.MAX_VALUE - 16) {
                throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, null);
            }
            if (need > data.length) {
                long cap = Math.max(need, Math.min(Integer.MAX_VALUE - 16, data.length + (data.length >> 1) + 16L));
                data = Arrays.copyOf(data, (int) cap);
            }
        }

        /** Item {@code i} as a Python object. */
        Object get(int i) {
            int o = i * size;
            switch (tc) {
                case 'b':
                    return (long) data[o];
                case 'B':
                    return (long) (data[o] & 0xff);
                case 'h':
                    return (long) (short) SHORT.get(data, o);
                case 'H':
                    return (long) ((short) SHORT.get(data, o) & 0xffff);
                case 'i':
                    return (long) (int) INT.get(data, o);
                case 'I':
                    return (long) (int) INT.get(data, o) & 0xffffffffL;
                case 'l':
                case 'q':
                    return (long) LONG.get(data, o);
                case 'L':
                case 'Q': {
                    long v = (long) LONG.get(data, o);
                    return v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
                }
                case 'f':
                    return (double) (float) FLOAT.get(data, o);
                case 'd':
                    return (double) DOUBLE.get(data, o);
                default:
                    return unicodeItem((int) INT.get(data, o));
            }
        }

        /** Converts {@code v} for this typecode (with CPython's errors) and stores it at item {@code i}. */
        void set(int i, Object v) {
            int o = i * size;
            switch (tc) {
                case 'b':
                case 'B':
                    data[o] = (byte) intItem(tc, v);
                    break;
                case 'h':
                case 'H':
                    SHORT.set(data, o, (short) intItem(tc, v));
                    break;
                case 'i':
                case 'I':
                    INT.set(data, o, (int) intItem(tc, v));
                    break;
                case 'l':
                case 'L':
                case 'q':
                case 'Q':
                    LONG.set(data, o, intItem(tc, v));
                    break;
                case 'f':
                    FLOAT.set(data, o, (float) PyConvert.toDouble(v, null));
                    break;
                case 'd':
                    DOUBLE.set(data, o, PyConvert.toDouble(v, null));
                    break;
                default:
                    INT.set(data, o, unicodeValue(v));
            }
        }

        /** Appends {@code v}; nothing changes when the conversion fails. */
        void append(Object v) {
            ensure(n + 1L);
            set(n, v);
            n++;
        }

        void appendBytes(byte[] b, int off, int len) {
            ensure(n + (long) (len / size));
            System.arraycopy(b, off, data, nbytes(), len);
            n += len / size;
        }

        Object[] toArray() {
            Object[] r = new Object[n];
            for (int i = 0; i < n; i++) {
                r[i] = get(i);
            }
            return r;
        }

        String toUnicode() {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append((String) get(i));
            }
            return sb.toString();
        }

        void delete(int from, int to) {
            System.arraycopy(data, to * size, data, from * size, (n - to) * size);
            n -= to - from;
        }

        @Override
        public byte[] bufferBytes() {
            return Arrays.copyOf(data, nbytes());
        }

        @Override
        public int bufferLength() {
            return nbytes();
        }

        @Override
        public char bufferFormat() {
            return tc == 'u' ? 'w' : tc;
        }

        @Override
        public int bufferItemSize() {
            return size;
        }

        @Override
        public void bufferWrite(int offset, byte[] src) {
            System.arraycopy(src, 0, data, offset, src.length);
        }
    }

    private static String unicodeItem(int cp) {
        if (cp < 0 || cp > 0x10ffff) {
            throw PyErrors.valueError(null, "character U+%x is not in range [U+0000; U+10ffff]", cp);
        }
        return Character.toString(cp);
    }

    private static int unicodeValue(Object v) {
        if (PyObject.unwrap(v) instanceof String s && s.codePointCount(0, s.length()) == 1) {
            return s.codePointAt(0);
        }
        throw PyErrors.typeError(null, "array item must be unicode character");
    }

    /** An integer item, range-checked as CPython's setitem function of typecode {@code tc}. */
    @TruffleBoundary
    static long intItem(char tc, Object v) {
        Object x = PyConvert.asIndex(v, null);
        if (x == null) {
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(v));
        }
        boolean fits = PyNumber.fitsLong(x);
        long l = fits ? PyNumber.asLong(x) : 0;
        int sign = fits ? Long.signum(l) : ((BigInteger) x).signum();
        switch (tc) {
            case 'I':
            case 'L':
                if (sign < 0) {
                    throw PyErrors.overflow(null, "can't convert negative value to unsigned int");
                }
                if (!fits && ((BigInteger) x).compareTo(ULONG_MAX) > 0) {
                    throw PyErrors.overflow(null, "Python int too large to convert to C unsigned long");
                }
                if (tc == 'I' && (!fits || l > 0xffffffffL)) {
                    throw PyErrors.overflow(null, "unsigned int is greater than maximum");
                }
                return fits ? l : ((BigInteger) x).longValue();
            case 'Q':
                if (sign < 0) {
                    throw PyErrors.overflow(null, "can't convert negative int to unsigned");
                }
                if (!fits && ((BigInteger) x).compareTo(ULONG_MAX) > 0) {
                    throw PyErrors.overflow(null, "int too big to convert");
                }
                return fits ? l : ((BigInteger) x).longValue();
            case 'q':
                if (!fits) {
                    throw PyErrors.overflow(null, "int too big to convert");
                }
                return l;
            default:
                break;
        }
        if (!fits) {
            throw PyErrors.overflow(null, "Python int too large to convert to C long");
        }
        switch (tc) {
            case 'b':
                checkRange(l, -32768, 32767, "signed short integer");
                checkRange(l, -128, 127, "signed char");
                break;
            case 'B':
                checkRange(l, 0, 255, "unsigned byte integer");
                break;
            case 'h':
                checkRange(l, -32768, 32767, "signed short integer");
                break;
            case 'H':
                checkRange(l, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                checkRange(l, 0, 65535, "unsigned short");
                break;
            case 'i':
                checkRange(l, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                break;
            default:
                break;
        }
        return l;
    }

    private static void checkRange(long l, long min, long max, String what) {
        if (l < min) {
            throw PyErrors.overflow(null, what + " is less than minimum");
        }
        if (l > max) {
            throw PyErrors.overflow(null, what + " is greater than maximum");
        }
    }

    // ------------------------------------------------------------------ helpers

    static boolean isArray(Object o) {
        return o instanceof PyObject po && po.nativeValue instanceof Arr;
    }

    static Arr arr(Object o) {
        return (Arr) ((PyObject) o).nativeValue;
    }

    private static Arr self(Object[] a, String name) {
        return CollectionsSupport.self(a, Arr.class, name, "array.array");
    }

    private static void argc(String name, Object[] a, PyDict kw, int min, int max) {
        org.bytepy.builtins.Args.methodCount(name, a, kw, min, max);
    }

    static PyObject newArray(PyType type, char tc, int capacity) {
        return CollectionsSupport.wrap(type, new Arr(tc, capacity));
    }

    /** A new array of the base type holding a copy of items {@code [from, to)} of {@code src}. */
    static PyObject slice(Arr src, int from, int to) {
        PyObject r = newArray(ARRAY, src.tc, to - from);
        Arr d = arr(r);
        System.arraycopy(src.data, from * src.size, d.data, 0, (to - from) * src.size);
        d.n = to - from;
        return r;
    }

    /** An index argument as CPython's PyNumber_AsSsize_t with {@code exc} for big ints. */
    private static long ssize(Object o, PyType exc) {
        Object x = PyConvert.asIndex(o, null);
        if (x == null) {
            return Long.MIN_VALUE;
        }
        if (!PyNumber.fitsLong(x)) {
            if (exc == null) {
                throw PyErrors.overflow(null, "Python int too large to convert to C ssize_t");
            }
            throw PyErrors.format(exc, null, "cannot fit 'int' into an index-sized integer");
        }
        return PyNumber.asLong(x);
    }

    /** An integer argument as a Py_ssize_t: TypeError for a non-integer, OverflowError beyond the range. */
    private static long ssizeArg(Object o) {
        long v = ssize(o, null);
        if (v == Long.MIN_VALUE && !PyNumber.isInt(o)) {
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(o));
        }
        return v;
    }

    /** A slice index as CPython's _PyEval_SliceIndexNotNone: big ints clamp. */
    private static long sliceIndex(Object o) {
        Object x = PyConvert.asIndex(o, null);
        if (x == null) {
            throw PyErrors.typeError(null, "slice indices must be integers or have an __index__ method");
        }
        if (!PyNumber.fitsLong(x)) {
            return ((BigInteger) x).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return PyNumber.asLong(x);
    }

    private static PyException badArgument() {
        return PyErrors.typeError(null, "bad argument type for built-in operation");
    }

    @TruffleBoundary
    static void frombytes(Arr a, Object buf) {
        byte[] b = BuiltinTypeOps.bytesOf(buf);
        if (b == null) {
            throw PyErrors.typeError(null, "a bytes-like object is required, not '%s'", PyObjects.typeName(buf));
        }
        if (b.length % a.size != 0) {
            throw PyErrors.valueError(null, "bytes length not a multiple of item size");
        }
        a.appendBytes(b, 0, b.length);
    }

    static void extend(Arr a, Object iterable, boolean iadd) {
        if (isArray(iterable)) {
            Arr b = arr(iterable);
            if (b.tc != a.tc) {
                throw PyErrors.typeError(null, "can only extend with array of same kind");
            }
            a.appendBytes(b.bufferBytes(), 0, b.nbytes());
            return;
        }
        if (iadd) {
            throw PyErrors.typeError(null, "can only extend array with array (not \"%s\")", PyObjects.typeName(iterable));
        }
        PyIterator it = PyObjects.iter(iterable, null);
        for (Object v = it.next(); v != null; v = it.next()) {
            a.append(v);
        }
    }

    /** The argument count check of a slot wrapper ({@code a.__len__()}, {@code a.__getitem__(i)}). */
    private static void slotArgs(Object[] a, PyDict kw, int n) {
        if (kw != null && kw.size() > 0) {
            throw PyErrors.typeError(null, "wrapper takes no keyword arguments");
        }
        if (a.length - 1 != n) {
            throw PyErrors.typeError(null, "expected %d argument%s, got %d", n, n == 1 ? "" : "s", a.length - 1);
        }
    }

    private static Object compare(Object[] a, String op) {
        slotArgs(a, null, 1);
        Arr x = self(a, "__eq__");
        if (a.length != 2 || !isArray(a[1])) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        Arr y = arr(a[1]);
        if (x.n != y.n && (op.equals("==") || op.equals("!="))) {
            return op.equals("!=");
        }
        int n = Math.min(x.n, y.n);
        for (int i = 0; i < n; i++) {
            Object p = x.get(i), q = y.get(i);
            if (!PyObjects.eq(p, q)) {
                if (op.equals("==")) {
                    return false;
                } else if (op.equals("!=")) {
                    return true;
                }
                return PyObjects.richCompareValue(p, q, op, null);
            }
        }
        int c = Integer.compare(x.n, y.n);
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static String repr(Arr a) {
        String name = a.self.getPyType().getName();
        if (a.n == 0) {
            return name + "('" + a.tc + "')";
        }
        Object v = a.tc == 'u' ? a.toUnicode() : new PyList(a.toArray());
        return name + "('" + a.tc + "', " + PyObjects.repr(v) + ")";
    }

    private static Object repeat(Arr a, Object count) {
        long k = ssize(count, PyTypes.OVERFLOW_ERROR);
        if (k == Long.MIN_VALUE && !PyNumber.isInt(count)) {
            throw PyErrors.typeError(null, "can't multiply sequence by non-int of type '%s'", PyObjects.typeName(count));
        }
        if (k <= 0 || a.n == 0) {
            return newArray(ARRAY, a.tc, 0);
        }
        if (k > (Integer.MAX_VALUE - 16) / a.nbytes()) {
            throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, null);
        }
        PyObject r = newArray(ARRAY, a.tc, (int) (a.n * k));
        Arr d = arr(r);
        int nb = a.nbytes();
        for (int i = 0; i < k; i++) {
            System.arraycopy(a.data, 0, d.data, i * nb, nb);
        }
        d.n = (int) (a.n * k);
        return r;
    }

    /** CPython's machine format code of a typecode on x86-64 Linux (pickling). */
    private static int mformat(char tc) {
        return switch (tc) {
            case 'b' -> 1;
            case 'B' -> 0;
            case 'u' -> 20;
            case 'h' -> 4;
            case 'H' -> 2;
            case 'i' -> 8;
            case 'I' -> 6;
            case 'l', 'q' -> 12;
            case 'L', 'Q' -> 10;
            case 'f' -> 14;
            default -> 16;
        };
    }

    // ------------------------------------------------------------------ construction

    @TruffleBoundary
    static PyObject construct(PyType type, char c, Object initial) {
        if (TYPECODES.indexOf(c) < 0) {
            throw PyErrors.valueError(null, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        if (initial != null && c != 'u') {
            if (PyObject.unwrap(initial) instanceof String) {
                throw PyErrors.typeError(null, "cannot use a str to initialize an array with typecode '%c'", c);
            } else if (isArray(initial) && arr(initial).tc == 'u') {
                throw PyErrors.typeError(null, "cannot use a unicode array to initialize an array with typecode '%c'", c);
            }
        }
        PyObject r = newArray(type, c, 0);
        Arr a = arr(r);
        if (initial == null) {
            return r;
        }
        Object u = PyObject.unwrap(initial);
        if (u instanceof PyList || u instanceof PyTuple) {
            Object[] items = PyObjects.toArray(u, null);
            a.ensure(items.length);
            for (int i = 0; i < items.length; i++) {
                a.set(i, items[i]);
            }
            a.n = items.length;
        } else if (u instanceof byte[] || u instanceof PyByteArray) {
            frombytes(a, u);
        } else if (c == 'u' && u instanceof String s) {
            fromUnicode(a, s);
        } else if (isArray(initial) && arr(initial).tc == c) {
            Arr b = arr(initial);
            a.appendBytes(b.data, 0, b.nbytes());
        } else {
            PyIterator it = PyObjects.iter(initial, null);
            for (Object v = it.next(); v != null; v = it.next()) {
                a.append(v);
            }
        }
        return r;
    }

    private static void fromUnicode(Arr a, String s) {
        int[] cps = s.codePoints().toArray();
        a.ensure(a.n + (long) cps.length);
        for (int cp : cps) {
            INT.set(a.data, a.n * 4, cp);
            a.n++;
        }
    }

    private static char typecodeArg(Object o, String fname, int pos) {
        if (PyObject.unwrap(o) instanceof String s && s.codePointCount(0, s.length()) == 1) {
            int cp = s.codePointAt(0);
            return cp < 0x10000 ? (char) cp : '\0';
        }
        throw PyErrors.typeError(null, "%s() argument %d must be a unicode character, not %s", fname, pos, PyObjects.typeName(o));
    }

    // ------------------------------------------------------------------ the iterator

    static final class ArrayIter extends PyIterator {
        Object array;
        int index;

        ArrayIter(Object array) {
            this.array = array;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (array == null) {
                return null;
            }
            Arr a = arr(array);
            if (index >= a.n) {
                array = null;
                return null;
            }
            return a.get(index++);
        }

        @Override
        public PyType getPyType() {
            return ITERATOR;
        }
    }

    // ------------------------------------------------------------------ the type

    static {
        PyType t = ARRAY;
        t.getDict().put("__doc__", "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\n"
                        + "initialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable over elements of the appropriate type.\n");
        CollectionsSupport.newMethod(t, (a, kw) -> {
            PyType cls = (PyType) a[0];
            if (kw != null && kw.size() > 0 && (cls == ARRAY || cls.lookup("__init__") == PyTypes.OBJECT.lookup("__init__"))) {
                throw PyErrors.typeError(null, "array.array() takes no keyword arguments");
            }
            if (a.length < 2) {
                throw PyErrors.typeError(null, "array() takes at least 1 argument (0 given)");
            }
            if (a.length > 3) {
                throw PyErrors.typeError(null, "array() takes at most 2 arguments (%d given)", a.length - 1);
            }
            char c = typecodeArg(a[1], "array", 1);
            return construct(cls, c, a.length > 2 ? a[2] : null);
        });
        CollectionsSupport.property(t, "typecode", (a, kw) -> String.valueOf(self(a, "typecode").tc), null);
        CollectionsSupport.property(t, "itemsize", (a, kw) -> (long) self(a, "itemsize").size, null);
        method(t, "append", (a, kw) -> {
            argc("array.append", a, kw, 1, 1);
            self(a, "append").append(a[1]);
            return PyNone.NONE;
        });
        method(t, "buffer_info", (a, kw) -> {
            argc("array.buffer_info", a, kw, 0, 0);
            Arr s = self(a, "buffer_info");
            return PyTuple.of(System.identityHashCode(s.data) * 16L, (long) s.n);
        });
        method(t, "byteswap", (a, kw) -> {
            argc("array.byteswap", a, kw, 0, 0);
            Arr s = self(a, "byteswap");
            for (int i = 0; i < s.n; i++) {
                int o = i * s.size;
                for (int p = o, q = o + s.size - 1; p < q; p++, q--) {
                    byte tmp = s.data[p];
                    s.data[p] = s.data[q];
                    s.data[q] = tmp;
                }
            }
            return PyNone.NONE;
        });
        method(t, "count", (a, kw) -> {
            argc("array.count", a, kw, 1, 1);
            Arr s = self(a, "count");
            long c = 0;
            for (int i = 0; i < s.n; i++) {
                if (PyObjects.eq(s.get(i), a[1])) {
                    c++;
                }
            }
            return c;
        });
        method(t, "extend", (a, kw) -> {
            argc("array.extend", a, kw, 1, 1);
            extend(self(a, "extend"), a[1], false);
            return PyNone.NONE;
        });
        method(t, "frombytes", (a, kw) -> {
            argc("array.frombytes", a, kw, 1, 1);
            frombytes(self(a, "frombytes"), a[1]);
            return PyNone.NONE;
        });
        method(t, "fromfile", (a, kw) -> {
            CollectionsSupport.noKeywords("fromfile", kw);
            if (a.length != 3) {
                throw PyErrors.typeError(null, "fromfile() takes exactly 2 positional arguments (%d given)", a.length - 1);
            }
            Arr s = self(a, "fromfile");
            long count = ssizeArg(a[2]);
            if (count < 0) {
                throw PyErrors.valueError(null, "negative count");
            }
            if (count > (Integer.MAX_VALUE - 16) / s.size) {
                throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, null);
            }
            long nbytes = count * s.size;
            Object b = PyCalls.call(PyObjects.getAttr(a[1], "read", null), new Object[]{nbytes}, null, null);
            if (!(PyObject.unwrap(b) instanceof byte[] bytes)) {
                throw PyErrors.typeError(null, "read() didn't return bytes");
            }
            frombytes(s, bytes);
            if (bytes.length != nbytes) {
                throw PyErrors.raise(PyTypes.EOF_ERROR, "read() didn't return enough bytes", null);
            }
            return PyNone.NONE;
        });
        method(t, "fromlist", (a, kw) -> {
            argc("array.fromlist", a, kw, 1, 1);
            Arr s = self(a, "fromlist");
            if (!(PyObject.unwrap(a[1]) instanceof PyList l)) {
                throw PyErrors.typeError(null, "arg must be list");
            }
            int old = s.n;
            try {
                for (Object v : PyObjects.toArray(l, null)) {
                    s.append(v);
                }
            } catch (PyException e) {
                s.n = old;
                throw e;
            }
            return PyNone.NONE;
        });
        method(t, "fromunicode", (a, kw) -> {
            argc("array.fromunicode", a, kw, 1, 1);
            Arr s = self(a, "fromunicode");
            if (!(PyObject.unwrap(a[1]) instanceof String str)) {
                throw PyErrors.typeError(null, "fromunicode() argument must be str, not %s", PyObjects.typeName(a[1]));
            }
            if (s.tc != 'u') {
                throw PyErrors.valueError(null, "fromunicode() may only be called on unicode type arrays");
            }
            fromUnicode(s, str);
            return PyNone.NONE;
        });
        method(t, "index", (a, kw) -> {
            CollectionsSupport.noKeywords("index", kw);
            if (a.length < 2) {
                throw PyErrors.typeError(null, "index expected at least 1 argument, got 0");
            }
            if (a.length > 4) {
                throw PyErrors.typeError(null, "index expected at most 3 arguments, got %d", a.length - 1);
            }
            Arr s = self(a, "index");
            long start = a.length > 2 ? sliceIndex(a[2]) : 0;
            long stop = a.length > 3 ? sliceIndex(a[3]) : Long.MAX_VALUE;
            if (start < 0) {
                start = Math.max(0, start + s.n);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + s.n);
            }
            for (long i = start; i < Math.min(stop, s.n); i++) {
                if (PyObjects.eq(s.get((int) i), a[1])) {
                    return i;
                }
            }
            throw PyErrors.valueError(null, "array.index(x): x not in array");
        });
        method(t, "insert", (a, kw) -> {
            CollectionsSupport.noKeywords("insert", kw);
            if (a.length != 3) {
                throw PyErrors.typeError(null, "insert expected 2 arguments, got %d", a.length - 1);
            }
            Arr s = self(a, "insert");
            long i = ssizeArg(a[1]);
            if (i < 0) {
                i = Math.max(0, i + s.n);
            }
            i = Math.min(i, s.n);
            s.append(a[2]);
            int at = (int) i;
            byte[] item = Arrays.copyOfRange(s.data, (s.n - 1) * s.size, s.n * s.size);
            System.arraycopy(s.data, at * s.size, s.data, (at + 1) * s.size, (s.n - 1 - at) * s.size);
            System.arraycopy(item, 0, s.data, at * s.size, s.size);
            return PyNone.NONE;
        });
        method(t, "pop", (a, kw) -> {
            CollectionsSupport.noKeywords("pop", kw);
            if (a.length > 2) {
                throw PyErrors.typeError(null, "pop expected at most 1 argument, got %d", a.length - 1);
            }
            Arr s = self(a, "pop");
            long i = -1;
            if (a.length == 2) {
                i = ssizeArg(a[1]);
            }
            if (s.n == 0) {
                throw PyErrors.indexError(null, "pop from empty array");
            }
            if (i < 0) {
                i += s.n;
            }
            if (i < 0 || i >= s.n) {
                throw PyErrors.indexError(null, "pop index out of range");
            }
            Object v = s.get((int) i);
            s.delete((int) i, (int) i + 1);
            return v;
        });
        method(t, "remove", (a, kw) -> {
            argc("array.remove", a, kw, 1, 1);
            Arr s = self(a, "remove");
            for (int i = 0; i < s.n; i++) {
                if (PyObjects.eq(s.get(i), a[1])) {
                    s.delete(i, i + 1);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError(null, "array.remove(x): x not in array");
        });
        method(t, "reverse", (a, kw) -> {
            argc("array.reverse", a, kw, 0, 0);
            Arr s = self(a, "reverse");
            byte[] tmp = new byte[s.size];
            for (int p = 0, q = s.n - 1; p < q; p++, q--) {
                System.arraycopy(s.data, p * s.size, tmp, 0, s.size);
                System.arraycopy(s.data, q * s.size, s.data, p * s.size, s.size);
                System.arraycopy(tmp, 0, s.data, q * s.size, s.size);
            }
            return PyNone.NONE;
        });
        method(t, "tobytes", (a, kw) -> {
            argc("array.tobytes", a, kw, 0, 0);
            return self(a, "tobytes").bufferBytes();
        });
        method(t, "tofile", (a, kw) -> {
            argc("array.tofile", a, kw, 1, 1);
            Arr s = self(a, "tofile");
            int block = 64 * 1024;
            byte[] all = s.bufferBytes();
            for (int off = 0; off < all.length; off += block) {
                byte[] chunk = Arrays.copyOfRange(all, off, Math.min(all.length, off + block));
                PyCalls.call(PyObjects.getAttr(a[1], "write", null), new Object[]{chunk}, null, null);
            }
            return PyNone.NONE;
        });
        method(t, "tolist", (a, kw) -> {
            argc("array.tolist", a, kw, 0, 0);
            return new PyList(self(a, "tolist").toArray());
        });
        method(t, "tounicode", (a, kw) -> {
            argc("array.tounicode", a, kw, 0, 0);
            Arr s = self(a, "tounicode");
            if (s.tc != 'u') {
                throw PyErrors.valueError(null, "tounicode() may only be called on unicode type arrays");
            }
            return s.toUnicode();
        });
        method(t, "__copy__", (a, kw) -> {
            argc("array.__copy__", a, kw, 0, 0);
            Arr s = self(a, "__copy__");
            return slice(s, 0, s.n);
        });
        method(t, "__deepcopy__", (a, kw) -> {
            argc("array.__deepcopy__", a, kw, 1, 1);
            Arr s = self(a, "__deepcopy__");
            return slice(s, 0, s.n);
        });
        method(t, "__reduce_ex__", (a, kw) -> {
            CollectionsSupport.noKeywords("__reduce_ex__", kw);
            if (a.length != 2) {
                throw PyErrors.typeError(null, "__reduce_ex__() takes exactly 1 positional argument (%d given)", a.length - 1);
            }
            Arr s = self(a, "__reduce_ex__");
            if (!PyNumber.isInt(PyObject.unwrap(a[1]))) {
                throw PyErrors.typeError(null, "__reduce_ex__ argument should be an integer");
            }
            Object p = PyObject.unwrap(a[1]);
            long protocol = PyNumber.fitsLong(p) ? PyNumber.asLong(p) : Long.MAX_VALUE;
            PyType type = s.self.getPyType();
            Object dict = type == ARRAY ? null : PyObjects.lookupAttr(s.self, "__dict__");
            if (dict == null) {
                dict = PyNone.NONE;
            }
            if (protocol < 3) {
                return PyTuple.of(type, PyTuple.of(String.valueOf(s.tc), new PyList(s.toArray())), dict);
            }
            Object reconstructor = ArrayModule.RECONSTRUCTOR;
            return PyTuple.of(reconstructor, PyTuple.of(type, String.valueOf(s.tc), (long) mformat(s.tc), s.bufferBytes()), dict);
        });
        method(t, "__reduce__", (a, kw) -> {
            throw PyErrors.typeError(null, "cannot pickle '%s' object", self(a, "__reduce__").self.getPyType().getName());
        });
        method(t, "__sizeof__", (a, kw) -> {
            argc("array.__sizeof__", a, kw, 0, 0);
            return 64L + self(a, "__sizeof__").data.length;
        });
        method(t, "__len__", (a, kw) -> {
            slotArgs(a, kw, 0);
            return (long) self(a, "__len__").n;
        });
        method(t, "__iter__", (a, kw) -> {
            slotArgs(a, kw, 0);
            return new ArrayIter(self(a, "__iter__").self);
        });
        method(t, "__repr__", (a, kw) -> {
            slotArgs(a, kw, 0);
            return repr(self(a, "__repr__"));
        });
        method(t, "__contains__", (a, kw) -> {
            slotArgs(a, kw, 1);
            Arr s = self(a, "__contains__");
            for (int i = 0; i < s.n; i++) {
                if (PyObjects.eq(s.get(i), a[1])) {
                    return true;
                }
            }
            return false;
        });
        method(t, "__getitem__", (a, kw) -> {
            slotArgs(a, kw, 1);
            Arr s = self(a, "__getitem__");
            Object key = a[1];
            if (key instanceof PySlice sl) {
                long[] idx = sl.indices(s.n, null);
                int start = (int) idx[0], step = (int) idx[2], len = (int) idx[3];
                if (step == 1) {
                    return slice(s, start, start + len);
                }
                PyObject r = newArray(ARRAY, s.tc, len);
                Arr d = arr(r);
                for (int i = 0, cur = start; i < len; i++, cur += step) {
                    System.arraycopy(s.data, cur * s.size, d.data, i * s.size, s.size);
                }
                d.n = len;
                return r;
            }
            long i = ssize(key, PyTypes.INDEX_ERROR);
            if (i == Long.MIN_VALUE && !PyNumber.isInt(key)) {
                throw PyErrors.typeError(null, "array indices must be integers");
            }
            if (i < 0) {
                i += s.n;
            }
            if (i < 0 || i >= s.n) {
                throw PyErrors.indexError(null, "array index out of range");
            }
            return s.get((int) i);
        });
        method(t, "__setitem__", (a, kw) -> {
            slotArgs(a, kw, 2);
            assign(self(a, "__setitem__"), a[1], a[2]);
            return PyNone.NONE;
        });
        method(t, "__delitem__", (a, kw) -> {
            slotArgs(a, kw, 1);
            assign(self(a, "__delitem__"), a[1], null);
            return PyNone.NONE;
        });
        method(t, "__add__", (a, kw) -> {
            slotArgs(a, kw, 1);
            Arr s = self(a, "__add__");
            if (!isArray(a[1])) {
                throw PyErrors.typeError(null, "can only append array (not \"%s\") to array", PyObjects.typeName(a[1]));
            }
            Arr o = arr(a[1]);
            if (o.tc != s.tc) {
                throw badArgument();
            }
            PyObject r = slice(s, 0, s.n);
            arr(r).appendBytes(o.data, 0, o.nbytes());
            return r;
        });
        method(t, "__iadd__", (a, kw) -> {
            slotArgs(a, kw, 1);
            Arr s = self(a, "__iadd__");
            extend(s, a[1], true);
            return s.self;
        });
        method(t, "__mul__", (a, kw) -> {
            slotArgs(a, kw, 1);
            return repeat(self(a, "__mul__"), a[1]);
        });
        method(t, "__rmul__", (a, kw) -> {
            slotArgs(a, kw, 1);
            return repeat(self(a, "__rmul__"), a[1]);
        });
        method(t, "__imul__", (a, kw) -> {
            slotArgs(a, kw, 1);
            Arr s = self(a, "__imul__");
            if (PyConvert.asIndex(a[1], null) == null) {
                throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(a[1]));
            }
            Arr r = arr(repeat(s, a[1]));
            s.data = r.data;
            s.n = r.n;
            return s.self;
        });
        method(t, "__eq__", (a, kw) -> compare(a, "=="));
        method(t, "__ne__", (a, kw) -> compare(a, "!="));
        method(t, "__lt__", (a, kw) -> compare(a, "<"));
        method(t, "__le__", (a, kw) -> compare(a, "<="));
        method(t, "__gt__", (a, kw) -> compare(a, ">"));
        method(t, "__ge__", (a, kw) -> compare(a, ">="));
        t.getDict().put("__hash__", PyNone.NONE);
        CollectionsSupport.classGetitem(t);
        // instances have no __dict__ (a subclass without __slots__ gets one)
        t.slots = java.util.Set.of();

        PyType it = ITERATOR;
        it.getDict().put("__iter__", new PyBuiltinFunction("__iter__", it, (a, kw) -> a[0]));
        it.getDict().put("__reduce__", new PyBuiltinFunction("__reduce__", it, (a, kw) -> {
            ArrayIter i = (ArrayIter) a[0];
            Object iter = org.bytepy.BytepyContext.get(null).getBuiltins().getStr("iter");
            if (i.array == null) {
                return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(iter, PyTuple.of(i.array), (long) i.index);
        }));
        it.getDict().put("__reduce_ex__", new PyBuiltinFunction("__reduce_ex__", it, (a, kw) -> {
            return PyCalls.call(it.getDict().get("__reduce__"), new Object[]{a[0]}, null, null);
        }));
        it.getDict().put("__setstate__", new PyBuiltinFunction("__setstate__", it, (a, kw) -> {
            ArrayIter i = (ArrayIter) a[0];
            long idx = ssizeArg(a[1]);
            if (i.array != null) {
                i.index = (int) Math.max(0, Math.min(idx, arr(i.array).n));
            }
            return PyNone.NONE;
        }));
    }

    /** {@code a[key] = value} ({@code value} null: {@code del a[key]}), as CPython's array_ass_subscr. */
    @TruffleBoundary
    private static void assign(Arr s, Object key, Object value) {
        long start, stop, step, len;
        if (!(key instanceof PySlice)) {
            long i = ssize(key, PyTypes.INDEX_ERROR);
            if (i == Long.MIN_VALUE && !PyNumber.isInt(key)) {
                throw PyErrors.typeError(null, "array indices must be integers");
            }
            if (i < 0) {
                i += s.n;
            }
            if (i < 0 || i >= s.n) {
                throw PyErrors.indexError(null, "array assignment index out of range");
            }
            if (value != null) {
                s.set((int) i, value);
                return;
            }
            start = i;
            stop = i + 1;
            step = 1;
            len = 1;
        } else {
            long[] idx = ((PySlice) key).indices(s.n, null);
            start = idx[0];
            stop = idx[1];
            step = idx[2];
            len = idx[3];
        }
        Arr other = null;
        int needed = 0;
        if (value != null) {
            if (!isArray(value)) {
                throw PyErrors.typeError(null, "can only assign array (not \"%s\") to array slice", PyObjects.typeName(value));
            }
            other = arr(value);
            if (other == s) {
                other = arr(slice(s, 0, s.n));
            }
            if (other.tc != s.tc) {
                throw badArgument();
            }
            needed = other.n;
        }
        int sz = s.size;
        if ((step > 0 && stop < start) || (step < 0 && stop > start)) {
            stop = start;
        }
        if (step == 1) {
            int st = (int) start, sp = (int) stop, n = s.n;
            int newN = n - (sp - st) + needed;
            s.ensure(newN);
            System.arraycopy(s.data, sp * sz, s.data, (st + needed) * sz, (n - sp) * sz);
            if (needed > 0) {
                System.arraycopy(other.data, 0, s.data, st * sz, needed * sz);
            }
            s.n = newN;
            return;
        }
        if (other == null) {
            boolean[] drop = new boolean[s.n];
            for (long i = 0, cur = start; i < len; i++, cur += step) {
                drop[(int) cur] = true;
            }
            int w = 0;
            for (int r = 0; r < s.n; r++) {
                if (!drop[r]) {
                    if (w != r) {
                        System.arraycopy(s.data, r * sz, s.data, w * sz, sz);
                    }
                    w++;
                }
            }
            s.n = w;
            return;
        }
        if (needed != len) {
            throw PyErrors.valueError(null, "attempt to assign array of size %d to extended slice of size %d", needed, len);
        }
        for (long i = 0, cur = start; i < len; i++, cur += step) {
            System.arraycopy(other.data, (int) i * sz, s.data, (int) cur * sz, sz);
        }
    }

    private static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        CollectionsSupport.method(t, name, body);
    }

    // ------------------------------------------------------------------ _array_reconstructor

    static final PyBuiltinFunction RECONSTRUCTOR = new PyBuiltinFunction("_array_reconstructor", null, (a, kw) -> {
        CollectionsSupport.noKeywords("_array_reconstructor", kw);
        if (a.length != 4) {
            throw PyErrors.typeError(null, "_array_reconstructor expected 4 arguments, got %d", a.length);
        }
        if (!(a[0] instanceof PyType type)) {
            throw PyErrors.typeError(null, "first argument must be a type object, not %s", PyObjects.typeName(a[0]));
        }
        if (!type.isSubtypeOf(ARRAY)) {
            throw PyErrors.typeError(null, "%s is not a subtype of array.array", type.getName());
        }
        char tc = typecodeArg(a[1], "_array_reconstructor", 2);
        if (TYPECODES.indexOf(tc) < 0) {
            throw PyErrors.valueError(null, "second argument must be a valid type code");
        }
        long code = ssizeArg(a[2]);
        if (code < 0 || code > 21) {
            throw PyErrors.valueError(null, "third argument must be a valid machine format code.");
        }
        if (!(a[3] instanceof byte[] items)) {
            throw PyErrors.typeError(null, "fourth argument should be bytes, not %s", PyObjects.typeName(a[3]));
        }
        if (code == mformat(tc)) {
            return construct(type, tc, items);
        }
        int c = (int) code;
        int[] sizes = {1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 2, 2, 4, 4};
        int size = sizes[c];
        if (items.length % size != 0) {
            throw PyErrors.valueError(null, "string length not a multiple of item size");
        }
        boolean bigEndian = c >= 2 && (c % 2 == 1);
        ByteOrder order = bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(items).order(order);
        int count = items.length / size;
        Object converted;
        if (c >= 18) {
            String enc = c == 18 ? "utf-16-le" : c == 19 ? "utf-16-be" : c == 20 ? "utf-32-le" : "utf-32-be";
            converted = PyCalls.call(PyObjects.getAttr(items, "decode", null), new Object[]{enc}, null, null);
        } else if (c >= 14) {
            Object[] r = new Object[count];
            for (int i = 0; i < count; i++) {
                r[i] = size == 4 ? (double) bb.getFloat(i * 4) : bb.getDouble(i * 8);
            }
            converted = new PyList(r);
        } else {
            boolean signed = c == 1 || (c >= 2 && ((c - 2) / 2) % 2 == 1);
            for (char d : TYPECODES.toCharArray()) {
                if (d != 'u' && d != 'f' && d != 'd' && itemSize(d) == size && Character.isLowerCase(d) == signed) {
                    tc = d;
                }
            }
            Object[] r = new Object[count];
            for (int i = 0; i < count; i++) {
                byte[] one = Arrays.copyOfRange(items, i * size, (i + 1) * size);
                if (!bigEndian) {
                    for (int p = 0, q = size - 1; p < q; p++, q--) {
                        byte x = one[p];
                        one[p] = one[q];
                        one[q] = x;
                    }
                }
                r[i] = PyNumber.normalize(signed ? new BigInteger(one) : new BigInteger(1, one));
            }
            converted = new PyList(r);
        }
        return construct(type, tc, converted);
    });

    // ------------------------------------------------------------------ the module

    public static PyModule create(org.bytepy.BytepyContext ctx) {
        PyModule m = new PyModule("array", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\n"
                        + "numbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n");
        d.put("array", ARRAY);
        d.put("ArrayType", ARRAY);
        d.put("typecodes", TYPECODES);
        RECONSTRUCTOR.moduleFunction = true;
        d.put("_array_reconstructor", RECONSTRUCTOR);
        // as CPython's module init: collections.abc.MutableSequence.register(array)
        Object abc = org.bytepy.imports.Importer.importModule(ctx, "collections.abc", null);
        Object register = PyObjects.getAttr(PyObjects.getAttr(abc, "MutableSequence", null), "register", null);
        PyCalls.call(register, new Object[]{ARRAY}, null, null);
        return m;
    }
}
