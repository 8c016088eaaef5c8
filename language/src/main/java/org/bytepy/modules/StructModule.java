package org.bytepy.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyByteArray;
import org.bytepy.runtime.PyComputedAttributes;
import org.bytepy.runtime.PyConvert;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyIterators;
import org.bytepy.runtime.PyMemoryView;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * The {@code _struct} module: {@code pack}/{@code unpack} of C values, with CPython's byte orders
 * ({@code @ = < > !}), native sizes and alignment (x86-64 LP64) and its {@code struct.error} messages.
 */
public final class StructModule {
    private StructModule() {
    }

    public static final PyType ERROR = new PyType("error", false, PyTypes.EXCEPTION);
    public static final PyType STRUCT = new PyType("Struct", true, PyTypes.OBJECT);
    private static final PyType UNPACK_ITERATOR = new PyType("unpack_iterator", true, PyTypes.OBJECT);

    static PyException error(String format, Object... args) {
        return PyErrors.format(ERROR, null, format, args);
    }

    /** One format code with its repeat count and byte offset. */
    record Item(char code, int count, int offset, int size) {
    }

    /** A compiled format: {@code Struct} instances. */
    public static final class Struct implements TruffleObject, PyObjectBase, PyComputedAttributes {
        final String format;
        final boolean little;
        final boolean nativeMode;
        final Item[] items;
        final int size;
        /** The number of values pack takes and unpack returns. */
        final int nvalues;

        Struct(String format, boolean little, boolean nativeMode, Item[] items, int size, int nvalues) {
            this.format = format;
            this.little = little;
            this.nativeMode = nativeMode;
            this.items = items;
            this.size = size;
            this.nvalues = nvalues;
        }

        @Override
        public PyType getPyType() {
            return STRUCT;
        }

        @Override
        public Object getAttribute(String name) {
            if (name.equals("format")) {
                return format;
            } else if (name.equals("size")) {
                return (long) size;
            }
            return null;
        }
    }

    private static final ConcurrentHashMap<String, Struct> CACHE = new ConcurrentHashMap<>();

    private static int nativeSize(char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p':
                return 1;
            case 'h', 'H', 'e':
                return 2;
            case 'i', 'I', 'f':
                return 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
                return 8;
            default:
                return -1;
        }
    }

    private static int standardSize(char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p':
                return 1;
            case 'h', 'H', 'e':
                return 2;
            case 'i', 'I', 'l', 'L', 'f':
                return 4;
            case 'q', 'Q', 'd':
                return 8;
            default:
                return -1;
        }
    }

    @TruffleBoundary
    static Struct compile(Object fmtObj) {
        String fmt;
        if (fmtObj instanceof String s) {
            fmt = s;
        } else if (BuiltinTypeOps.bytesOf(fmtObj) instanceof byte[] b) {
            fmt = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyErrors.typeError(null, "Struct() argument 1 must be a str or bytes object, not %s", PyObjects.typeName(fmtObj));
        }
        if (fmt.indexOf('\0') >= 0) {
            throw error("embedded null character");
        }
        Struct cached = CACHE.get(fmt);
        if (cached != null) {
            return cached;
        }
        int i = 0;
        boolean nativeMode = true;
        boolean little = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '@' -> i = 1;
                case '=' -> {
                    nativeMode = false;
                    i = 1;
                }
                case '<' -> {
                    nativeMode = false;
                    little = true;
                    i = 1;
                }
                case '>', '!' -> {
                    nativeMode = false;
                    little = false;
                    i = 1;
                }
                default -> {
                }
            }
        }
        List<Item> items = new ArrayList<>();
        long offset = 0;
        int nvalues = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < fmt.length() && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    count = count * 10 + (fmt.charAt(i) - '0');
                    if (count > Integer.MAX_VALUE) {
                        throw error("total struct size too long");
                    }
                    i++;
                }
                if (i >= fmt.length()) {
                    throw error("repeat count given without format specifier");
                }
                c = fmt.charAt(i);
            }
            i++;
            int sz = nativeMode ? nativeSize(c) : standardSize(c);
            if (sz < 0) {
                throw error("bad char in struct format");
            }
            if (nativeMode && sz > 1) {
                offset = (offset + sz - 1) / sz * sz;
            }
            if (c == 's' || c == 'p') {
                items.add(new Item(c, (int) count, (int) offset, (int) count));
                offset += count;
                nvalues++;
            } else {
                items.add(new Item(c, (int) count, (int) offset, sz));
                offset += count * sz;
                if (c != 'x') {
                    nvalues += (int) count;
                }
            }
            if (offset > Integer.MAX_VALUE) {
                throw error("total struct size too long");
            }
        }
        Struct s = new Struct(fmt, little, nativeMode, items.toArray(new Item[0]), (int) offset, nvalues);
        if (CACHE.size() < 256) {
            CACHE.put(fmt, s);
        }
        return s;
    }

    // ------------------------------------------------------------------ packing

    @TruffleBoundary
    static void packInto(Struct st, byte[] out, int base, Object[] args, int from) {
        int argc = args.length - from;
        if (argc != st.nvalues) {
            throw error("pack expected %d items for packing (got %d)", st.nvalues, argc);
        }
        int a = from;
        for (Item it : st.items) {
            int off = base + it.offset;
            switch (it.code) {
                case 'x':
                    break;
                case 's':
                case 'p': {
                    byte[] b = BuiltinTypeOps.bytesOf(args[a]);
                    if (b == null) {
                        throw error("argument for '%c' must be a bytes object", it.code);
                    }
                    a++;
                    if (it.code == 's') {
                        System.arraycopy(b, 0, out, off, Math.min(b.length, it.count));
                    } else if (it.count > 0) {
                        int n = Math.min(b.length, it.count - 1);
                        System.arraycopy(b, 0, out, off + 1, n);
                        out[off] = (byte) Math.min(n, 255);
                    }
                    break;
                }
                default:
                    for (int k = 0; k < it.count; k++) {
                        packOne(st, it.code, it.size, out, off + k * it.size, args[a++]);
                    }
            }
        }
    }

    private static void packOne(Struct st, char c, int size, byte[] out, int off, Object v) {
        long bits;
        switch (c) {
            case 'c': {
                byte[] b = BuiltinTypeOps.bytesOf(v);
                if (b == null || b.length != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                out[off] = b[0];
                return;
            }
            case '?':
                out[off] = (byte) (PyObjects.isTrue(v) ? 1 : 0);
                return;
            case 'f': {
                double d = floatArg(v);
                float f = (float) d;
                if (Float.isInfinite(f) && !Double.isInfinite(d) && !st.nativeMode) {
                    throw PyErrors.overflow(null, "float too large to pack with f format");
                }
                bits = Float.floatToRawIntBits(f) & 0xffffffffL;
                break;
            }
            case 'd':
                bits = Double.doubleToRawLongBits(floatArg(v));
                break;
            case 'e': {
                double d = floatArg(v);
                bits = halfBits(d) & 0xffffL;
                break;
            }
            default:
                bits = intArg(c, size, v, st.nativeMode);
        }
        for (int k = 0; k < size; k++) {
            int shift = 8 * (st.little ? k : size - 1 - k);
            out[off + k] = (byte) (bits >>> shift);
        }
    }

    private static int halfBits(double d) {
        if (Double.isNaN(d)) {
            return Double.doubleToRawLongBits(d) < 0 ? 0xfe00 : 0x7e00;
        }
        int sign = (Double.doubleToRawLongBits(d) < 0) ? 0x8000 : 0;
        double a = Math.abs(d);
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        // round to nearest even at the half-precision grid
        int e = Math.getExponent(a);
        if (a == 0) {
            return sign;
        }
        if (e < -14) {
            // subnormal: units of 2^-24
            double units = Math.rint(a * 0x1p24);
            return sign | (int) units; // 1024 units becomes the smallest normal, as the bit patterns agree
        }
        double mant = Math.rint(Math.scalb(a, -e) * 1024); // in [1024, 2048]
        if (mant == 2048) {
            mant = 1024;
            e++;
        }
        if (e > 15) {
            throw PyErrors.overflow(null, "float too large to pack with e format");
        }
        return sign | ((e + 15) << 10) | ((int) mant - 1024);
    }

    private static double halfToDouble(int h) {
        int sign = (h & 0x8000) != 0 ? -1 : 1;
        int e = (h >> 10) & 0x1f;
        int m = h & 0x3ff;
        if (e == 0) {
            return sign * Math.scalb((double) m, -24);
        } else if (e == 31) {
            return m == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        return sign * Math.scalb((double) (m | 0x400), e - 25);
    }

    private static double floatArg(Object v) {
        Object u = PyObject.unwrap(v);
        if (u instanceof Double d) {
            return d;
        }
        if (PyNumber.isInt(u)) {
            return PyNumber.toDouble(u, null);
        }
        if (PyConvert.floatDunder(v, null) instanceof Double d) {
            return d;
        }
        Object idx = PyConvert.asIndex(v, null);
        if (idx != null) {
            return PyNumber.toDouble(idx, null);
        }
        throw error("required argument is not a float");
    }

    private static long intArg(char c, int size, Object v, boolean nativeMode) {
        Object u = PyObject.unwrap(v);
        if (!PyNumber.isInt(u)) {
            u = u instanceof Double ? null : PyConvert.asIndex(v, null);
            if (u == null) {
                throw error("required argument is not an integer");
            }
        }
        BigInteger b = PyNumber.toBig(u);
        boolean unsigned = Character.isUpperCase(c);
        if (c == 'P') {
            if (b.signum() < 0 && b.bitLength() < 64) {
                b = b.add(BigInteger.ONE.shiftLeft(64));
            }
            if (b.signum() < 0 || b.bitLength() > 64) {
                throw error("argument out of range");
            }
            return b.longValue();
        }
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(8 * size - 1).negate();
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(8 * size - 1).subtract(BigInteger.ONE);
        if (b.compareTo(min) < 0 || b.compareTo(max) > 0) {
            throw error("'%c' format requires %s <= number <= %s", c, min, max);
        }
        return b.longValue();
    }

    // ------------------------------------------------------------------ unpacking

    @TruffleBoundary
    static PyTuple unpackFrom(Struct st, byte[] in, int base) {
        Object[] out = new Object[st.nvalues];
        int a = 0;
        for (Item it : st.items) {
            int off = base + it.offset;
            switch (it.code) {
                case 'x':
                    break;
                case 's':
                    out[a++] = java.util.Arrays.copyOfRange(in, off, off + it.count);
                    break;
                case 'p': {
                    int n = it.count == 0 ? 0 : Math.min(in[off] & 0xff, it.count - 1);
                    out[a++] = java.util.Arrays.copyOfRange(in, off + 1, off + 1 + n);
                    break;
                }
                default:
                    for (int k = 0; k < it.count; k++) {
                        out[a++] = unpackOne(st, it.code, it.size, in, off + k * it.size);
                    }
            }
        }
        return new PyTuple(out);
    }

    private static Object unpackOne(Struct st, char c, int size, byte[] in, int off) {
        long bits = 0;
        for (int k = 0; k < size; k++) {
            int idx = st.little ? size - 1 - k : k;
            bits = (bits << 8) | (in[off + idx] & 0xff);
        }
        switch (c) {
            case 'c':
                return new byte[]{in[off]};
            case '?':
                return bits != 0;
            case 'f':
                return (double) Float.intBitsToFloat((int) bits);
            case 'd':
                return Double.longBitsToDouble(bits);
            case 'e':
                return halfToDouble((int) bits);
            default:
                if (Character.isUpperCase(c)) {
                    if (size == 8 && bits < 0) {
                        return PyNumber.normalize(new BigInteger(Long.toUnsignedString(bits)));
                    }
                    return bits;
                }
                int shift = 64 - 8 * size;
                return (bits << shift) >> shift;
        }
    }

    // ------------------------------------------------------------------ buffers

    /** The bytes of a bytes-like object that is not bytes/bytearray (memoryview, array), or null. */
    static byte[] bufferOrNull(Object o) {
        if (BuiltinTypeOps.bytesOf(o) instanceof byte[] b) {
            return b;
        }
        PyType t = PyTypes.typeOf(o);
        if (t.getName().equals("memoryview") || t.getName().equals("array") || t.getName().equals("mmap")) {
            Object tb = PyObjects.lookupAttr(o, "tobytes");
            if (tb != null) {
                Object r = org.bytepy.runtime.PyCalls.call(tb, new Object[0], null, null);
                return BuiltinTypeOps.bytesOf(r);
            }
        }
        return null;
    }

    static byte[] buffer(Object o) {
        byte[] b = bufferOrNull(o);
        if (b == null) {
            throw PyErrors.typeError(null, "a bytes-like object is required, not '%s'", PyObjects.typeName(o));
        }
        return b;
    }

    private static PyTuple unpack(Struct st, Object buf) {
        byte[] b = buffer(buf);
        if (b.length != st.size) {
            throw error("unpack requires a buffer of %d bytes", st.size);
        }
        return unpackFrom(st, b, 0);
    }

    private static PyTuple unpackFromArgs(Struct st, Object buf, Object offsetObj) {
        byte[] b = buffer(buf);
        long offset = offsetObj == null ? 0 : Args.index(offsetObj);
        if (offset < 0) {
            if (offset + b.length < 0) {
                throw error("offset %d out of range for %d-byte buffer", offset, b.length);
            }
            if (offset + st.size > 0) {
                throw error("not enough data to unpack %d bytes at offset %d", st.size, offset);
            }
            offset += b.length;
        }
        if (b.length - offset < st.size) {
            throw error("unpack_from requires a buffer of at least %s bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
                            Long.toUnsignedString(st.size + offset), st.size, offset, b.length);
        }
        return unpackFrom(st, b, (int) offset);
    }

    private static Object packIntoArgs(Struct st, Object[] args, int from) {
        // args[from] buffer, args[from+1] offset, values after
        if (args.length - from < 2) {
            throw PyErrors.typeError(null, "pack_into expected buffer argument");
        }
        Object target = args[from];
        byte[] current = PyMemoryView.writableBytes(target);
        if (current == null) {
            throw PyErrors.typeError(null, "argument must be read-write bytes-like object, not %s", PyObjects.typeName(target));
        }
        long offset = Args.index(args[from + 1]);
        int len = current.length;
        if (args.length - from - 2 != st.nvalues) {
            throw error("pack expected %d items for packing (got %d)", st.nvalues, args.length - from - 2);
        }
        if (offset < 0) {
            if (offset + st.size > 0) {
                throw error("no space to pack %d bytes at offset %d", st.size, offset);
            }
            if (offset + len < 0) {
                throw error("offset %d out of range for %d-byte buffer", offset, len);
            }
            offset += len;
        }
        if (len - offset < st.size) {
            throw error("pack_into requires a buffer of at least %s bytes for packing %d bytes at offset %d (actual buffer size is %d)", Long.toUnsignedString(st.size + offset),
                            st.size, offset, len);
        }
        byte[] tmp = new byte[st.size];
        System.arraycopy(current, (int) offset, tmp, 0, st.size);
        packInto(st, tmp, 0, args, from + 2);
        PyMemoryView.writeBytes(target, (int) offset, tmp);
        return PyNone.NONE;
    }

    private static Object iterUnpack(Struct st, Object buf) {
        byte[] b = buffer(buf);
        if (st.size == 0) {
            throw error("cannot iteratively unpack with a struct of length 0");
        }
        if (b.length % st.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of %d bytes", st.size);
        }
        return new UnpackIterator(st, b);
    }

    /** The iterator of {@code iter_unpack}: one tuple per {@code st.size} bytes. */
    static final class UnpackIterator extends PyIterators.PyIterator {
        final Struct st;
        final byte[] b;
        int pos;

        UnpackIterator(Struct st, byte[] b) {
            this.st = st;
            this.b = b;
        }

        @Override
        public Object next() {
            if (pos >= b.length) {
                return null;
            }
            PyTuple t = unpackFrom(st, b, pos);
            pos += st.size;
            return t;
        }

        @Override
        public PyType getPyType() {
            return UNPACK_ITERATOR;
        }
    }

    static {
        // what makes it a collections.abc.Iterator, and its length hint
        Args.method(UNPACK_ITERATOR, "__iter__", (a, kw) -> a[0]);
        Args.method(UNPACK_ITERATOR, "__next__", (a, kw) -> {
            Object r = ((UnpackIterator) a[0]).next();
            if (r == null) {
                throw PyErrors.raise(PyTypes.STOP_ITERATION, null, null);
            }
            return r;
        });
        Args.method(UNPACK_ITERATOR, "__length_hint__", (a, kw) -> {
            UnpackIterator it = (UnpackIterator) a[0];
            return (long) ((it.b.length - it.pos) / it.st.size);
        });
    }

    private static byte[] pack(Struct st, Object[] args, int from) {
        byte[] out = new byte[st.size];
        packInto(st, out, 0, args, from);
        return out;
    }

    private static Struct structOf(Object o) {
        if (o instanceof Struct s) {
            return s;
        }
        throw PyErrors.typeError(null, "descriptor requires a '_struct.Struct' object but received a '%s'", PyObjects.typeName(o));
    }

    static {
        ERROR.getDict().put("__module__", "struct");
        STRUCT.getDict().put("__module__", "_struct");
        STRUCT.constructor = (args, kw) -> {
            Object fmt = args.length > 1 ? args[1] : Args.kw(kw, "format");
            if (fmt == null) {
                throw PyErrors.typeError(null, "Struct() missing required argument 'format' (pos 1)");
            }
            return compile(fmt);
        };
        Args.method(STRUCT, "pack", (args, kw) -> pack(structOf(args[0]), args, 1));
        Args.method(STRUCT, "unpack", (args, kw) -> {
            Args.methodCount("unpack", args, kw, 1, 1);
            return unpack(structOf(args[0]), args[1]);
        });
        Args.method(STRUCT, "unpack_from", (args, kw) -> {
            Object buf = args.length > 1 ? args[1] : Args.kw(kw, "buffer");
            Object off = args.length > 2 ? args[2] : Args.kw(kw, "offset");
            return unpackFromArgs(structOf(args[0]), buf, off);
        });
        Args.method(STRUCT, "pack_into", (args, kw) -> packIntoArgs(structOf(args[0]), args, 1));
        Args.method(STRUCT, "iter_unpack", (args, kw) -> {
            Args.methodCount("iter_unpack", args, kw, 1, 1);
            return iterUnpack(structOf(args[0]), args[1]);
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("_struct", new PyDict());
        PyDict d = m.dict;
        d.put("error", ERROR);
        d.put("Struct", STRUCT);
        d.put("pack", new PyBuiltinFunction("pack", null, (args, kw) -> {
            if (args.length == 0) {
                throw PyErrors.typeError(null, "pack expected at least 1 argument, got 0");
            }
            return pack(compile(args[0]), args, 1);
        }));
        Args.def(d, "unpack", (args, kw) -> {
            Args.count("unpack", args, kw, 2, 2);
            return unpack(compile(args[0]), args[1]);
        });
        Args.def(d, "unpack_from", (args, kw) -> {
            if (args.length < 1) {
                throw PyErrors.typeError(null, "unpack_from() missing required argument 'format' (pos 1)");
            }
            Object buf = args.length > 1 ? args[1] : Args.kw(kw, "buffer");
            if (buf == null) {
                throw PyErrors.typeError(null, "unpack_from() missing required argument 'buffer' (pos 2)");
            }
            Object off = args.length > 2 ? args[2] : Args.kw(kw, "offset");
            return unpackFromArgs(compile(args[0]), buf, off);
        });
        Args.def(d, "pack_into", (args, kw) -> {
            if (args.length < 1) {
                throw PyErrors.typeError(null, "pack_into expected format string");
            }
            return packIntoArgs(compile(args[0]), args, 1);
        });
        Args.def(d, "iter_unpack", (args, kw) -> {
            Args.count("iter_unpack", args, kw, 2, 2);
            return iterUnpack(compile(args[0]), args[1]);
        });
        Args.def(d, "calcsize", (args, kw) -> {
            Args.count("calcsize", args, kw, 1, 1);
            return (long) compile(args[0]).size;
        });
        Args.def(d, "_clearcache", (args, kw) -> {
            CACHE.clear();
            return PyNone.NONE;
        });
        return m;
    }
}
