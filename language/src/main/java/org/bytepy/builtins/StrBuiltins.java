package org.bytepy.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;

/** The methods of {@code str}. */
public final class StrBuiltins {
    private StrBuiltins() {
    }

    private static void m(String name, org.bytepy.runtime.PyBuiltinFunction.Body body) {
        Args.method(PyTypes.STR, name, body);
    }

    static void install() {
        m("join", (args, kw) -> {
            Args.methodCount("str.join", args, kw, 1, 1);
            String sep = self(args);
            StringBuilder sb = new StringBuilder();
            Object[] items;
            try {
                items = PyObjects.toArray(args[1], null);
            } catch (PyException e) {
                if (e.getType() == PyTypes.TYPE_ERROR) {
                    throw PyErrors.typeError(null, "can only join an iterable");
                }
                throw e;
            }
            for (int i = 0; i < items.length; i++) {
                if (items[i] instanceof org.bytepy.runtime.PyObject po && po.nativeValue instanceof String ns) {
                    items[i] = ns; // an instance of a subclass of str
                }
                if (!(items[i] instanceof String s)) {
                    throw PyErrors.typeError(null, "sequence item %d: expected str instance, %s found", i, PyObjects.typeName(items[i]));
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(s);
            }
            return sb.toString();
        });
        m("upper", (args, kw) -> {
            Args.methodCount("str.upper", args, kw, 0, 0);
            return self(args).toUpperCase(Locale.ROOT);
        });
        m("lower", (args, kw) -> {
            Args.methodCount("str.lower", args, kw, 0, 0);
            return self(args).toLowerCase(Locale.ROOT);
        });
        m("casefold", (args, kw) -> {
            Args.methodCount("str.casefold", args, kw, 0, 0);
            return self(args).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        });
        m("swapcase", (args, kw) -> {
            Args.methodCount("str.swapcase", args, kw, 0, 0);
            StringBuilder sb = new StringBuilder();
            self(args).codePoints().forEach(c -> {
                if (Character.isUpperCase(c)) {
                    sb.append(Character.toString(c).toLowerCase(Locale.ROOT));
                } else if (Character.isLowerCase(c)) {
                    sb.append(Character.toString(c).toUpperCase(Locale.ROOT));
                } else {
                    sb.appendCodePoint(c);
                }
            });
            return sb.toString();
        });
        m("title", (args, kw) -> {
            Args.methodCount("str.title", args, kw, 0, 0);
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            for (int c : self(args).codePoints().toArray()) {
                if (prevCased) {
                    sb.append(Character.toString(c).toLowerCase(Locale.ROOT));
                } else {
                    sb.appendCodePoint(Character.toTitleCase(c));
                }
                prevCased = isCased(c);
            }
            return sb.toString();
        });
        m("capitalize", (args, kw) -> {
            Args.methodCount("str.capitalize", args, kw, 0, 0);
            String s = self(args);
            if (s.isEmpty()) {
                return s;
            }
            int c = s.codePointAt(0);
            return new StringBuilder().appendCodePoint(Character.toTitleCase(c)).append(s.substring(Character.charCount(c)).toLowerCase(Locale.ROOT)).toString();
        });
        m("strip", (args, kw) -> strip(args, kw, true, true, "strip"));
        m("lstrip", (args, kw) -> strip(args, kw, true, false, "lstrip"));
        m("rstrip", (args, kw) -> strip(args, kw, false, true, "rstrip"));
        m("split", (args, kw) -> split(args, kw, false));
        m("rsplit", (args, kw) -> split(args, kw, true));
        m("splitlines", (args, kw) -> {
            Args.onlyKeywords("splitlines", kw, "keepends");
            String s = self(args);
            Object ke = args.length > 1 ? args[1] : Args.kw(kw, "keepends");
            boolean keep = ke != null && PyObjects.isTrue(ke);
            List<Object> out = new ArrayList<>();
            int i = 0, n = s.length(), start = 0;
            while (i < n) {
                char c = s.charAt(i);
                int eol = -1;
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    eol = i + 2;
                } else if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029) {
                    eol = i + 1;
                }
                if (eol >= 0) {
                    out.add(s.substring(start, keep ? eol : i));
                    start = i = eol;
                } else {
                    i++;
                }
            }
            if (start < n) {
                out.add(s.substring(start));
            }
            return new PyList(out.toArray());
        });
        m("replace", (args, kw) -> {
            Args.methodCount("replace", args, kw, 2, 3);
            String s = self(args);
            String old = argStr(args[1], "replace", 1);
            String rep = argStr(args[2], "replace", 2);
            long count = args.length > 3 ? Args.index(args[3]) : -1;
            if (count < 0) {
                count = Long.MAX_VALUE;
            }
            StringBuilder sb = new StringBuilder();
            if (old.isEmpty()) {
                int[] cps = s.codePoints().toArray();
                long n = 0;
                for (int i = 0; i <= cps.length; i++) {
                    if (n < count) {
                        sb.append(rep);
                        n++;
                    }
                    if (i < cps.length) {
                        sb.appendCodePoint(cps[i]);
                    }
                }
                return sb.toString();
            }
            int pos = 0;
            for (long n = 0; n < count; n++) {
                int at = s.indexOf(old, pos);
                if (at < 0) {
                    break;
                }
                sb.append(s, pos, at).append(rep);
                pos = at + old.length();
            }
            sb.append(s, pos, s.length());
            return sb.toString();
        });
        m("startswith", (args, kw) -> affixMethod(args, kw, true));
        m("endswith", (args, kw) -> affixMethod(args, kw, false));
        m("find", (args, kw) -> find(args, kw, "find", false, false));
        m("rfind", (args, kw) -> find(args, kw, "rfind", true, false));
        m("index", (args, kw) -> find(args, kw, "index", false, true));
        m("rindex", (args, kw) -> find(args, kw, "rindex", true, true));
        m("count", (args, kw) -> {
            Args.methodCount("count", args, kw, 1, 3);
            String s = self(args), sub = argStr(args[1], "count", 1);
            int[] r = range(s, args, 2);
            if (r == null || r.length == 3) {
                return 0L;
            }
            String t = s.substring(r[0], r[1]);
            if (sub.isEmpty()) {
                return (long) t.codePointCount(0, t.length()) + 1;
            }
            long c = 0;
            for (int i = t.indexOf(sub); i >= 0; i = t.indexOf(sub, i + sub.length())) {
                c++;
            }
            return c;
        });
        m("partition", (args, kw) -> partition(args, kw, false));
        m("rpartition", (args, kw) -> partition(args, kw, true));
        m("removeprefix", (args, kw) -> {
            Args.methodCount("str.removeprefix", args, kw, 1, 1);
            String s = self(args), p = argStr(args[1], "removeprefix", 1);
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        m("removesuffix", (args, kw) -> {
            Args.methodCount("str.removesuffix", args, kw, 1, 1);
            String s = self(args), p = argStr(args[1], "removesuffix", 1);
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        });
        m("center", (args, kw) -> pad(args, kw, "center"));
        m("ljust", (args, kw) -> pad(args, kw, "ljust"));
        m("rjust", (args, kw) -> pad(args, kw, "rjust"));
        m("zfill", (args, kw) -> {
            Args.methodCount("str.zfill", args, kw, 1, 1);
            String s = self(args);
            long width = Args.index(args[1]);
            int len = s.codePointCount(0, s.length());
            if (width <= len) {
                return s;
            }
            String zeros = "0".repeat((int) (width - len));
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                return s.charAt(0) + zeros + s.substring(1);
            }
            return zeros + s;
        });
        m("expandtabs", (args, kw) -> {
            Args.onlyKeywords("expandtabs", kw, "tabsize");
            String s = self(args);
            Object ts = args.length > 1 ? args[1] : Args.kw(kw, "tabsize");
            long tab = ts == null ? 8 : Args.index(ts);
            StringBuilder sb = new StringBuilder();
            long col = 0;
            for (int c : s.codePoints().toArray()) {
                if (c == '\t') {
                    if (tab > 0) {
                        long n = tab - col % tab;
                        sb.append(" ".repeat((int) n));
                        col += n;
                    }
                } else {
                    sb.appendCodePoint(c);
                    col = (c == '\n' || c == '\r') ? 0 : col + 1;
                }
            }
            return sb.toString();
        });
        m("isdigit", (args, kw) -> test(args, kw, "isdigit", StrBuiltins::isDigit));
        m("isdecimal", (args, kw) -> test(args, kw, "isdecimal", c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER));
        m("isnumeric", (args, kw) -> test(args, kw, "isnumeric", StrBuiltins::isNumeric));
        m("isalpha", (args, kw) -> test(args, kw, "isalpha", Character::isLetter));
        m("isalnum", (args, kw) -> test(args, kw, "isalnum", c -> Character.isLetter(c) || isNumeric(c)));
        m("isspace", (args, kw) -> test(args, kw, "isspace", StrBuiltins::isSpace));
        m("isascii", (args, kw) -> {
            Args.methodCount("str.isascii", args, kw, 0, 0);
            return self(args).chars().allMatch(c -> c < 0x80);
        });
        m("isprintable", (args, kw) -> {
            Args.methodCount("str.isprintable", args, kw, 0, 0);
            return self(args).codePoints().allMatch(PyObjects::isPrintable);
        });
        m("islower", (args, kw) -> {
            Args.methodCount("str.islower", args, kw, 0, 0);
            String s = self(args);
            return s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
        });
        m("isupper", (args, kw) -> {
            Args.methodCount("str.isupper", args, kw, 0, 0);
            String s = self(args);
            return s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(c -> Character.isLowerCase(c) || Character.isTitleCase(c));
        });
        m("istitle", (args, kw) -> {
            Args.methodCount("str.istitle", args, kw, 0, 0);
            boolean prevCased = false, any = false;
            for (int c : self(args).codePoints().toArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (prevCased) {
                        return false;
                    }
                    prevCased = true;
                    any = true;
                } else if (Character.isLowerCase(c)) {
                    if (!prevCased) {
                        return false;
                    }
                    prevCased = true;
                    any = true;
                } else {
                    prevCased = false;
                }
            }
            return any;
        });
        m("isidentifier", (args, kw) -> {
            Args.methodCount("str.isidentifier", args, kw, 0, 0);
            return isIdentifier(self(args));
        });
        m("encode", (args, kw) -> {
            Args.onlyKeywords("encode", kw, "encoding", "errors");
            String s = self(args);
            Object enc = args.length > 1 ? args[1] : Args.kw(kw, "encoding");
            Object err = args.length > 2 ? args[2] : Args.kw(kw, "errors");
            return encode(s, enc == null ? "utf-8" : argStr(enc, "encode", 1), err == null ? "strict" : argStr(err, "encode", 2));
        });
        m("format", (args, kw) -> StrFormatter.format(self(args), java.util.Arrays.copyOfRange(args, 1, args.length), kw));
        m("format_map", (args, kw) -> {
            Args.methodCount("str.format_map", args, kw, 1, 1);
            return StrFormatter.formatMap(self(args), args[1]);
        });
        m("__format__", (args, kw) -> {
            Args.methodCount("str.__format__", args, kw, 1, 1);
            return org.bytepy.runtime.PyFormat.format(self(args), argStr(args[1], "__format__", 1), null);
        });
        m("translate", (args, kw) -> {
            Args.methodCount("str.translate", args, kw, 1, 1);
            StringBuilder sb = new StringBuilder();
            for (int c : self(args).codePoints().toArray()) {
                Object v;
                try {
                    v = PyObjects.getItem(args[1], (long) c, null);
                } catch (PyException e) {
                    if (e.getType().isSubtypeOf(PyTypes.LOOKUP_ERROR)) {
                        sb.appendCodePoint(c);
                        continue;
                    }
                    throw e;
                }
                if (v instanceof PyNone) {
                    continue;
                } else if (v instanceof String t) {
                    sb.append(t);
                } else if (PyNumber.isInt(v)) {
                    long x = PyNumber.asLong(v);
                    if (x < 0 || x > 0x10ffff) {
                        throw PyErrors.valueError(null, "character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint((int) x);
                } else {
                    throw PyErrors.typeError(null, "character mapping must return integer, None or str");
                }
            }
            return sb.toString();
        });
        PyTypes.STR.getDict().put("maketrans", new org.bytepy.runtime.PyBuiltinFunction("maketrans", null, (args, kw) -> {
            Args.count("maketrans", args, kw, 1, 3);
            PyDict d = new PyDict();
            if (args.length == 1) {
                if (!(args[0] instanceof PyDict src)) {
                    throw PyErrors.typeError(null, "if you give only one argument to maketrans it must be a dict");
                }
                for (PyDict.Entry e : src.entries()) {
                    if (e.key instanceof String k) {
                        if (k.codePointCount(0, k.length()) != 1) {
                            throw PyErrors.valueError(null, "string keys in translate table must be of length 1");
                        }
                        d.put((long) k.codePointAt(0), e.value);
                    } else if (PyNumber.isInt(e.key)) {
                        d.put(e.key, e.value);
                    } else {
                        throw PyErrors.typeError(null, "keys in translate table must be strings or integers");
                    }
                }
                return d;
            }
            String x = argStr(args[0], "maketrans", 1), y = argStr(args[1], "maketrans", 2);
            int[] xs = x.codePoints().toArray(), ys = y.codePoints().toArray();
            if (xs.length != ys.length) {
                throw PyErrors.valueError(null, "the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < xs.length; i++) {
                d.put((long) xs[i], (long) ys[i]);
            }
            if (args.length > 2) {
                for (int c : argStr(args[2], "maketrans", 3).codePoints().toArray()) {
                    d.put((long) c, PyNone.NONE);
                }
            }
            return d;
        }));
    }

    // ------------------------------------------------------------------ helpers

    static String self(Object[] args) {
        if (args.length == 0 || !(args[0] instanceof String s)) {
            throw PyErrors.typeError(null, "descriptor requires a 'str' object");
        }
        return s;
    }

    static String argStr(Object o, String fname, int n) {
        if (o instanceof String s) {
            return s;
        }
        String type = PyObjects.typeName(o);
        switch (fname) {
            case "count", "find", "index", "rfind", "rindex", "partition", "rpartition":
                throw PyErrors.typeError(null, "must be str, not %s", type);
            case "split", "rsplit":
                throw PyErrors.typeError(null, "must be str or None, not %s", type);
            case "removeprefix", "removesuffix":
                throw PyErrors.typeError(null, "%s() argument must be str, not %s", fname, type);
            case "center", "ljust", "rjust":
                if (n == 2) {
                    throw PyErrors.typeError(null, "The fill character must be a unicode character, not %s", type);
                }
                break;
            case "encode":
                throw PyErrors.typeError(null, "encode() argument '%s' must be str, not %s", n == 1 ? "encoding" : "errors", type);
            default:
                break;
        }
        throw PyErrors.typeError(null, "%s() argument %d must be str, not %s", fname, n, type);
    }

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || (c > 0xff && Character.isSpaceChar(c));
    }

    static boolean isDigit(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        if (t == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(c);
            return v >= 0 && v <= 9 && !(c >= 0x2460 && c <= 0x24ff && c != 0x24ea && !(c >= 0x2474 && c <= 0x249b)) || c == 0x24ea;
        }
        return false;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                        || "〇一二三四五六七八九十百千万億兆零".indexOf(c) >= 0;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    private interface CpTest {
        boolean test(int c);
    }

    private static Object test(Object[] args, PyDict kw, String name, CpTest t) {
        Args.methodCount("str." + name, args, kw, 0, 0);
        String s = self(args);
        if (s.isEmpty()) {
            return false;
        }
        for (int c : s.codePoints().toArray()) {
            if (!t.test(c)) {
                return false;
            }
        }
        return true;
    }

    /** Normalizes optional start/end (args[from], args[from+1]) to char offsets; null when empty range is impossible. */
    static int[] range(String s, Object[] args, int from) {
        int n = s.codePointCount(0, s.length());
        long start = 0, end = n;
        if (args.length > from && !(args[from] instanceof PyNone)) {
            start = sliceIndex(args[from]);
        }
        if (args.length > from + 1 && !(args[from + 1] instanceof PyNone)) {
            end = sliceIndex(args[from + 1]);
        }
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        end = Math.min(end, n);
        if (start > n) {
            return null;
        }
        if (start > end) {
            return new int[]{cpToChar(s, (int) start), cpToChar(s, (int) start), -1};
        }
        return new int[]{cpToChar(s, (int) start), cpToChar(s, (int) end)};
    }

    static long sliceIndex(Object o) {
        if (PyNumber.isInt(o)) {
            if (PyNumber.fitsLong(o)) {
                return PyNumber.asLong(o);
            }
            return PyNumber.toBig(o).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        throw PyErrors.typeError(null, "slice indices must be integers or None or have an __index__ method");
    }

    static int cpToChar(String s, int cp) {
        return s.length() == s.codePointCount(0, s.length()) ? cp : s.offsetByCodePoints(0, cp);
    }

    static long charToCp(String s, int ch) {
        return s.codePointCount(0, ch);
    }

    private static Object find(Object[] args, PyDict kw, String name, boolean reverse, boolean raise) {
        Args.methodCount(name, args, kw, 1, 3);
        String s = self(args);
        String sub = argStr(args[1], name, 1);
        int[] r = range(s, args, 2);
        int at = -1;
        if (r != null && !(r.length == 3 && !sub.isEmpty()) && (r.length != 3 || sub.isEmpty())) {
            if (r.length == 3) {
                at = -1;
            } else if (reverse) {
                at = s.lastIndexOf(sub, r[1] - sub.length());
                if (at < r[0]) {
                    at = -1;
                }
            } else {
                at = s.indexOf(sub, r[0]);
                if (at + sub.length() > r[1]) {
                    at = -1;
                }
            }
        }
        if (at < 0) {
            if (raise) {
                throw PyErrors.valueError(null, "substring not found");
            }
            return -1L;
        }
        return charToCp(s, at);
    }

    private static Object affixMethod(Object[] args, PyDict kw, boolean prefix) {
        String name = prefix ? "startswith" : "endswith";
        Args.methodCount(name, args, kw, 1, 3);
        String s = self(args);
        int[] r = range(s, args, 2);
        if (r == null) {
            return false;
        }
        String t = s.substring(r[0], r[1]);
        boolean emptyRange = r.length == 3;
        Object arg = args[1];
        if (arg instanceof PyTuple tup) {
            for (Object o : tup.items()) {
                if (!(o instanceof String a)) {
                    throw PyErrors.typeError(null, "tuple for %s must only contain str, not %s", name, PyObjects.typeName(o));
                }
                if (affix(t, a, prefix, emptyRange)) {
                    return true;
                }
            }
            return false;
        }
        if (!(arg instanceof String a)) {
            throw PyErrors.typeError(null, "%s first arg must be str or a tuple of str, not %s", name, PyObjects.typeName(arg));
        }
        return affix(t, a, prefix, emptyRange);
    }

    private static boolean affix(String t, String a, boolean prefix, boolean emptyRange) {
        if (emptyRange) {
            return false;
        }
        return prefix ? t.startsWith(a) : t.endsWith(a);
    }

    private static Object partition(Object[] args, PyDict kw, boolean reverse) {
        Args.methodCount(reverse ? "str.rpartition" : "str.partition", args, kw, 1, 1);
        String s = self(args);
        String sep = argStr(args[1], reverse ? "rpartition" : "partition", 1);
        if (sep.isEmpty()) {
            throw PyErrors.valueError(null, "empty separator");
        }
        int at = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            return reverse ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, at), sep, s.substring(at + sep.length()));
    }

    private static Object pad(Object[] args, PyDict kw, String name) {
        Args.methodCount(name, args, kw, 1, 2);
        String s = self(args);
        long width = Args.index(args[1]);
        String fill = " ";
        if (args.length > 2) {
            if (!(args[2] instanceof String f) || f.codePointCount(0, f.length()) != 1) {
                if (args[2] instanceof String) {
                    throw PyErrors.typeError(null, "The fill character must be exactly one character long");
                }
                throw PyErrors.typeError(null, "The fill character must be a unicode character, not %s", PyObjects.typeName(args[2]));
            }
            fill = f;
        }
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        int total = (int) (width - len);
        int left;
        switch (name) {
            case "ljust":
                left = 0;
                break;
            case "rjust":
                left = total;
                break;
            default:
                left = total / 2 + (total & (int) width & 1);
        }
        return fill.repeat(left) + s + fill.repeat(total - left);
    }

    private static Object strip(Object[] args, PyDict kw, boolean left, boolean right, String name) {
        Args.methodCount("str." + name, args, kw, 0, 1);
        String s = self(args);
        String chars = null;
        if (args.length > 1 && !(args[1] instanceof PyNone)) {
            if (!(args[1] instanceof String c)) {
                throw PyErrors.typeError(null, "%s arg must be None or str", name);
            }
            chars = c;
        }
        int[] cps = s.codePoints().toArray();
        int start = 0, end = cps.length;
        if (left) {
            while (start < end && (chars == null ? isSpace(cps[start]) : chars.indexOf(cps[start]) >= 0)) {
                start++;
            }
        }
        if (right) {
            while (end > start && (chars == null ? isSpace(cps[end - 1]) : chars.indexOf(cps[end - 1]) >= 0)) {
                end--;
            }
        }
        if (start == 0 && end == cps.length) {
            return s;
        }
        return new String(cps, start, end - start);
    }

    private static Object split(Object[] args, PyDict kw, boolean reverse) {
        String name = reverse ? "rsplit" : "split";
        Args.onlyKeywords(name, kw, "sep", "maxsplit");
        if (args.length > 3) {
            throw PyErrors.typeError(null, "%s() takes at most 2 arguments (%d given)", name, args.length - 1);
        }
        String s = self(args);
        Object sepObj = args.length > 1 ? args[1] : Args.kw(kw, "sep");
        Object maxObj = args.length > 2 ? args[2] : Args.kw(kw, "maxsplit");
        long max = maxObj == null ? -1 : Args.index(maxObj);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<Object> out = new ArrayList<>();
        if (sepObj == null || sepObj instanceof PyNone) {
            int[] c = s.codePoints().toArray();
            int n = c.length;
            if (!reverse) {
                int i = 0;
                while (true) {
                    while (i < n && isSpace(c[i])) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (out.size() >= max) {
                        out.add(new String(c, i, n - i));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(c[j])) {
                        j++;
                    }
                    out.add(new String(c, i, j - i));
                    i = j;
                }
            } else {
                int i = n;
                while (true) {
                    while (i > 0 && isSpace(c[i - 1])) {
                        i--;
                    }
                    if (i <= 0) {
                        break;
                    }
                    if (out.size() >= max) {
                        out.add(new String(c, 0, i));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(c[j - 1])) {
                        j--;
                    }
                    out.add(new String(c, j, i - j));
                    i = j;
                }
                java.util.Collections.reverse(out);
            }
        } else {
            String sep = argStr(sepObj, name, 1);
            if (sep.isEmpty()) {
                throw PyErrors.valueError(null, "empty separator");
            }
            if (!reverse) {
                int pos = 0;
                while (out.size() < max) {
                    int at = s.indexOf(sep, pos);
                    if (at < 0) {
                        break;
                    }
                    out.add(s.substring(pos, at));
                    pos = at + sep.length();
                }
                out.add(s.substring(pos));
            } else {
                int end = s.length();
                while (out.size() < max) {
                    int at = s.lastIndexOf(sep, end - sep.length());
                    if (at < 0) {
                        break;
                    }
                    out.add(s.substring(at + sep.length(), end));
                    end = at;
                }
                out.add(s.substring(0, end));
                java.util.Collections.reverse(out);
            }
        }
        return new PyList(out.toArray());
    }

    /** {@code str.encode}: the codecs of {@code _codecs} (built-in ones in Java, others through the registry). */
    static byte[] encode(String s, String encoding, String errors) {
        return org.bytepy.modules.CodecsModule.encode(s, encoding, errors);
    }

    static PyException keyError(Object key) {
        return new PyException(new PyBaseException(PyTypes.KEY_ERROR, PyTuple.of(key)), null);
    }
}
