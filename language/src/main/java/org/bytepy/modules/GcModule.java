package org.bytepy.modules;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code gc} module. Memory is the JVM's: {@code collect()} asks the Java collector to run and
 * then runs the callbacks of weak references whose referents died; the introspection functions
 * answer empty.
 */
public final class GcModule {
    private GcModule() {
    }

    @TruffleBoundary
    static void collect() {
        System.gc();
        WeakrefModule.drainQueue(true);
    }

    public static PyModule create() {
        PyModule m = new PyModule("gc", new PyDict());
        PyDict d = m.dict;
        boolean[] enabled = {true};
        long[] threshold = {700, 10, 10};
        long[] debug = {0};
        d.put("__doc__", "This module provides access to the garbage collector for reference cycles.\n");
        d.put("DEBUG_STATS", 1L);
        d.put("DEBUG_COLLECTABLE", 2L);
        d.put("DEBUG_UNCOLLECTABLE", 4L);
        d.put("DEBUG_SAVEALL", 32L);
        d.put("DEBUG_LEAK", 38L);
        d.put("garbage", new PyList());
        d.put("callbacks", new PyList());
        Args.def(d, "enable", (a, kw) -> {
            Args.count("enable", a, kw, 0, 0);
            enabled[0] = true;
            return PyNone.NONE;
        });
        Args.def(d, "disable", (a, kw) -> {
            Args.count("disable", a, kw, 0, 0);
            enabled[0] = false;
            return PyNone.NONE;
        });
        Args.def(d, "isenabled", (a, kw) -> {
            Args.count("isenabled", a, kw, 0, 0);
            return enabled[0];
        });
        Args.def(d, "collect", (a, kw) -> {
            Object[] p = CollectionsSupport.parse("collect", a, kw, 0, "generation");
            if (p[0] != null) {
                long g = CollectionsSupport.asLong(p[0]);
                if (g < 0 || g > 2) {
                    throw PyErrors.valueError(null, "invalid generation");
                }
            }
            collect();
            return 0L;
        });
        Args.def(d, "get_count", (a, kw) -> PyTuple.of(0L, 0L, 0L));
        Args.def(d, "get_threshold", (a, kw) -> PyTuple.of(threshold[0], threshold[1], threshold[2]));
        Args.def(d, "set_threshold", (a, kw) -> {
            Args.count("set_threshold", a, kw, 1, 3);
            for (int i = 0; i < a.length; i++) {
                threshold[i] = CollectionsSupport.asLong(a[i]);
            }
            return PyNone.NONE;
        });
        Args.def(d, "get_debug", (a, kw) -> debug[0]);
        Args.def(d, "set_debug", (a, kw) -> {
            Args.count("set_debug", a, kw, 1, 1);
            debug[0] = CollectionsSupport.asLong(a[0]);
            return PyNone.NONE;
        });
        Args.def(d, "get_objects", (a, kw) -> new PyList());
        Args.def(d, "get_referrers", (a, kw) -> new PyList());
        Args.def(d, "get_referents", (a, kw) -> new PyList());
        Args.def(d, "get_stats", (a, kw) -> {
            PyList l = new PyList();
            for (int i = 0; i < 3; i++) {
                PyDict s = new PyDict();
                s.put("collections", 0L);
                s.put("collected", 0L);
                s.put("uncollectable", 0L);
                l.append(s);
            }
            return l;
        });
        Args.def(d, "is_tracked", (a, kw) -> {
            Args.count("is_tracked", a, kw, 1, 1);
            Object o = a[0];
            return !(PyNumber.isNumber(o) || o instanceof String || o instanceof PyNone || o instanceof byte[] || o instanceof org.bytepy.runtime.PyComplex);
        });
        Args.def(d, "is_finalized", (a, kw) -> false);
        Args.def(d, "freeze", (a, kw) -> PyNone.NONE);
        Args.def(d, "unfreeze", (a, kw) -> PyNone.NONE);
        Args.def(d, "get_freeze_count", (a, kw) -> 0L);
        return m;
    }
}
