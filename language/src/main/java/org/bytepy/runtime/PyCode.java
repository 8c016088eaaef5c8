package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A code object: the compiled form of one scope (module, function, class body, ...), CPython's
 * {@code code} type. It owns the call target of the bytecode root node and the metadata the
 * compiler recorded ({@code co_*}).
 */
public final class PyCode implements TruffleObject, PyObjectBase {
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineno;
    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;
    /** Parameter names, then the other locals, as {@code co_varnames}. */
    @CompilationFinal(dimensions = 1) public final String[] varnames;
    @CompilationFinal(dimensions = 1) public final String[] cellvars;
    @CompilationFinal(dimensions = 1) public final String[] freevars;
    public final boolean hasVarargs;
    public final boolean hasVarkwargs;
    public final int flags;
    @CompilationFinal private RootCallTarget callTarget;
    /** The docstring (first statement a string literal), or None. */
    public Object docstring = PyNone.NONE;

    public PyCode(String name, String qualname, String filename, int firstLineno, int argCount, int posOnlyArgCount, int kwOnlyArgCount, String[] varnames, String[] cellvars,
                    String[] freevars, boolean hasVarargs, boolean hasVarkwargs, int flags) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.hasVarargs = hasVarargs;
        this.hasVarkwargs = hasVarkwargs;
        this.flags = flags;
    }

    /** Number of frame arguments after the function itself: positional + keyword-only + *args + **kwargs. */
    public int totalArgs() {
        return argCount + kwOnlyArgCount + (hasVarargs ? 1 : 0) + (hasVarkwargs ? 1 : 0);
    }

    /** CO_GENERATOR: calling the code makes a generator. */
    public boolean isGenerator() {
        return (flags & 0x20) != 0;
    }

    /** What a call of this code returns: a generator function's first suspension becomes the generator. */
    public Object wrapResult(Object result) {
        if (result instanceof com.oracle.truffle.api.bytecode.ContinuationResult cr) {
            return new PyGenerator(this, cr);
        }
        return result;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public void setCallTarget(RootCallTarget callTarget) {
        this.callTarget = callTarget;
    }

    @Override
    public PyType getPyType() {
        return PyTypes.CODE;
    }
}
