package org.bytepy.builtins;

import java.util.ArrayList;
import java.util.List;

import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTypes;

/** The methods of {@code str}. */
public final class StrBuiltins {
    private StrBuiltins() {
    }

    static void install() {
        Args.method(PyTypes.STR, "join", (args, kw) -> {
            Args.methodCount("str.join", args, kw, 1, 1);
            String sep = self(args);
            StringBuilder sb = new StringBuilder();
            Object[] items = PyObjects.toArray(args[1], null);
            for (int i = 0; i < items.length; i++) {
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
        Args.method(PyTypes.STR, "upper", (args, kw) -> {
            Args.methodCount("str.upper", args, kw, 0, 0);
            return self(args).toUpperCase(java.util.Locale.ROOT);
        });
        Args.method(PyTypes.STR, "lower", (args, kw) -> {
            Args.methodCount("str.lower", args, kw, 0, 0);
            return self(args).toLowerCase(java.util.Locale.ROOT);
        });
        Args.method(PyTypes.STR, "strip", (args, kw) -> strip(args, kw, true, true));
        Args.method(PyTypes.STR, "lstrip", (args, kw) -> strip(args, kw, true, false));
        Args.method(PyTypes.STR, "rstrip", (args, kw) -> strip(args, kw, false, true));
        Args.method(PyTypes.STR, "split", (args, kw) -> split(args, kw));
        Args.method(PyTypes.STR, "replace", (args, kw) -> {
            Args.methodCount("replace", args, kw, 2, 3);
            String s = self(args);
            String old = Args.str(args[1], "replace");
            String rep = Args.str(args[2], "replace");
            long count = args.length > 3 ? Args.index(args[3]) : -1;
            if (count < 0) {
                return s.replace(old, rep);
            }
            StringBuilder sb = new StringBuilder();
            int pos = 0;
            for (long n = 0; n < count; n++) {
                int at = old.isEmpty() ? (pos <= s.length() ? pos : -1) : s.indexOf(old, pos);
                if (at < 0 || (old.isEmpty() && at > s.length())) {
                    break;
                }
                sb.append(s, pos, at).append(rep);
                if (old.isEmpty()) {
                    if (at < s.length()) {
                        sb.append(s.charAt(at));
                    }
                    pos = at + 1;
                } else {
                    pos = at + old.length();
                }
            }
            if (pos <= s.length()) {
                sb.append(s.substring(Math.min(pos, s.length())));
            }
            return sb.toString();
        });
        Args.method(PyTypes.STR, "startswith", (args, kw) -> {
            Args.methodCount("startswith", args, kw, 1, 1);
            return affix(self(args), args[1], true);
        });
        Args.method(PyTypes.STR, "endswith", (args, kw) -> {
            Args.methodCount("endswith", args, kw, 1, 1);
            return affix(self(args), args[1], false);
        });
        Args.method(PyTypes.STR, "find", (args, kw) -> {
            Args.methodCount("find", args, kw, 1, 1);
            return (long) self(args).indexOf(Args.str(args[1], "find"));
        });
        Args.method(PyTypes.STR, "count", (args, kw) -> {
            Args.methodCount("count", args, kw, 1, 1);
            String s = self(args), sub = Args.str(args[1], "count");
            if (sub.isEmpty()) {
                return (long) s.length() + 1;
            }
            long c = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                c++;
            }
            return c;
        });
        Args.method(PyTypes.STR, "isdigit", (args, kw) -> {
            String s = self(args);
            return !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
        });
        Args.method(PyTypes.STR, "isalpha", (args, kw) -> {
            String s = self(args);
            return !s.isEmpty() && s.codePoints().allMatch(Character::isLetter);
        });
        Args.method(PyTypes.STR, "isspace", (args, kw) -> {
            String s = self(args);
            return !s.isEmpty() && s.codePoints().allMatch(Character::isWhitespace);
        });
    }

    static String self(Object[] args) {
        if (args.length == 0 || !(args[0] instanceof String s)) {
            throw PyErrors.typeError(null, "descriptor requires a 'str' object");
        }
        return s;
    }

    private static boolean affix(String s, Object arg, boolean prefix) {
        if (arg instanceof org.bytepy.runtime.PyTuple t) {
            for (Object o : t.items()) {
                if (affix(s, o, prefix)) {
                    return true;
                }
            }
            return false;
        }
        String a = Args.str(arg, prefix ? "startswith" : "endswith");
        return prefix ? s.startsWith(a) : s.endsWith(a);
    }

    private static Object strip(Object[] args, PyDict kw, boolean left, boolean right) {
        Args.methodCount("strip", args, kw, 0, 1);
        String s = self(args);
        String chars = args.length > 1 && !(args[1] instanceof PyNone) ? Args.str(args[1], "strip") : null;
        int start = 0, end = s.length();
        if (left) {
            while (start < end && (chars == null ? Character.isWhitespace(s.charAt(start)) : chars.indexOf(s.charAt(start)) >= 0)) {
                start++;
            }
        }
        if (right) {
            while (end > start && (chars == null ? Character.isWhitespace(s.charAt(end - 1)) : chars.indexOf(s.charAt(end - 1)) >= 0)) {
                end--;
            }
        }
        return s.substring(start, end);
    }

    private static Object split(Object[] args, PyDict kw) {
        Args.onlyKeywords("split", kw, "sep", "maxsplit");
        String s = self(args);
        Object sepObj = args.length > 1 ? args[1] : Args.kw(kw, "sep");
        Object maxObj = args.length > 2 ? args[2] : Args.kw(kw, "maxsplit");
        long max = maxObj == null ? -1 : Args.index(maxObj);
        List<Object> out = new ArrayList<>();
        if (sepObj == null || sepObj instanceof PyNone) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max >= 0 && out.size() >= max) {
                    out.add(s.substring(i).stripTrailing());
                    break;
                }
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
        } else {
            String sep = Args.str(sepObj, "split");
            if (sep.isEmpty()) {
                throw PyErrors.valueError(null, "empty separator");
            }
            int pos = 0;
            while (max < 0 || out.size() < max) {
                int at = s.indexOf(sep, pos);
                if (at < 0) {
                    break;
                }
                out.add(s.substring(pos, at));
                pos = at + sep.length();
            }
            out.add(s.substring(pos));
        }
        return new PyList(out.toArray());
    }
}
