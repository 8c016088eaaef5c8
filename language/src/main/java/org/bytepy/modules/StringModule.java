package org.bytepy.modules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyIterators;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code _string} module: the parser of {@code str.format} strings that {@code string.Formatter}
 * uses, with CPython's {@code Objects/stringlib/unicode_format.h} semantics and messages.
 */
public final class StringModule {
    private StringModule() {
    }

    private static final PyType FORMATTER_ITERATOR = new PyType("formatteriterator", true, PyTypes.OBJECT);
    private static final PyType FIELDNAME_ITERATOR = new PyType("fieldnameiterator", true, PyTypes.OBJECT);

    /** Parses all of {@code s} eagerly into (literal, field_name, format_spec, conversion) tuples. */
    @TruffleBoundary
    static List<PyTuple> parse(String s) {
        List<PyTuple> out = new ArrayList<>();
        int pos = 0;
        int end = s.length();
        while (pos < end) {
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
                throw PyErrors.valueError(null, "Single '}' encountered in format string");
            }
            if (markup && atEnd && c == '{') {
                throw PyErrors.valueError(null, "Single '{' encountered in format string");
            }
            if (markup && !atEnd) {
                if (s.charAt(pos) == c) {
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            }
            String literal = s.substring(start, start + len);
            if (!markup) {
                out.add(PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE));
                continue;
            }
            // the field
            int nameStart = pos;
            c = 0;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') {
                    throw PyErrors.valueError(null, "unexpected '{' in field name");
                } else if (c == '[') {
                    while (pos < end && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                } else if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            String fieldName = s.substring(nameStart, Math.max(nameStart, pos - 1));
            Object conversion = PyNone.NONE;
            String spec = "";
            if (c == '!' || c == ':') {
                boolean done = false;
                if (c == '!') {
                    if (pos >= end) {
                        throw PyErrors.valueError(null, "end of string while looking for conversion specifier");
                    }
                    conversion = String.valueOf(s.charAt(pos++));
                    if (pos < end) {
                        char c2 = s.charAt(pos++);
                        if (c2 == '}') {
                            done = true;
                        } else if (c2 != ':') {
                            throw PyErrors.valueError(null, "expected ':' after conversion specifier");
                        }
                    }
                }
                if (!done) {
                    int specStart = pos;
                    int count = 1;
                    boolean closed = false;
                    while (pos < end) {
                        char c3 = s.charAt(pos++);
                        if (c3 == '{') {
                            count++;
                        } else if (c3 == '}') {
                            count--;
                            if (count == 0) {
                                spec = s.substring(specStart, pos - 1);
                                closed = true;
                                break;
                            }
                        }
                    }
                    if (!closed) {
                        throw PyErrors.valueError(null, "unmatched '{' in format spec");
                    }
                }
            } else if (c != '}') {
                throw PyErrors.valueError(null, "expected '}' before end of string");
            }
            out.add(PyTuple.of(literal, fieldName, spec, conversion));
        }
        return out;
    }

    private static Object autoNumber(String s) {
        if (!s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return s;
    }

    @TruffleBoundary
    static PyTuple fieldNameSplit(String s) {
        int pos = 0;
        int end = s.length();
        while (pos < end && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
            pos++;
        }
        Object first = autoNumber(s.substring(0, pos));
        List<PyTuple> rest = new ArrayList<>();
        while (pos < end) {
            char c = s.charAt(pos++);
            if (c == '.') {
                int st = pos;
                while (pos < end && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                    pos++;
                }
                if (pos == st) {
                    throw PyErrors.valueError(null, "Empty attribute in format string");
                }
                rest.add(PyTuple.of(true, s.substring(st, pos)));
            } else if (c == '[') {
                int st = pos;
                while (pos < end && s.charAt(pos) != ']') {
                    pos++;
                }
                if (pos >= end) {
                    throw PyErrors.valueError(null, "Missing ']' in format string");
                }
                String key = s.substring(st, pos);
                pos++;
                if (key.isEmpty()) {
                    throw PyErrors.valueError(null, "Empty attribute in format string");
                }
                rest.add(PyTuple.of(false, autoNumber(key)));
                if (pos < end && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                    throw PyErrors.valueError(null, "Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErrors.valueError(null, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        Iterator<PyTuple> it = rest.iterator();
        return PyTuple.of(first, new PyIterators.FunctionIterator(FIELDNAME_ITERATOR, () -> it.hasNext() ? it.next() : null));
    }

    private static String strArg(String fname, Object o) {
        Object v = org.bytepy.runtime.PyObject.unwrap(o);
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "%s() argument must be str, not %s", fname, PyObjects.typeName(o));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_string", new PyDict());
        PyDict d = m.dict;
        Args.def(d, "formatter_parser", (args, kw) -> {
            Args.count("formatter_parser", args, kw, 1, 1);
            Iterator<PyTuple> it = parse(strArg("formatter_parser", args[0])).iterator();
            return new PyIterators.FunctionIterator(FORMATTER_ITERATOR, () -> it.hasNext() ? it.next() : null);
        });
        Args.def(d, "formatter_field_name_split", (args, kw) -> {
            Args.count("formatter_field_name_split", args, kw, 1, 1);
            return fieldNameSplit(strArg("formatter_field_name_split", args[0]));
        });
        return m;
    }
}
