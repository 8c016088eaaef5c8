package org.bytepy.modules.lsprof;

import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.modules.PosixModule.StructSeq;
import org.bytepy.runtime.BuiltinCallProfiling;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * The {@code _lsprof} module that CPython's {@code cProfile.py} builds on: {@code Profiler(timer=None,
 * timeunit=0.0, subcalls=True, builtins=True)} with {@code enable}, {@code disable}, {@code clear} and
 * {@code getstats}, whose {@code profiler_entry}/{@code profiler_subentry} records {@code pstats} reads.
 * At most one profiler is enabled per context, as CPython allows one profiling tool.
 */
public final class LsprofModule {
    private LsprofModule() {
    }

    static final PyType PROFILER = new PyType("Profiler", true, PyTypes.OBJECT);
    static final StructSeq ENTRY = new StructSeq("_lsprof", "profiler_entry", 6, "code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls");
    static final StructSeq SUBENTRY = new StructSeq("_lsprof", "profiler_subentry", 5, "code", "callcount", "reccallcount", "totaltime", "inlinetime");

    private static final Map<BytepyContext, Profiler> ACTIVE = new WeakHashMap<>();

    static {
        PROFILER.getDict().put("__module__", "_lsprof");
        PROFILER.getDict().put("__doc__", """
                        Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)

                            Builds a profiler object using the specified timer function.
                            The default timer is a fast built-in one based on real time.
                            For custom timer functions returning integers, timeunit can
                            be a float specifying a scale (i.e. how long each integer unit
                            is, in seconds).
                        """);
        PROFILER.constructor = (args, kw) -> {
            Object[] a = bind("Profiler", args, kw, new String[]{"timer", "timeunit", "subcalls", "builtins"});
            Object timer = a[0] == null || a[0] == PyNone.NONE ? null : a[0];
            double unit = a[1] == null ? 0.0 : org.bytepy.runtime.PyConvert.toDouble(a[1], null);
            boolean subcalls = a[2] == null || PyObjects.isTrue(a[2]);
            boolean builtins = a[3] == null || PyObjects.isTrue(a[3]);
            return new Profiler(timer, unit, subcalls, builtins);
        };
        Args.method(PROFILER, "enable", (args, kw) -> {
            Profiler p = self(args);
            Object[] a = bind("enable", args, kw, new String[]{"subcalls", "builtins"});
            if (a[0] != null) {
                p.subcalls = PyObjects.isTrue(a[0]);
            }
            if (a[1] != null) {
                p.builtins = PyObjects.isTrue(a[1]);
            }
            p.enable(BytepyContext.get(null));
            return PyNone.NONE;
        });
        Args.method(PROFILER, "disable", (args, kw) -> {
            Args.methodCount("disable", args, kw, 0, 0);
            self(args).disable();
            return PyNone.NONE;
        });
        Args.method(PROFILER, "clear", (args, kw) -> {
            Args.methodCount("clear", args, kw, 0, 0);
            self(args).clear();
            return PyNone.NONE;
        });
        Args.method(PROFILER, "getstats", (args, kw) -> {
            Args.methodCount("getstats", args, kw, 0, 0);
            return getstats(self(args));
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("_lsprof", new PyDict());
        m.dict.put("Profiler", PROFILER);
        m.dict.put("profiler_entry", ENTRY.type);
        m.dict.put("profiler_subentry", SUBENTRY.type);
        return m;
    }

    private static Profiler self(Object[] args) {
        Object s = args.length > 0 ? args[0] : null;
        if (s instanceof PyObject po && po.nativeValue != null) {
            s = po.nativeValue;
        }
        if (s instanceof Profiler p) {
            return p;
        }
        throw PyErrors.typeError(null, "descriptor requires a '_lsprof.Profiler' object");
    }

    /** Positional-or-keyword arguments after self (for methods) or the type (for the constructor); null where not given. */
    private static Object[] bind(String fname, Object[] args, PyDict kw, String[] names) {
        Object[] out = new Object[names.length];
        int given = args.length - 1;
        if (given > names.length) {
            throw PyErrors.typeError(null, "%s() takes at most %d arguments (%d given)", fname, names.length, given);
        }
        System.arraycopy(args, 1, out, 0, given);
        if (kw != null) {
            for (Object k : kw.keys()) {
                int i = java.util.Arrays.asList(names).indexOf(k);
                if (i < 0) {
                    throw PyErrors.typeError(null, "%s() got an unexpected keyword argument '%s'", fname, k);
                }
                if (i < given) {
                    throw PyErrors.typeError(null, "argument for %s() given by name ('%s') and position (%d)", fname, k, i + 1);
                }
                out[i] = kw.get(k);
            }
        }
        return out;
    }

    @TruffleBoundary
    private static PyList getstats(Profiler p) {
        double factor = p.factor();
        PyList result = new PyList();
        for (Profiler.Entry e : p.entries()) {
            Object calls = PyNone.NONE;
            if (!e.calls.isEmpty()) {
                PyList subs = new PyList();
                for (Profiler.Entry s : e.calls.values()) {
                    subs.append(SUBENTRY.make(s.label, s.callCount, s.recursiveCallCount, s.totalTime * factor, s.inlineTime * factor));
                }
                calls = subs;
            }
            result.append(ENTRY.make(e.label, e.callCount, e.recursiveCallCount, e.totalTime * factor, e.inlineTime * factor, calls));
        }
        return result;
    }

    // ------------------------------------------------------------------ the enabled profiler of each context

    static synchronized Profiler active(BytepyContext ctx) {
        return ACTIVE.get(ctx);
    }

    static synchronized void setActive(BytepyContext ctx, Profiler p) {
        if (p == null) {
            ACTIVE.remove(ctx);
        } else {
            ACTIVE.put(ctx, p);
        }
        BuiltinCallProfiling.setListener(ACTIVE.isEmpty() ? null : BUILTIN_LISTENER);
    }

    /** Built-in calls, reported to the profiler enabled in the calling context. */
    private static final BuiltinCallProfiling.Listener BUILTIN_LISTENER = new BuiltinCallProfiling.Listener() {
        @Override
        public boolean enter(PyBuiltinFunction fn, Object self) {
            Profiler p = active(BytepyContext.get(null));
            if (p == null) {
                return false;
            }
            p.enterBuiltin(fn, self);
            return true;
        }

        @Override
        public void exit(PyBuiltinFunction fn) {
            Profiler p = active(BytepyContext.get(null));
            if (p != null) {
                p.leaveBuiltin(fn);
            }
        }
    };
}
