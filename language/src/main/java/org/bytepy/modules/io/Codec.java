package org.bytepy.modules.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A text encoding of a text file: Python's codec name and error handler on a Java charset, with
 * CPython's messages for undecodable bytes and unencodable characters. Decoding is incremental
 * (a sequence cut at the end of a chunk waits for the next one).
 */
final class Codec {
    /** The name Python reports (normalized: {@code utf-8}, {@code latin-1}, ...). */
    final String name;
    final Charset charset;
    final String errors;
    private CharsetDecoder decoder;
    /** Bytes of an incomplete sequence at the end of the last chunk. */
    private byte[] pending = new byte[0];
    /** Bytes decoded so far (positions in error messages). */
    private long consumed;

    /** utf-8-sig: a BOM is written first and skipped at the start when reading. */
    private final boolean sig;

    Codec(String encoding, String errors) {
        this.charset = lookup(encoding);
        this.sig = encoding.toLowerCase().replace('_', '-').equals("utf-8-sig");
        this.name = sig ? "utf-8-sig" : pythonName(encoding, charset);
        this.errors = errors;
    }

    /** An error handler is looked up when an error happens (CPython accepts any name until then). */
    private PyException unknownHandler() {
        return PyErrors.raise(PyTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'", null);
    }

    @TruffleBoundary
    static Charset lookup(String encoding) {
        String n = encoding.toLowerCase().replace('_', '-').replace(' ', '-');
        switch (n) {
            case "utf-8", "utf8", "u8", "utf", "cp65001", "locale", "utf-8-sig":
                return StandardCharsets.UTF_8;
            case "ascii", "us-ascii", "646":
                return StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
                return StandardCharsets.ISO_8859_1;
            case "utf-16", "utf16":
                return StandardCharsets.UTF_16;
            case "utf-16-le", "utf-16le":
                return StandardCharsets.UTF_16LE;
            case "utf-16-be", "utf-16be":
                return StandardCharsets.UTF_16BE;
            default:
                try {
                    return Charset.forName(n);
                } catch (IllegalArgumentException e) {
                    throw PyErrors.raise(PyTypes.LOOKUP_ERROR, "unknown encoding: " + encoding, null);
                }
        }
    }

    private static String pythonName(String given, Charset cs) {
        if (cs == StandardCharsets.UTF_8) {
            return "utf-8";
        } else if (cs == StandardCharsets.US_ASCII) {
            return "ascii";
        } else if (cs == StandardCharsets.ISO_8859_1) {
            return "latin-1";
        }
        return given.toLowerCase().replace('_', '-');
    }

    void reset() {
        decoder = null;
        pending = new byte[0];
    }

    int pendingBytes() {
        return pending.length;
    }

    /** Decodes a chunk; {@code last}: no more input follows (an incomplete sequence is an error). */
    @TruffleBoundary
    String decode(byte[] chunk, boolean last) {
        byte[] in = chunk;
        if (pending.length > 0) {
            in = new byte[pending.length + chunk.length];
            System.arraycopy(pending, 0, in, 0, pending.length);
            System.arraycopy(chunk, 0, in, pending.length, chunk.length);
        }
        long base = consumed - pending.length;
        if (sig && base == 0) {
            if (in.length < 3 && !last && in.length > 0 && (in[0] & 0xff) == 0xef) {
                pending = in; // maybe a BOM cut short
                consumed += chunk.length;
                return "";
            }
            if (in.length >= 3 && (in[0] & 0xff) == 0xef && (in[1] & 0xff) == 0xbb && (in[2] & 0xff) == 0xbf) {
                in = java.util.Arrays.copyOfRange(in, 3, in.length);
                base += 3;
            }
        }
        if (charset == StandardCharsets.ISO_8859_1) {
            pending = new byte[0];
            consumed += chunk.length;
            return new String(in, StandardCharsets.ISO_8859_1);
        }
        if (decoder == null) {
            decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        ByteBuffer bb = ByteBuffer.wrap(in);
        CharBuffer cb = CharBuffer.allocate(in.length * 2 + 4);
        StringBuilder out = new StringBuilder(in.length);
        while (true) {
            CoderResult r = decoder.decode(bb, cb, last);
            if (r.isOverflow()) {
                cb.flip();
                out.append(cb);
                cb.clear();
                continue;
            }
            if (r.isUnderflow()) {
                if (last) {
                    if (bb.hasRemaining()) {
                        handle(out, in, bb.position(), bb.remaining(), base, "unexpected end of data");
                        bb.position(in.length);
                    }
                    decoder.flush(cb);
                }
                break;
            }
            int pos = bb.position();
            handle(out.append(cb.flip()), in, pos, r.length(), base, null);
            cb.clear();
            bb.position(pos + r.length());
        }
        cb.flip();
        out.append(cb);
        pending = bb.hasRemaining() ? java.util.Arrays.copyOfRange(in, bb.position(), in.length) : new byte[0];
        consumed += chunk.length;
        if (last) {
            decoder.reset();
        }
        return out.toString();
    }

    private void handle(StringBuilder out, byte[] in, int pos, int len, long base, String why) {
        switch (errors) {
            case "ignore":
                return;
            case "replace":
                out.append('\ufffd');
                return;
            case "surrogateescape":
                for (int i = 0; i < len; i++) {
                    out.append((char) (0xdc00 + (in[pos + i] & 0xff)));
                }
                return;
            case "backslashreplace":
                for (int i = 0; i < len; i++) {
                    out.append(String.format("\\x%02x", in[pos + i] & 0xff));
                }
                return;
            case "strict":
                throw decodeError(in, pos, len, base + pos, why);
            default:
                throw unknownHandler();
        }
    }

    private PyException decodeError(byte[] in, int pos, int len, long abs, String why) {
        int b = in[pos] & 0xff;
        if (charset == StandardCharsets.US_ASCII) {
            return PyErrors.format(PyTypes.UNICODE_DECODE_ERROR, null, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", b, abs);
        }
        if (charset == StandardCharsets.UTF_8) {
            if (why == null) {
                if (b >= 0x80 && b < 0xc2 || b > 0xf4) {
                    why = "invalid start byte";
                } else {
                    int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                    int k = 1;
                    while (pos + k < in.length && k < need && (in[pos + k] & 0xc0) == 0x80) {
                        k++;
                    }
                    why = pos + k == in.length && k < need ? "unexpected end of data" : "invalid continuation byte";
                }
            }
            if (why.equals("unexpected end of data") && len > 1) {
                return PyErrors.format(PyTypes.UNICODE_DECODE_ERROR, null, "'utf-8' codec can't decode bytes in position %d-%d: %s", abs, abs + len - 1, why);
            }
            return PyErrors.format(PyTypes.UNICODE_DECODE_ERROR, null, "'utf-8' codec can't decode byte 0x%02x in position %d: %s", b, abs, why);
        }
        if (isCharmap()) {
            return PyErrors.format(PyTypes.UNICODE_DECODE_ERROR, null, "'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", b, abs);
        }
        return PyErrors.format(PyTypes.UNICODE_DECODE_ERROR, null, "'%s' codec can't decode byte 0x%02x in position %d: %s", name, b, abs,
                        why == null ? "illegal multibyte sequence" : why);
    }

    /** Encodes text with the error handler. */
    @TruffleBoundary
    byte[] encode(String s) {
        if (charset == StandardCharsets.UTF_8 || charset == StandardCharsets.US_ASCII || charset == StandardCharsets.ISO_8859_1) {
            int limit = charset == StandardCharsets.UTF_8 ? 0x10ffff : charset == StandardCharsets.US_ASCII ? 0x7f : 0xff;
            boolean clean = true;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > limit || Character.isSurrogate(c)) {
                    clean = false;
                    break;
                }
            }
            if (sig && !bomWritten) {
                bomWritten = true;
                byte[] b = encode(s);
                byte[] out = new byte[b.length + 3];
                out[0] = (byte) 0xef;
                out[1] = (byte) 0xbb;
                out[2] = (byte) 0xbf;
                System.arraycopy(b, 0, out, 3, b.length);
                return out;
            }
            if (clean) {
                return s.getBytes(charset);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 16);
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                boolean lone = Character.isSurrogate(s.charAt(i)) && n == 1;
                if (cp <= limit && !lone) {
                    byte[] b = new String(Character.toChars(cp)).getBytes(charset);
                    out.write(b, 0, b.length);
                } else {
                    String rep = switch (errors) {
                        case "ignore" -> "";
                        case "replace" -> "?";
                        case "surrogateescape" -> {
                            if (cp >= 0xdc80 && cp <= 0xdcff) {
                                out.write(cp - 0xdc00);
                                yield "";
                            }
                            throw encodeError(s, i, cp);
                        }
                        case "backslashreplace" -> cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                        case "xmlcharrefreplace" -> "&#" + cp + ";";
                        case "strict" -> throw encodeError(s, i, cp);
                        default -> throw unknownHandler();
                    };
                    byte[] b = rep.getBytes(StandardCharsets.US_ASCII);
                    out.write(b, 0, b.length);
                }
                i += n;
            }
            return out.toByteArray();
        }
        return encodeGeneric(s);
    }

    /** Codecs whose CPython implementation is a character map: their errors say 'charmap'. */
    private boolean isCharmap() {
        return name.startsWith("cp") || name.startsWith("windows-") || name.startsWith("iso8859-") || name.startsWith("iso-8859-") || name.startsWith("koi8") || name.startsWith("mac");
    }

    private boolean bomWritten;

    private byte[] encodeGeneric(String s) {
        Charset cs = charset;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() * 2 + 4);
        if (cs == StandardCharsets.UTF_16) {
            // Python writes the native (little-endian) order with a BOM at the start of the stream
            cs = StandardCharsets.UTF_16LE;
            if (!bomWritten) {
                out.write(0xff);
                out.write(0xfe);
                bomWritten = true;
            }
        }
        java.nio.charset.CharsetEncoder enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(s);
        ByteBuffer bb = ByteBuffer.allocate(s.length() * 4 + 16);
        while (true) {
            CoderResult r = enc.encode(in, bb, true);
            if (r.isUnderflow()) {
                enc.flush(bb);
                break;
            }
            if (r.isOverflow()) {
                bb.flip();
                out.write(bb.array(), 0, bb.limit());
                bb.clear();
                continue;
            }
            int pos = in.position();
            int cp = s.codePointAt(pos);
            String rep = switch (errors) {
                case "ignore" -> "";
                case "replace" -> "?";
                case "backslashreplace" -> cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                case "xmlcharrefreplace" -> "&#" + cp + ";";
                case "strict" -> {
                    String ch = cp <= 0xff ? String.format("'\\x%02x'", cp) : cp <= 0xffff ? String.format("'\\u%04x'", cp) : String.format("'\\U%08x'", cp);
                    throw PyErrors.format(PyTypes.UNICODE_ENCODE_ERROR, null, "'%s' codec can't encode character %s in position %d: %s", isCharmap() ? "charmap" : name, ch,
                                    s.codePointCount(0, pos), isCharmap() ? "character maps to <undefined>" : "illegal multibyte sequence");
                }
                default -> throw unknownHandler();
            };
            bb.put(rep.getBytes(cs));
            in.position(pos + r.length());
        }
        bb.flip();
        out.write(bb.array(), 0, bb.limit());
        return out.toByteArray();
    }

    private PyException encodeError(String s, int i, int cp) {
        String ch = cp <= 0xff ? String.format("'\\x%02x'", cp) : cp <= 0xffff ? String.format("'\\u%04x'", cp) : String.format("'\\U%08x'", cp);
        String reason = charset == StandardCharsets.UTF_8 ? "surrogates not allowed" : "ordinal not in range(" + (charset == StandardCharsets.US_ASCII ? 128 : 256) + ")";
        return PyErrors.format(PyTypes.UNICODE_ENCODE_ERROR, null, "'%s' codec can't encode character %s in position %d: %s", name, ch, s.codePointCount(0, i), reason);
    }

    /** The encoded length of text this codec decoded (for tell()); exact for stateless encodings. */
    @TruffleBoundary
    long encodedLength(CharSequence s) {
        if (s.length() == 0) {
            return 0;
        }
        if (charset == StandardCharsets.ISO_8859_1 || charset == StandardCharsets.US_ASCII) {
            return s.length();
        }
        if (charset == StandardCharsets.UTF_8) {
            long n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    n++;
                } else if (c < 0x800) {
                    n += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    n += 4;
                    i++;
                } else if (c >= 0xdc80 && c <= 0xdcff && errors.equals("surrogateescape")) {
                    n += 1;
                } else {
                    n += 3;
                }
            }
            return n;
        }
        return s.toString().getBytes(charset).length;
    }
}
