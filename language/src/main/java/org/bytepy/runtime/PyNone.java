package org.bytepy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's {@code None}: the one instance of {@code NoneType}; null to other languages. */
@ExportLibrary(InteropLibrary.class)
public final class PyNone implements TruffleObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "None";
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
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return PyTypes.NONE_TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
