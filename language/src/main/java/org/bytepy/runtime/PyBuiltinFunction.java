package org.bytepy.runtime;


/** A function written in Java ({@code builtin_function_or_method}): {@code len}, {@code list.append}, .... */
public final class PyBuiltinFunction extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    /** The Java body. {@code kwargs} is null when the call passed no keyword arguments. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, PyDict kwargs);
    }

    /**
     * A body for calls with exactly one positional argument (for a method: self alone) that the
     * interpreter calls without a {@code @TruffleBoundary}, so that Graal compiles it into the caller.
     * It must be small and loop-free on its fast path and reach everything else through a boundary
     * method (usually {@link #body}). Set once, when the function is made.
     */
    @FunctionalInterface
    public interface Fast1 {
        Object call(Object a, com.oracle.truffle.api.nodes.Node node);
    }

    /** As {@link Fast1}, for exactly two positional arguments (for a method: self and one). */
    @FunctionalInterface
    public interface Fast2 {
        Object call(Object a, Object b, com.oracle.truffle.api.nodes.Node node);
    }

    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal public Fast1 fast1;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal public Fast2 fast2;

    public final String name;
    public final Body body;
    /** The type this is a method of, or null for a module-level function. */
    public final PyType owner;
    /**
     * A function of a module's namespace (made by {@code Args.def}): it does not bind as a method when
     * stored in a class, as CPython's builtin functions have no {@code __get__}.
     */
    public boolean moduleFunction;

    public PyBuiltinFunction(String name, PyType owner, Body body) {
        this.name = name;
        this.owner = owner;
        this.body = body;
    }

    @Override
    public PyType getPyType() {
        return PyTypes.BUILTIN_FUNCTION;
    }
}
