package org.bytepy.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A traceback object as {@code __exit__} and {@code sys.exc_info()} see it: the innermost frame's line. */
public final class PyTraceback implements TruffleObject, PyObjectBase {
    public static final PyType TYPE = new PyType("traceback", true, PyTypes.OBJECT);

    public final PyBaseException exception;

    private PyTraceback(PyBaseException exception) {
        this.exception = exception;
    }

    public static Object of(PyBaseException e) {
        return new PyTraceback(e);
    }

    @Override
    public PyType getPyType() {
        return TYPE;
    }
}
