package org.bytepy.modules;

import java.io.ByteArrayOutputStream;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code binascii} module: hex, base64, uuencode, quoted-printable, CRC-32 and CRC-CCITT, as
 * CPython's {@code Modules/binascii.c} (same output and the same {@code binascii.Error} messages).
 */
public final class BinasciiModule {
    private BinasciiModule() {
    }

    public static final PyType ERROR = new PyType("Error", false, PyTypes.VALUE_ERROR);
    public static final PyType INCOMPLETE = new PyType("Incomplete", false, PyTypes.EXCEPTION);

    static {
        ERROR.getDict().put("__module__", "binascii");
        INCOMPLETE.getDict().put("__module__", "binascii");
    }

    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int[] B64_INV = new int[256];
    private static final int[] CRC32_TABLE = new int[256];

    static {
        java.util.Arrays.fill(B64_INV, 64);
        for (int i = 0; i < 64; i++) {
            B64_INV[B64[i]] = i;
        }
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
        }
    }

    static PyException error(String format, Object... args) {
        return PyErrors.format(ERROR, null, format, args);
    }

    /** The argument of a {@code b2a_*} function: a bytes-like object. */
    static byte[] binArg(Object o) {
        return StructModule.buffer(o);
    }

    /** The argument of an {@code a2b_*} function: a bytes-like object or an ASCII str. */
    static byte[] asciiArg(Object o) {
        if (org.bytepy.runtime.PyObject.unwrap(o) instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    throw PyErrors.valueError(null, "string argument should contain only ASCII characters");
                }
            }
            return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        byte[] b = StructModule.bufferOrNull(o);
        if (b == null) {
            throw PyErrors.typeError(null, "argument should be bytes, buffer or ASCII string, not '%s'", PyObjects.typeName(o));
        }
        return b;
    }

    /** crc32 of {@code data} continuing from {@code crc} (zlib's and binascii's). */
    public static int crc32(byte[] data, int crc) {
        int c = ~crc;
        for (byte b : data) {
            c = CRC32_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    /** {@code hexlify}/{@code bytes.hex} with an optional separator. */
    @TruffleBoundary
    static byte[] hexlify(byte[] b, Object sepObj, long perSep) {
        byte[] hex = new byte[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            hex[2 * i] = (byte) Character.forDigit((b[i] >> 4) & 0xf, 16);
            hex[2 * i + 1] = (byte) Character.forDigit(b[i] & 0xf, 16);
        }
        if (sepObj == null || sepObj instanceof PyNone || b.length == 0 || perSep == 0) {
            return hex;
        }
        byte sep;
        if (sepObj instanceof String s) {
            if (s.length() != 1) {
                throw PyErrors.valueError(null, "sep must be length 1.");
            }
            if (s.charAt(0) >= 0x80) {
                throw PyErrors.valueError(null, "sep must be ASCII.");
            }
            sep = (byte) s.charAt(0);
        } else {
            byte[] sb = StructModule.bufferOrNull(sepObj);
            if (sb == null) {
                throw PyErrors.typeError(null, "sep must be str or bytes.");
            }
            if (sb.length != 1) {
                throw PyErrors.valueError(null, "sep must be length 1.");
            }
            sep = sb[0];
        }
        long group = Math.abs(perSep);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = b.length;
        for (int i = 0; i < n; i++) {
            boolean boundary = perSep > 0 ? (i > 0 && (n - i) % group == 0) : (i > 0 && i % group == 0);
            if (boundary) {
                out.write(sep);
            }
            out.write(hex[2 * i]);
            out.write(hex[2 * i + 1]);
        }
        return out.toByteArray();
    }

    @TruffleBoundary
    static byte[] unhexlify(byte[] a) {
        if (a.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[a.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(a[2 * i], 16);
            int lo = Character.digit(a[2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    @TruffleBoundary
    static byte[] b2aBase64(byte[] b, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        for (; i + 2 < b.length; i += 3) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write(B64[(v >> 6) & 63]);
            out.write(B64[v & 63]);
        }
        if (b.length - i == 1) {
            int v = (b[i] & 0xff) << 16;
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write('=');
            out.write('=');
        } else if (b.length - i == 2) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8;
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write(B64[(v >> 6) & 63]);
            out.write('=');
        }
        if (newline) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    @TruffleBoundary
    static byte[] a2bBase64(byte[] a, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (strict && a.length > 0 && a[0] == '=') {
            throw error("Leading padding not allowed");
        }
        int quadPos = 0;
        int leftchar = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < a.length; i++) {
            int ch = a[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (strict && quadPos == 0) {
                    throw error(i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
                }
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < a.length) {
                        throw error("Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = B64_INV[ch];
            if (v >= 64) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> {
                    quadPos = 1;
                    leftchar = v;
                }
                case 1 -> {
                    quadPos = 2;
                    out.write((leftchar << 2) | (v >> 4));
                    leftchar = v & 0x0f;
                }
                case 2 -> {
                    quadPos = 3;
                    out.write((leftchar << 4) | (v >> 2));
                    leftchar = v & 0x03;
                }
                default -> {
                    quadPos = 0;
                    out.write((leftchar << 6) | v);
                    leftchar = 0;
                }
            }
        }
        if (quadPos != 0) {
            if (quadPos == 1) {
                throw error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", out.size() / 3 * 4 + 1);
            }
            throw error("Incorrect padding");
        }
        return out.toByteArray();
    }

    @TruffleBoundary
    static byte[] b2aUu(byte[] b, boolean backtick) {
        if (b.length > 45) {
            throw error("At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(backtick && b.length == 0 ? '`' : ' ' + b.length);
        int leftchar = 0;
        int leftbits = 0;
        for (int i = 0, len = b.length; len > 0 || leftbits != 0; len--, i++) {
            leftchar = len > 0 ? (leftchar << 8) | (b[i] & 0xff) : leftchar << 8;
            leftbits += 8;
            while (leftbits >= 6) {
                int ch = (leftchar >> (leftbits - 6)) & 0x3f;
                leftbits -= 6;
                out.write(backtick && ch == 0 ? '`' : ch + ' ');
            }
            leftchar &= (1 << leftbits) - 1;
        }
        out.write('\n');
        return out.toByteArray();
    }

    @TruffleBoundary
    static byte[] a2bUu(byte[] a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        int len = a.length;
        int binLen = ((len > 0 ? a[pos++] & 0xff : 0) - ' ') & 077;
        len--;
        int leftchar = 0;
        int leftbits = 0;
        for (; binLen > 0; len--, pos++) {
            int ch = len > 0 ? a[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || len <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) {
                    throw error("Illegal char");
                }
                ch = (ch - ' ') & 077;
            }
            leftchar = (leftchar << 6) | ch;
            leftbits += 6;
            if (leftbits >= 8) {
                leftbits -= 8;
                out.write((leftchar >> leftbits) & 0xff);
                leftchar &= (1 << leftbits) - 1;
                binLen--;
            }
        }
        while (len-- > 0) {
            int ch = a[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') {
                throw error("Trailing garbage");
            }
        }
        return out.toByteArray();
    }

    private static final int MAXLINESIZE = 76;

    @TruffleBoundary
    static byte[] b2aQp(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        boolean crlf = false;
        for (int i = 0; i < d.length; i++) {
            if (d[i] == '\n') {
                crlf = i > 0 && d[i - 1] == '\r';
                break;
            }
        }
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        byte[] buf = new byte[d.length * 3 + 16];
        int out = 0;
        int in = 0;
        int linelen = 0;
        int n = d.length;
        while (in < n) {
            int c = d[in] & 0xff;
            if (c > 126 || c == '=' || (header && c == '_') || (c == '.' && linelen == 0 && (in + 1 == n || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0)) ||
                            (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && in + 1 == n) ||
                            (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')))) {
                if (linelen + 3 >= MAXLINESIZE) {
                    buf = ensure(buf, out + 3);
                    buf[out++] = '=';
                    if (crlf) {
                        buf[out++] = '\r';
                    }
                    buf[out++] = '\n';
                    linelen = 0;
                }
                buf = ensure(buf, out + 3);
                buf[out++] = '=';
                buf[out++] = (byte) Character.toUpperCase(Character.forDigit(c >> 4, 16));
                buf[out++] = (byte) Character.toUpperCase(Character.forDigit(c & 15, 16));
                in++;
                linelen += 3;
            } else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && d[in + 1] == '\n'))) {
                linelen = 0;
                buf = ensure(buf, out + 5);
                if (out > 0 && (buf[out - 1] == ' ' || buf[out - 1] == '\t')) {
                    int ch = buf[out - 1];
                    buf[out - 1] = '=';
                    buf[out++] = (byte) Character.toUpperCase(Character.forDigit(ch >> 4, 16));
                    buf[out++] = (byte) Character.toUpperCase(Character.forDigit(ch & 15, 16));
                }
                if (crlf) {
                    buf[out++] = '\r';
                }
                buf[out++] = '\n';
                in += c == '\r' ? 2 : 1;
            } else {
                buf = ensure(buf, out + 4);
                if (in + 1 != n && d[in + 1] != '\n' && linelen + 1 >= MAXLINESIZE) {
                    buf[out++] = '=';
                    if (crlf) {
                        buf[out++] = '\r';
                    }
                    buf[out++] = '\n';
                    linelen = 0;
                }
                linelen++;
                if (header && c == ' ') {
                    buf[out++] = '_';
                } else {
                    buf[out++] = (byte) c;
                }
                in++;
            }
        }
        o.write(buf, 0, out);
        return o.toByteArray();
    }

    private static byte[] ensure(byte[] buf, int n) {
        return n <= buf.length ? buf : java.util.Arrays.copyOf(buf, Math.max(n, buf.length * 2));
    }

    @TruffleBoundary
    static byte[] a2bQp(byte[] a, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int in = 0;
        int n = a.length;
        while (in < n) {
            int c = a[in] & 0xff;
            if (c == '=') {
                in++;
                if (in >= n) {
                    break;
                }
                int c1 = a[in] & 0xff;
                if (c1 == '\n' || c1 == '\r') {
                    if (c1 != '\n') {
                        while (in < n && a[in] != '\n') {
                            in++;
                        }
                    }
                    if (in < n) {
                        in++;
                    }
                } else if (c1 == '=') {
                    out.write('=');
                    in++;
                } else if (in + 1 < n && isHex(c1) && isHex(a[in + 1] & 0xff)) {
                    out.write(Character.digit(c1, 16) << 4 | Character.digit(a[in + 1] & 0xff, 16));
                    in += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                in++;
            } else {
                out.write(c);
                in++;
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static int crcHqx(byte[] data, int crc) {
        crc &= 0xffff;
        for (byte b : data) {
            crc ^= (b & 0xff) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xffff;
        }
        return crc;
    }

    /** Positional-or-keyword argument {@code i}/{@code name}, or null. */
    static Object arg(Object[] args, PyDict kw, int i, String name) {
        if (args.length > i) {
            return args[i];
        }
        return Args.kw(kw, name);
    }

    static boolean flag(Object[] args, PyDict kw, int i, String name) {
        Object v = arg(args, kw, i, name);
        return v != null && PyObjects.isTrue(v);
    }

    private static Object required(String fname, Object[] args, PyDict kw, int i, String name) {
        Object v = arg(args, kw, i, name);
        if (v == null) {
            throw PyErrors.typeError(null, "%s() missing required argument '%s' (pos %d)", fname, name, i + 1);
        }
        return v;
    }

    public static PyModule create() {
        PyModule m = new PyModule("binascii", new PyDict());
        PyDict d = m.dict;
        d.put("Error", ERROR);
        d.put("Incomplete", INCOMPLETE);
        for (String name : new String[]{"hexlify", "b2a_hex"}) {
            Args.def(d, name, (args, kw) -> {
                Args.onlyKeywords(name, kw, "data", "sep", "bytes_per_sep");
                byte[] b = binArg(required(name, args, kw, 0, "data"));
                Object sep = arg(args, kw, 1, "sep");
                Object per = arg(args, kw, 2, "bytes_per_sep");
                return hexlify(b, sep, per == null ? 1 : Args.index(per));
            });
        }
        for (String name : new String[]{"unhexlify", "a2b_hex"}) {
            Args.def(d, name, (args, kw) -> {
                Args.onlyKeywords(name, kw, "hexstr");
                return unhexlify(asciiArg(required(name, args, kw, 0, "hexstr")));
            });
        }
        Args.def(d, "b2a_base64", (args, kw) -> {
            Args.onlyKeywords("b2a_base64", kw, "data", "newline");
            if (args.length > 1) {
                throw PyErrors.typeError(null, "b2a_base64() takes exactly 1 positional argument (%d given)", args.length);
            }
            Object nl = Args.kw(kw, "newline");
            return b2aBase64(binArg(required("b2a_base64", args, kw, 0, "data")), nl == null || PyObjects.isTrue(nl));
        });
        Args.def(d, "a2b_base64", (args, kw) -> {
            Args.onlyKeywords("a2b_base64", kw, "data", "strict_mode");
            if (args.length > 1) {
                throw PyErrors.typeError(null, "a2b_base64() takes exactly 1 positional argument (%d given)", args.length);
            }
            Object sm = Args.kw(kw, "strict_mode");
            return a2bBase64(asciiArg(required("a2b_base64", args, kw, 0, "data")), sm != null && PyObjects.isTrue(sm));
        });
        Args.def(d, "b2a_uu", (args, kw) -> {
            Args.onlyKeywords("b2a_uu", kw, "data", "backtick");
            Object bt = Args.kw(kw, "backtick");
            return b2aUu(binArg(required("b2a_uu", args, kw, 0, "data")), bt != null && PyObjects.isTrue(bt));
        });
        Args.def(d, "a2b_uu", (args, kw) -> {
            Args.count("a2b_uu", args, kw, 1, 1);
            return a2bUu(asciiArg(args[0]));
        });
        Args.def(d, "b2a_qp", (args, kw) -> {
            Args.onlyKeywords("b2a_qp", kw, "data", "quotetabs", "istext", "header");
            byte[] b = binArg(required("b2a_qp", args, kw, 0, "data"));
            Object istext = arg(args, kw, 2, "istext");
            return b2aQp(b, flag(args, kw, 1, "quotetabs"), istext == null || PyObjects.isTrue(istext), flag(args, kw, 3, "header"));
        });
        Args.def(d, "a2b_qp", (args, kw) -> {
            Args.onlyKeywords("a2b_qp", kw, "data", "header");
            return a2bQp(asciiArg(required("a2b_qp", args, kw, 0, "data")), flag(args, kw, 1, "header"));
        });
        Args.def(d, "crc32", (args, kw) -> {
            Args.count("crc32", args, kw, 1, 2);
            int start = args.length > 1 ? (int) ZlibModule.unsigned32(args[1]) : 0;
            return crc32(binArg(args[0]), start) & 0xffffffffL;
        });
        Args.def(d, "crc_hqx", (args, kw) -> {
            Args.count("crc_hqx", args, kw, 2, 2);
            return (long) crcHqx(binArg(args[0]), (int) ZlibModule.unsigned32(args[1]));
        });
        return m;
    }
}
