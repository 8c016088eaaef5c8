package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Factories for the Python exceptions the runtime raises, with CPython's messages. */
public final class PyErrors {
    private PyErrors() {
    }

    @TruffleBoundary
    public static PyException raise(PyType type, String message, Node location) {
        return new PyException(new PyBaseException(type, message == null ? PyTuple.EMPTY : PyTuple.of(message)), location);
    }

    @TruffleBoundary
    public static PyException format(PyType type, Node location, String format, Object... args) {
        return raise(type, String.format(format, args), location);
    }

    public static PyException typeError(String message) {
        CompilerDirectives.transferToInterpreter();
        return raise(PyTypes.TYPE_ERROR, message, null);
    }

    public static PyException typeError(Node location, String format, Object... args) {
        return format(PyTypes.TYPE_ERROR, location, format, args);
    }

    public static PyException valueError(Node location, String format, Object... args) {
        return format(PyTypes.VALUE_ERROR, location, format, args);
    }

    public static PyException zeroDivision(Node location, String message) {
        return raise(PyTypes.ZERO_DIVISION_ERROR, message, location);
    }

    public static PyException indexError(Node location, String message) {
        return raise(PyTypes.INDEX_ERROR, message, location);
    }

    public static PyException overflow(Node location, String message) {
        return raise(PyTypes.OVERFLOW_ERROR, message, location);
    }

    public static PyException attributeError(Node location, String format, Object... args) {
        return format(PyTypes.ATTRIBUTE_ERROR, location, format, args);
    }

    public static PyException nameError(Node location, String name) {
        PyException e = format(PyTypes.NAME_ERROR, location, "name '%s' is not defined", name);
        e.getValue().setAttribute("name", name);
        return e;
    }

    public static PyException unboundLocal(Node location, String name) {
        return format(PyTypes.UNBOUND_LOCAL_ERROR, location, "cannot access local variable '%s' where it is not associated with a value", name);
    }

    /** The type name CPython shows in messages: {@code 'int'}, {@code 'str'}, .... */
    @TruffleBoundary
    public static String typeName(Object o) {
        return PyTypes.typeOf(o).getName();
    }
}
