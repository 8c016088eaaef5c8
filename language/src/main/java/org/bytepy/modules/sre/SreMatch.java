package org.bytepy.modules.sre;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/** A successful match ({@code re.Match}): the spans of all groups, frozen when the match was made. */
final class SreMatch {
    static final PyType TYPE = SreModule.type("Match", "re");

    final SrePattern pattern;
    final SreSubject subject;
    /** 2 * (groups + 1) positions; -1 for a group that did not participate. */
    final int[] marks;
    final int pos;
    final int endpos;
    final int lastindex;

    SreMatch(SrePattern pattern, SreSubject subject, SreEngine st) {
        this.pattern = pattern;
        this.subject = subject;
        int n = pattern.groups + 1;
        this.marks = new int[2 * n];
        marks[0] = st.start;
        marks[1] = st.ptr;
        for (int g = 1; g < n; g++) {
            int s = st.groupStart(g);
            int e = st.groupEnd(g);
            if (s >= 0 && e >= 0 && s > e) {
                throw PyErrors.raise(PyTypes.SYSTEM_ERROR, "The span of capturing group is wrong, please report a bug for the re module.", null);
            }
            marks[2 * g] = s < 0 || e < 0 ? -1 : s;
            marks[2 * g + 1] = s < 0 || e < 0 ? -1 : e;
        }
        this.pos = st.pos;
        this.endpos = st.endpos;
        this.lastindex = st.lastindex;
    }

    PyObject wrap() {
        PyObject o = new PyObject(TYPE);
        o.hidden = this;
        return o;
    }

    static SreMatch of(Object self) {
        return SreArgs.hidden(self, SreMatch.class, "re.Match");
    }

    /** The value of group g, or dflt when it did not participate. */
    Object group(int g, Object dflt) {
        int s = marks[2 * g];
        if (s < 0) {
            return dflt;
        }
        return subject.slice(s, marks[2 * g + 1]);
    }

    /** match_getindex: an int or a group name to a group number. */
    @TruffleBoundary
    int index(Object index) {
        long i = -1;
        Object v = PyObject.unwrap(index);
        if (PyNumber.isInt(v) || v instanceof Boolean) {
            try {
                i = Args.index(index);
            } catch (PyException e) {
                i = -1;
            }
        } else if (pattern.groupindex != null) {
            Object g = pattern.groupindex.get(index);
            if (g != null && PyNumber.isInt(g)) {
                i = PyNumber.asLong(g);
            }
        }
        if (i < 0 || i > pattern.groups) {
            throw PyErrors.indexError(null, "no such group");
        }
        return (int) i;
    }

    PyTuple span(int g) {
        return PyTuple.of((long) marks[2 * g], (long) marks[2 * g + 1]);
    }

    @TruffleBoundary
    String repr() {
        String r = PyObjects.repr(group(0, PyNone.NONE));
        if (r.codePointCount(0, r.length()) > 50) {
            r = r.substring(0, r.offsetByCodePoints(0, 50));
        }
        return "<re.Match object; span=(" + marks[0] + ", " + marks[1] + "), match=" + r + ">";
    }

    private static void method(String name, PyBuiltinFunction.Body body) {
        Args.method(TYPE, name, body);
    }

    private static void property(String name, java.util.function.Function<SreMatch, Object> getter) {
        TYPE.getDict().put(name, new PyDescriptors.Property(new PyBuiltinFunction(name, null, (args, kw) -> getter.apply(of(args[0]))), PyNone.NONE, PyNone.NONE, PyNone.NONE));
    }

    static {
        method("group", (args, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErrors.typeError(null, "group() takes no keyword arguments");
            }
            SreMatch m = of(args[0]);
            if (args.length == 1) {
                return m.group(0, PyNone.NONE);
            }
            if (args.length == 2) {
                return m.group(m.index(args[1]), PyNone.NONE);
            }
            Object[] out = new Object[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                out[i - 1] = m.group(m.index(args[i]), PyNone.NONE);
            }
            return new PyTuple(out);
        });
        method("__getitem__", (args, kw) -> {
            Args.methodCount("__getitem__", args, kw, 1, 1);
            SreMatch m = of(args[0]);
            return m.group(m.index(args[1]), PyNone.NONE);
        });
        method("groups", (args, kw) -> {
            Object[] a = SreArgs.bind("groups", args, kw, new String[]{"default"}, new Object[]{PyNone.NONE});
            SreMatch m = of(args[0]);
            Object[] out = new Object[m.pattern.groups];
            for (int g = 1; g <= m.pattern.groups; g++) {
                out[g - 1] = m.group(g, a[0]);
            }
            return new PyTuple(out);
        });
        method("groupdict", (args, kw) -> {
            Object[] a = SreArgs.bind("groupdict", args, kw, new String[]{"default"}, new Object[]{PyNone.NONE});
            SreMatch m = of(args[0]);
            PyDict d = new PyDict();
            if (m.pattern.groupindex != null) {
                for (Object k : m.pattern.groupindex.keys()) {
                    d.put(k, m.group(m.index(k), a[0]));
                }
            }
            return d;
        });
        method("start", (args, kw) -> {
            Args.methodCount("start", args, kw, 0, 1);
            SreMatch m = of(args[0]);
            return (long) m.marks[2 * (args.length > 1 ? m.index(args[1]) : 0)];
        });
        method("end", (args, kw) -> {
            Args.methodCount("end", args, kw, 0, 1);
            SreMatch m = of(args[0]);
            return (long) m.marks[2 * (args.length > 1 ? m.index(args[1]) : 0) + 1];
        });
        method("span", (args, kw) -> {
            Args.methodCount("span", args, kw, 0, 1);
            SreMatch m = of(args[0]);
            return m.span(args.length > 1 ? m.index(args[1]) : 0);
        });
        method("expand", (args, kw) -> {
            Object[] a = SreArgs.bind("expand", args, kw, new String[]{"template"}, new Object[]{null});
            SreMatch m = of(args[0]);
            return SreTemplate.compile(m.pattern, a[0]).expand(m);
        });
        method("__repr__", (args, kw) -> of(args[0]).repr());
        method("__copy__", (args, kw) -> {
            Args.methodCount("__copy__", args, kw, 0, 0);
            return args[0];
        });
        method("__deepcopy__", (args, kw) -> {
            Args.methodCount("__deepcopy__", args, kw, 1, 1);
            return args[0];
        });
        property("pos", m -> (long) m.pos);
        property("endpos", m -> (long) m.endpos);
        property("lastindex", m -> m.lastindex < 0 ? PyNone.NONE : (Object) (long) m.lastindex);
        property("lastgroup", m -> {
            if (m.lastindex < 0 || m.pattern.indexgroup == null || m.lastindex >= m.pattern.indexgroup.size()) {
                return PyNone.NONE;
            }
            return m.pattern.indexgroup.get(m.lastindex);
        });
        property("re", m -> m.pattern.self);
        property("string", m -> m.subject.original);
        property("regs", m -> {
            Object[] out = new Object[m.pattern.groups + 1];
            for (int g = 0; g < out.length; g++) {
                out[g] = m.span(g);
            }
            return new PyTuple(out);
        });
    }
}
