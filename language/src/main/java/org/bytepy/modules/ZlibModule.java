package org.bytepy.modules;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyComputedAttributes;
import org.bytepy.runtime.PyConvert;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * The {@code zlib} module on {@link java.util.zip}: zlib, raw deflate ({@code wbits < 0}), gzip
 * ({@code wbits 16+}, header and trailer written and checked here) and automatic detection
 * ({@code wbits 32+}); {@code compressobj}/{@code decompressobj} streams and {@code _ZlibDecompressor}.
 */
public final class ZlibModule {
    private ZlibModule() {
    }

    public static final PyType ERROR = new PyType("error", false, PyTypes.EXCEPTION);
    public static final PyType COMPRESS = new PyType("Compress", true, PyTypes.OBJECT);
    public static final PyType DECOMPRESS = new PyType("Decompress", true, PyTypes.OBJECT);
    public static final PyType ZLIB_DECOMPRESSOR = new PyType("_ZlibDecompressor", true, PyTypes.OBJECT);

    private static final byte[] EMPTY = new byte[0];

    static PyException error(String format, Object... args) {
        return PyErrors.format(ERROR, null, format, args);
    }

    /** An int argument reduced to 32 bits (CPython's {@code unsigned int(bitwise=True)}). */
    static long unsigned32(Object o) {
        Object v = org.bytepy.runtime.PyObject.unwrap(o);
        if (!PyNumber.isInt(v)) {
            v = PyConvert.asIndex(o, null);
            if (v == null) {
                throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(o));
            }
        }
        return PyNumber.toBig(v).longValue() & 0xffffffffL;
    }

    static int adler32(byte[] data, long start) {
        long a = start & 0xffff;
        long b = (start >>> 16) & 0xffff;
        for (byte x : data) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return (int) ((b << 16) | a);
    }

    // ------------------------------------------------------------------ compression

    /** A compression stream ({@code Compress} objects and one-shot {@code compress}). */
    static final class Comp implements TruffleObject, PyObjectBase {
        final Deflater def;
        final boolean gzip;
        final int level;
        int crc;
        long isize;
        boolean headerWritten;
        boolean finished;

        Comp(int level, int wbits, int strategy, byte[] zdict) {
            if (level < -1 || level > 9) {
                throw error("Bad compression level");
            }
            int absBits = Math.abs(wbits);
            boolean raw = wbits < 0;
            this.gzip = wbits >= 25 && wbits <= 31;
            if (!gzip && (absBits < 9 || absBits > 15)) {
                throw error("Bad compression level");
            }
            this.level = level;
            this.def = new Deflater(level, raw || gzip);
            if (strategy == 1) {
                def.setStrategy(Deflater.FILTERED);
            } else if (strategy == 2) {
                def.setStrategy(Deflater.HUFFMAN_ONLY);
            }
            if (zdict != null) {
                def.setDictionary(zdict);
            }
        }

        @Override
        public PyType getPyType() {
            return COMPRESS;
        }

        private void header(ByteArrayOutputStream out) {
            if (gzip && !headerWritten) {
                headerWritten = true;
                int xfl = level == 9 ? 2 : level == 1 ? 4 : 0;
                out.writeBytes(new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
        }

        @TruffleBoundary
        byte[] compress(byte[] data) {
            if (finished) {
                throw error("Error -2 while compressing data: inconsistent stream state");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            if (gzip) {
                crc = BinasciiModule.crc32(data, crc);
                isize += data.length;
            }
            def.setInput(data);
            byte[] buf = new byte[16384];
            while (!def.needsInput()) {
                int n = def.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }

        @TruffleBoundary
        byte[] flush(int mode) {
            if (mode == 0 || finished) {
                return EMPTY;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            byte[] buf = new byte[16384];
            if (mode == 4) {
                def.finish();
                while (!def.finished()) {
                    int n = def.deflate(buf);
                    out.write(buf, 0, n);
                }
                def.end();
                finished = true;
                if (gzip) {
                    for (int i = 0; i < 4; i++) {
                        out.write(crc >>> (8 * i));
                    }
                    for (int i = 0; i < 4; i++) {
                        out.write((int) (isize >>> (8 * i)));
                    }
                }
            } else {
                int flush = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
                int n;
                do {
                    n = def.deflate(buf, 0, buf.length, flush);
                    out.write(buf, 0, n);
                } while (n == buf.length);
            }
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------------ decompression

    /**
     * A decompression stream. {@link #feed} inflates what it can; input left over because of
     * {@code max_length} is {@link #tail}, bytes after the end of the stream are {@link #unusedData}.
     */
    static final class Decomp implements TruffleObject, PyObjectBase, PyComputedAttributes {
        static final int ZLIB = 0, RAW = 1, GZIP = 2, AUTO = 3;
        final PyType type;
        int mode;
        Inflater inf;
        final byte[] zdict;
        boolean eof;
        byte[] unusedData = EMPTY;
        byte[] tail = EMPTY;
        /** Header (gzip, auto) or trailer (gzip) bytes collected so far. */
        byte[] pending = EMPTY;
        boolean headerDone;
        int crc;
        long isize;
        /** For {@code _ZlibDecompressor}: input not yet consumed, kept inside. */
        boolean needsInput = true;

        Decomp(PyType type, int wbits, byte[] zdict) {
            this.type = type;
            this.zdict = zdict;
            if ((wbits >= 8 && wbits <= 15) || wbits == 0) {
                mode = ZLIB;
            } else if (wbits <= -8 && wbits >= -15) {
                mode = RAW;
            } else if (wbits >= 24 && wbits <= 31) {
                mode = GZIP;
            } else if (wbits >= 40 && wbits <= 47) {
                mode = AUTO;
            } else {
                throw PyErrors.valueError(null, "Invalid initialization option");
            }
            if (mode != AUTO) {
                inf = new Inflater(mode != ZLIB);
                if (mode == RAW && zdict != null) {
                    inf.setDictionary(zdict);
                }
            }
        }

        @Override
        public PyType getPyType() {
            return type;
        }

        @Override
        public Object getAttribute(String name) {
            switch (name) {
                case "eof":
                    return eof;
                case "unused_data":
                    return unusedData;
                case "unconsumed_tail":
                    return type == DECOMPRESS ? tail : null;
                case "needs_input":
                    return type == ZLIB_DECOMPRESSOR ? needsInput : null;
                default:
                    return null;
            }
        }

        private static byte[] concat(byte[] a, byte[] b) {
            if (a.length == 0) {
                return b;
            }
            byte[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }

        /** The length of a complete gzip header at the start of {@code h}, or -1 when more bytes are needed. */
        private static int gzipHeader(byte[] h) {
            if (h.length >= 1 && (h[0] & 0xff) != 0x1f || h.length >= 2 && (h[1] & 0xff) != 0x8b) {
                throw error("Error -3 while decompressing data: incorrect header check");
            }
            if (h.length >= 3 && h[2] != 8) {
                throw error("Error -3 while decompressing data: unknown compression method");
            }
            if (h.length < 10) {
                return -1;
            }
            int flg = h[3] & 0xff;
            int pos = 10;
            if ((flg & 4) != 0) {
                if (h.length < pos + 2) {
                    return -1;
                }
                pos += 2 + ((h[pos] & 0xff) | (h[pos + 1] & 0xff) << 8);
            }
            for (int bit : new int[]{8, 16}) {
                if ((flg & bit) != 0) {
                    while (pos < h.length && h[pos] != 0) {
                        pos++;
                    }
                    if (pos >= h.length) {
                        return -1;
                    }
                    pos++;
                }
            }
            if ((flg & 2) != 0) {
                pos += 2;
            }
            return pos <= h.length ? pos : -1;
        }

        @TruffleBoundary
        byte[] feed(byte[] input, long maxLength) {
            boolean hadTail = tail.length > 0;
            tail = EMPTY;
            if (eof) {
                unusedData = concat(unusedData, input);
                return EMPTY;
            }
            byte[] data = input;
            if (mode == AUTO) {
                pending = concat(pending, data);
                if (pending.length < 2) {
                    return EMPTY;
                }
                boolean isGzip = (pending[0] & 0xff) == 0x1f && (pending[1] & 0xff) == 0x8b;
                mode = isGzip ? GZIP : ZLIB;
                inf = new Inflater(isGzip);
                data = pending;
                pending = EMPTY;
            }
            if (mode == GZIP && !headerDone) {
                pending = concat(pending, data);
                int n = gzipHeader(pending);
                if (n < 0) {
                    return EMPTY;
                }
                headerDone = true;
                data = Arrays.copyOfRange(pending, n, pending.length);
                pending = EMPTY;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!inf.finished()) {
                inf.setInput(data);
                byte[] buf = new byte[16384];
                try {
                    while (true) {
                        int room = buf.length;
                        if (maxLength > 0) {
                            if (out.size() >= maxLength) {
                                break;
                            }
                            room = (int) Math.min(room, maxLength - out.size());
                        }
                        int n = inf.inflate(buf, 0, room);
                        if (n > 0) {
                            out.write(buf, 0, n);
                            if (mode == GZIP) {
                                crc = BinasciiModule.crc32(Arrays.copyOf(buf, n), crc);
                                isize += n;
                            }
                        }
                        if (inf.finished()) {
                            break;
                        }
                        if (inf.needsDictionary()) {
                            if (zdict == null) {
                                throw error("Error 2 while decompressing data");
                            }
                            inf.setDictionary(zdict);
                            continue;
                        }
                        if (n == 0 && inf.needsInput()) {
                            break;
                        }
                    }
                } catch (DataFormatException e) {
                    String msg = e.getMessage() == null ? "invalid data" : e.getMessage();
                    throw error("Error -3 while decompressing data: %s", msg);
                } catch (IllegalArgumentException e) {
                    throw error("Error -3 while decompressing data: incorrect data check");
                }
                int remaining = inf.getRemaining();
                byte[] rest = Arrays.copyOfRange(data, data.length - remaining, data.length);
                if (!inf.finished()) {
                    tail = rest;
                    return out.toByteArray();
                }
                data = rest;
                if (hadTail && type == DECOMPRESS) {
                    tail = rest;
                }
            }
            if (mode == GZIP) {
                pending = concat(pending, data);
                if (pending.length < 8) {
                    return out.toByteArray();
                }
                int c = (pending[0] & 0xff) | (pending[1] & 0xff) << 8 | (pending[2] & 0xff) << 16 | (pending[3] & 0xff) << 24;
                long len = ((pending[4] & 0xff) | (pending[5] & 0xff) << 8 | (pending[6] & 0xff) << 16 | (long) (pending[7] & 0xff) << 24);
                if (c != crc) {
                    throw error("Error -3 while decompressing data: incorrect data check");
                }
                if (len != (isize & 0xffffffffL)) {
                    throw error("Error -3 while decompressing data: incorrect length check");
                }
                data = Arrays.copyOfRange(pending, 8, pending.length);
                pending = EMPTY;
            }
            eof = true;
            unusedData = concat(unusedData, data);
            return out.toByteArray();
        }
    }

    private static Object arg(Object[] args, PyDict kw, int i, String name) {
        return BinasciiModule.arg(args, kw, i, name);
    }

    private static int intArg(Object[] args, PyDict kw, int i, String name, int dflt) {
        Object v = arg(args, kw, i, name);
        return v == null ? dflt : (int) Args.index(v);
    }

    static {
        ERROR.getDict().put("__module__", "zlib");
        COMPRESS.getDict().put("__module__", "zlib");
        DECOMPRESS.getDict().put("__module__", "zlib");
        ZLIB_DECOMPRESSOR.getDict().put("__module__", "zlib");
        Args.method(COMPRESS, "compress", (args, kw) -> {
            Args.methodCount("compress", args, kw, 1, 1);
            return ((Comp) args[0]).compress(StructModule.buffer(args[1]));
        });
        Args.method(COMPRESS, "flush", (args, kw) -> {
            Args.methodCount("flush", args, kw, 0, 1);
            return ((Comp) args[0]).flush(args.length > 1 ? (int) Args.index(args[1]) : 4);
        });
        Args.method(DECOMPRESS, "decompress", (args, kw) -> {
            Args.onlyKeywords("decompress", kw, "max_length");
            Decomp d = (Decomp) args[0];
            if (args.length < 2) {
                throw PyErrors.typeError(null, "decompress() missing required argument 'data' (pos 1)");
            }
            Object ml = args.length > 2 ? args[2] : Args.kw(kw, "max_length");
            long max = ml == null ? 0 : Args.index(ml);
            if (max < 0) {
                throw PyErrors.valueError(null, "max_length must be non-negative");
            }
            return d.feed(StructModule.buffer(args[1]), max);
        });
        Args.method(DECOMPRESS, "flush", (args, kw) -> {
            Args.methodCount("flush", args, kw, 0, 1);
            if (args.length > 1 && Args.index(args[1]) <= 0) {
                throw PyErrors.valueError(null, "length must be greater than zero");
            }
            Decomp d = (Decomp) args[0];
            byte[] t = d.tail;
            return d.feed(t, 0);
        });
        Args.method(ZLIB_DECOMPRESSOR, "decompress", (args, kw) -> {
            Args.onlyKeywords("decompress", kw, "data", "max_length");
            Decomp d = (Decomp) args[0];
            Object data = arg(args, kw, 1, "data");
            if (data == null) {
                throw PyErrors.typeError(null, "decompress() missing required argument 'data' (pos 1)");
            }
            Object ml = arg(args, kw, 2, "max_length");
            long max = ml == null ? -1 : Args.index(ml);
            if (d.eof) {
                throw PyErrors.format(PyTypes.EOF_ERROR, null, "End of stream already reached");
            }
            byte[] in = Decomp.concat(d.tail, StructModule.buffer(data));
            byte[] out = d.feed(in, max < 0 ? 0 : Math.max(max, 1));
            if (max == 0) {
                d.tail = in;
                d.needsInput = false;
                return EMPTY;
            }
            d.needsInput = d.tail.length == 0 && !d.eof && (max < 0 || out.length < max);
            return out;
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("zlib", new PyDict());
        PyDict d = m.dict;
        d.put("error", ERROR);
        d.put("_ZlibDecompressor", ZLIB_DECOMPRESSOR);
        ZLIB_DECOMPRESSOR.constructor = (args, kw) -> {
            Object[] rest = Arrays.copyOfRange(args, 1, args.length);
            Args.onlyKeywords("_ZlibDecompressor", kw, "wbits", "zdict");
            Object zd = arg(rest, kw, 1, "zdict");
            return new Decomp(ZLIB_DECOMPRESSOR, intArg(rest, kw, 0, "wbits", 15), zd == null ? null : StructModule.buffer(zd));
        };
        d.put("MAX_WBITS", 15L);
        d.put("DEFLATED", 8L);
        d.put("DEF_MEM_LEVEL", 8L);
        d.put("DEF_BUF_SIZE", 16384L);
        d.put("Z_NO_COMPRESSION", 0L);
        d.put("Z_BEST_SPEED", 1L);
        d.put("Z_BEST_COMPRESSION", 9L);
        d.put("Z_DEFAULT_COMPRESSION", -1L);
        d.put("Z_DEFAULT_STRATEGY", 0L);
        d.put("Z_FILTERED", 1L);
        d.put("Z_HUFFMAN_ONLY", 2L);
        d.put("Z_RLE", 3L);
        d.put("Z_FIXED", 4L);
        d.put("Z_NO_FLUSH", 0L);
        d.put("Z_PARTIAL_FLUSH", 1L);
        d.put("Z_SYNC_FLUSH", 2L);
        d.put("Z_FULL_FLUSH", 3L);
        d.put("Z_FINISH", 4L);
        d.put("Z_BLOCK", 5L);
        d.put("Z_TREES", 6L);
        d.put("ZLIB_VERSION", "1.2.13");
        d.put("ZLIB_RUNTIME_VERSION", "1.2.13");
        Args.def(d, "crc32", (args, kw) -> {
            Args.count("crc32", args, kw, 1, 2);
            int start = args.length > 1 ? (int) unsigned32(args[1]) : 0;
            return BinasciiModule.crc32(StructModule.buffer(args[0]), start) & 0xffffffffL;
        });
        Args.def(d, "adler32", (args, kw) -> {
            Args.count("adler32", args, kw, 1, 2);
            long start = args.length > 1 ? unsigned32(args[1]) : 1;
            return adler32(StructModule.buffer(args[0]), start) & 0xffffffffL;
        });
        Args.def(d, "compress", (args, kw) -> {
            Args.onlyKeywords("compress", kw, "level", "wbits");
            if (args.length < 1) {
                throw PyErrors.typeError(null, "compress() missing required argument 'data' (pos 1)");
            }
            byte[] data = StructModule.buffer(args[0]);
            Comp c = new Comp(intArg(args, kw, 1, "level", -1), intArg(args, kw, 2, "wbits", 15), 0, null);
            byte[] a = c.compress(data);
            byte[] b = c.flush(4);
            return Decomp.concat(a, b);
        });
        Args.def(d, "decompress", (args, kw) -> {
            Args.onlyKeywords("decompress", kw, "wbits", "bufsize");
            if (args.length < 1) {
                throw PyErrors.typeError(null, "decompress() missing required argument 'data' (pos 1)");
            }
            byte[] data = StructModule.buffer(args[0]);
            Decomp dc = new Decomp(DECOMPRESS, intArg(args, kw, 1, "wbits", 15), null);
            byte[] out = dc.feed(data, 0);
            if (!dc.eof) {
                throw error("Error -5 while decompressing data: incomplete or truncated stream");
            }
            return out;
        });
        Args.def(d, "compressobj", (args, kw) -> {
            Args.onlyKeywords("compressobj", kw, "level", "method", "wbits", "memLevel", "strategy", "zdict");
            int method = intArg(args, kw, 1, "method", 8);
            if (method != 8) {
                throw PyErrors.valueError(null, "Invalid initialization option");
            }
            Object zd = arg(args, kw, 5, "zdict");
            return new Comp(intArg(args, kw, 0, "level", -1), intArg(args, kw, 2, "wbits", 15), intArg(args, kw, 4, "strategy", 0),
                            zd == null || zd instanceof PyNone ? null : StructModule.buffer(zd));
        });
        Args.def(d, "decompressobj", (args, kw) -> {
            Args.onlyKeywords("decompressobj", kw, "wbits", "zdict");
            Object zd = arg(args, kw, 1, "zdict");
            byte[] zdict = zd == null ? null : StructModule.buffer(zd);
            return new Decomp(DECOMPRESS, intArg(args, kw, 0, "wbits", 15), zdict != null && zdict.length == 0 ? null : zdict);
        });
        return m;
    }
}
