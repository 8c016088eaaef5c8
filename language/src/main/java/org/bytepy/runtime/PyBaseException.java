package org.bytepy.runtime;


/**
 * A Python exception object (an instance of {@code BaseException} or a subclass). The Java throwable
 * that carries it through the interpreter is {@link PyException}.
 */
public final class PyBaseException extends org.bytepy.interop.PyInteropObject {
    private final PyType type;
    private PyTuple args;
    /** {@code __cause__} (explicit chaining) or null. */
    public PyBaseException cause;
    /** {@code __context__} (implicit chaining) or null. */
    public PyBaseException context;
    public boolean suppressContext;
    /** The throwable that last carried this exception; its Truffle stack trace is the traceback. */
    public PyException lastThrown;
    /** The traceback: one entry per frame the exception passed through, innermost first. */
    public java.util.ArrayList<Tracebacks.Frame> traceback;
    /** Set by a bare {@code raise}: the frame re-raising it is already in the traceback. */
    public boolean reraised;
    /** Extra attributes of specific exception types (e.g. SyntaxError's filename/lineno/offset/text). */
    public java.util.Map<String, Object> attributes;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    public PyType getType() {
        return type;
    }

    public PyTuple getArgs() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public Object getAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    public void setAttribute(String name, Object value) {
        if (attributes == null) {
            attributes = new java.util.LinkedHashMap<>();
        }
        attributes.put(name, value);
    }
}
