package org.bytepy.modules;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.imports.Importer;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code _json} accelerators Lib's {@code json} uses when present: {@code scanstring} and
 * {@code encode_basestring(_ascii)}, as CPython's {@code Modules/_json.c}. ({@code make_scanner} and
 * {@code make_encoder} are absent: {@code json} then uses its Python scanner and encoder, which call these.)
 */
public final class JsonModule {
    private JsonModule() {
    }

    @TruffleBoundary
    private static PyException decodeError(String msg, String doc, int pos) {
        Object mod = Importer.importModule(BytepyContext.get(null), "json.decoder", null);
        Object type = PyObjects.getAttr(mod, "JSONDecodeError", null);
        Object exc = PyCalls.call(type, new Object[]{msg, doc, (long) pos}, null, null);
        if (exc instanceof org.bytepy.runtime.PyBaseException e) {
            return new PyException(e, null);
        }
        throw PyErrors.valueError(null, "%s", msg);
    }

    private static int hex4(String s, int at) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(at + k), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** {@code scanstring(s, end, strict)}: the string whose opening quote is at {@code end - 1}, and the index after its closing quote. */
    @TruffleBoundary
    static PyTuple scanstring(String s, long endArg, boolean strict) {
        int len = s.length();
        if (endArg < 0 || endArg > len) {
            throw PyErrors.valueError(null, "end is out of bounds");
        }
        int begin = (int) endArg - 1;
        int end = (int) endArg;
        StringBuilder sb = new StringBuilder();
        while (true) {
            int next = end;
            char c = 0;
            while (next < len) {
                c = s.charAt(next);
                if (c == '"' || c == '\\') {
                    break;
                } else if (c <= 0x1f && strict) {
                    throw decodeError("Invalid control character at", s, next);
                }
                next++;
            }
            if (next >= len) {
                throw decodeError("Unterminated string starting at", s, begin);
            }
            sb.append(s, end, next);
            next++;
            if (c == '"') {
                end = next;
                break;
            }
            if (next == len) {
                throw decodeError("Unterminated string starting at", s, begin);
            }
            c = s.charAt(next);
            if (c != 'u') {
                end = next + 1;
                switch (c) {
                    case '"', '\\', '/' -> sb.append(c);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    default -> throw decodeError("Invalid \\escape", s, end - 2);
                }
                continue;
            }
            next++;
            end = next + 4;
            if (end > len) {
                throw decodeError("Invalid \\uXXXX escape", s, next - 1);
            }
            int u = hex4(s, next);
            if (u < 0) {
                throw decodeError("Invalid \\uXXXX escape", s, end - 5);
            }
            if (u >= 0xd800 && u <= 0xdbff && end + 6 <= len && s.charAt(end) == '\\' && s.charAt(end + 1) == 'u') {
                int u2 = hex4(s, end + 2);
                if (u2 < 0) {
                    throw decodeError("Invalid \\uXXXX escape", s, end + 1);
                }
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    sb.appendCodePoint(Character.toCodePoint((char) u, (char) u2));
                    end += 6;
                    continue;
                }
            }
            sb.append((char) u);
        }
        return PyTuple.of(sb.toString(), (long) end);
    }

    @TruffleBoundary
    static String encodeBasestring(String s, boolean ascii) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c >= 0x7f)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String strArg(String fname, Object o) {
        if (PyObject.unwrap(o) instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "first argument must be a string, not %s", PyObjects.typeName(o));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_json", new PyDict());
        PyDict d = m.dict;
        Args.def(d, "scanstring", (args, kw) -> {
            Args.count("scanstring", args, kw, 2, 3);
            String s = strArg("scanstring", args[0]);
            return scanstring(s, Args.index(args[1]), args.length < 3 || PyObjects.isTrue(args[2]));
        });
        Args.def(d, "encode_basestring_ascii", (args, kw) -> {
            Args.count("encode_basestring_ascii", args, kw, 1, 1);
            return encodeBasestring(strArg("encode_basestring_ascii", args[0]), true);
        });
        Args.def(d, "encode_basestring", (args, kw) -> {
            Args.count("encode_basestring", args, kw, 1, 1);
            return encodeBasestring(strArg("encode_basestring", args[0]), false);
        });
        return m;
    }
}
