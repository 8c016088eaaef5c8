package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.bytepy.BytepyLanguage;

/**
 * How tools see a bytepy value ({@code TruffleLanguage.getLanguageView}): a debugger shows it as its
 * Python {@code repr} ({@code [1, 2, 3]}, {@code 'done'}), and its meta object is its Python type
 * ({@code list}, {@code builtins.list}). Views of types are meta objects themselves.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyLanguageView implements TruffleObject {
    final Object delegate;

    public PyLanguageView(Object delegate) {
        this.delegate = delegate;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return BytepyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        try {
            return PyObjects.repr(delegate);
        } catch (AbstractTruffleException | StackOverflowError e) {
            return "<" + PyObjects.typeName(delegate) + " object>";
        }
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaObject() {
        return new PyLanguageView(PyTypes.typeOf(delegate));
    }

    @ExportMessage
    boolean isMetaObject() {
        return delegate instanceof PyType;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaSimpleName() throws UnsupportedMessageException {
        if (delegate instanceof PyType t) {
            return t.getName();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaQualifiedName() throws UnsupportedMessageException {
        if (delegate instanceof PyType t) {
            Object module = PyObjects.lookupAttr(t, "__module__");
            return module instanceof String m && !m.equals("builtins") ? m + "." + t.getName() : t.getName();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) throws UnsupportedMessageException {
        if (delegate instanceof PyType t) {
            Object v = instance instanceof PyLanguageView view ? view.delegate : instance;
            return PyTypes.typeOf(v).isSubtypeOf(t);
        }
        throw UnsupportedMessageException.create();
    }
}
