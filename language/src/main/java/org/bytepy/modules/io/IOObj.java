package org.bytepy.modules.io;

import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyTypes;

/** The Java state every object of {@code _io} carries: the Python object and whether it is closed. */
abstract class IOObj {
    PyObject self;
    boolean closed;

    /** The message of ValueError for an operation on the closed object. */
    String closedMessage() {
        return "I/O operation on closed file.";
    }

    void checkClosed() {
        if (closed) {
            throw closedError(closedMessage());
        }
    }

    static PyException closedError(String msg) {
        return PyErrors.raise(PyTypes.VALUE_ERROR, msg, null);
    }

    static PyException unsupported(String msg) {
        return PyErrors.raise(IoModule.UNSUPPORTED_OPERATION, msg, null);
    }
}
