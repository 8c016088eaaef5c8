package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

/**
 * A code object: the compiled form of one scope (module, function, class body, ...), CPython's
 * {@code code} type. It owns the call target of the bytecode root node and the metadata the
 * compiler recorded ({@code co_*}).
 */
public final class PyCode extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
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
    /** {@code co_consts}: constants in order of first use (CPython's order for the common cases), set by the compiler. */
    public Object[] consts = new Object[0];
    /** {@code co_names}: global, attribute and imported names in order of first use. */
    public String[] names = new String[0];
    /** {@code co_varnames} when it differs from {@link #varnames}: variables of inlined comprehensions (CPython 3.12, PEP 709). */
    public String[] displayVarnames;
    /** Source text and mode of code made by {@code compile()}, kept to recompile it for a separate locals mapping. */
    public String sourceText;
    public String sourceMode;
    /** True for code whose module-level names live in a mapping (frame argument 1), for {@code exec(code, globals, locals)}. */
    public boolean mappingNamespace;
    /** The variant of this code compiled for a separate locals mapping (made on first use). */
    public PyCode mappingVariant;

    /**
     * The SyntaxWarnings found while compiling this module-level code, until its compiler's caller
     * issues them ({@code org.bytepy.compiler.CompileErrors#issueWarnings}); null or empty when none.
     */
    public java.util.List<org.bytepy.parser.CompileWarning> compileWarnings;

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
        return (flags & (0x20 | 0x80 | 0x200)) != 0; // generator, coroutine, async generator
    }

    /** What a call of this code returns: a generator function's first suspension becomes the generator. */
    public Object wrapResult(Object result) {
        if (result instanceof com.oracle.truffle.api.bytecode.ContinuationResult cr) {
            return new PyGenerator(this, cr);
        }
        return result;
    }

    /** A copy with other metadata ({@code code.replace()}); the bytecode is shared. */
    public PyCode withMetadata(String newName, String newQualname, String newFilename, int newFirstLineno, int newFlags) {
        PyCode c = new PyCode(newName, newQualname, newFilename, newFirstLineno, argCount, posOnlyArgCount, kwOnlyArgCount, varnames, cellvars, freevars, hasVarargs, hasVarkwargs, newFlags);
        c.callTarget = getCallTarget();
        c.docstring = docstring;
        c.consts = consts;
        c.names = names;
        c.displayVarnames = displayVarnames;
        c.sourceText = sourceText;
        c.sourceMode = sourceMode;
        c.mappingNamespace = mappingNamespace;
        return c;
    }

    /** {@code co_varnames}. */
    public String[] coVarnames() {
        return displayVarnames != null ? displayVarnames : varnames;
    }

    public RootCallTarget getCallTarget() {
        RootCallTarget ct = callTarget;
        if (ct == null && callTargetLoader != null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            ct = loadCallTarget();
        }
        return ct;
    }

    /** Set by the bytecode cache (imports/BytecodeCache): deserializes this code's bytecode on first use. */
    public java.util.function.Supplier<RootCallTarget> callTargetLoader;

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private synchronized RootCallTarget loadCallTarget() {
        if (callTarget == null && callTargetLoader != null) {
            callTarget = callTargetLoader.get();
            callTargetLoader = null;
        }
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
