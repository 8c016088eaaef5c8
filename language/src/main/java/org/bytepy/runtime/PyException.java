package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Java throwable that carries a Python exception ({@link PyBaseException}) up the stack. Its Truffle
 * stack trace is the Python traceback. To other languages it is a guest exception whose message is
 * CPython's last traceback line, e.g. {@code ZeroDivisionError: division by zero}.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PyBaseException value;

    public PyException(PyBaseException value, Node location) {
        super(null, null, UNLIMITED_STACK_TRACE, resolve(location));
        this.value = value;
        value.lastThrown = this;
    }

    private static Node resolve(Node location) {
        if (location != null && location.isAdoptable()) {
            return location;
        }
        return EncapsulatingNodeReference.getCurrent().get();
    }

    public PyBaseException getValue() {
        return value;
    }

    public PyType getType() {
        return value.getType();
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return PyObjects.formatExceptionLine(value);
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        String name = value.getType().getName();
        if (name.equals("SyntaxError") || name.equals("IndentationError") || name.equals("TabError")) {
            return ExceptionType.PARSE_ERROR;
        }
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return false;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return org.bytepy.BytepyLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return org.bytepy.interop.PyInterop.toDisplayString(value, allowSideEffects);
    }

    /** The exception's Python type. */
    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return value.getType();
    }
}
