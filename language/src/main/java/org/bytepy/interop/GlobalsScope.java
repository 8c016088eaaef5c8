package org.bytepy.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.bytepy.BytepyLanguage;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyTuple;

/**
 * A module's globals as a scope: what {@code Context.getBindings("bytepy")} shows (the globals of
 * {@code __main__}). Reading, writing and removing members reads, writes and deletes global variables.
 */
@ExportLibrary(InteropLibrary.class)
public final class GlobalsScope implements TruffleObject {
    private final PyDict globals;

    public GlobalsScope(PyDict globals) {
        this.globals = globals;
    }

    @ExportMessage
    boolean isScope() {
        return true;
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
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "global";
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        java.util.ArrayList<Object> names = new java.util.ArrayList<>();
        for (Object k : globals.keys()) {
            if (k instanceof String) {
                names.add(k);
            }
        }
        return new PyTuple(names.toArray());
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return globals.getStr(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object v = globals.getStr(member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return PyInterop.toInterop(v);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return isMemberReadable(member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return !isMemberReadable(member);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        globals.put(member, PyInterop.fromInterop(value));
    }

    @ExportMessage
    boolean isMemberRemovable(String member) {
        return isMemberReadable(member);
    }

    @ExportMessage
    @TruffleBoundary
    void removeMember(String member) throws UnknownIdentifierException {
        if (globals.remove(member) == null) {
            throw UnknownIdentifierException.create(member);
        }
    }
}
