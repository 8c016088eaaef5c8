package org.bytepy.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The hook through which a profiler ({@code _lsprof}, i.e. {@code cProfile}) sees calls of functions
 * written in Java. Python functions are seen through Truffle instrumentation (RootTag); built-in
 * functions are plain Java calls, so the bytecode's call operations check {@link #isActive()} first.
 * That check is an {@link Assumption}: while no profiler is enabled it folds away in compiled code
 * and costs one field read in the interpreter.
 *
 * <p>As in CPython, only calls made by Python code count (the {@code CALL} instruction's event), not
 * builtins that Java code calls internally (a {@code key=} function called by {@code sorted}).
 */
public final class BuiltinCallProfiling {
    private BuiltinCallProfiling() {
    }

    /** What a profiler is told about a built-in call. */
    public interface Listener {
        /** A built-in function is about to run; {@code self} is its bound object or null. Returns false to not report its exit. */
        boolean enter(PyBuiltinFunction fn, Object self);

        /** The built-in function returned or raised. */
        void exit(PyBuiltinFunction fn);
    }

    /** What a profiler calls the class statement's work ({@code builtins.__build_class__} in CPython). */
    public static final PyBuiltinFunction BUILD_CLASS = new PyBuiltinFunction("__build_class__", null, (args, kw) -> {
        throw new IllegalStateException("only a profiler's label");
    });

    @CompilationFinal private static Assumption inactive = Assumption.create("no built-in call profiler");
    private static volatile Listener listener;

    /** True while a listener is installed (the slow path must then be taken). */
    public static boolean isActive() {
        return !inactive.isValid();
    }

    /** Installs (or with null removes) the listener. */
    @TruffleBoundary
    public static synchronized void setListener(Listener l) {
        listener = l;
        if (l != null) {
            inactive.invalidate();
        } else if (!inactive.isValid()) {
            inactive = Assumption.create("no built-in call profiler");
        }
    }

    /** Runs {@code body} reported as a call of the built-in {@code fn}. */
    @TruffleBoundary
    public static Object around(PyBuiltinFunction fn, java.util.function.Supplier<Object> body) {
        Listener l = listener;
        if (l == null || !l.enter(fn, null)) {
            return body.get();
        }
        try {
            return body.get();
        } finally {
            l.exit(fn);
        }
    }

    /** A call from Python code while a profiler may be listening: reports it when the callee is a built-in. */
    @TruffleBoundary
    public static Object call(Object callee, Object[] args, PyDict kwargs, Node node) {
        Listener l = listener;
        PyBuiltinFunction fn = null;
        Object self = null;
        if (l != null) {
            if (callee instanceof PyBuiltinFunction b) {
                fn = b;
                self = b.owner != null && args.length > 0 ? args[0] : null;
            } else if (callee instanceof PyBoundMethod m && m.function instanceof PyBuiltinFunction b) {
                fn = b;
                self = m.self;
            }
        }
        if (fn == null || !l.enter(fn, self)) {
            return PyCalls.call(callee, args, kwargs, node);
        }
        try {
            return PyCalls.call(callee, args, kwargs, node);
        } finally {
            l.exit(fn);
        }
    }
}
