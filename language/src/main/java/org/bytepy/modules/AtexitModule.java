package org.bytepy.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code atexit} module. The registered functions run, last registered first, when the context
 * exits ({@link #runExitFunctions}, called from the language's {@code exitContext}).
 */
public final class AtexitModule {
    private AtexitModule() {
    }

    private record Callback(Object func, Object[] args, PyDict kwargs) {
    }

    /** The callbacks of each context that imported atexit. */
    private static final Map<BytepyContext, List<Callback>> CALLBACKS = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    private static List<Callback> of(BytepyContext ctx) {
        return CALLBACKS.computeIfAbsent(ctx, k -> new ArrayList<>());
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("atexit", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
        Args.def(d, "register", (a, kw) -> {
            if (a.length == 0) {
                throw PyErrors.typeError(null, "register() takes at least 1 argument (0 given)");
            }
            if (!PyCalls.isCallable(a[0])) {
                throw PyErrors.typeError(null, "the first argument must be callable");
            }
            of(ctx).add(new Callback(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw == null || kw.size() == 0 ? null : FunctoolsModule.copy(kw)));
            return a[0];
        });
        Args.def(d, "unregister", (a, kw) -> {
            Args.count("unregister", a, kw, 1, 1);
            List<Callback> l = of(ctx);
            for (int i = l.size() - 1; i >= 0; i--) {
                Object f = l.get(i) == null ? null : l.get(i).func();
                if (f != null && PyObjects.isOrEq(f, a[0])) {
                    l.set(i, null); // CPython leaves the slot (and _ncallbacks) as it was
                }
            }
            return PyNone.NONE;
        });
        Args.def(d, "_clear", (a, kw) -> {
            Args.count("_clear", a, kw, 0, 0);
            of(ctx).clear();
            return PyNone.NONE;
        });
        Args.def(d, "_ncallbacks", (a, kw) -> {
            Args.count("_ncallbacks", a, kw, 0, 0);
            return (long) of(ctx).size();
        });
        Args.def(d, "_run_exitfuncs", (a, kw) -> {
            Args.count("_run_exitfuncs", a, kw, 0, 0);
            run(ctx);
            return PyNone.NONE;
        });
        return m;
    }

    /** Runs and forgets the context's exit functions; errors are reported as CPython does, and ignored. */
    @TruffleBoundary
    public static void runExitFunctions(BytepyContext ctx) {
        if (CALLBACKS.containsKey(ctx)) {
            run(ctx);
            CALLBACKS.remove(ctx);
        }
    }

    private static void run(BytepyContext ctx) {
        List<Callback> l = of(ctx);
        while (!l.isEmpty()) {
            Callback c = l.remove(l.size() - 1);
            if (c == null) {
                continue;
            }
            try {
                PyCalls.call(c.func(), c.args(), c.kwargs(), null);
            } catch (PyException e) {
                ctx.out().flush();
                PyBaseException v = e.getValue();
                if (!v.getType().isSubtypeOf(PyTypes.SYSTEM_EXIT)) {
                    ctx.err().println("Exception ignored in atexit callback: " + PyObjects.repr(c.func()));
                    ctx.err().print(org.bytepy.runtime.Tracebacks.format(v));
                }
                ctx.err().flush();
            }
        }
        ctx.out().flush();
    }
}
