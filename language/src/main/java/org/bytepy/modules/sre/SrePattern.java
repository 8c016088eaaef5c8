package org.bytepy.modules.sre;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/** A compiled regular expression ({@code re.Pattern}): the SRE code and the methods that run it. */
final class SrePattern {
    static final PyType TYPE = SreModule.type("Pattern", "re");

    /** The pattern source (str, bytes or None). */
    final Object pattern;
    final long flags;
    final int[] code;
    final int groups;
    final PyDict groupindex;
    final PyTuple indexgroup;
    /** 1: bytes pattern, 0: str pattern, -1: no source (either). */
    final int isBytes;
    final BytepyContext ctx;
    PyObject self;

    SrePattern(Object pattern, long flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup, BytepyContext ctx) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.ctx = ctx;
        Object p = PyObject.unwrap(pattern);
        if (pattern instanceof PyNone) {
            isBytes = -1;
        } else if (p instanceof String) {
            isBytes = 0;
        } else if (BuiltinTypeOps.bytesOf(pattern) != null) {
            isBytes = 1;
        } else {
            throw PyErrors.typeError(null, "expected string or bytes-like object, got '%s'", PyObjects.typeName(pattern));
        }
    }

    PyObject wrap() {
        PyObject o = new PyObject(TYPE);
        o.hidden = this;
        self = o;
        return o;
    }

    static SrePattern of(Object self) {
        return SreArgs.hidden(self, SrePattern.class, "re.Pattern");
    }

    SreSubject subject(Object string) {
        SreSubject s = SreSubject.of(string);
        if (s.isBytes && isBytes == 0) {
            throw PyErrors.typeError(null, "cannot use a string pattern on a bytes-like object");
        }
        if (!s.isBytes && isBytes == 1) {
            throw PyErrors.typeError(null, "cannot use a bytes pattern on a string-like object");
        }
        return s;
    }

    SreEngine state(SreSubject s, long pos, long endpos) {
        return new SreEngine(code, s, pos, endpos, groups);
    }

    // ---------------------------------------------------------------- the operations

    @TruffleBoundary
    Object match(Object string, long pos, long endpos, int mode) {
        SreSubject s = subject(string);
        SreEngine st = state(s, pos, endpos);
        boolean ok;
        if (mode == 2) {
            ok = st.search();
        } else {
            st.matchAll = mode == 1;
            ok = st.match();
        }
        return ok ? new SreMatch(this, s, st).wrap() : PyNone.NONE;
    }

    @TruffleBoundary
    Object findall(Object string, long pos, long endpos) {
        SreSubject s = subject(string);
        SreEngine st = state(s, pos, endpos);
        PyList list = new PyList();
        while (st.start <= st.end) {
            st.reset();
            if (!st.search()) {
                break;
            }
            Object item;
            if (groups == 0) {
                item = s.slice(st.start, st.ptr);
            } else if (groups == 1) {
                item = groupOrEmpty(st, s, 1);
            } else {
                Object[] t = new Object[groups];
                for (int g = 1; g <= groups; g++) {
                    t[g - 1] = groupOrEmpty(st, s, g);
                }
                item = new PyTuple(t);
            }
            list.append(item);
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        return list;
    }

    private static Object groupOrEmpty(SreEngine st, SreSubject s, int g) {
        int a = st.groupStart(g);
        if (a < 0) {
            return s.empty();
        }
        return s.slice(a, st.groupEnd(g));
    }

    @TruffleBoundary
    Object split(Object string, long maxsplit) {
        SreSubject s = subject(string);
        SreEngine st = state(s, 0, Long.MAX_VALUE);
        PyList list = new PyList();
        long n = 0;
        int last = st.start;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            if (!st.search()) {
                break;
            }
            list.append(s.slice(last, st.start));
            for (int g = 1; g <= groups; g++) {
                int a = st.groupStart(g);
                list.append(a < 0 ? PyNone.NONE : s.slice(a, st.groupEnd(g)));
            }
            n++;
            st.mustAdvance = st.ptr == st.start;
            last = st.start = st.ptr;
        }
        list.append(s.slice(last, st.endpos));
        return list;
    }

    @TruffleBoundary
    Object sub(Object repl, Object string, long count, boolean subn) {
        Object filter = null;
        SreTemplate template = null;
        boolean callable = false;
        if (PyCalls.isCallable(repl)) {
            callable = true;
            filter = repl;
        } else {
            boolean literal;
            Object rv = PyObject.unwrap(repl);
            byte[] rb = BuiltinTypeOps.bytesOf(repl);
            if (rv instanceof String rs) {
                literal = rs.indexOf('\\') < 0;
            } else if (rb != null) {
                literal = true;
                for (byte b : rb) {
                    if (b == '\\') {
                        literal = false;
                        break;
                    }
                }
            } else {
                literal = false;
            }
            if (literal) {
                filter = repl;
            } else {
                template = SreTemplate.compile(this, repl);
                if (template.isLiteral()) {
                    filter = template.literal;
                    template = null;
                }
            }
        }
        SreSubject s = subject(string);
        SreEngine st = state(s, 0, Long.MAX_VALUE);
        List<Object> list = new ArrayList<>();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            st.reset();
            if (!st.search()) {
                break;
            }
            int b = st.start;
            int e = st.ptr;
            if (i < b) {
                list.add(s.slice(i, b));
            }
            Object item;
            if (template != null) {
                item = template.expand(new SreMatch(this, s, st));
            } else if (callable) {
                item = PyCalls.call(filter, new Object[]{new SreMatch(this, s, st).wrap()}, null, null);
            } else {
                item = filter;
            }
            if (item != PyNone.NONE) {
                list.add(item);
            }
            i = e;
            n++;
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        if (i < st.endpos) {
            list.add(s.slice(i, st.endpos));
        }
        Object joined = join(list, s.isBytes);
        return subn ? PyTuple.of(joined, n) : joined;
    }

    /** ''.join / b''.join of the pieces, with their type errors. */
    static Object join(List<Object> items, boolean bytes) {
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < items.size(); i++) {
                byte[] b = BuiltinTypeOps.bytesOf(items.get(i));
                if (b == null) {
                    throw PyErrors.typeError(null, "sequence item %d: expected a bytes-like object, %s found", i, PyObjects.typeName(items.get(i)));
                }
                out.writeBytes(b);
            }
            return out.toByteArray();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Object v = PyObject.unwrap(items.get(i));
            if (!(v instanceof String str)) {
                throw PyErrors.typeError(null, "sequence item %d: expected str instance, %s found", i, PyObjects.typeName(items.get(i)));
            }
            sb.append(str);
        }
        return sb.toString();
    }

    @TruffleBoundary
    String repr() {
        String p = PyObjects.repr(pattern);
        if (p.codePointCount(0, p.length()) > 200) {
            p = p.substring(0, p.offsetByCodePoints(0, 200));
        }
        long f = flags;
        if (isBytes == 0 && (f & (4 | 32 | 256)) == 32) {
            f &= ~32L;
        }
        if (f == 0) {
            return "re.compile(" + p + ")";
        }
        String[] names = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
        long[] values = {1, 2, 4, 8, 16, 32, 64, 128, 256};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if ((f & values[i]) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(names[i]);
                f &= ~values[i];
            }
        }
        if (f != 0) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("0x").append(Long.toHexString(f));
        }
        return "re.compile(" + p + ", " + sb + ")";
    }

    @TruffleBoundary
    boolean sameAs(SrePattern o) {
        if (o == this) {
            return true;
        }
        return flags == o.flags && isBytes == o.isBytes && Arrays.equals(code, o.code) && PyObjects.eq(pattern, o.pattern);
    }

    @TruffleBoundary
    long hash() {
        long h = PyObjects.hash(pattern, null);
        h = h * 1000003 ^ Arrays.hashCode(code);
        h ^= flags;
        return h == -1 ? -2 : h;
    }

    // ---------------------------------------------------------------- the Python type

    private static final String[] STRING_POS_ENDPOS = {"string", "pos", "endpos"};
    private static final Object[] DEFAULTS_POS_ENDPOS = {null, 0L, Long.MAX_VALUE};
    private static final String[] SPLIT_NAMES = {"string", "maxsplit"};
    private static final Object[] SPLIT_DEFAULTS = {null, 0L};
    private static final String[] SUB_NAMES = {"repl", "string", "count"};
    private static final Object[] SUB_DEFAULTS = {null, null, 0L};

    private static void method(String name, PyBuiltinFunction.Body body) {
        Args.method(TYPE, name, body);
    }

    private static void property(String name, java.util.function.Function<SrePattern, Object> getter) {
        TYPE.getDict().put(name, new PyDescriptors.Property(new PyBuiltinFunction(name, null, (args, kw) -> getter.apply(of(args[0]))), PyNone.NONE, PyNone.NONE, PyNone.NONE));
    }

    private static void matcher(String name, int mode) {
        method(name, (args, kw) -> {
            Object[] a = SreArgs.bind(name, args, kw, STRING_POS_ENDPOS, DEFAULTS_POS_ENDPOS);
            return of(args[0]).match(a[0], SreArgs.index(a[1]), SreArgs.index(a[2]), mode);
        });
    }

    static {
        matcher("match", 0);
        matcher("fullmatch", 1);
        matcher("search", 2);
        method("findall", (args, kw) -> {
            Object[] a = SreArgs.bind("findall", args, kw, STRING_POS_ENDPOS, DEFAULTS_POS_ENDPOS);
            return of(args[0]).findall(a[0], SreArgs.index(a[1]), SreArgs.index(a[2]));
        });
        method("finditer", (args, kw) -> {
            Object[] a = SreArgs.bind("finditer", args, kw, STRING_POS_ENDPOS, DEFAULTS_POS_ENDPOS);
            SrePattern p = of(args[0]);
            return new SreScanner.FindIter(new SreScanner(p, a[0], SreArgs.index(a[1]), SreArgs.index(a[2])));
        });
        method("scanner", (args, kw) -> {
            Object[] a = SreArgs.bind("scanner", args, kw, STRING_POS_ENDPOS, DEFAULTS_POS_ENDPOS);
            SrePattern p = of(args[0]);
            return new SreScanner(p, a[0], SreArgs.index(a[1]), SreArgs.index(a[2])).wrap();
        });
        method("split", (args, kw) -> {
            Object[] a = SreArgs.bind("split", args, kw, SPLIT_NAMES, SPLIT_DEFAULTS);
            return of(args[0]).split(a[0], SreArgs.index(a[1]));
        });
        method("sub", (args, kw) -> {
            Object[] a = SreArgs.bind("sub", args, kw, SUB_NAMES, SUB_DEFAULTS);
            return of(args[0]).sub(a[0], a[1], SreArgs.index(a[2]), false);
        });
        method("subn", (args, kw) -> {
            Object[] a = SreArgs.bind("subn", args, kw, SUB_NAMES, SUB_DEFAULTS);
            return of(args[0]).sub(a[0], a[1], SreArgs.index(a[2]), true);
        });
        method("__repr__", (args, kw) -> of(args[0]).repr());
        method("__eq__", (args, kw) -> {
            Args.methodCount("__eq__", args, kw, 1, 1);
            if (!(args[1] instanceof PyObject po && po.getPyType() == TYPE)) {
                return org.bytepy.runtime.PySingleton.NOT_IMPLEMENTED;
            }
            return of(args[0]).sameAs(of(args[1]));
        });
        method("__ne__", (args, kw) -> {
            Args.methodCount("__ne__", args, kw, 1, 1);
            if (!(args[1] instanceof PyObject po && po.getPyType() == TYPE)) {
                return org.bytepy.runtime.PySingleton.NOT_IMPLEMENTED;
            }
            return !of(args[0]).sameAs(of(args[1]));
        });
        method("__hash__", (args, kw) -> of(args[0]).hash());
        method("__copy__", (args, kw) -> {
            Args.methodCount("__copy__", args, kw, 0, 0);
            return args[0];
        });
        method("__deepcopy__", (args, kw) -> {
            Args.methodCount("__deepcopy__", args, kw, 1, 1);
            return args[0];
        });
        property("pattern", p -> p.pattern);
        property("flags", p -> p.flags);
        property("groups", p -> (long) p.groups);
        property("groupindex", p -> {
            PyDict d = new PyDict();
            if (p.groupindex != null) {
                for (Object k : p.groupindex.keys()) {
                    d.put(k, p.groupindex.get(k));
                }
            }
            return d;
        });
    }
}
