package org.bytepy.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/** The {@code _csv} module: CPython's CSV reader state machine, writer quoting rules and dialect registry. */
public final class CsvModule {
    private CsvModule() {
    }

    static final int QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3, QUOTE_STRINGS = 4, QUOTE_NOTNULL = 5;
    private static final int EOL = -2;
    private static final int NOT_SET = -1;

    public static final PyType ERROR = new PyType("Error", false, PyTypes.EXCEPTION);
    static final PyType DIALECT = CollectionsSupport.javaType("_csv", "Dialect", (a, kw) -> {
        Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        if (rest.length > 1) {
            throw PyErrors.typeError(null, "Dialect() takes at most 1 positional argument (%d given)", rest.length);
        }
        return dialectObject(Dialect.of(rest.length == 1 ? rest[0] : null, kw, null));
    });
    static final PyType READER = new PyType("reader", false, PyTypes.OBJECT);
    static final PyType WRITER = new PyType("writer", false, PyTypes.OBJECT);

    static {
        ERROR.getDict().put("__module__", "_csv");
        READER.getDict().put("__module__", "_csv");
        WRITER.getDict().put("__module__", "_csv");
        String[] names = {"delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting", "strict"};
        for (String n : names) {
            PyBuiltinFunction get = new PyBuiltinFunction(n, null, (args, kw) -> dialectOf(args[0]).get(n));
            DIALECT.getDict().put(n, new PyDescriptors.Property(get, PyNone.NONE, PyNone.NONE, PyNone.NONE));
        }
        Args.method(WRITER, "writerow", (args, kw) -> {
            Args.count("writerow", args, kw, 2, 2);
            return ((Writer) args[0]).writerow(args[1]);
        });
        Args.method(WRITER, "writerows", (args, kw) -> {
            Args.count("writerows", args, kw, 2, 2);
            Writer w = (Writer) args[0];
            PyIterator it = PyObjects.iter(args[1], null);
            for (Object row = it.next(); row != null; row = it.next()) {
                w.writerow(row);
            }
            return PyNone.NONE;
        });
    }

    /** A validated dialect. */
    static final class Dialect {
        int delimiter = ',';
        int quotechar = '"';
        int escapechar = NOT_SET;
        boolean doublequote = true;
        boolean skipinitialspace;
        String lineterminator = "\r\n";
        int quoting = QUOTE_MINIMAL;
        boolean strict;

        Object get(String n) {
            return switch (n) {
                case "delimiter" -> Character.toString(delimiter);
                case "quotechar" -> quotechar == NOT_SET ? PyNone.NONE : Character.toString(quotechar);
                case "escapechar" -> escapechar == NOT_SET ? PyNone.NONE : Character.toString(escapechar);
                case "doublequote" -> doublequote;
                case "skipinitialspace" -> skipinitialspace;
                case "lineterminator" -> lineterminator;
                case "quoting" -> (long) quoting;
                default -> strict;
            };
        }

        private static Object attr(Object src, PyDict kw, String name) {
            if (kw != null) {
                Object v = kw.getStr(name);
                if (v != null) {
                    return v;
                }
            }
            if (src != null && src != PyNone.NONE) {
                return PyObjects.lookupAttr(src, name);
            }
            return null;
        }

        private static int charAttr(String name, Object v, int dflt, boolean noneOk) {
            if (v == null) {
                return dflt;
            }
            if (v == PyNone.NONE && noneOk) {
                return NOT_SET;
            }
            if (!(PyObject.unwrap(v) instanceof String s)) {
                throw PyErrors.typeError(null, "\"%s\" must be string, not %s", name, PyObjects.typeName(v));
            }
            if (s.codePointCount(0, s.length()) != 1) {
                throw PyErrors.typeError(null, "\"%s\" must be a 1-character string", name);
            }
            return s.codePointAt(0);
        }

        @TruffleBoundary
        static Dialect of(Object dialect, PyDict kw, Map<String, Object> registry) {
            if (kw != null) {
                for (Object k : kw.keys()) {
                    String key = PyObjects.str(k);
                    switch (key) {
                        case "delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting", "strict" -> {
                        }
                        default -> throw PyErrors.typeError(null, "'%s' is an invalid keyword argument for this function", key);
                    }
                }
            }
            Object src = dialect;
            if (src != null && PyObject.unwrap(src) instanceof String name && registry != null) {
                src = registry.get(name);
                if (src == null) {
                    throw PyErrors.raise(ERROR, "unknown dialect", null);
                }
            }
            Dialect d = new Dialect();
            Object v;
            d.delimiter = charAttr("delimiter", attr(src, kw, "delimiter"), ',', false);
            v = attr(src, kw, "doublequote");
            d.doublequote = v == null || PyObjects.isTrue(v);
            d.escapechar = charAttr("escapechar", attr(src, kw, "escapechar"), NOT_SET, true);
            v = attr(src, kw, "lineterminator");
            if (v != null) {
                if (!(PyObject.unwrap(v) instanceof String s)) {
                    throw PyErrors.typeError(null, "\"lineterminator\" must be a string");
                }
                d.lineterminator = s;
            }
            v = attr(src, kw, "quoting");
            if (v != null) {
                if (!PyNumber.isInt(PyObject.unwrap(v))) {
                    throw PyErrors.typeError(null, "\"quoting\" must be an integer");
                }
                long q = PyNumber.asLong(PyObject.unwrap(v));
                if (q < 0 || q > 5) {
                    throw PyErrors.typeError(null, "bad \"quoting\" value");
                }
                d.quoting = (int) q;
            }
            Object qv = attr(src, kw, "quotechar");
            d.quotechar = charAttr("quotechar", qv, '"', true);
            v = attr(src, kw, "skipinitialspace");
            d.skipinitialspace = v != null && PyObjects.isTrue(v);
            v = attr(src, kw, "strict");
            d.strict = v != null && PyObjects.isTrue(v);
            if (qv == PyNone.NONE && attr(src, kw, "quoting") == null) {
                d.quoting = QUOTE_NONE;
            }
            if (d.quotechar == NOT_SET && d.quoting != QUOTE_NONE) {
                throw PyErrors.typeError(null, "quotechar must be set if quoting enabled");
            }
            return d;
        }
    }

    private static Dialect dialectOf(Object o) {
        if (o instanceof PyObject p && p.nativeValue instanceof Dialect d) {
            return d;
        }
        throw PyErrors.typeError(null, "descriptor requires a '_csv.Dialect' object but received a '%s'", PyObjects.typeName(o));
    }

    private static PyObject dialectObject(Dialect d) {
        PyObject o = new PyObject(DIALECT);
        o.nativeValue = d;
        return o;
    }

    /** Per-context module state. */
    static final class State {
        final Map<String, Object> dialects = new LinkedHashMap<>();
        long fieldLimit = 128 * 1024;
    }

    static final class Reader extends PyIterator implements org.bytepy.runtime.PyComputedAttributes {
        @Override
        public Object getAttribute(String name) {
            return switch (name) {
                case "dialect" -> dialectObject(d);
                case "line_num" -> lineNum;
                default -> null;
            };
        }

        final Object input;
        final PyIterator lines;
        final Dialect d;
        final State st;
        long lineNum;
        int state;
        StringBuilder field = new StringBuilder();
        boolean unquoted = true;
        ArrayList<Object> fields = new ArrayList<>();

        static final int START_RECORD = 0, START_FIELD = 1, ESCAPED_CHAR = 2, IN_FIELD = 3, IN_QUOTED_FIELD = 4, ESCAPE_IN_QUOTED_FIELD = 5, QUOTE_IN_QUOTED_FIELD = 6, EAT_CRNL = 7,
                        AFTER_ESCAPED_CRNL = 8;

        Reader(Object input, Dialect d, State st) {
            this.input = input;
            this.lines = PyObjects.iter(input, null);
            this.d = d;
            this.st = st;
        }

        @Override
        public PyType getPyType() {
            return READER;
        }

        private void addChar(int c) {
            if (field.length() >= st.fieldLimit) {
                throw PyErrors.format(ERROR, null, "field larger than field limit (%d)", st.fieldLimit);
            }
            field.appendCodePoint(c);
        }

        private void saveField() {
            String s = field.toString();
            Object v = s;
            if (unquoted && !s.isEmpty() && d.quoting == QUOTE_NONNUMERIC) {
                v = PyCalls.call(PyTypes.FLOAT, new Object[]{s}, null, null);
            }
            fields.add(v);
            field.setLength(0);
            unquoted = true;
        }

        private void process(int c) {
            switch (state) {
                case START_RECORD:
                    if (c == EOL) {
                        return;
                    }
                    if (c == '\n' || c == '\r') {
                        state = EAT_CRNL;
                        return;
                    }
                    state = START_FIELD;
                    startField(c);
                    return;
                case START_FIELD:
                    startField(c);
                    return;
                case ESCAPED_CHAR:
                    if (c == '\n' || c == '\r') {
                        addChar(c);
                        state = AFTER_ESCAPED_CRNL;
                        return;
                    }
                    if (c == EOL) {
                        c = '\n';
                    }
                    addChar(c);
                    state = IN_FIELD;
                    return;
                case AFTER_ESCAPED_CRNL:
                    if (c == EOL) {
                        return;
                    }
                    inField(c);
                    return;
                case IN_FIELD:
                    inField(c);
                    return;
                case IN_QUOTED_FIELD:
                    if (c == EOL) {
                        return;
                    }
                    if (c == d.escapechar) {
                        state = ESCAPE_IN_QUOTED_FIELD;
                    } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                        state = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
                    } else {
                        addChar(c);
                    }
                    return;
                case ESCAPE_IN_QUOTED_FIELD:
                    if (c == EOL) {
                        c = '\n';
                    }
                    addChar(c);
                    state = IN_QUOTED_FIELD;
                    return;
                case QUOTE_IN_QUOTED_FIELD:
                    if (d.quoting != QUOTE_NONE && c == d.quotechar) {
                        addChar(c);
                        state = IN_QUOTED_FIELD;
                    } else if (c == d.delimiter) {
                        saveField();
                        state = START_FIELD;
                    } else if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        state = c == EOL ? START_RECORD : EAT_CRNL;
                    } else if (!d.strict) {
                        addChar(c);
                        state = IN_FIELD;
                    } else {
                        throw PyErrors.format(ERROR, null, "'%s' expected after '%s'", Character.toString(d.delimiter), Character.toString(d.quotechar));
                    }
                    return;
                default: // EAT_CRNL
                    if (c == '\n' || c == '\r') {
                        return;
                    }
                    if (c == EOL) {
                        state = START_RECORD;
                        return;
                    }
                    throw PyErrors.raise(ERROR, "new-line character seen in unquoted field - do you need to open the file with newline=''?", null);
            }
        }

        private void startField(int c) {
            if (c == '\n' || c == '\r' || c == EOL) {
                saveField();
                state = c == EOL ? START_RECORD : EAT_CRNL;
            } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                unquoted = false;
                state = IN_QUOTED_FIELD;
            } else if (c == d.escapechar) {
                state = ESCAPED_CHAR;
            } else if (c == ' ' && d.skipinitialspace) {
                return;
            } else if (c == d.delimiter) {
                saveField();
            } else {
                addChar(c);
                state = IN_FIELD;
            }
        }

        private void inField(int c) {
            if (c == '\n' || c == '\r' || c == EOL) {
                saveField();
                state = c == EOL ? START_RECORD : EAT_CRNL;
            } else if (c == d.escapechar) {
                state = ESCAPED_CHAR;
            } else if (c == d.delimiter) {
                saveField();
                state = START_FIELD;
            } else {
                addChar(c);
                state = IN_FIELD;
            }
        }

        @Override
        @TruffleBoundary
        public Object next() {
            fields = new ArrayList<>();
            field.setLength(0);
            unquoted = true;
            state = START_RECORD;
            do {
                Object line = lines.next();
                if (line == null) {
                    if (field.length() != 0 || state == IN_QUOTED_FIELD) {
                        if (d.strict) {
                            throw PyErrors.raise(ERROR, "unexpected end of data", null);
                        }
                        saveField();
                        break;
                    }
                    return null;
                }
                if (!(PyObject.unwrap(line) instanceof String s)) {
                    throw PyErrors.format(ERROR, null, "iterator should return strings, not %s (the file should be opened in text mode)", PyObjects.typeName(line));
                }
                lineNum++;
                for (int i = 0; i < s.length();) {
                    int c = s.codePointAt(i);
                    i += Character.charCount(c);
                    process(c);
                }
                process(EOL);
            } while (state != START_RECORD);
            return new PyList(fields.toArray());
        }
    }

    static final class Writer implements TruffleObject, PyObjectBase, org.bytepy.runtime.PyComputedAttributes {
        @Override
        public Object getAttribute(String name) {
            return name.equals("dialect") ? dialectObject(d) : null;
        }

        final Object write;
        final Dialect d;

        Writer(Object write, Dialect d) {
            this.write = write;
            this.d = d;
        }

        @Override
        public PyType getPyType() {
            return WRITER;
        }

        private boolean appendField(StringBuilder rec, String s, boolean quoted) {
            StringBuilder f = new StringBuilder();
            for (int i = 0; i < s.length();) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                boolean wantEscape = false;
                if (c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.indexOf(c) >= 0) {
                    if (d.quoting == QUOTE_NONE) {
                        wantEscape = true;
                    } else {
                        if (c == d.quotechar) {
                            if (d.doublequote) {
                                f.appendCodePoint(d.quotechar);
                            } else {
                                wantEscape = true;
                            }
                        } else if (c == d.escapechar) {
                            wantEscape = true;
                        }
                        if (!wantEscape) {
                            quoted = true;
                        }
                    }
                    if (wantEscape) {
                        if (d.escapechar == NOT_SET) {
                            throw PyErrors.raise(ERROR, "need to escape, but no escapechar set", null);
                        }
                        f.appendCodePoint(d.escapechar);
                    }
                }
                f.appendCodePoint(c);
            }
            if (quoted) {
                rec.appendCodePoint(d.quotechar).append(f).appendCodePoint(d.quotechar);
            } else {
                rec.append(f);
            }
            return quoted;
        }

        @TruffleBoundary
        Object writerow(Object row) {
            PyIterator it;
            try {
                it = PyObjects.iter(row, null);
            } catch (PyException e) {
                if (e.getType().isSubtypeOf(PyTypes.TYPE_ERROR)) {
                    throw PyErrors.format(ERROR, null, "iterable expected, not %s", PyObjects.typeName(row));
                }
                throw e;
            }
            StringBuilder rec = new StringBuilder();
            int n = 0;
            for (Object field = it.next(); field != null; field = it.next()) {
                if (n > 0) {
                    rec.appendCodePoint(d.delimiter);
                }
                n++;
                Object v = PyObject.unwrap(field);
                boolean quoted = switch (d.quoting) {
                    case QUOTE_NONNUMERIC -> !(v instanceof Boolean || PyNumber.isInt(v) || v instanceof Double || v instanceof org.bytepy.runtime.PyComplex);
                    case QUOTE_ALL -> true;
                    case QUOTE_STRINGS -> v instanceof String;
                    case QUOTE_NOTNULL -> field != PyNone.NONE;
                    default -> false;
                };
                String s = field == PyNone.NONE ? "" : v instanceof String str ? str : PyObjects.str(field);
                appendField(rec, s, quoted);
            }
            if (n == 1 && rec.isEmpty()) {
                if (d.quoting == QUOTE_NONE) {
                    throw PyErrors.raise(ERROR, "single empty field record must be quoted", null);
                }
                rec.appendCodePoint(d.quotechar).appendCodePoint(d.quotechar);
            }
            rec.append(d.lineterminator);
            return PyCalls.call(write, new Object[]{rec.toString()}, null, null);
        }
    }

    @TruffleBoundary
    private static Object splitDialect(Object[] args, PyDict kw, String fname, State st, boolean writer) {
        if (args.length < 1 || args.length > 2) {
            throw PyErrors.typeError(null, "expected at least 1 argument, got %d", args.length);
        }
        Object dialect = args.length == 2 ? args[1] : null;
        if (kw != null && kw.getStr("dialect") != null) {
            if (args.length == 2) {
                throw PyErrors.typeError(null, "argument for %s() given by name ('dialect') and position (2)", fname);
            }
            dialect = kw.getStr("dialect");
            PyDict rest = new PyDict();
            for (Object k : kw.keys()) {
                if (!"dialect".equals(PyObjects.str(k))) {
                    rest.put(k, kw.get(k));
                }
            }
            kw = rest;
        }
        Dialect d = Dialect.of(dialect, kw, st.dialects);
        if (writer) {
            Object w = PyObjects.lookupAttr(args[0], "write");
            if (w == null) {
                throw PyErrors.typeError(null, "argument 1 must have a \"write\" method");
            }
            return new Writer(w, d);
        }
        return new Reader(args[0], d, st);
    }

    public static PyModule create() {
        PyModule m = new PyModule("_csv", new PyDict());
        PyDict dd = m.dict;
        State st = new State();
        dd.put("__version__", "1.0");
        dd.put("__doc__", "CSV parsing and writing.\n");
        dd.put("QUOTE_MINIMAL", 0L);
        dd.put("QUOTE_ALL", 1L);
        dd.put("QUOTE_NONNUMERIC", 2L);
        dd.put("QUOTE_NONE", 3L);
        dd.put("QUOTE_STRINGS", 4L);
        dd.put("QUOTE_NOTNULL", 5L);
        dd.put("Error", ERROR);
        dd.put("Dialect", DIALECT);
        dd.put("Reader", READER);
        dd.put("Writer", WRITER);
        Args.def(dd, "reader", (args, kw) -> splitDialect(args, kw, "reader", st, false));
        Args.def(dd, "writer", (args, kw) -> splitDialect(args, kw, "writer", st, true));
        Args.def(dd, "register_dialect", (args, kw) -> {
            if (args.length < 1 || args.length > 2) {
                throw PyErrors.typeError(null, "register_dialect() expected at most 2 arguments, got %d", args.length);
            }
            if (!(PyObject.unwrap(args[0]) instanceof String name)) {
                throw PyErrors.typeError(null, "dialect name must be a string");
            }
            st.dialects.put(name, dialectObject(Dialect.of(args.length == 2 ? args[1] : null, kw, st.dialects)));
            return PyNone.NONE;
        });
        Args.def(dd, "unregister_dialect", (args, kw) -> {
            Args.count("unregister_dialect", args, kw, 1, 1);
            if (st.dialects.remove(PyObjects.str(args[0])) == null) {
                throw PyErrors.raise(ERROR, "unknown dialect", null);
            }
            return PyNone.NONE;
        });
        Args.def(dd, "get_dialect", (args, kw) -> {
            Args.count("get_dialect", args, kw, 1, 1);
            Object d = st.dialects.get(PyObjects.str(args[0]));
            if (d == null) {
                throw PyErrors.raise(ERROR, "unknown dialect", null);
            }
            return d;
        });
        Args.def(dd, "list_dialects", (args, kw) -> {
            Args.count("list_dialects", args, kw, 0, 0);
            return new PyList(st.dialects.keySet().toArray());
        });
        Args.def(dd, "field_size_limit", (args, kw) -> {
            Object[] p = CollectionsSupport.parse("field_size_limit", args, kw, 0, "new_limit");
            long old = st.fieldLimit;
            if (p[0] != null) {
                if (!PyNumber.isInt(PyObject.unwrap(p[0]))) {
                    throw PyErrors.typeError(null, "limit must be an integer");
                }
                st.fieldLimit = PyNumber.asLong(PyObject.unwrap(p[0]));
            }
            return old;
        });
        return m;
    }
}
