package org.bytepy.modules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyComputedAttributes;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;
import org.tukaani.xz.CorruptedInputException;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.SingleXZInputStream;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZFormatException;
import org.tukaani.xz.XZOutputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * The {@code _lzma} module on XZ for Java (org.tukaani:xz): {@code LZMACompressor} and
 * {@code LZMADecompressor} for the .xz and .lzma ("alone") formats. The raw format and filter
 * chains other than one LZMA2 filter are not supported (LZMAError). Compressed bytes are valid .xz
 * but not byte-identical to liblzma's output. The decompressor decodes the whole input received so
 * far again on each call that brings new input (XZ for Java has no resumable decoder).
 */
public final class LzmaModule {
    private LzmaModule() {
    }

    public static final PyType LZMA_ERROR = new PyType("LZMAError", false, PyTypes.EXCEPTION);
    public static final PyType COMPRESSOR = new PyType("LZMACompressor", true, PyTypes.OBJECT);
    public static final PyType DECOMPRESSOR = new PyType("LZMADecompressor", true, PyTypes.OBJECT);

    static final int FORMAT_AUTO = 0;
    static final int FORMAT_XZ = 1;
    static final int FORMAT_ALONE = 2;
    static final int FORMAT_RAW = 3;
    static final int CHECK_NONE = 0;
    static final int CHECK_CRC32 = 1;
    static final int CHECK_CRC64 = 4;
    static final int CHECK_SHA256 = 10;
    static final int CHECK_UNKNOWN = 16;
    static final long FILTER_LZMA1 = 0x4000000000000001L;
    static final long FILTER_LZMA2 = 0x21;
    static final long PRESET_EXTREME = 0x80000000L;

    private static final byte[] EMPTY = new byte[0];

    static PyException error(String msg) {
        return PyErrors.raise(LZMA_ERROR, msg, null);
    }

    private static boolean isNone(Object o) {
        return o == null || o == PyNone.NONE;
    }

    private static long intArg(Object o) {
        return Args.index(o);
    }

    /** LZMA2 options from a preset (0-9, optionally | PRESET_EXTREME) or a one-element filter chain. */
    @TruffleBoundary
    static LZMA2Options options(Object preset, Object filters) {
        try {
            LZMA2Options o = new LZMA2Options();
            if (!isNone(filters)) {
                long n = PyObjects.len(filters, null);
                if (n != 1) {
                    throw error("Invalid or unsupported options");
                }
                Object f = PyObjects.getItem(filters, 0L, null);
                Object id = PyObjects.getItem(f, "id", null);
                long fid = PyNumber.toBig(PyObject.unwrap(id)).longValue();
                if (fid != FILTER_LZMA2 && fid != FILTER_LZMA1) {
                    throw error("Invalid or unsupported options");
                }
                Object p = PyObjects.lookupAttr(f, "get") != null ? org.bytepy.runtime.PyCalls.call(PyObjects.getAttr(f, "get", null), new Object[]{"preset", PyNone.NONE}, null, null) : PyNone.NONE;
                if (!isNone(p)) {
                    o.setPreset((int) (intArg(p) & 0x1f));
                }
                Object ds = org.bytepy.runtime.PyCalls.call(PyObjects.getAttr(f, "get", null), new Object[]{"dict_size", PyNone.NONE}, null, null);
                if (!isNone(ds)) {
                    o.setDictSize((int) intArg(ds));
                }
                return o;
            }
            if (!isNone(preset)) {
                long p = intArg(preset) & ~PRESET_EXTREME;
                if (p < 0 || p > 9) {
                    throw error("Invalid compression preset: " + intArg(preset));
                }
                o.setPreset((int) p);
            }
            return o;
        } catch (UnsupportedOptionsException e) {
            throw error("Invalid or unsupported options");
        }
    }

    /** {@code LZMACompressor}. */
    static final class Compressor implements TruffleObject, PyObjectBase {
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        final java.io.OutputStream enc;
        boolean flushed;

        Compressor(int format, int check, LZMA2Options opts) throws IOException {
            if (format == FORMAT_XZ) {
                int c = switch (check) {
                    case -1, CHECK_CRC64 -> XZ.CHECK_CRC64;
                    case CHECK_NONE -> XZ.CHECK_NONE;
                    case CHECK_CRC32 -> XZ.CHECK_CRC32;
                    case CHECK_SHA256 -> XZ.CHECK_SHA256;
                    default -> throw error("Invalid or unsupported integrity check");
                };
                enc = new XZOutputStream(buf, opts, c);
            } else {
                enc = new LZMAOutputStream(buf, opts, -1);
            }
        }

        @Override
        public PyType getPyType() {
            return COMPRESSOR;
        }

        private byte[] drain() {
            byte[] r = buf.toByteArray();
            buf.reset();
            return r;
        }

        @TruffleBoundary
        byte[] compress(byte[] data) {
            if (flushed) {
                throw PyErrors.valueError(null, "Compressor has been flushed");
            }
            try {
                enc.write(data);
            } catch (IOException e) {
                throw error(String.valueOf(e.getMessage()));
            }
            return drain();
        }

        @TruffleBoundary
        byte[] flush() {
            if (flushed) {
                throw PyErrors.valueError(null, "Repeated call to flush()");
            }
            flushed = true;
            try {
                if (enc instanceof XZOutputStream x) {
                    x.finish();
                } else {
                    ((LZMAOutputStream) enc).finish();
                }
            } catch (IOException e) {
                throw error(String.valueOf(e.getMessage()));
            }
            return drain();
        }
    }

    /** An input stream over a byte array that says how much was read. */
    private static final class Counting extends ByteArrayInputStream {
        Counting(byte[] b) {
            super(b);
        }

        int position() {
            return pos;
        }
    }

    /** {@code LZMADecompressor}. */
    static final class Decompressor implements TruffleObject, PyObjectBase, PyComputedAttributes {
        final int format;
        final long memlimit;
        /** The input so far; once the stream has ended, what came after it ({@code unused_data}). */
        final ByteArrayOutputStream input = new ByteArrayOutputStream();
        /** How many decoded bytes were returned. */
        long delivered;
        /** Decoded bytes not returned yet. */
        byte[] pending = EMPTY;
        boolean eof;
        /** The decoder saw the end of the stream (eof once all output is returned). */
        boolean streamEnded;
        boolean needsInput = true;
        int check = CHECK_UNKNOWN;

        Decompressor(int format, long memlimit) {
            this.format = format;
            this.memlimit = memlimit;
        }

        @Override
        public PyType getPyType() {
            return DECOMPRESSOR;
        }

        @Override
        @TruffleBoundary
        public Object getAttribute(String name) {
            return switch (name) {
                case "eof" -> eof;
                case "unused_data" -> streamEnded ? input.toByteArray() : EMPTY;
                case "needs_input" -> needsInput;
                case "check" -> (long) check;
                default -> null;
            };
        }

        private static boolean isXz(byte[] b) {
            return b.length >= 6 && (b[0] & 0xff) == 0xfd && b[1] == '7' && b[2] == 'z' && b[3] == 'X' && b[4] == 'Z' && b[5] == 0;
        }

        /**
         * liblzma's auto decoder accepts a .lzma header only if the properties byte is valid, the
         * dictionary size is 2^n or 2^n + 2^(n-1), and the size is unknown or below 2^38.
         */
        private static boolean pickyAloneHeader(byte[] b) {
            if ((b[0] & 0xff) >= 225) {
                return false;
            }
            long dict = (b[1] & 0xffL) | (b[2] & 0xffL) << 8 | (b[3] & 0xffL) << 16 | (b[4] & 0xffL) << 24;
            if (dict != 0xffffffffL) {
                long d = dict - 1;
                d |= d >>> 2;
                d |= d >>> 3;
                d |= d >>> 4;
                d |= d >>> 8;
                d |= d >>> 16;
                d++;
                if (d != dict) {
                    return false;
                }
            }
            if (b.length < 13) {
                return true; // the properties and dictionary size are valid; the size is not there yet
            }
            boolean unknown = true;
            long size = 0;
            for (int i = 0; i < 8; i++) {
                unknown &= (b[5 + i] & 0xff) == 0xff;
                size |= (b[5 + i] & 0xffL) << (8 * i);
            }
            return unknown || (size >>> 38) == 0;
        }

        /** Decodes all input again; appends what is new to pending. */
        private void decodeAll() {
            byte[] input = this.input.toByteArray();
            if (format == FORMAT_AUTO && input.length < 6 && !(input.length > 0 && (input[0] & 0xff) != 0xfd)) {
                return; // cannot tell the format yet
            }
            boolean xz = format == FORMAT_XZ || (format == FORMAT_AUTO && isXz(input));
            if (!xz && format == FORMAT_AUTO && input.length >= 5 && !pickyAloneHeader(input)) {
                throw error("Input format not supported by decoder");
            }
            Counting in = new Counting(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean ended = false;
            int kib = memlimit < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, memlimit / 1024);
            try {
                InputStream dec = xz ? new SingleXZInputStream(in, kib) : new LZMAInputStream(in, kib);
                if (xz) {
                    check = switch (((SingleXZInputStream) dec).getCheckType()) {
                        case XZ.CHECK_NONE -> CHECK_NONE;
                        case XZ.CHECK_CRC32 -> CHECK_CRC32;
                        case XZ.CHECK_SHA256 -> CHECK_SHA256;
                        default -> CHECK_CRC64;
                    };
                } else {
                    check = CHECK_NONE;
                }
                byte[] chunk = new byte[8192];
                int n;
                while ((n = dec.read(chunk)) > 0) {
                    out.write(chunk, 0, n);
                }
                ended = n < 0;
            } catch (EOFException e) {
                // truncated: wait for more input
            } catch (XZFormatException | UnsupportedOptionsException e) {
                throw error("Input format not supported by decoder");
            } catch (org.tukaani.xz.MemoryLimitException e) {
                throw error("Memory usage limit exceeded");
            } catch (CorruptedInputException e) {
                throw error("Corrupt input data");
            } catch (IOException e) {
                throw error(String.valueOf(e.getMessage()));
            }
            byte[] all = out.toByteArray();
            pending = Arrays.copyOfRange(all, (int) delivered, all.length);
            if (ended) {
                streamEnded = true;
                int used = in.position();
                this.input.reset();
                this.input.write(input, used, input.length - used);
            }
        }

        @TruffleBoundary
        byte[] decompress(byte[] data, long maxLength) {
            if (eof) {
                throw PyErrors.raise(PyTypes.EOF_ERROR, "Already at end of stream", null);
            }
            if (data.length > 0) {
                input.write(data, 0, data.length);
                if (!streamEnded) {
                    decodeAll();
                }
            }
            byte[] r;
            if (maxLength >= 0 && pending.length > maxLength) {
                r = Arrays.copyOf(pending, (int) maxLength);
                pending = Arrays.copyOfRange(pending, (int) maxLength, pending.length);
            } else {
                r = pending;
                pending = EMPTY;
            }
            delivered += r.length;
            eof = streamEnded && pending.length == 0;
            needsInput = !streamEnded && pending.length == 0;
            return r;
        }
    }

    static {
        LZMA_ERROR.getDict().put("__module__", "_lzma");
        LZMA_ERROR.getDict().put("__doc__", "Call to liblzma failed.");
        COMPRESSOR.getDict().put("__module__", "_lzma");
        DECOMPRESSOR.getDict().put("__module__", "_lzma");
        COMPRESSOR.constructor = (args, kw) -> {
            Object[] p = CollectionsSupport.parse("LZMACompressor", Arrays.copyOfRange(args, 1, args.length), kw, 0, "format", "check", "preset", "filters");
            int format = isNone(p[0]) ? FORMAT_XZ : (int) intArg(p[0]);
            int check = isNone(p[1]) ? -1 : (int) intArg(p[1]);
            if (format != FORMAT_XZ && check != -1 && check != CHECK_NONE) {
                throw PyErrors.valueError(null, "Integrity checks are only supported by FORMAT_XZ");
            }
            if (!isNone(p[2]) && !isNone(p[3])) {
                throw PyErrors.valueError(null, "Cannot specify both preset and filter chain");
            }
            if (format == FORMAT_RAW) {
                throw error("Invalid or unsupported options");
            }
            if (format != FORMAT_XZ && format != FORMAT_ALONE) {
                throw PyErrors.valueError(null, "Invalid container format: " + format);
            }
            try {
                return new Compressor(format, check, options(p[2], p[3]));
            } catch (IOException e) {
                throw error(String.valueOf(e.getMessage()));
            }
        };
        Args.method(COMPRESSOR, "compress", (args, kw) -> {
            Args.methodCount("compress", args, kw, 1, 1);
            return ((Compressor) args[0]).compress(StructModule.buffer(args[1]));
        });
        Args.method(COMPRESSOR, "flush", (args, kw) -> {
            Args.methodCount("flush", args, kw, 0, 0);
            return ((Compressor) args[0]).flush();
        });
        DECOMPRESSOR.constructor = (args, kw) -> {
            Object[] p = CollectionsSupport.parse("LZMADecompressor", Arrays.copyOfRange(args, 1, args.length), kw, 0, "format", "memlimit", "filters");
            int format = isNone(p[0]) ? FORMAT_AUTO : (int) intArg(p[0]);
            long memlimit = isNone(p[1]) ? -1 : intArg(p[1]);
            if (!isNone(p[1]) && format == FORMAT_RAW) {
                throw PyErrors.valueError(null, "Cannot specify memory limit with FORMAT_RAW");
            }
            if (format == FORMAT_RAW) {
                throw error("Invalid or unsupported options");
            }
            if (format < FORMAT_AUTO || format > FORMAT_ALONE) {
                throw PyErrors.valueError(null, "Invalid container format: " + format);
            }
            if (!isNone(p[2])) {
                throw PyErrors.valueError(null, "Cannot specify filters except with FORMAT_RAW");
            }
            return new Decompressor(format, memlimit);
        };
        Args.method(DECOMPRESSOR, "decompress", (args, kw) -> {
            Object[] p = CollectionsSupport.parse("decompress", Arrays.copyOfRange(args, 1, args.length), kw, 1, "data", "max_length");
            long max = isNone(p[1]) ? -1 : intArg(p[1]);
            return ((Decompressor) args[0]).decompress(StructModule.buffer(p[0]), max);
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("_lzma", new PyDict());
        PyDict d = m.dict;
        d.put("LZMAError", LZMA_ERROR);
        d.put("LZMACompressor", COMPRESSOR);
        d.put("LZMADecompressor", DECOMPRESSOR);
        Object[][] consts = {{"FORMAT_AUTO", 0L}, {"FORMAT_XZ", 1L}, {"FORMAT_ALONE", 2L}, {"FORMAT_RAW", 3L}, {"CHECK_NONE", 0L}, {"CHECK_CRC32", 1L}, {"CHECK_CRC64", 4L},
                        {"CHECK_SHA256", 10L}, {"CHECK_ID_MAX", 15L}, {"CHECK_UNKNOWN", 16L}, {"FILTER_LZMA1", FILTER_LZMA1}, {"FILTER_LZMA2", FILTER_LZMA2}, {"FILTER_DELTA", 3L},
                        {"FILTER_X86", 4L}, {"FILTER_IA64", 6L}, {"FILTER_ARM", 7L}, {"FILTER_ARMTHUMB", 8L}, {"FILTER_SPARC", 9L}, {"FILTER_POWERPC", 5L}, {"MF_HC3", 3L},
                        {"MF_HC4", 4L}, {"MF_BT2", 18L}, {"MF_BT3", 19L}, {"MF_BT4", 20L}, {"MODE_FAST", 1L}, {"MODE_NORMAL", 2L}, {"PRESET_DEFAULT", 6L},
                        {"PRESET_EXTREME", PRESET_EXTREME}};
        for (Object[] c : consts) {
            d.put((String) c[0], c[1]);
        }
        Args.def(d, "is_check_supported", (a, kw) -> {
            Args.count("is_check_supported", a, kw, 1, 1);
            long c = intArg(a[0]);
            return c == CHECK_NONE || c == CHECK_CRC32 || c == CHECK_CRC64 || c == CHECK_SHA256;
        });
        Args.def(d, "_encode_filter_properties", (a, kw) -> {
            throw error("Invalid or unsupported options");
        });
        Args.def(d, "_decode_filter_properties", (a, kw) -> {
            throw error("Invalid or unsupported options");
        });
        return m;
    }
}
