package org.bytepy.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.utilities.TriState;

import org.bytepy.BytepyLanguage;
import org.bytepy.runtime.PyType;

/**
 * The base class of bytepy's Java runtime objects (list, tuple, dict, functions, types, modules,
 * iterators, exception objects, ...): exports InteropLibrary for all of them at once, in Python's terms,
 * through {@link PyInterop}. Instances of user classes ({@code PyObject}, a DynamicObject) export the
 * same messages themselves.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class PyInteropObject implements TruffleObject {

    /** The Python value this object stands for: itself, except for {@link InteropWrapper}. */
    Object py() {
        return this;
    }

    private PyType metaObject() throws UnsupportedMessageException {
        if (py() instanceof PyType t) {
            return t;
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return BytepyLanguage.class;
    }

    @ExportMessage
    final Object toDisplayString(boolean allowSideEffects) {
        return PyInterop.toDisplayString(py(), allowSideEffects);
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return PyInterop.getMetaObject(py());
    }

    @ExportMessage
    final TriState isIdenticalOrUndefined(Object other) {
        return PyInterop.isIdenticalOrUndefined(py(), other);
    }

    @ExportMessage
    final int identityHashCode() {
        return PyInterop.identityHashCode(py());
    }

    @ExportMessage
    final boolean hasMembers() {
        return true;
    }

    @ExportMessage
    final Object getMembers(boolean includeInternal) {
        return PyInterop.getMembers(py(), includeInternal);
    }

    @ExportMessage
    final boolean isMemberReadable(String member) {
        return PyInterop.isMemberReadable(py(), member);
    }

    @ExportMessage
    final Object readMember(String member) throws UnknownIdentifierException {
        return PyInterop.readMember(py(), member);
    }

    @ExportMessage
    final boolean isMemberModifiable(String member) {
        return PyInterop.isMemberModifiable(py(), member);
    }

    @ExportMessage
    final boolean isMemberInsertable(String member) {
        return PyInterop.isMemberInsertable(py(), member);
    }

    @ExportMessage
    final void writeMember(String member, Object value) throws UnsupportedMessageException {
        PyInterop.writeMember(py(), member, value);
    }

    @ExportMessage
    final boolean isMemberRemovable(String member) {
        return PyInterop.isMemberRemovable(py(), member);
    }

    @ExportMessage
    final void removeMember(String member) throws UnsupportedMessageException, UnknownIdentifierException {
        PyInterop.removeMember(py(), member);
    }

    @ExportMessage
    final boolean isMemberInvocable(String member) {
        return PyInterop.isMemberInvocable(py(), member);
    }

    @ExportMessage
    final Object invokeMember(String member, Object... arguments) throws UnknownIdentifierException {
        return PyInterop.invokeMember(py(), member, arguments);
    }

    @ExportMessage
    final boolean isExecutable() {
        return PyInterop.isExecutable(py());
    }

    @ExportMessage
    final Object execute(Object... arguments) throws UnsupportedMessageException {
        return PyInterop.execute(py(), arguments);
    }

    @ExportMessage
    final boolean hasExecutableName() {
        return PyInterop.hasExecutableName(py());
    }

    @ExportMessage
    final Object getExecutableName() throws UnsupportedMessageException {
        return PyInterop.getExecutableName(py());
    }

    @ExportMessage
    final boolean hasSourceLocation() {
        return PyInterop.hasSourceLocation(py());
    }

    @ExportMessage
    @TruffleBoundary
    final SourceSection getSourceLocation() throws UnsupportedMessageException {
        return (SourceSection) PyInterop.getSourceLocation(py());
    }

    @ExportMessage
    final boolean isInstantiable() {
        return PyInterop.isInstantiable(py());
    }

    @ExportMessage
    final Object instantiate(Object... arguments) throws UnsupportedMessageException {
        return PyInterop.execute(py(), arguments);
    }

    @ExportMessage
    final boolean hasArrayElements() {
        return PyInterop.hasArrayElements(py());
    }

    @ExportMessage
    final long getArraySize() throws UnsupportedMessageException {
        return PyInterop.getArraySize(py());
    }

    @ExportMessage
    final boolean isArrayElementReadable(long index) {
        return PyInterop.isArrayElementReadable(py(), index);
    }

    @ExportMessage
    final Object readArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        return PyInterop.readArrayElement(py(), index);
    }

    @ExportMessage
    final boolean isArrayElementModifiable(long index) {
        return PyInterop.isArrayElementModifiable(py(), index);
    }

    @ExportMessage
    final boolean isArrayElementInsertable(long index) {
        return PyInterop.isArrayElementInsertable(py(), index);
    }

    @ExportMessage
    final void writeArrayElement(long index, Object value) throws UnsupportedMessageException, InvalidArrayIndexException {
        PyInterop.writeArrayElement(py(), index, value);
    }

    @ExportMessage
    final boolean isArrayElementRemovable(long index) {
        return PyInterop.isArrayElementRemovable(py(), index);
    }

    @ExportMessage
    final void removeArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        PyInterop.removeArrayElement(py(), index);
    }

    @ExportMessage
    final boolean hasHashEntries() {
        return PyInterop.hasHashEntries(py());
    }

    @ExportMessage
    final long getHashSize() throws UnsupportedMessageException {
        return PyInterop.getHashSize(py());
    }

    @ExportMessage
    final boolean isHashEntryReadable(Object key) {
        return PyInterop.isHashEntryReadable(py(), key);
    }

    @ExportMessage
    final Object readHashValue(Object key) throws UnsupportedMessageException, UnknownKeyException {
        return PyInterop.readHashValue(py(), key);
    }

    @ExportMessage
    final boolean isHashEntryModifiable(Object key) {
        return PyInterop.isHashEntryModifiable(py(), key);
    }

    @ExportMessage
    final boolean isHashEntryInsertable(Object key) {
        return PyInterop.isHashEntryInsertable(py(), key);
    }

    @ExportMessage
    final void writeHashEntry(Object key, Object value) throws UnsupportedMessageException, UnsupportedTypeException {
        PyInterop.writeHashEntry(py(), key, value);
    }

    @ExportMessage
    final boolean isHashEntryRemovable(Object key) {
        return PyInterop.isHashEntryRemovable(py(), key);
    }

    @ExportMessage
    final void removeHashEntry(Object key) throws UnsupportedMessageException, UnknownKeyException {
        PyInterop.removeHashEntry(py(), key);
    }

    @ExportMessage
    final Object getHashEntriesIterator() throws UnsupportedMessageException {
        return PyInterop.getHashEntriesIterator(py());
    }

    @ExportMessage
    final boolean hasIterator() {
        return PyInterop.hasIterator(py());
    }

    @ExportMessage
    final Object getIterator() throws UnsupportedMessageException {
        return PyInterop.getIterator(py());
    }

    @ExportMessage
    final boolean isIterator() {
        return PyInterop.isIterator(py());
    }

    @ExportMessage
    final boolean hasIteratorNextElement() throws UnsupportedMessageException {
        return PyInterop.hasIteratorNextElement(py());
    }

    @ExportMessage
    final Object getIteratorNextElement() throws UnsupportedMessageException, StopIterationException {
        return PyInterop.getIteratorNextElement(py());
    }

    @ExportMessage
    final boolean isException() {
        return PyInterop.isException(py());
    }

    @ExportMessage
    final RuntimeException throwException() throws UnsupportedMessageException {
        return PyInterop.throwException(py());
    }

    @ExportMessage
    final boolean isMetaObject() {
        return py() instanceof PyType;
    }

    @ExportMessage
    final Object getMetaQualifiedName() throws UnsupportedMessageException {
        return PyInterop.getMetaQualifiedName(metaObject());
    }

    @ExportMessage
    final Object getMetaSimpleName() throws UnsupportedMessageException {
        return PyInterop.getMetaSimpleName(metaObject());
    }

    @ExportMessage
    final boolean isMetaInstance(Object instance) throws UnsupportedMessageException {
        return PyInterop.isMetaInstance(metaObject(), instance);
    }

    @ExportMessage
    final boolean hasMetaParents() {
        return py() instanceof PyType;
    }

    @ExportMessage
    final Object getMetaParents() throws UnsupportedMessageException {
        return PyInterop.getMetaParents(metaObject());
    }
}
