package org.bytepy.modules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyComputedAttributes;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * {@code _bz2}: {@code BZ2Compressor} and {@code BZ2Decompressor} on Apache Commons Compress's bzip2
 * streams, for Lib's {@code bz2} ({@code compress}, {@code decompress}, {@code open}, {@code BZ2File}).
 * The decompressor keeps the input of the current stream and decodes it again when more arrives (the
 * Java decoder pulls from a stream and cannot be suspended mid-block); output beyond {@code max_length}
 * waits in a buffer.
 */
public final class Bz2Module {
    private Bz2Module() {
    }

    static final byte[] EMPTY = new byte[0];
    public static final PyType COMPRESSOR = new PyType("BZ2Compressor", true, PyTypes.OBJECT);
    public static final PyType DECOMPRESSOR = new PyType("BZ2Decompressor", true, PyTypes.OBJECT);

    /** {@code BZ2Compressor(compresslevel=9)}. */
    static final class Compressor implements TruffleObject, PyObjectBase {
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        final BZip2CompressorOutputStream enc;
        boolean flushed;

        Compressor(int level) throws IOException {
            enc = new BZip2CompressorOutputStream(buf, level);
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
                throw PyErrors.format(PyTypes.OS_ERROR, null, "%s", String.valueOf(e.getMessage()));
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
                enc.finish();
            } catch (IOException e) {
                throw PyErrors.format(PyTypes.OS_ERROR, null, "%s", String.valueOf(e.getMessage()));
            }
            return drain();
        }
    }

    /** {@code BZ2Decompressor()}: one stream; what follows it is {@code unused_data}. */
    static final class Decompressor implements TruffleObject, PyObjectBase, PyComputedAttributes {
        final ByteArrayOutputStream input = new ByteArrayOutputStream();
        long delivered;
        byte[] pending = EMPTY;
        boolean eof;
        boolean streamEnded;
        boolean needsInput = true;

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
                default -> null;
            };
        }

        private void decodeAll() {
            byte[] in = input.toByteArray();
            if (in.length < 4) {
                if (in.length > 0 && !startsLikeBz2(in)) {
                    throw PyErrors.format(PyTypes.OS_ERROR, null, "Invalid data stream");
                }
                return;
            }
            if (!startsLikeBz2(in)) {
                throw PyErrors.format(PyTypes.OS_ERROR, null, "Invalid data stream");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean ended = false;
            long used = 0;
            try (BZip2CompressorInputStream dec = new BZip2CompressorInputStream(new ByteArrayInputStream(in), false)) {
                byte[] chunk = new byte[16384];
                int n;
                while ((n = dec.read(chunk)) > 0) {
                    out.write(chunk, 0, n);
                }
                ended = n < 0;
                used = dec.getCompressedCount();
            } catch (IOException e) {
                String m = String.valueOf(e.getMessage());
                if (!(e instanceof java.io.EOFException) && !m.contains("nexpected end") && !m.contains("truncated") && !m.contains("EOF")) {
                    throw PyErrors.format(PyTypes.OS_ERROR, null, "Invalid data stream");
                }
                // truncated: wait for more input
            }
            byte[] all = out.toByteArray();
            pending = Arrays.copyOfRange(all, (int) Math.min(delivered, all.length), all.length);
            if (ended) {
                streamEnded = true;
                int u = (int) Math.min(used, in.length);
                input.reset();
                input.write(in, u, in.length - u);
            }
        }

        private static boolean startsLikeBz2(byte[] b) {
            return b[0] == 'B' && (b.length < 2 || b[1] == 'Z') && (b.length < 3 || b[2] == 'h') && (b.length < 4 || (b[3] >= '1' && b[3] <= '9'));
        }

        @TruffleBoundary
        byte[] decompress(byte[] data, long maxLength) {
            if (eof) {
                throw PyErrors.raise(PyTypes.EOF_ERROR, "End of stream already reached", null);
            }
            if (data.length > 0) {
                if (streamEnded) {
                    input.write(data, 0, data.length);
                } else {
                    input.write(data, 0, data.length);
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

    private static long intArg(Object o) {
        Object u = PyObject.unwrap(o);
        if (!PyNumber.isInt(u)) {
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", org.bytepy.runtime.PyObjects.typeName(o));
        }
        return PyNumber.asLong(u);
    }

    static {
        COMPRESSOR.getDict().put("__module__", "_bz2");
        DECOMPRESSOR.getDict().put("__module__", "_bz2");
        COMPRESSOR.constructor = (args, kw) -> {
            Object[] p = CollectionsSupport.parse("BZ2Compressor", Arrays.copyOfRange(args, 1, args.length), kw, 0, "/compresslevel");
            long level = p[0] == null ? 9 : intArg(p[0]);
            if (level < 1 || level > 9) {
                throw PyErrors.valueError(null, "compresslevel must be between 1 and 9");
            }
            try {
                return new Compressor((int) level);
            } catch (IOException e) {
                throw PyErrors.format(PyTypes.OS_ERROR, null, "%s", String.valueOf(e.getMessage()));
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
            if (args.length > 1 || (kw != null && kw.size() > 0)) {
                throw PyErrors.typeError(null, "BZ2Decompressor() takes no arguments");
            }
            return new Decompressor();
        };
        Args.method(DECOMPRESSOR, "decompress", (args, kw) -> {
            Object[] p = CollectionsSupport.parse("decompress", Arrays.copyOfRange(args, 1, args.length), kw, 1, "data", "max_length");
            long max = p[1] == null || p[1] == PyNone.NONE ? -1 : intArg(p[1]);
            return ((Decompressor) args[0]).decompress(StructModule.buffer(p[0]), max);
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("_bz2", new PyDict());
        m.dict.put("BZ2Compressor", COMPRESSOR);
        m.dict.put("BZ2Decompressor", DECOMPRESSOR);
        return m;
    }
}
