package org.bytepy.builtins;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyByteArray;
import org.bytepy.runtime.PyBytes;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/** The methods of {@code bytes} and {@code bytearray}. */
final class BytesBuiltins {
    private BytesBuiltins() {
    }

    static byte[] fromIterable(Object o) {
        Object[] items = PyObjects.toArray(o, null);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (byte) BuiltinTypeOps.byteValue(items[i], null);
        }
        return out;
    }

    /** bytes(x) / bytearray(x) contents. */
    static byte[] construct(String name, Object[] args, PyDict kw) {
        Args.onlyKeywords(name, kw, "source", "encoding", "errors");
        if (args.length > 4) {
            throw PyErrors.typeError(null, "%s() takes at most 3 arguments (%d given)", name, args.length - 1);
        }
        Object src = args.length > 1 ? args[1] : Args.kw(kw, "source");
        Object enc = args.length > 2 ? args[2] : Args.kw(kw, "encoding");
        Object err = args.length > 3 ? args[3] : Args.kw(kw, "errors");
        if (src == null) {
            return new byte[0];
        }
        if (src instanceof String s) {
            if (enc == null) {
                throw PyErrors.typeError(null, "string argument without an encoding");
            }
            return StrBuiltins.encode(s, Args.str(enc, name), err == null ? "strict" : Args.str(err, name));
        }
        if (enc != null) {
            throw PyErrors.typeError(null, "encoding without a string argument");
        }
        if (err != null) {
            throw PyErrors.typeError(null, "errors without a string argument");
        }
        if (name.equals("bytes") && src instanceof org.bytepy.runtime.PyObject && org.bytepy.runtime.PySpecial.lookup(src, "__bytes__") instanceof Object m) {
            Object r = org.bytepy.runtime.PySpecial.call(src, m, null);
            if (!(org.bytepy.runtime.PyObject.unwrap(r) instanceof byte[] rb)) {
                throw PyErrors.typeError(null, "__bytes__ returned non-bytes (type %s)", PyObjects.typeName(r));
            }
            return rb;
        }
        if (PyNumber.isInt(src) || (src instanceof org.bytepy.runtime.PyObject && org.bytepy.runtime.PySpecial.lookup(src, "__index__") != null)) {
            long n = Args.index(src);
            if (n < 0) {
                throw PyErrors.valueError(null, "negative count");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw PyErrors.raise(org.bytepy.runtime.PyTypes.MEMORY_ERROR, null, null);
            }
            return new byte[(int) n];
        }
        byte[] b = BuiltinTypeOps.bytesOf(src);
        if (b != null) {
            return b.clone();
        }
        try {
            PyObjects.iter(src, null);
        } catch (org.bytepy.runtime.PyException e) {
            throw PyErrors.typeError(null, "cannot convert '%s' object to %s", PyObjects.typeName(src), name);
        }
        return fromIterable(src);
    }

    static byte[] self(Object[] args, String name) {
        byte[] b = args.length > 0 ? BuiltinTypeOps.bytesOf(args[0]) : null;
        if (b == null) {
            throw PyErrors.typeError(null, "descriptor '%s' requires a 'bytes' object", name);
        }
        return b;
    }

    static Object wrap(Object[] args, byte[] b) {
        return args[0] instanceof PyByteArray ? new PyByteArray(b) : b;
    }

    static byte[] arg(Object o) {
        byte[] b = BuiltinTypeOps.bytesOf(o);
        if (b == null) {
            throw PyErrors.typeError(null, "a bytes-like object is required, not '%s'", PyObjects.typeName(o));
        }
        return b;
    }

    static byte[] subArg(Object o) {
        if (PyNumber.isInt(o)) {
            return new byte[]{(byte) BuiltinTypeOps.byteValue(o, null)};
        }
        byte[] b = BuiltinTypeOps.bytesOf(o);
        if (b == null) {
            throw PyErrors.typeError(null, "argument should be integer or bytes-like object, not '%s'", PyObjects.typeName(o));
        }
        return b;
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The ASCII case methods and the other str-like methods of bytes and bytearray. */
    private static void installCaseMethods(PyType t, String tn) {
        Args.method(t, "isascii", (args, kw) -> {
            Args.methodCount(tn + ".isascii", args, kw, 0, 0);
            for (byte x : self(args, "isascii")) {
                if (x < 0) {
                    return false;
                }
            }
            return true;
        });
        for (String name : new String[]{"islower", "isupper"}) {
            Args.method(t, name, (args, kw) -> {
                Args.methodCount(tn + "." + name, args, kw, 0, 0);
                boolean cased = false;
                for (byte x : self(args, name)) {
                    if (name.equals("islower") ? isUpper(x) : isLower(x)) {
                        return false;
                    }
                    cased |= isUpper(x) || isLower(x);
                }
                return cased;
            });
        }
        Args.method(t, "istitle", (args, kw) -> {
            Args.methodCount(tn + ".istitle", args, kw, 0, 0);
            boolean cased = false, previousCased = false;
            for (byte x : self(args, "istitle")) {
                if (isUpper(x)) {
                    if (previousCased) {
                        return false;
                    }
                    previousCased = cased = true;
                } else if (isLower(x)) {
                    if (!previousCased) {
                        return false;
                    }
                    previousCased = cased = true;
                } else {
                    previousCased = false;
                }
            }
            return cased;
        });
        for (String name : new String[]{"capitalize", "swapcase", "title"}) {
            Args.method(t, name, (args, kw) -> {
                Args.methodCount(tn + "." + name, args, kw, 0, 0);
                byte[] b = self(args, name).clone();
                boolean previousCased = false;
                for (int i = 0; i < b.length; i++) {
                    int c = b[i];
                    boolean up = switch (name) {
                        case "capitalize" -> i == 0;
                        case "swapcase" -> isLower(c);
                        default -> !previousCased;
                    };
                    previousCased = isUpper(c) || isLower(c);
                    if (up && isLower(c)) {
                        b[i] = (byte) (c - 32);
                    } else if (!up && isUpper(c)) {
                        b[i] = (byte) (c + 32);
                    }
                }
                return wrap(args, b);
            });
        }
        Args.method(t, "expandtabs", (args, kw) -> {
            Args.onlyKeywords("expandtabs", kw, "tabsize");
            if (args.length > 2) {
                throw PyErrors.typeError(null, "expandtabs() takes at most 1 argument (%d given)", args.length - 1);
            }
            byte[] b = self(args, "expandtabs");
            Object ts = args.length > 1 ? args[1] : Args.kw(kw, "tabsize");
            long tab = ts == null ? 8 : Args.index(ts);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            long col = 0;
            for (byte x : b) {
                if (x == '\t') {
                    if (tab > 0) {
                        long n = tab - col % tab;
                        if (out.size() + n > Integer.MAX_VALUE - 16) {
                            throw PyErrors.overflow(null, "result too long");
                        }
                        for (long k = 0; k < n; k++) {
                            out.write(' ');
                        }
                        col += n;
                    }
                } else {
                    out.write(x);
                    col = x == '\n' || x == '\r' ? 0 : col + 1;
                }
            }
            return wrap(args, out.toByteArray());
        });
        Args.method(t, "zfill", (args, kw) -> {
            Args.methodCount(tn + ".zfill", args, kw, 1, 1);
            byte[] b = self(args, "zfill");
            long width = Args.index(args[1]);
            if (width <= b.length) {
                return wrap(args, b.clone());
            }
            byte[] r = new byte[(int) width];
            int fill = (int) width - b.length;
            java.util.Arrays.fill(r, 0, fill, (byte) '0');
            System.arraycopy(b, 0, r, fill, b.length);
            if (b.length > 0 && (b[0] == '+' || b[0] == '-')) {
                r[0] = b[0];
                r[fill] = '0';
            }
            return wrap(args, r);
        });
        for (String name : new String[]{"removeprefix", "removesuffix"}) {
            Args.method(t, name, (args, kw) -> {
                Args.methodCount(tn + "." + name, args, kw, 1, 1);
                byte[] b = self(args, name);
                byte[] p = arg(args[1]);
                boolean prefix = name.equals("removeprefix");
                if (p.length <= b.length && java.util.Arrays.equals(b, prefix ? 0 : b.length - p.length, prefix ? p.length : b.length, p, 0, p.length)) {
                    return wrap(args, prefix ? java.util.Arrays.copyOfRange(b, p.length, b.length) : java.util.Arrays.copyOf(b, b.length - p.length));
                }
                return wrap(args, b.clone());
            });
        }
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static void install() {
        PyTypes.BYTES.constructor = (args, kw) -> construct("bytes", args, kw);
        PyByteArray.TYPE.constructor = (args, kw) -> new PyByteArray(construct("bytearray", args, kw));
        Args.method(PyTypes.BYTES, "__bytes__", (args, kw) -> {
            Args.methodCount("bytes.__bytes__", args, kw, 0, 0);
            return self(args, "__bytes__");
        });
        for (PyType t : new PyType[]{PyTypes.BYTES, PyByteArray.TYPE}) {
            boolean ba = t == PyByteArray.TYPE;
            String tn = t.getName();
            Args.method(t, "decode", (args, kw) -> {
                Args.onlyKeywords("decode", kw, "encoding", "errors");
                byte[] b = self(args, "decode");
                Object enc = args.length > 1 ? args[1] : Args.kw(kw, "encoding");
                Object err = args.length > 2 ? args[2] : Args.kw(kw, "errors");
                return decode(b, enc == null ? "utf-8" : Args.str(enc, "decode"), err == null ? "strict" : Args.str(err, "decode"));
            });
            Args.method(t, "hex", (args, kw) -> {
                Args.methodCount(tn + ".hex", args, kw, 0, 2);
                byte[] b = self(args, "hex");
                StringBuilder sb = new StringBuilder();
                String sep = args.length > 1 ? PyObjects.str(args[1]) : null;
                for (int i = 0; i < b.length; i++) {
                    if (sep != null && i > 0) {
                        sb.append(sep);
                    }
                    sb.append(String.format("%02x", b[i] & 0xff));
                }
                return sb.toString();
            });
            t.getDict().put("fromhex", new PyBuiltinFunction("fromhex", null, (args, kw) -> {
                Args.count("fromhex", args, kw, 1, 1);
                String s = Args.str(args[0], "fromhex");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int i = 0;
                while (i < s.length()) {
                    if (s.charAt(i) == ' ' || (s.charAt(i) >= 9 && s.charAt(i) <= 13)) {
                        i++;
                        continue;
                    }
                    int hi = i + 1 < s.length() ? Character.digit(s.charAt(i), 16) : -1;
                    int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0 || s.charAt(i) > 0x7f || s.charAt(i + 1) > 0x7f) {
                        int pos = hi < 0 ? i : i + 1;
                        throw PyErrors.valueError(null, "non-hexadecimal number found in fromhex() arg at position %d", Math.min(pos, s.length()));
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                return ba ? new PyByteArray(out.toByteArray()) : out.toByteArray();
            }));
            Args.method(t, "count", (args, kw) -> {
                Args.methodCount("count", args, kw, 1, 3);
                byte[] b = self(args, "count");
                byte[] sub = subArg(args[1]);
                int[] r = range(b.length, args, 2);
                if (r == null) {
                    return 0L;
                }
                if (sub.length == 0) {
                    return (long) (r[1] - r[0] + 1);
                }
                long c = 0;
                for (int i = PyBytes.find(b, sub, r[0], r[1]); i >= 0; i = PyBytes.find(b, sub, i + sub.length, r[1])) {
                    c++;
                }
                return c;
            });
            for (String name : new String[]{"find", "rfind", "index", "rindex"}) {
                Args.method(t, name, (args, kw) -> {
                    Args.methodCount(name, args, kw, 1, 3);
                    byte[] b = self(args, name);
                    byte[] sub = subArg(args[1]);
                    int[] r = range(b.length, args, 2);
                    int at = r == null ? -1 : name.startsWith("r") ? PyBytes.rfind(b, sub, r[0], r[1]) : PyBytes.find(b, sub, r[0], r[1]);
                    if (at < 0 && name.endsWith("index")) {
                        throw PyErrors.valueError(null, "subsection not found");
                    }
                    return (long) at;
                });
            }
            Args.method(t, "join", (args, kw) -> {
                Args.methodCount(tn + ".join", args, kw, 1, 1);
                byte[] sep = self(args, "join");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Object[] items = PyObjects.toArray(args[1], null);
                for (int i = 0; i < items.length; i++) {
                    byte[] x = BuiltinTypeOps.bytesOf(items[i]);
                    if (x == null) {
                        throw PyErrors.typeError(null, "sequence item %d: expected a bytes-like object, %s found", i, PyObjects.typeName(items[i]));
                    }
                    if (i > 0) {
                        out.writeBytes(sep);
                    }
                    out.writeBytes(x);
                }
                return wrap(args, out.toByteArray());
            });
            Args.method(t, "split", (args, kw) -> split(args, kw, false));
            Args.method(t, "splitlines", (args, kw) -> {
                Args.onlyKeywords("splitlines", kw, "keepends");
                if (args.length > 2) {
                    throw PyErrors.typeError(null, "splitlines() takes at most 1 argument (%d given)", args.length - 1 + (kw == null ? 0 : kw.size()));
                }
                byte[] b = self(args, "splitlines");
                Object ke = args.length > 1 ? args[1] : Args.kw(kw, "keepends");
                boolean keep = ke != null && PyObjects.isTrue(ke);
                java.util.List<Object> out = new java.util.ArrayList<>();
                int start = 0, i = 0;
                while (i < b.length) {
                    if (b[i] == '\n' || b[i] == '\r') {
                        int eol = i;
                        i += (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') ? 2 : 1;
                        out.add(wrap(args, java.util.Arrays.copyOfRange(b, start, keep ? i : eol)));
                        start = i;
                    } else {
                        i++;
                    }
                }
                if (start < b.length) {
                    out.add(wrap(args, java.util.Arrays.copyOfRange(b, start, b.length)));
                }
                return new org.bytepy.runtime.PyList(out.toArray());
            });
            Args.method(t, "rsplit", (args, kw) -> split(args, kw, true));
            Args.method(t, "strip", (args, kw) -> strip(args, kw, true, true));
            Args.method(t, "lstrip", (args, kw) -> strip(args, kw, true, false));
            Args.method(t, "rstrip", (args, kw) -> strip(args, kw, false, true));
            for (String name : new String[]{"startswith", "endswith"}) {
                Args.method(t, name, (args, kw) -> {
                    Args.methodCount(name, args, kw, 1, 3);
                    byte[] b = self(args, name);
                    int[] r = range(b.length, args, 2);
                    if (r == null) {
                        return false;
                    }
                    Object[] cands = args[1] instanceof PyTuple tup ? tup.items() : new Object[]{args[1]};
                    for (Object c : cands) {
                        byte[] p = BuiltinTypeOps.bytesOf(c);
                        if (p == null) {
                            throw PyErrors.typeError(null, "%s first arg must be bytes or a tuple of bytes, not %s", name, PyObjects.typeName(c));
                        }
                        if (p.length <= r[1] - r[0]) {
                            int off = name.equals("startswith") ? r[0] : r[1] - p.length;
                            if (java.util.Arrays.equals(b, off, off + p.length, p, 0, p.length)) {
                                return true;
                            }
                        }
                    }
                    return false;
                });
            }
            t.getDict().put("maketrans", new org.bytepy.runtime.PyDescriptors.StaticMethod(new org.bytepy.runtime.PyBuiltinFunction("maketrans", null, (args, kw) -> {
                Args.count("maketrans", args, kw, 2, 2);
                byte[] from = arg(args[0]), to = arg(args[1]);
                if (from.length != to.length) {
                    throw PyErrors.valueError(null, "maketrans arguments must have same length");
                }
                byte[] table = new byte[256];
                for (int i = 0; i < 256; i++) {
                    table[i] = (byte) i;
                }
                for (int i = 0; i < from.length; i++) {
                    table[from[i] & 0xff] = to[i];
                }
                return table;
            })));
            Args.method(t, "translate", (args, kw) -> {
                Args.onlyKeywords("translate", kw, "delete");
                byte[] b = self(args, "translate");
                byte[] table = args.length > 1 && !(args[1] instanceof org.bytepy.runtime.PyNone) ? arg(args[1]) : null;
                Object del = args.length > 2 ? args[2] : Args.kw(kw, "delete");
                byte[] delete = del == null ? new byte[0] : arg(del);
                if (table != null && table.length != 256) {
                    throw PyErrors.valueError(null, "translation table must be 256 characters long");
                }
                boolean[] drop = new boolean[256];
                for (byte x : delete) {
                    drop[x & 0xff] = true;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (byte x : b) {
                    if (!drop[x & 0xff]) {
                        out.write(table == null ? x : table[x & 0xff]);
                    }
                }
                return wrap(args, out.toByteArray());
            });
            for (String name : new String[]{"ljust", "rjust", "center"}) {
                Args.method(t, name, (args, kw) -> {
                    Args.methodCount(name, args, kw, 1, 2);
                    byte[] b = self(args, name);
                    int width = (int) Math.min(Integer.MAX_VALUE - 8, Args.index(args[1]));
                    byte fill = ' ';
                    if (args.length > 2) {
                        byte[] f = arg(args[2]);
                        if (f.length != 1) {
                            throw PyErrors.typeError(null, "%s() argument 2 must be a byte string of length 1, not %s", name, org.bytepy.runtime.PyObjects.typeName(args[2]));
                        }
                        fill = f[0];
                    }
                    if (width <= b.length) {
                        return wrap(args, b.clone());
                    }
                    int pad = width - b.length;
                    int left = name.equals("ljust") ? 0 : name.equals("rjust") ? pad : pad / 2 + (pad & width & 1);
                    byte[] r = new byte[width];
                    java.util.Arrays.fill(r, fill);
                    System.arraycopy(b, 0, r, left, b.length);
                    return wrap(args, r);
                });
            }
            Args.method(t, "replace", (args, kw) -> {
                Args.methodCount("replace", args, kw, 2, 3);
                byte[] b = self(args, "replace");
                byte[] old = arg(args[1]), rep = arg(args[2]);
                long count = args.length > 3 ? Args.index(args[3]) : -1;
                if (count < 0) {
                    count = Long.MAX_VALUE;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (old.length == 0) {
                    long n = 0;
                    for (int i = 0; i <= b.length; i++) {
                        if (n++ < count) {
                            out.writeBytes(rep);
                        }
                        if (i < b.length) {
                            out.write(b[i]);
                        }
                    }
                    return wrap(args, out.toByteArray());
                }
                int pos = 0;
                for (long n = 0; n < count; n++) {
                    int at = PyBytes.find(b, old, pos, b.length);
                    if (at < 0) {
                        break;
                    }
                    out.write(b, pos, at - pos);
                    out.writeBytes(rep);
                    pos = at + old.length;
                }
                out.write(b, pos, b.length - pos);
                return wrap(args, out.toByteArray());
            });
            Args.method(t, "upper", (args, kw) -> {
                Args.methodCount(tn + ".upper", args, kw, 0, 0);
                byte[] b = self(args, "upper").clone();
                for (int i = 0; i < b.length; i++) {
                    if (b[i] >= 'a' && b[i] <= 'z') {
                        b[i] -= 32;
                    }
                }
                return wrap(args, b);
            });
            Args.method(t, "lower", (args, kw) -> {
                Args.methodCount(tn + ".lower", args, kw, 0, 0);
                byte[] b = self(args, "lower").clone();
                for (int i = 0; i < b.length; i++) {
                    if (b[i] >= 'A' && b[i] <= 'Z') {
                        b[i] += 32;
                    }
                }
                return wrap(args, b);
            });
            // ASCII case changes of CPython's bytes/bytearray (other bytes stay as they are)
            Args.method(t, "swapcase", (args, kw) -> {
                byte[] b = self(args, "swapcase").clone();
                for (int i = 0; i < b.length; i++) {
                    if (b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z') {
                        b[i] ^= 32;
                    }
                }
                return wrap(args, b);
            });
            Args.method(t, "capitalize", (args, kw) -> {
                byte[] b = self(args, "capitalize").clone();
                for (int i = 0; i < b.length; i++) {
                    if (i == 0 && b[i] >= 'a' && b[i] <= 'z') {
                        b[i] -= 32;
                    } else if (i > 0 && b[i] >= 'A' && b[i] <= 'Z') {
                        b[i] += 32;
                    }
                }
                return wrap(args, b);
            });
            Args.method(t, "title", (args, kw) -> {
                byte[] b = self(args, "title").clone();
                boolean previousCased = false;
                for (int i = 0; i < b.length; i++) {
                    boolean lower = b[i] >= 'a' && b[i] <= 'z', upper = b[i] >= 'A' && b[i] <= 'Z';
                    if (lower && !previousCased) {
                        b[i] -= 32;
                    } else if (upper && previousCased) {
                        b[i] += 32;
                    }
                    previousCased = lower || upper;
                }
                return wrap(args, b);
            });
            for (String name : new String[]{"partition", "rpartition"}) {
                Args.method(t, name, (args, kw) -> {
                    Args.methodCount(name, args, kw, 1, 1);
                    byte[] b = self(args, name);
                    byte[] sep = arg(args[1]);
                    if (sep.length == 0) {
                        throw PyErrors.valueError(null, "empty separator");
                    }
                    boolean rev = name.equals("rpartition");
                    int at = rev ? PyBytes.rfind(b, sep, 0, b.length) : PyBytes.find(b, sep, 0, b.length);
                    if (at < 0) {
                        return rev ? PyTuple.of(wrap(args, new byte[0]), wrap(args, new byte[0]), wrap(args, b.clone()))
                                        : PyTuple.of(wrap(args, b.clone()), wrap(args, new byte[0]), wrap(args, new byte[0]));
                    }
                    return PyTuple.of(wrap(args, java.util.Arrays.copyOfRange(b, 0, at)), wrap(args, sep.clone()), wrap(args, java.util.Arrays.copyOfRange(b, at + sep.length, b.length)));
                });
            }
            Args.method(t, "isdigit", (args, kw) -> {
                Args.methodCount(tn + ".isdigit", args, kw, 0, 0);
                return isAll(self(args, "isdigit"), c -> c >= '0' && c <= '9');
            });
            Args.method(t, "isalpha", (args, kw) -> {
                Args.methodCount(tn + ".isalpha", args, kw, 0, 0);
                return isAll(self(args, "isalpha"), c -> (c | 32) >= 'a' && (c | 32) <= 'z');
            });
            Args.method(t, "isspace", (args, kw) -> {
                Args.methodCount(tn + ".isspace", args, kw, 0, 0);
                return isAll(self(args, "isspace"), BytesBuiltins::isSpace);
            });
            Args.method(t, "isalnum", (args, kw) -> {
                Args.methodCount(tn + ".isalnum", args, kw, 0, 0);
                return isAll(self(args, "isalnum"), c -> (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'));
            });
            installCaseMethods(t, tn);
        }
        PyType t = PyByteArray.TYPE;
        Args.method(t, "append", (args, kw) -> {
            Args.methodCount("bytearray.append", args, kw, 1, 1);
            ((PyByteArray) args[0]).append(BuiltinTypeOps.byteValue(args[1], null));
            return PyNone.NONE;
        });
        Args.method(t, "extend", (args, kw) -> {
            Args.methodCount("bytearray.extend", args, kw, 1, 1);
            byte[] b = BuiltinTypeOps.bytesOf(args[1]);
            if (b == null) {
                b = fromIterable(args[1]);
            }
            for (byte x : b) {
                ((PyByteArray) args[0]).append(x & 0xff);
            }
            return PyNone.NONE;
        });
        Args.method(t, "pop", (args, kw) -> {
            Args.methodCount("bytearray.pop", args, kw, 0, 1);
            PyByteArray a = (PyByteArray) args[0];
            if (a.size() == 0) {
                throw PyErrors.indexError(null, "pop from empty bytearray");
            }
            long i = args.length > 1 ? Args.index(args[1]) : -1;
            if (i < 0) {
                i += a.size();
            }
            if (i < 0 || i >= a.size()) {
                throw PyErrors.indexError(null, "pop index out of range");
            }
            return (long) a.removeAt((int) i);
        });
        Args.method(t, "insert", (args, kw) -> {
            Args.methodCount("bytearray.insert", args, kw, 2, 2);
            PyByteArray a = (PyByteArray) args[0];
            long i = Args.index(args[1]);
            int v = BuiltinTypeOps.byteValue(args[2], null);
            if (i < 0) {
                i = Math.max(0, i + a.size());
            }
            a.insert((int) Math.min(i, a.size()), v);
            return PyNone.NONE;
        });
        Args.method(t, "remove", (args, kw) -> {
            Args.methodCount("bytearray.remove", args, kw, 1, 1);
            PyByteArray a = (PyByteArray) args[0];
            int v = BuiltinTypeOps.byteValue(args[1], null);
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) == v) {
                    a.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError(null, "value not found in bytearray");
        });
        Args.method(t, "clear", (args, kw) -> {
            ((PyByteArray) args[0]).setAll(new byte[0]);
            return PyNone.NONE;
        });
        Args.method(t, "copy", (args, kw) -> new PyByteArray(((PyByteArray) args[0]).bytes()));
        Args.method(t, "reverse", (args, kw) -> {
            PyByteArray a = (PyByteArray) args[0];
            byte[] b = a.bytes();
            NumberBuiltins.reverse(b);
            a.setAll(b);
            return PyNone.NONE;
        });
    }

    private interface ByteTest {
        boolean test(int c);
    }

    private static boolean isAll(byte[] b, ByteTest t) {
        if (b.length == 0) {
            return false;
        }
        for (byte x : b) {
            if (!t.test(x & 0xff)) {
                return false;
            }
        }
        return true;
    }

    static int[] range(int n, Object[] args, int from) {
        long start = 0, end = n;
        if (args.length > from && !(args[from] instanceof PyNone)) {
            start = StrBuiltins.sliceIndex(args[from]);
        }
        if (args.length > from + 1 && !(args[from + 1] instanceof PyNone)) {
            end = StrBuiltins.sliceIndex(args[from + 1]);
        }
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        end = Math.min(end, n);
        if (start > n || start > end) {
            return null;
        }
        return new int[]{(int) start, (int) end};
    }

    /** {@code bytes.decode}: the codecs of {@code _codecs} (built-in ones in Java, others through the registry). */
    static String decode(byte[] b, String encoding, String errors) {
        return org.bytepy.modules.CodecsModule.decode(b, encoding, errors);
    }

    private static Object strip(Object[] args, PyDict kw, boolean left, boolean right) {
        Args.methodCount("strip", args, kw, 0, 1);
        byte[] b = self(args, "strip");
        byte[] chars = args.length > 1 && !(args[1] instanceof PyNone) ? arg(args[1]) : null;
        int start = 0, end = b.length;
        while (left && start < end && stripChar(b[start], chars)) {
            start++;
        }
        while (right && end > start && stripChar(b[end - 1], chars)) {
            end--;
        }
        if (start == 0 && end == b.length && args[0] instanceof byte[]) {
            return args[0];
        }
        return wrap(args, java.util.Arrays.copyOfRange(b, start, end));
    }

    private static boolean stripChar(byte c, byte[] chars) {
        if (chars == null) {
            return isSpace(c & 0xff);
        }
        for (byte x : chars) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    private static Object split(Object[] args, PyDict kw, boolean reverse) {
        Args.onlyKeywords("split", kw, "sep", "maxsplit");
        byte[] b = self(args, "split");
        Object sepObj = args.length > 1 ? args[1] : Args.kw(kw, "sep");
        Object maxObj = args.length > 2 ? args[2] : Args.kw(kw, "maxsplit");
        long max = maxObj == null ? -1 : Args.index(maxObj);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<Object> out = new ArrayList<>();
        int n = b.length;
        if (sepObj == null || sepObj instanceof PyNone) {
            if (!reverse) {
                int i = 0;
                while (true) {
                    while (i < n && isSpace(b[i] & 0xff)) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (out.size() >= max) {
                        out.add(wrap(args, java.util.Arrays.copyOfRange(b, i, n)));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(b[j] & 0xff)) {
                        j++;
                    }
                    out.add(wrap(args, java.util.Arrays.copyOfRange(b, i, j)));
                    i = j;
                }
            } else {
                int i = n;
                while (true) {
                    while (i > 0 && isSpace(b[i - 1] & 0xff)) {
                        i--;
                    }
                    if (i <= 0) {
                        break;
                    }
                    if (out.size() >= max) {
                        out.add(wrap(args, java.util.Arrays.copyOfRange(b, 0, i)));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(b[j - 1] & 0xff)) {
                        j--;
                    }
                    out.add(wrap(args, java.util.Arrays.copyOfRange(b, j, i)));
                    i = j;
                }
                java.util.Collections.reverse(out);
            }
        } else {
            byte[] sep = arg(sepObj);
            if (sep.length == 0) {
                throw PyErrors.valueError(null, "empty separator");
            }
            if (!reverse) {
                int pos = 0;
                while (out.size() < max) {
                    int at = PyBytes.find(b, sep, pos, n);
                    if (at < 0) {
                        break;
                    }
                    out.add(wrap(args, java.util.Arrays.copyOfRange(b, pos, at)));
                    pos = at + sep.length;
                }
                out.add(wrap(args, java.util.Arrays.copyOfRange(b, pos, n)));
            } else {
                int end = n;
                while (out.size() < max) {
                    int at = PyBytes.rfind(b, sep, 0, end);
                    if (at < 0) {
                        break;
                    }
                    out.add(wrap(args, java.util.Arrays.copyOfRange(b, at + sep.length, end)));
                    end = at;
                }
                out.add(wrap(args, java.util.Arrays.copyOfRange(b, 0, end)));
                java.util.Collections.reverse(out);
            }
        }
        return new PyList(out.toArray());
    }
}
