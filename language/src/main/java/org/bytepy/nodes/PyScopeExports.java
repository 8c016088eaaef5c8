package org.bytepy.nodes;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.bytecode.TagTreeNode;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;

import org.bytepy.BytepyLanguage;

/**
 * The local variables a debugger sees at a tagged location: the Bytecode DSL's default scope (locals
 * by name, read from the frame) without the compiler's temporaries ({@code .t0}, ...), whose names
 * start with a dot and are no Python variables.
 */
@ExportLibrary(value = NodeLibrary.class, receiverType = TagTreeNode.class)
final class PyScopeExports {
    private PyScopeExports() {
    }

    @ExportMessage
    static boolean hasScope(@SuppressWarnings("unused") TagTreeNode node, @SuppressWarnings("unused") Frame frame) {
        return true;
    }

    @ExportMessage
    static Object getScope(TagTreeNode node, Frame frame, boolean nodeEnter) {
        return new PythonLocals(node.createDefaultScope(frame, nodeEnter));
    }

    /** Delegates to the default scope; only the member list is filtered. */
    @ExportLibrary(InteropLibrary.class)
    static final class PythonLocals implements TruffleObject {
        private static final InteropLibrary INTEROP = InteropLibrary.getUncached();
        final Object scope;

        PythonLocals(Object scope) {
            this.scope = scope;
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
        boolean hasMembers() {
            return true;
        }

        @ExportMessage
        @TruffleBoundary
        Object getMembers(boolean includeInternal) throws UnsupportedMessageException {
            Object all = INTEROP.getMembers(scope, includeInternal);
            List<Object> names = new ArrayList<>();
            long n = INTEROP.getArraySize(all);
            for (long i = 0; i < n; i++) {
                try {
                    Object name = INTEROP.readArrayElement(all, i);
                    if (!INTEROP.asString(name).startsWith(".")) {
                        names.add(name);
                    }
                } catch (InvalidArrayIndexException e) {
                    throw UnsupportedMessageException.create(e);
                }
            }
            return new Names(names.toArray());
        }

        @ExportMessage
        @TruffleBoundary
        boolean isMemberReadable(String member) {
            return !member.startsWith(".") && INTEROP.isMemberReadable(scope, member);
        }

        @ExportMessage
        @TruffleBoundary
        Object readMember(String member) throws UnsupportedMessageException, UnknownIdentifierException {
            if (member.startsWith(".")) {
                throw UnknownIdentifierException.create(member);
            }
            return INTEROP.readMember(scope, member);
        }

        @ExportMessage
        @TruffleBoundary
        boolean isMemberModifiable(String member) {
            return !member.startsWith(".") && INTEROP.isMemberModifiable(scope, member);
        }

        @ExportMessage
        boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
            return false;
        }

        @ExportMessage
        @TruffleBoundary
        void writeMember(String member, Object value) throws UnsupportedMessageException, UnknownIdentifierException, UnsupportedTypeException {
            if (member.startsWith(".")) {
                throw UnknownIdentifierException.create(member);
            }
            INTEROP.writeMember(scope, member, value);
        }

        @ExportMessage
        @TruffleBoundary
        boolean hasSourceLocation() {
            return INTEROP.hasSourceLocation(scope);
        }

        @ExportMessage
        @TruffleBoundary
        SourceSection getSourceLocation() throws UnsupportedMessageException {
            return INTEROP.getSourceLocation(scope);
        }

        @ExportMessage
        @TruffleBoundary
        Object toDisplayString(boolean allowSideEffects) {
            return INTEROP.toDisplayString(scope, allowSideEffects);
        }
    }

    @ExportLibrary(InteropLibrary.class)
    static final class Names implements TruffleObject {
        final Object[] names;

        Names(Object[] names) {
            this.names = names;
        }

        @ExportMessage
        boolean hasArrayElements() {
            return true;
        }

        @ExportMessage
        long getArraySize() {
            return names.length;
        }

        @ExportMessage
        boolean isArrayElementReadable(long index) {
            return index >= 0 && index < names.length;
        }

        @ExportMessage
        Object readArrayElement(long index) throws InvalidArrayIndexException {
            if (!isArrayElementReadable(index)) {
                throw InvalidArrayIndexException.create(index);
            }
            return names[(int) index];
        }
    }
}
