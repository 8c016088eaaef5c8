package org.bytepy.modules;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.imports.Importer;
import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code _codecs} module: the codec registry (search functions, cache, error handlers) and the
 * built-in codecs that Lib's {@code encodings.*} call, with CPython's error handlers and
 * {@code UnicodeEncodeError}/{@code UnicodeDecodeError} messages. {@link #encode}/{@link #decode}
 * are also what {@code str.encode} and {@code bytes.decode} use.
 */
public final class CodecsModule {
    private CodecsModule() {
    }

    /** Per-context state: search functions, the lookup cache and the error handlers. */
    static final class Registry {
        final List<Object> searchFunctions = new ArrayList<>();
        final PyDict cache = new PyDict();
        final PyDict errorHandlers = new PyDict();
        boolean initialized;
    }

    private static final Map<Object, Registry> REGISTRIES = new WeakHashMap<>();

    @TruffleBoundary
    static Registry registry() {
        Object key = BytepyContext.get(null);
        synchronized (REGISTRIES) {
            return REGISTRIES.computeIfAbsent(key, k -> new Registry());
        }
    }

    // ------------------------------------------------------------------ names

    /** CPython's {@code _Py_normalize_encoding} plus lower case: runs of punctuation become one '_'. */
    static String normalize(String enc) {
        StringBuilder sb = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < enc.length(); i++) {
            char c = enc.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                punct = false;
                sb.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** The built-in codec for a normalized name, or null. */
    static String builtinCodec(String norm) {
        switch (norm) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
                return "utf-8";
            case "ascii", "us_ascii", "646", "us":
                return "ascii";
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819", "l1", "latin", "iso_ir_100", "csisolatin1":
                return "latin-1";
            case "utf_16", "utf16", "u16":
                return "utf-16";
            case "utf_16_le", "utf_16le":
                return "utf-16-le";
            case "utf_16_be", "utf_16be":
                return "utf-16-be";
            case "utf_32", "utf32", "u32":
                return "utf-32";
            case "utf_32_le", "utf_32le":
                return "utf-32-le";
            case "utf_32_be", "utf_32be":
                return "utf-32-be";
            default:
                return null;
        }
    }

    // ------------------------------------------------------------------ registry

    @TruffleBoundary
    static Object lookup(String encoding) {
        Registry r = registry();
        String norm = normalize(encoding);
        Object cached = r.cache.get(norm);
        if (cached != null) {
            return cached;
        }
        if (!r.initialized) {
            r.initialized = true;
            Importer.importModule(BytepyContext.get(null), "encodings", null);
        }
        for (Object fn : new ArrayList<>(r.searchFunctions)) {
            Object result = PyCalls.call(fn, new Object[]{norm}, null, null);
            if (result instanceof PyNone) {
                continue;
            }
            Object t = PyObject.unwrap(result);
            if (!(t instanceof PyTuple tuple) || tuple.size() != 4) {
                throw PyErrors.typeError(null, "codec search functions must return 4-tuples");
            }
            r.cache.put(norm, result);
            return result;
        }
        throw PyErrors.format(PyTypes.LOOKUP_ERROR, null, "unknown encoding: %s", encoding);
    }

    private static Object codecItem(Object info, int i) {
        return ((PyTuple) PyObject.unwrap(info)).get(i);
    }

    private static Object callCodec(Object fn, Object input, String errors) {
        Object r = PyCalls.call(fn, errors == null ? new Object[]{input} : new Object[]{input, errors}, null, null);
        Object t = PyObject.unwrap(r);
        if (!(t instanceof PyTuple tuple) || tuple.size() != 2) {
            throw PyErrors.typeError(null, "%s must return a tuple (object, integer)", "encoder");
        }
        return tuple.get(0);
    }

    private static void checkText(Object info, String encoding, String what) {
        Object isText = PyObjects.lookupAttr(info, "_is_text_encoding");
        if (isText != null && !PyObjects.isTrue(isText)) {
            throw PyErrors.format(PyTypes.LOOKUP_ERROR, null, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding, what);
        }
    }

    /** {@code str.encode(encoding, errors)}. */
    @TruffleBoundary
    public static byte[] encode(String s, String encoding, String errors) {
        String codec = encoding.equals("utf-8") ? "utf-8" : builtinCodec(normalize(encoding));
        if (codec != null) {
            return encodeBuiltin(s, codec, errors);
        }
        Object info = lookup(encoding);
        checkText(info, encoding, "encode");
        Object r = callCodec(codecItem(info, 0), s, errors);
        byte[] b = BuiltinTypeOps.bytesOf(r);
        if (b == null) {
            throw PyErrors.typeError(null, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, PyObjects.typeName(r));
        }
        return b;
    }

    /** {@code bytes.decode(encoding, errors)}. */
    @TruffleBoundary
    public static String decode(byte[] b, String encoding, String errors) {
        String codec = encoding.equals("utf-8") ? "utf-8" : builtinCodec(normalize(encoding));
        if (codec != null) {
            return decodeBuiltin(b, codec, errors);
        }
        Object info = lookup(encoding);
        checkText(info, encoding, "decode");
        Object r = callCodec(codecItem(info, 1), b, errors);
        if (!(PyObject.unwrap(r) instanceof String s)) {
            throw PyErrors.typeError(null, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, PyObjects.typeName(r));
        }
        return s;
    }

    static byte[] encodeBuiltin(String s, String codec, String errors) {
        if (codec.equals("utf-8") || codec.equals("ascii") || codec.equals("latin-1")) {
            int limit = codec.equals("utf-8") ? 0x80 : codec.equals("ascii") ? 0x80 : 0x100;
            boolean simple = true;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= limit) {
                    simple = false;
                    break;
                }
            }
            if (simple) {
                return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }
        int[] cps = s.codePoints().toArray();
        switch (codec) {
            case "utf-8":
                return utf8Encode(s, cps, errors);
            case "ascii":
                return limitedEncode(s, cps, 0x80, "ascii", errors, "ordinal not in range(128)");
            case "latin-1":
                return limitedEncode(s, cps, 0x100, "latin-1", errors, "ordinal not in range(256)");
            case "utf-16":
                return utf16Encode(s, cps, errors, 0, "utf-16");
            case "utf-16-le":
                return utf16Encode(s, cps, errors, -1, "utf-16-le");
            case "utf-16-be":
                return utf16Encode(s, cps, errors, 1, "utf-16-be");
            case "utf-32":
                return utf32Encode(s, cps, errors, 0, "utf-32");
            case "utf-32-le":
                return utf32Encode(s, cps, errors, -1, "utf-32-le");
            default:
                return utf32Encode(s, cps, errors, 1, "utf-32-be");
        }
    }

    static String decodeBuiltin(byte[] b, String codec, String errors) {
        switch (codec) {
            case "utf-8":
                try {
                    return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
                } catch (java.nio.charset.CharacterCodingException e) {
                    return utf8Decode(b, errors, true, null);
                }
            case "ascii":
                return limitedDecode(b, errors, "ascii");
            case "latin-1":
                return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            case "utf-16":
                return utf16Decode(b, errors, 0, true, null, null);
            case "utf-16-le":
                return utf16Decode(b, errors, -1, true, null, null);
            case "utf-16-be":
                return utf16Decode(b, errors, 1, true, null, null);
            case "utf-32":
                return utf32Decode(b, errors, 0, true, null, null);
            case "utf-32-le":
                return utf32Decode(b, errors, -1, true, null, null);
            default:
                return utf32Decode(b, errors, 1, true, null, null);
        }
    }

    // ------------------------------------------------------------------ errors

    private static String charEscape(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    static PyBaseException encodeErrorObject(String encoding, String s, int[] cps, int start, int end, String reason) {
        String msg = end == start + 1 ? String.format("'%s' codec can't encode character '%s' in position %d: %s", encoding, charEscape(cps[start]), start, reason)
                        : String.format("'%s' codec can't encode characters in position %d-%d: %s", encoding, start, end - 1, reason);
        PyBaseException e = new PyBaseException(PyTypes.UNICODE_ENCODE_ERROR, PyTuple.of(msg));
        e.setAttribute("encoding", encoding);
        e.setAttribute("object", s);
        e.setAttribute("start", (long) start);
        e.setAttribute("end", (long) end);
        e.setAttribute("reason", reason);
        return e;
    }

    static PyBaseException decodeErrorObject(String encoding, byte[] b, int start, int end, String reason) {
        String msg = end == start + 1 ? String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, b[start] & 0xff, start, reason)
                        : String.format("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end - 1, reason);
        PyBaseException e = new PyBaseException(PyTypes.UNICODE_DECODE_ERROR, PyTuple.of(msg));
        e.setAttribute("encoding", encoding);
        e.setAttribute("object", b);
        e.setAttribute("start", (long) start);
        e.setAttribute("end", (long) end);
        e.setAttribute("reason", reason);
        return e;
    }

    private static Object customHandler(String errors) {
        Object h = registry().errorHandlers.get(errors);
        if (h == null) {
            throw PyErrors.format(PyTypes.LOOKUP_ERROR, null, "unknown error handler name '%s'", errors);
        }
        return h;
    }

    /** The result of an error handler: a replacement ({@code String} or {@code byte[]}) and where to go on. */
    record Repl(Object replacement, int newPos) {
    }

    private static Repl callHandler(Object handler, PyBaseException exc, int length, boolean encoding) {
        Object r = PyObject.unwrap(PyCalls.call(handler, new Object[]{exc}, null, null));
        String msg = encoding ? "encoding error handler must return (str/bytes, int) tuple" : "decoding error handler must return (str, int) tuple";
        if (!(r instanceof PyTuple t) || t.size() != 2 || !PyNumber.isInt(t.get(1))) {
            throw PyErrors.typeError(null, msg);
        }
        Object rep = PyObject.unwrap(t.get(0));
        if (!(rep instanceof String) && !(encoding && rep instanceof byte[])) {
            throw PyErrors.typeError(null, msg);
        }
        long pos = PyNumber.asLong(t.get(1));
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            throw PyErrors.indexError(null, String.format("position %d from error handler out of bounds", pos));
        }
        return new Repl(rep, (int) pos);
    }

    /** Handles unencodable characters {@code cps[start:end]}; the codec encodes a String replacement itself. */
    static Repl encodeError(String errors, String encoding, String s, int[] cps, int start, int end, String reason) {
        switch (errors) {
            case "strict":
                throw new PyException(encodeErrorObject(encoding, s, cps, start, end, reason), null);
            case "ignore":
                return new Repl("", end);
            case "replace": {
                return new Repl("?".repeat(end - start), end);
            }
            case "backslashreplace": {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    sb.append(charEscape(cps[i]));
                }
                return new Repl(sb.toString(), end);
            }
            case "xmlcharrefreplace": {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    sb.append("&#").append(cps[i]).append(';');
                }
                return new Repl(sb.toString(), end);
            }
            case "namereplace": {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    String name = Character.isSurrogate((char) cps[i]) && cps[i] < 0x10000 ? null : Character.getName(cps[i]);
                    if (name != null && !name.contains("(") && Character.getType(cps[i]) != Character.PRIVATE_USE && Character.getType(cps[i]) != Character.CONTROL) {
                        sb.append("\\N{").append(name).append('}');
                    } else {
                        sb.append(charEscape(cps[i]));
                    }
                }
                return new Repl(sb.toString(), end);
            }
            case "surrogateescape": {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = start; i < end; i++) {
                    if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                        throw new PyException(encodeErrorObject(encoding, s, cps, start, end, reason), null);
                    }
                    out.write(cps[i] - 0xdc00);
                }
                return new Repl(out.toByteArray(), end);
            }
            case "surrogatepass": {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = start; i < end; i++) {
                    int c = cps[i];
                    if (c < 0xd800 || c > 0xdfff) {
                        throw new PyException(encodeErrorObject(encoding, s, cps, start, end, reason), null);
                    }
                    switch (encoding) {
                        case "utf-8" -> out.writeBytes(new byte[]{(byte) (0xe0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3f)), (byte) (0x80 | (c & 0x3f))});
                        case "utf-16", "utf-16-le" -> out.writeBytes(new byte[]{(byte) c, (byte) (c >> 8)});
                        case "utf-16-be" -> out.writeBytes(new byte[]{(byte) (c >> 8), (byte) c});
                        case "utf-32", "utf-32-le" -> out.writeBytes(new byte[]{(byte) c, (byte) (c >> 8), 0, 0});
                        case "utf-32-be" -> out.writeBytes(new byte[]{0, 0, (byte) (c >> 8), (byte) c});
                        default -> throw new PyException(encodeErrorObject(encoding, s, cps, start, end, reason), null);
                    }
                }
                return new Repl(out.toByteArray(), end);
            }
            default:
                return callHandler(customHandler(errors), encodeErrorObject(encoding, s, cps, start, end, reason), cps.length, true);
        }
    }

    /** Handles undecodable bytes {@code b[start:end]}: appends the replacement, returns where decoding goes on. */
    static int decodeFail(StringBuilder sb, String errors, String encoding, byte[] b, int start, int end, String reason) {
        Repl r = decodeError(errors, encoding, b, start, end, reason);
        sb.append((String) r.replacement);
        return r.newPos;
    }

    /** Handles undecodable bytes {@code b[start:end]}. */
    static Repl decodeError(String errors, String encoding, byte[] b, int start, int end, String reason) {
        switch (errors) {
            case "strict":
                throw new PyException(decodeErrorObject(encoding, b, start, end, reason), null);
            case "ignore":
                return new Repl("", end);
            case "replace":
                return new Repl("\ufffd", end);
            case "backslashreplace": {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    sb.append(String.format("\\x%02x", b[i] & 0xff));
                }
                return new Repl(sb.toString(), end);
            }
            case "surrogateescape": {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    int c = b[i] & 0xff;
                    if (c < 0x80) {
                        throw new PyException(decodeErrorObject(encoding, b, start, end, reason), null);
                    }
                    sb.append((char) (0xdc00 + c));
                }
                return new Repl(sb.toString(), end);
            }
            case "surrogatepass": {
                if (encoding.equals("utf-8") && start + 3 <= b.length && (b[start] & 0xff) == 0xed && (b[start + 1] & 0xe0) == 0xa0 && (b[start + 2] & 0xc0) == 0x80) {
                    int c = ((b[start] & 0x0f) << 12) | ((b[start + 1] & 0x3f) << 6) | (b[start + 2] & 0x3f);
                    return new Repl(String.valueOf((char) c), start + 3);
                }
                int w = encoding.startsWith("utf-16") ? 2 : encoding.startsWith("utf-32") ? 4 : 0;
                if (w > 0 && start + w <= b.length) {
                    boolean be = encoding.endsWith("be");
                    int c = 0;
                    for (int k = 0; k < w; k++) {
                        int idx = be ? k : w - 1 - k;
                        c = (c << 8) | (b[start + idx] & 0xff);
                    }
                    if (c >= 0xd800 && c <= 0xdfff) {
                        return new Repl(String.valueOf((char) c), start + w);
                    }
                }
                throw new PyException(decodeErrorObject(encoding, b, start, end, reason), null);
            }
            default:
                return callHandler(customHandler(errors), decodeErrorObject(encoding, b, start, end, reason), b.length, false);
        }
    }

    // ------------------------------------------------------------------ UTF-8

    static byte[] utf8Encode(String s, int[] cps, String errors) {
        boolean clean = true;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                clean = false;
                break;
            }
        }
        if (clean) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return utfEncode(s, cps, errors, "utf-8", "utf-8", new ByteArrayOutputStream(),
                        (out, c) -> out.writeBytes(Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Writes one code point (not a surrogate) in a UTF encoding. */
    private interface CodePointWriter {
        void write(ByteArrayOutputStream out, int c);
    }

    /**
     * The UTF encoders: every code point but surrogates is written by {@code writer}; runs of
     * surrogates go to the error handler, whose str replacement is encoded as {@code replEncoding}.
     */
    private static byte[] utfEncode(String s, int[] cps, String errors, String encoding, String replEncoding, ByteArrayOutputStream out, CodePointWriter writer) {
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c >= 0xd800 && c <= 0xdfff) {
                int j = i;
                while (j < cps.length && cps[j] >= 0xd800 && cps[j] <= 0xdfff) {
                    j++;
                }
                Repl r = encodeError(errors, encoding, s, cps, i, j, "surrogates not allowed");
                writeReplacement(out, r, replEncoding, s, cps, i, j, "surrogates not allowed", 0x110000);
                i = r.newPos;
                continue;
            }
            writer.write(out, c);
            i++;
        }
        return out.toByteArray();
    }

    private static void writeReplacement(ByteArrayOutputStream out, Repl r, String encoding, String s, int[] cps, int start, int end, String reason, int limit) {
        if (r.replacement instanceof byte[] b) {
            out.writeBytes(b);
            return;
        }
        String rep = (String) r.replacement;
        for (int k = 0; k < rep.length(); k++) {
            char ch = rep.charAt(k);
            if (ch >= limit || Character.isSurrogate(ch)) {
                throw new PyException(encodeErrorObject(encoding, s, cps, start, end, reason), null);
            }
        }
        switch (encoding) {
            case "utf-16", "utf-16-le" -> out.writeBytes(rep.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
            case "utf-16-be" -> out.writeBytes(rep.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
            case "utf-32", "utf-32-le", "utf-32-be" -> rep.codePoints().forEach(c -> writeUtf32(out, c, encoding.endsWith("be")));
            case "utf-8" -> out.writeBytes(rep.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            default -> out.writeBytes(rep.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    /** Decodes UTF-8; with {@code consumed} non-null and not final, an incomplete sequence at the end is left. */
    static String utf8Decode(byte[] b, String errors, boolean fin, int[] consumed) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80, hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                i = decodeFail(sb, errors, "utf-8", b, i, i + 1, "invalid start byte");
                continue;
            }
            int k = 1;
            boolean bad = false;
            while (k <= need && i + k < n) {
                int cc = b[i + k] & 0xff;
                int l = k == 1 ? lo : 0x80;
                int h = k == 1 ? hi : 0xbf;
                if (cc < l || cc > h) {
                    bad = true;
                    break;
                }
                k++;
            }
            if (bad) {
                i = decodeFail(sb, errors, "utf-8", b, i, i + k, "invalid continuation byte");
                continue;
            }
            if (k <= need) {
                // truncated at the end of the data
                if (!fin) {
                    break;
                }
                i = decodeFail(sb, errors, "utf-8", b, i, n, "unexpected end of data");
                continue;
            }
            int cp;
            if (need == 1) {
                cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
            } else if (need == 2) {
                cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
            } else {
                cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        if (consumed != null) {
            consumed[0] = i;
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ ASCII, Latin-1

    static byte[] limitedEncode(String s, int[] cps, int limit, String encoding, String errors, String reason) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c < limit) {
                out.write(c);
                i++;
                continue;
            }
            int j = i;
            while (j < cps.length && cps[j] >= limit) {
                j++;
            }
            Repl r = encodeError(errors, encoding, s, cps, i, j, reason);
            writeReplacement(out, r, encoding, s, cps, i, j, reason, limit);
            i = r.newPos;
        }
        return out.toByteArray();
    }

    static String limitedDecode(byte[] b, String errors, String encoding) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            i = decodeFail(sb, errors, encoding, b, i, i + 1, "ordinal not in range(128)");
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ UTF-16, UTF-32

    static byte[] utf16Encode(String s, int[] cps, String errors, int byteorder, String encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean be = byteorder > 0;
        if (byteorder == 0) {
            out.write(0xff);
            out.write(0xfe);
        }
        return utfEncode(s, cps, errors, encoding, be ? "utf-16-be" : "utf-16-le", out, (o, c) -> {
            for (char ch : Character.toChars(c)) {
                o.write(be ? ch >> 8 : ch);
                o.write(be ? ch : ch >> 8);
            }
        });
    }

    private static void writeUtf32(ByteArrayOutputStream out, int c, boolean be) {
        if (be) {
            out.write(c >>> 24);
            out.write(c >> 16);
            out.write(c >> 8);
            out.write(c);
        } else {
            out.write(c);
            out.write(c >> 8);
            out.write(c >> 16);
            out.write(c >>> 24);
        }
    }

    static byte[] utf32Encode(String s, int[] cps, String errors, int byteorder, String encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean be = byteorder > 0;
        if (byteorder == 0) {
            writeUtf32(out, 0xfeff, false);
        }
        return utfEncode(s, cps, errors, encoding, be ? "utf-32-be" : "utf-32-le", out, (o, c) -> writeUtf32(o, c, be));
    }

    /**
     * UTF-16 decoding. {@code byteorder}: 0 detect a BOM (default little endian), -1 LE, 1 BE;
     * {@code boOut} receives the byte order in effect (for {@code utf_16_ex_decode}).
     */
    static String utf16Decode(byte[] b, String errors, int byteorder, boolean fin, int[] consumed, int[] boOut) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = b.length;
        boolean be = byteorder > 0;
        String encoding = byteorder == 0 ? "utf-16" : be ? "utf-16-be" : "utf-16-le";
        if (byteorder == 0 && n >= 2) {
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                i = 2;
                byteorder = -1;
            } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                i = 2;
                be = true;
                byteorder = 1;
            }
        }
        if (boOut != null) {
            boOut[0] = byteorder;
        }
        while (i < n) {
            if (i + 1 >= n) {
                if (!fin) {
                    break;
                }
                i = decodeFail(sb, errors, encoding, b, i, n, "truncated data");
                continue;
            }
            int u = be ? ((b[i] & 0xff) << 8 | (b[i + 1] & 0xff)) : ((b[i + 1] & 0xff) << 8 | (b[i] & 0xff));
            if (u < 0xd800 || u > 0xdfff) {
                sb.append((char) u);
                i += 2;
                continue;
            }
            if (u >= 0xdc00) {
                i = decodeFail(sb, errors, encoding, b, i, i + 2, "illegal encoding");
                continue;
            }
            if (i + 3 >= n) {
                if (!fin) {
                    break;
                }
                i = decodeFail(sb, errors, encoding, b, i, n, "unexpected end of data");
                continue;
            }
            int u2 = be ? ((b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff)) : ((b[i + 3] & 0xff) << 8 | (b[i + 2] & 0xff));
            if (u2 < 0xdc00 || u2 > 0xdfff) {
                i = decodeFail(sb, errors, encoding, b, i, i + 2, "illegal UTF-16 surrogate");
                continue;
            }
            sb.append((char) u).append((char) u2);
            i += 4;
        }
        if (consumed != null) {
            consumed[0] = i;
        }
        return sb.toString();
    }

    static String utf32Decode(byte[] b, String errors, int byteorder, boolean fin, int[] consumed, int[] boOut) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = b.length;
        boolean be = byteorder > 0;
        String encoding = byteorder == 0 ? "utf-32" : be ? "utf-32-be" : "utf-32-le";
        if (byteorder == 0 && n >= 4) {
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                i = 4;
                byteorder = -1;
            } else if (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                i = 4;
                be = true;
                byteorder = 1;
            }
        }
        if (boOut != null) {
            boOut[0] = byteorder;
        }
        while (i < n) {
            if (i + 3 >= n) {
                if (!fin) {
                    break;
                }
                i = decodeFail(sb, errors, encoding, b, i, n, "truncated data");
                continue;
            }
            long c = 0;
            for (int k = 0; k < 4; k++) {
                c = (c << 8) | (b[i + (be ? k : 3 - k)] & 0xff);
            }
            if (c > 0x10ffff) {
                i = decodeFail(sb, errors, encoding, b, i, i + 4, "code point not in range(0x110000)");
                continue;
            }
            if (c >= 0xd800 && c <= 0xdfff) {
                i = decodeFail(sb, errors, encoding, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                continue;
            }
            sb.appendCodePoint((int) c);
            i += 4;
        }
        if (consumed != null) {
            consumed[0] = i;
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ charmap

    static String charmapDecode(byte[] b, String errors, Object mapping) {
        if (mapping == null || mapping instanceof PyNone) {
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        Object table = PyObject.unwrap(mapping);
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            Object v;
            if (table instanceof String t) {
                int[] tcp = null;
                v = null;
                if (t.length() == t.codePointCount(0, t.length())) {
                    if (c < t.length() && t.charAt(c) != '\ufffe') {
                        v = String.valueOf(t.charAt(c));
                    }
                } else {
                    tcp = t.codePoints().toArray();
                    if (c < tcp.length && tcp[c] != 0xfffe) {
                        v = Character.toString(tcp[c]);
                    }
                }
            } else {
                try {
                    v = PyObjects.getItem(mapping, (long) c, null);
                } catch (PyException e) {
                    if (!e.getValue().getType().isSubtypeOf(PyTypes.LOOKUP_ERROR)) {
                        throw e;
                    }
                    v = null;
                }
                v = v == null ? null : PyObject.unwrap(v);
                if (v instanceof PyNone) {
                    v = null;
                } else if (v != null && PyNumber.isInt(v)) {
                    long cp = PyNumber.asLong(v);
                    if (cp < 0 || cp > 0x10ffff) {
                        throw PyErrors.typeError(null, "character mapping must be in range(0x110000)");
                    }
                    v = cp == 0xfffe ? null : Character.toString((int) cp);
                } else if (v != null && !(v instanceof String)) {
                    throw PyErrors.typeError(null, "character mapping must return integer, None or str");
                } else if ("\ufffe".equals(v)) {
                    v = null;
                }
            }
            if (v == null) {
                i = decodeFail(sb, errors, "charmap", b, i, i + 1, "character maps to <undefined>");
                continue;
            }
            sb.append((String) v);
            i++;
        }
        return sb.toString();
    }

    /** The bytes of code point {@code c} under an encoding mapping, or null when unmapped. */
    private static byte[] charmapLookup(Object mapping, int c) {
        Object v;
        try {
            v = PyObjects.getItem(mapping, (long) c, null);
        } catch (PyException e) {
            if (!e.getValue().getType().isSubtypeOf(PyTypes.LOOKUP_ERROR)) {
                throw e;
            }
            return null;
        }
        v = PyObject.unwrap(v);
        if (v instanceof PyNone) {
            return null;
        } else if (PyNumber.isInt(v)) {
            long x = PyNumber.asLong(v);
            if (x < 0 || x > 255) {
                throw PyErrors.typeError(null, "character mapping must be in range(256)");
            }
            return new byte[]{(byte) x};
        } else if (BuiltinTypeOps.bytesOf(v) instanceof byte[] bb) {
            return bb;
        }
        throw PyErrors.typeError(null, "character mapping must return integer, bytes or None, not %s", PyObjects.typeName(v));
    }

    static byte[] charmapEncode(String s, String errors, Object mapping) {
        int[] cps = s.codePoints().toArray();
        if (mapping == null || mapping instanceof PyNone) {
            return limitedEncode(s, cps, 0x100, "latin-1", errors, "ordinal not in range(256)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < cps.length) {
            byte[] m = charmapLookup(mapping, cps[i]);
            if (m != null) {
                out.writeBytes(m);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < cps.length && charmapLookup(mapping, cps[j]) == null) {
                j++;
            }
            Repl r = encodeError(errors, "charmap", s, cps, i, j, "character maps to <undefined>");
            if (r.replacement instanceof byte[] rb) {
                out.writeBytes(rb);
            } else {
                for (int cp : ((String) r.replacement).codePoints().toArray()) {
                    byte[] rm = charmapLookup(mapping, cp);
                    if (rm == null) {
                        throw new PyException(encodeErrorObject("charmap", s, cps, i, j, "character maps to <undefined>"), null);
                    }
                    out.writeBytes(rm);
                }
            }
            i = r.newPos;
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ escapes

    static byte[] unicodeEscapeEncode(int[] cps, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int c : cps) {
            String esc;
            if (raw) {
                esc = c < 0x100 ? null : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                if (esc == null) {
                    out.write(c);
                    continue;
                }
            } else if (c == '\\') {
                esc = "\\\\";
            } else if (c == '\t') {
                esc = "\\t";
            } else if (c == '\n') {
                esc = "\\n";
            } else if (c == '\r') {
                esc = "\\r";
            } else if (c >= 0x20 && c < 0x7f) {
                out.write(c);
                continue;
            } else {
                esc = charEscape(c);
            }
            out.writeBytes(esc.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static int hexValue(byte[] b, int from, int count) {
        if (from + count > b.length) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = Character.digit(b[from + k] & 0xff, 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    static String unicodeEscapeDecode(byte[] b, String errors, boolean raw, boolean fin, int[] consumed) {
        String encoding = raw ? "rawunicodeescape" : "unicodeescape";
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= n) {
                if (!fin) {
                    break;
                }
                if (raw) {
                    sb.append('\\');
                    i++;
                    continue;
                }
                i = decodeFail(sb, errors, encoding, b, start, n, "\\ at end of string");
                continue;
            }
            int e = b[i + 1] & 0xff;
            if (raw) {
                if (e != 'u' && e != 'U') {
                    sb.append('\\').append((char) e);
                    i += 2;
                    continue;
                }
            }
            int count = 0;
            String what = null;
            switch (e) {
                case '\n' -> {
                    i += 2;
                    continue;
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'v' -> sb.append('\u000b');
                case 'a' -> sb.append('\u0007');
                case 'x' -> {
                    count = 2;
                    what = "truncated \\xXX escape";
                }
                case 'u' -> {
                    count = 4;
                    what = "truncated \\uXXXX escape";
                }
                case 'U' -> {
                    count = 8;
                    what = "truncated \\UXXXXXXXX escape";
                }
                case 'N' -> {
                    int close = -1;
                    if (i + 2 < n && b[i + 2] == '{') {
                        for (int k = i + 3; k < n; k++) {
                            if (b[k] == '}') {
                                close = k;
                                break;
                            }
                        }
                    }
                    if (close < 0) {
                        if (!fin && consumed != null) {
                            break;
                        }
                        i = decodeFail(sb, errors, encoding, b, start, Math.min(n, close < 0 ? n : close + 1), "malformed \\N character escape");
                        continue;
                    }
                    String name = new String(b, i + 3, close - i - 3, java.nio.charset.StandardCharsets.ISO_8859_1);
                    int cp = -1;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        cp = -1;
                    }
                    if (cp < 0) {
                        i = decodeFail(sb, errors, encoding, b, start, close + 1, "unknown Unicode character name");
                        continue;
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                    continue;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = 0;
                        int k = i + 1;
                        while (k < n && k < i + 4 && b[k] >= '0' && b[k] <= '7') {
                            v = v * 8 + (b[k] - '0');
                            k++;
                        }
                        sb.append((char) v);
                        i = k;
                        continue;
                    }
                    sb.append('\\').append((char) e);
                }
            }
            if (count == 0) {
                i += 2;
                continue;
            }
            int v = hexValue(b, i + 2, count);
            if (v < 0) {
                int end = i + 2;
                while (end < n && end < i + 2 + count && Character.digit(b[end] & 0xff, 16) >= 0) {
                    end++;
                }
                if (end >= n && !fin) {
                    break;
                }
                i = decodeFail(sb, errors, encoding, b, start, end, what);
                continue;
            }
            if (v > 0x10ffff || v < 0) {
                i = decodeFail(sb, errors, encoding, b, start, i + 2 + count, "illegal Unicode character");
                continue;
            }
            sb.appendCodePoint(v);
            i += 2 + count;
        }
        if (consumed != null) {
            consumed[0] = i;
        }
        return sb.toString();
    }

    static byte[] escapeEncode(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte x : b) {
            int c = x & 0xff;
            String esc = c == '\\' ? "\\\\" : c == '\'' ? "\\'" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c < 0x20 || c >= 0x7f ? String.format("\\x%02x", c) : null;
            if (esc == null) {
                out.write(c);
            } else {
                out.writeBytes(esc.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

    static byte[] escapeDecode(byte[] b, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw PyErrors.valueError(null, "Trailing \\ in string");
            }
            int e = b[i + 1] & 0xff;
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case 'x' -> {
                    int v = hexValue(b, i, 2);
                    if (v < 0) {
                        if (errors == null || errors.equals("strict")) {
                            throw PyErrors.valueError(null, "invalid \\x escape at position %d", i - 2);
                        } else if (errors.equals("replace")) {
                            out.write('?');
                        } else if (!errors.equals("ignore")) {
                            throw PyErrors.valueError(null, "decoding error; unknown error handling code: %s", errors);
                        }
                        while (i < n && i < i + 2 && Character.digit(b[i] & 0xff, 16) >= 0) {
                            i++;
                            break;
                        }
                    } else {
                        out.write(v);
                        i += 2;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = i;
                        while (k < n && k < i + 2 && b[k] >= '0' && b[k] <= '7') {
                            v = v * 8 + (b[k] - '0');
                            k++;
                        }
                        out.write(v & 0xff);
                        i = k;
                    } else {
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ UTF-7

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static boolean utf7Direct(int c) {
        return c < 128 && c > 0 && (Character.isLetterOrDigit(c) || "'(),-./:? \t\r\n!\"#$%&*;<=>@[]^_`{|}".indexOf(c) >= 0);
    }

    static byte[] utf7Encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean inShift = false;
        int bits = 0;
        long buf = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (inShift) {
                if (utf7Direct(ch) && ch != '+') {
                    if (bits > 0) {
                        out.write(B64.charAt((int) ((buf << (6 - bits)) & 0x3f)));
                    }
                    bits = 0;
                    buf = 0;
                    inShift = false;
                    if (B64.indexOf(ch) >= 0 || ch == '-') {
                        out.write('-');
                    }
                    out.write(ch);
                    continue;
                }
            } else if (ch == '+') {
                out.write('+');
                out.write('-');
                continue;
            } else if (utf7Direct(ch)) {
                out.write(ch);
                continue;
            } else {
                out.write('+');
                inShift = true;
            }
            buf = (buf << 16) | ch;
            bits += 16;
            while (bits >= 6) {
                out.write(B64.charAt((int) ((buf >> (bits - 6)) & 0x3f)));
                bits -= 6;
            }
            buf &= (1L << bits) - 1;
        }
        if (inShift) {
            if (bits > 0) {
                out.write(B64.charAt((int) ((buf << (6 - bits)) & 0x3f)));
            }
            out.write('-');
        }
        return out.toByteArray();
    }

    static String utf7Decode(byte[] b, String errors, boolean fin, int[] consumed) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = b.length;
        int shiftStart = -1;
        int committed = 0;
        int committedLen = 0;
        long buf = 0;
        int bits = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (shiftStart >= 0) {
                int v = c < 128 ? B64.indexOf(c) : -1;
                if (v >= 0) {
                    buf = (buf << 6) | v;
                    bits += 6;
                    if (bits >= 16) {
                        sb.append((char) ((buf >> (bits - 16)) & 0xffff));
                        bits -= 16;
                        buf &= (1L << bits) - 1;
                    }
                    i++;
                    continue;
                }
                shiftStart = -1;
                if (bits >= 6 || buf != 0) {
                    Repl r = decodeError(errors, "utf-7", b, i - 1 < 0 ? 0 : i - 1, i, bits >= 6 ? "partial character in shift sequence" : "non-zero padding bits in shift sequence");
                    sb.append((String) r.replacement);
                }
                bits = 0;
                buf = 0;
                if (c == '-') {
                    i++;
                    committed = i;
                    committedLen = sb.length();
                    continue;
                }
            }
            if (c == '+') {
                if (i + 1 < n && b[i + 1] == '-') {
                    sb.append('+');
                    i += 2;
                } else if (i + 1 < n && B64.indexOf(b[i + 1] & 0xff) < 0) {
                    i = decodeFail(sb, errors, "utf-7", b, i, i + 1, "ill-formed sequence");
                } else {
                    shiftStart = i;
                    i++;
                }
            } else if (c < 128) {
                sb.append((char) c);
                i++;
            } else {
                i = decodeFail(sb, errors, "utf-7", b, i, i + 1, "unexpected special character");
            }
            if (shiftStart < 0) {
                committed = i;
                committedLen = sb.length();
            }
        }
        if (shiftStart >= 0 && !fin) {
            sb.setLength(committedLen);
            i = committed;
        }
        if (consumed != null) {
            consumed[0] = i;
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ the module

    private static String errorsArg(Object[] args, PyDict kw, int i) {
        Object e = BinasciiModule.arg(args, kw, i, "errors");
        if (e == null || e instanceof PyNone) {
            return "strict";
        }
        return Args.str(PyObject.unwrap(e), "codec");
    }

    private static boolean finalArg(Object[] args, PyDict kw, int i) {
        Object f = BinasciiModule.arg(args, kw, i, "final");
        return f != null && PyObjects.isTrue(f);
    }

    private static String strArg(String fname, Object o) {
        Object v = PyObject.unwrap(o);
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "%s() argument 1 must be str, not %s", fname, PyObjects.typeName(o));
    }

    private static byte[] bytesArg(String fname, Object o) {
        byte[] b = StructModule.bufferOrNull(o);
        if (b == null) {
            throw PyErrors.typeError(null, "a bytes-like object is required, not '%s'", PyObjects.typeName(o));
        }
        return b;
    }

    private interface StrEncoder {
        byte[] encode(String s, int[] cps, String errors);
    }

    private interface BytesDecoder {
        String decode(byte[] b, String errors, boolean fin, int[] consumed);
    }

    private static void encoder(PyDict d, String name, StrEncoder enc) {
        Args.def(d, name, (args, kw) -> {
            if (args.length < 1) {
                throw PyErrors.typeError(null, "%s() missing required argument 'str' (pos 1)", name);
            }
            String s = strArg(name, args[0]);
            int[] cps = s.codePoints().toArray();
            return PyTuple.of(enc.encode(s, cps, errorsArg(args, kw, 1)), (long) cps.length);
        });
    }

    private static void decoder(PyDict d, String name, BytesDecoder dec, boolean hasFinal) {
        Args.def(d, name, (args, kw) -> {
            if (args.length < 1) {
                throw PyErrors.typeError(null, "%s() missing required argument 'data' (pos 1)", name);
            }
            byte[] b = bytesArg(name, args[0]);
            int[] consumed = {b.length};
            boolean fin = !hasFinal || finalArg(args, kw, 2);
            String s = dec.decode(b, errorsArg(args, kw, 1), fin, consumed);
            return PyTuple.of(s, (long) consumed[0]);
        });
    }

    /** An attribute of a Unicode error: set by the codecs, or from the 5 arguments of a constructed one. */
    private static Object excAttr(PyBaseException exc, String name, int index) {
        Object v = exc.getAttribute(name);
        if (v == null && exc.getArgs().size() == 5) {
            v = exc.getArgs().get(index);
        }
        return v == null ? PyNone.NONE : PyObject.unwrap(v);
    }

    private static PyBuiltinFunction builtinHandler(String name) {
        return new PyBuiltinFunction(name + "_errors", null, (args, kw) -> {
            Args.count(name + "_errors", args, kw, 1, 1);
            if (!(args[0] instanceof PyBaseException exc)) {
                throw PyErrors.typeError(null, "don't know how to handle %s in error callback", PyObjects.typeName(args[0]));
            }
            if (name.equals("strict")) {
                throw new PyException(exc, null);
            }
            PyType t = exc.getType();
            Object obj = excAttr(exc, "object", 1);
            Object startObj = excAttr(exc, "start", 2);
            Object endObj = excAttr(exc, "end", 3);
            if (!PyNumber.isInt(startObj) || !PyNumber.isInt(endObj)) {
                throw PyErrors.typeError(null, "don't know how to handle %s in error callback", t.getName());
            }
            int start = (int) Args.index(startObj);
            int end = (int) Args.index(endObj);
            String encoding = String.valueOf(excAttr(exc, "encoding", 0));
            String reason = String.valueOf(excAttr(exc, "reason", 4));
            Repl r;
            if (t.isSubtypeOf(PyTypes.UNICODE_ENCODE_ERROR) && obj instanceof String s) {
                r = encodeError(name, encoding, s, s.codePoints().toArray(), start, end, reason);
            } else if (t.isSubtypeOf(PyTypes.UNICODE_DECODE_ERROR) && BuiltinTypeOps.bytesOf(obj) instanceof byte[] b) {
                if (name.equals("xmlcharrefreplace") || name.equals("namereplace")) {
                    throw PyErrors.typeError(null, "don't know how to handle UnicodeDecodeError in error callback");
                }
                r = decodeError(name, encoding, b, start, end, reason);
            } else {
                throw PyErrors.typeError(null, "don't know how to handle %s in error callback", t.getName());
            }
            return PyTuple.of(r.replacement, (long) r.newPos);
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("_codecs", new PyDict());
        PyDict d = m.dict;
        Registry reg = registry();
        for (String h : new String[]{"strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"}) {
            if (reg.errorHandlers.get(h) == null) {
                reg.errorHandlers.put(h, builtinHandler(h));
            }
        }
        Args.def(d, "register", (args, kw) -> {
            Args.count("register", args, kw, 1, 1);
            if (!PyCalls.isCallable(args[0])) {
                throw PyErrors.typeError(null, "argument must be callable");
            }
            registry().searchFunctions.add(args[0]);
            return PyNone.NONE;
        });
        Args.def(d, "unregister", (args, kw) -> {
            Args.count("unregister", args, kw, 1, 1);
            Registry r = registry();
            r.searchFunctions.removeIf(f -> f == args[0]);
            r.cache.clear();
            return PyNone.NONE;
        });
        Args.def(d, "lookup", (args, kw) -> {
            Args.count("lookup", args, kw, 1, 1);
            return lookup(Args.str(PyObject.unwrap(args[0]), "lookup"));
        });
        Args.def(d, "_forget_codec", (args, kw) -> {
            Args.count("_forget_codec", args, kw, 1, 1);
            registry().cache.remove(normalize(Args.str(args[0], "_forget_codec")));
            return PyNone.NONE;
        });
        for (int which = 0; which < 2; which++) {
            int w = which;
            String fname = w == 0 ? "encode" : "decode";
            Args.def(d, fname, (args, kw) -> {
                Args.onlyKeywords(fname, kw, "obj", "encoding", "errors");
                Object obj = BinasciiModule.arg(args, kw, 0, "obj");
                if (obj == null) {
                    throw PyErrors.typeError(null, "%s() missing required argument 'obj' (pos 1)", fname);
                }
                Object enc = BinasciiModule.arg(args, kw, 1, "encoding");
                String encoding = enc == null ? "utf-8" : Args.str(PyObject.unwrap(enc), fname);
                String errors = errorsArg(args, kw, 2);
                Object info = lookup(encoding);
                Object r = PyCalls.call(codecItem(info, w), new Object[]{obj, errors}, null, null);
                Object t = PyObject.unwrap(r);
                if (!(t instanceof PyTuple tuple) || tuple.size() != 2) {
                    throw PyErrors.typeError(null, "%s must return a tuple (object, integer)", w == 0 ? "encoder" : "decoder");
                }
                return tuple.get(0);
            });
        }
        Args.def(d, "register_error", (args, kw) -> {
            Args.count("register_error", args, kw, 2, 2);
            if (!PyCalls.isCallable(args[1])) {
                throw PyErrors.typeError(null, "handler must be callable");
            }
            registry().errorHandlers.put(Args.str(args[0], "register_error"), args[1]);
            return PyNone.NONE;
        });
        Args.def(d, "lookup_error", (args, kw) -> {
            Args.count("lookup_error", args, kw, 1, 1);
            String name = Args.str(args[0], "lookup_error");
            Object h = registry().errorHandlers.get(name);
            if (h == null) {
                throw PyErrors.format(PyTypes.LOOKUP_ERROR, null, "unknown error handler name '%s'", name);
            }
            return h;
        });
        encoder(d, "utf_8_encode", (s, cps, e) -> utf8Encode(s, cps, e));
        decoder(d, "utf_8_decode", (b, e, f, c) -> utf8Decode(b, e, f, c), true);
        encoder(d, "ascii_encode", (s, cps, e) -> limitedEncode(s, cps, 0x80, "ascii", e, "ordinal not in range(128)"));
        decoder(d, "ascii_decode", (b, e, f, c) -> limitedDecode(b, e, "ascii"), false);
        encoder(d, "latin_1_encode", (s, cps, e) -> limitedEncode(s, cps, 0x100, "latin-1", e, "ordinal not in range(256)"));
        decoder(d, "latin_1_decode", (b, e, f, c) -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), false);
        encoder(d, "utf_16_le_encode", (s, cps, e) -> utf16Encode(s, cps, e, -1, "utf-16-le"));
        encoder(d, "utf_16_be_encode", (s, cps, e) -> utf16Encode(s, cps, e, 1, "utf-16-be"));
        decoder(d, "utf_16_le_decode", (b, e, f, c) -> utf16Decode(b, e, -1, f, c, null), true);
        decoder(d, "utf_16_be_decode", (b, e, f, c) -> utf16Decode(b, e, 1, f, c, null), true);
        decoder(d, "utf_16_decode", (b, e, f, c) -> utf16Decode(b, e, 0, f, c, null), true);
        encoder(d, "utf_32_le_encode", (s, cps, e) -> utf32Encode(s, cps, e, -1, "utf-32-le"));
        encoder(d, "utf_32_be_encode", (s, cps, e) -> utf32Encode(s, cps, e, 1, "utf-32-be"));
        decoder(d, "utf_32_le_decode", (b, e, f, c) -> utf32Decode(b, e, -1, f, c, null), true);
        decoder(d, "utf_32_be_decode", (b, e, f, c) -> utf32Decode(b, e, 1, f, c, null), true);
        decoder(d, "utf_32_decode", (b, e, f, c) -> utf32Decode(b, e, 0, f, c, null), true);
        for (int bits : new int[]{16, 32}) {
            String enc = "utf_" + bits + "_encode";
            Args.def(d, enc, (args, kw) -> {
                if (args.length < 1) {
                    throw PyErrors.typeError(null, "%s() missing required argument 'str' (pos 1)", enc);
                }
                String s = strArg(enc, args[0]);
                int[] cps = s.codePoints().toArray();
                Object bo = BinasciiModule.arg(args, kw, 2, "byteorder");
                int byteorder = bo == null ? 0 : (int) Args.index(bo);
                String name = byteorder == 0 ? "utf-" + bits : byteorder < 0 ? "utf-" + bits + "-le" : "utf-" + bits + "-be";
                byte[] out = bits == 16 ? utf16Encode(s, cps, errorsArg(args, kw, 1), byteorder, name) : utf32Encode(s, cps, errorsArg(args, kw, 1), byteorder, name);
                return PyTuple.of(out, (long) cps.length);
            });
            String ex = "utf_" + bits + "_ex_decode";
            Args.def(d, ex, (args, kw) -> {
                if (args.length < 1) {
                    throw PyErrors.typeError(null, "%s() missing required argument 'data' (pos 1)", ex);
                }
                byte[] b = bytesArg(ex, args[0]);
                Object bo = BinasciiModule.arg(args, kw, 2, "byteorder");
                int byteorder = bo == null ? 0 : (int) Args.index(bo);
                boolean fin = finalArg(args, kw, 3);
                int[] consumed = {0};
                int[] boOut = {byteorder};
                String s = bits == 16 ? utf16Decode(b, errorsArg(args, kw, 1), byteorder, fin, consumed, boOut) : utf32Decode(b, errorsArg(args, kw, 1), byteorder, fin, consumed, boOut);
                return PyTuple.of(s, (long) consumed[0], (long) boOut[0]);
            });
        }
        encoder(d, "unicode_escape_encode", (s, cps, e) -> unicodeEscapeEncode(cps, false));
        decoder(d, "unicode_escape_decode", (b, e, f, c) -> unicodeEscapeDecode(b, e, false, f, c), true);
        encoder(d, "raw_unicode_escape_encode", (s, cps, e) -> unicodeEscapeEncode(cps, true));
        decoder(d, "raw_unicode_escape_decode", (b, e, f, c) -> unicodeEscapeDecode(b, e, true, f, c), true);
        encoder(d, "utf_7_encode", (s, cps, e) -> utf7Encode(s));
        decoder(d, "utf_7_decode", (b, e, f, c) -> utf7Decode(b, e, f, c), true);
        Args.def(d, "charmap_encode", (args, kw) -> {
            if (args.length < 1) {
                throw PyErrors.typeError(null, "charmap_encode() missing required argument 'str' (pos 1)");
            }
            String s = strArg("charmap_encode", args[0]);
            Object mapping = BinasciiModule.arg(args, kw, 2, "mapping");
            return PyTuple.of(charmapEncode(s, errorsArg(args, kw, 1), mapping), (long) s.codePointCount(0, s.length()));
        });
        Args.def(d, "charmap_decode", (args, kw) -> {
            if (args.length < 1) {
                throw PyErrors.typeError(null, "charmap_decode() missing required argument 'data' (pos 1)");
            }
            byte[] b = bytesArg("charmap_decode", args[0]);
            Object mapping = BinasciiModule.arg(args, kw, 2, "mapping");
            return PyTuple.of(charmapDecode(b, errorsArg(args, kw, 1), mapping), (long) b.length);
        });
        Args.def(d, "charmap_build", (args, kw) -> {
            Args.count("charmap_build", args, kw, 1, 1);
            String table = strArg("charmap_build", args[0]);
            PyDict map = new PyDict();
            int[] cps = table.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                if (cps[i] != 0xfffe && map.get((long) cps[i]) == null) {
                    map.put((long) cps[i], (long) i);
                }
            }
            return map;
        });
        Args.def(d, "escape_encode", (args, kw) -> {
            Args.count("escape_encode", args, kw, 1, 2);
            if (!(args[0] instanceof byte[] b)) {
                throw PyErrors.typeError(null, "escape_encode() argument 1 must be bytes, not %s", PyObjects.typeName(args[0]));
            }
            return PyTuple.of(escapeEncode(b), (long) b.length);
        });
        Args.def(d, "escape_decode", (args, kw) -> {
            Args.count("escape_decode", args, kw, 1, 2);
            byte[] b = PyObject.unwrap(args[0]) instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8) : bytesArg("escape_decode", args[0]);
            String errors = args.length > 1 && !(args[1] instanceof PyNone) ? Args.str(args[1], "escape_decode") : null;
            return PyTuple.of(escapeDecode(b, errors), (long) b.length);
        });
        Args.def(d, "readbuffer_encode", (args, kw) -> {
            Args.count("readbuffer_encode", args, kw, 1, 2);
            byte[] b = PyObject.unwrap(args[0]) instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8) : bytesArg("readbuffer_encode", args[0]);
            return PyTuple.of(b, (long) b.length);
        });
        return m;
    }
}
