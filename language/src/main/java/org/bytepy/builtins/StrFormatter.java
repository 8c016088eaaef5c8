package org.bytepy.builtins;

import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyFormat;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code str.format} and {@code str.format_map}. */
final class StrFormatter {
    private final String fmt;
    private final Object[] args;
    private final PyDict kwargs;
    private final Object mapping;
    /** 0 = undecided, 1 = automatic numbering, 2 = manual. */
    private int numbering;
    private int autoIndex;

    private StrFormatter(String fmt, Object[] args, PyDict kwargs, Object mapping) {
        this.fmt = fmt;
        this.args = args;
        this.kwargs = kwargs;
        this.mapping = mapping;
    }

    @TruffleBoundary
    static String format(String fmt, Object[] args, PyDict kwargs) {
        return new StrFormatter(fmt, args, kwargs, null).render(fmt, 2);
    }

    @TruffleBoundary
    static String formatMap(String fmt, Object mapping) {
        return new StrFormatter(fmt, new Object[0], null, mapping).render(fmt, 2);
    }

    private String render(String s, int depth) {
        if (depth < 0) {
            throw PyErrors.valueError(null, "Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < n && s.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                // find the matching close brace, allowing nested braces in the spec
                int level = 1, j = i + 1;
                boolean inBracket = false;
                while (j < n) {
                    char d = s.charAt(j);
                    if (d == '[' && level == 1) {
                        inBracket = true;
                    } else if (d == ']') {
                        inBracket = false;
                    } else if (d == '{' && !inBracket) {
                        level++;
                    } else if (d == '}' && !inBracket) {
                        level--;
                        if (level == 0) {
                            break;
                        }
                    }
                    j++;
                }
                if (j >= n) {
                    if (s.indexOf('}', i) < 0 && s.substring(i + 1).indexOf(':') < 0 && s.substring(i + 1).indexOf('!') < 0 && i + 1 == n) {
                        throw PyErrors.valueError(null, "Single '{' encountered in format string");
                    }
                    throw PyErrors.valueError(null, "expected '}' before end of string");
                }
                out.append(field(s.substring(i + 1, j), depth));
                i = j + 1;
            } else if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.valueError(null, "Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String field(String f, int depth) {
        // split off name, conversion, spec
        int k = 0;
        boolean inBracket = false;
        while (k < f.length()) {
            char c = f.charAt(k);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (!inBracket && (c == '!' || c == ':')) {
                break;
            }
            k++;
        }
        String name = f.substring(0, k);
        char conv = 0;
        String spec = "";
        if (k < f.length() && f.charAt(k) == '!') {
            if (k + 1 >= f.length()) {
                throw PyErrors.valueError(null, "end of string while looking for conversion specifier");
            }
            conv = f.charAt(k + 1);
            k += 2;
            if (k < f.length() && f.charAt(k) != ':') {
                throw PyErrors.valueError(null, "expected ':' after conversion specifier");
            }
        }
        if (k < f.length() && f.charAt(k) == ':') {
            spec = f.substring(k + 1);
        }
        Object value = resolve(name);
        if (conv != 0) {
            switch (conv) {
                case 'r':
                    value = PyObjects.repr(value);
                    break;
                case 's':
                    value = PyObjects.str(value);
                    break;
                case 'a':
                    value = org.bytepy.BytepyContext.asciiEscape(PyObjects.repr(value));
                    break;
                default:
                    throw PyErrors.valueError(null, "Unknown conversion specifier %s", String.valueOf(conv));
            }
        }
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        return PyFormat.format(value, spec, null);
    }

    private Object resolve(String name) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object value;
        if (first.isEmpty()) {
            if (numbering == 2) {
                throw PyErrors.valueError(null, "cannot switch from manual field specification to automatic field numbering");
            }
            numbering = 1;
            value = positional(autoIndex++);
        } else if (isDigits(first)) {
            if (numbering == 1) {
                throw PyErrors.valueError(null, "cannot switch from automatic field numbering to manual field specification");
            }
            numbering = 2;
            value = positional(Integer.parseInt(first));
        } else {
            if (mapping != null) {
                value = PyObjects.getItem(mapping, first, null);
            } else {
                value = kwargs == null ? null : kwargs.get(first);
                if (value == null) {
                    throw new PyException(new PyBaseException(PyTypes.KEY_ERROR, PyTuple.of(first)), null);
                }
            }
        }
        while (k < name.length()) {
            char c = name.charAt(k);
            if (c == '.') {
                int j = k + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                String attr = name.substring(k + 1, j);
                if (attr.isEmpty()) {
                    throw PyErrors.valueError(null, "Empty attribute in format string");
                }
                value = PyObjects.getAttr(value, attr, null);
                k = j;
            } else if (c == '[') {
                int j = name.indexOf(']', k);
                if (j < 0) {
                    throw PyErrors.valueError(null, "Missing ']' in format string");
                }
                String key = name.substring(k + 1, j);
                if (key.isEmpty()) {
                    throw PyErrors.valueError(null, "Empty attribute in format string");
                }
                value = PyObjects.getItem(value, isDigits(key) ? (Object) Long.parseLong(key) : key, null);
                k = j + 1;
                if (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw PyErrors.valueError(null, "Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErrors.valueError(null, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private Object positional(int i) {
        if (i >= args.length) {
            if (mapping != null) {
                throw PyErrors.valueError(null, "Format string contains positional fields");
            }
            throw PyErrors.raise(PyTypes.INDEX_ERROR, "Replacement index " + i + " out of range for positional args tuple", null);
        }
        return args[i];
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
