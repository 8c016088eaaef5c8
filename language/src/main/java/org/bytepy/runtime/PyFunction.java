package org.bytepy.runtime;


/**
 * A Python function: a code object bound to its globals, default values and closure cells. It is the
 * first frame argument of every call of its code ({@code frame.getArguments()[0]}), which is how the
 * bytecode finds globals and free variables.
 */
public final class PyFunction extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public final PyCode code;
    public final PyDict globals;
    /** Defaults of the last positional parameters, or an empty array. */
    public Object[] defaults;
    /** Keyword-only defaults by name, or null. */
    public PyDict kwDefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    public Object doc = PyNone.NONE;
    public PyDict dict;
    /** {@code __annotations__}: made on first access when the def had none. */
    public Object annotations;

    public PyFunction(PyCode code, PyDict globals, Object[] defaults, PyDict kwDefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        this.doc = code.docstring;
    }

    /**
     * Runs this function's code on already bound frame arguments (the generic call path), counted
     * against the recursion limit; a generator function returns its generator.
     */
    public Object callBound(Object[] frameArgs, com.oracle.truffle.api.nodes.Node node) {
        PyThreadState ts = org.bytepy.BytepyContext.get(node).getThreadState();
        int depth = ts.enter(node);
        try {
            return code.wrapResult(code.getCallTarget().call(node, frameArgs));
        } finally {
            ts.exit(depth);
        }
    }

    @Override
    public PyType getPyType() {
        return PyTypes.FUNCTION;
    }
}
