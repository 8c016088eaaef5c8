package org.bytepy.runtime;

import java.lang.invoke.MethodHandles;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.utilities.TriState;

import org.bytepy.BytepyLanguage;

/**
 * An instance of a user-defined class: its attributes live in the object's shape (Truffle's
 * {@link DynamicObject}), so instances of one class with the same attributes share a layout. To other
 * languages it exports the messages of every Python value ({@link org.bytepy.interop.PyInterop}).
 */
@ExportLibrary(InteropLibrary.class)
public final class PyObject extends DynamicObject implements PyObjectBase {
    public static final Shape ROOT_SHAPE = Shape.newBuilder().layout(PyObject.class, MethodHandles.lookup()).build();

    private PyType type;
    /** For instances of subclasses of int/str/float/tuple/bytes/list/dict/set: the built-in value they carry. */
    public Object nativeValue;
    /** The Java state of an instance of a type implemented in Java but dispatched like a user class (e.g. mappingproxy). */
    public Object hidden;

    public PyObject(PyType type) {
        super(ROOT_SHAPE);
        this.type = type;
    }

    /** The built-in value of an instance of a subclass of a built-in type, else {@code o} itself. */
    public static Object unwrap(Object o) {
        return o instanceof PyObject po && po.nativeValue != null ? po.nativeValue : o;
    }

    public static boolean hasNative(Object o) {
        return o instanceof PyObject po && po.nativeValue != null;
    }

    @Override
    public PyType getPyType() {
        return type;
    }

    public void setPyType(PyType type) {
        this.type = type;
    }

    /**
     * The instance's {@code __dict__} once Python code asked for it: from then on the attributes live
     * in this dict (so writes through {@code obj.__dict__} are seen), and the shape holds none.
     */
    public PyDict instanceDict;

    @TruffleBoundary
    public Object getAttribute(String name) {
        if (instanceDict != null) {
            return instanceDict.getStr(name);
        }
        return DynamicObjectLibrary.getUncached().getOrDefault(this, name, null);
    }

    @TruffleBoundary
    public void setAttribute(String name, Object value) {
        if (instanceDict != null) {
            instanceDict.put(name, value);
            return;
        }
        DynamicObjectLibrary.getUncached().put(this, name, value);
    }

    @TruffleBoundary
    public boolean removeAttribute(String name) {
        if (instanceDict != null) {
            return instanceDict.remove(name) != null;
        }
        return DynamicObjectLibrary.getUncached().removeKey(this, name);
    }

    /** {@code obj.__dict__}: switches the instance to dict storage (once) and returns the live dict. */
    @TruffleBoundary
    public PyDict liveDict() {
        if (instanceDict == null) {
            PyDict d = new PyDict();
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            for (Object k : lib.getKeyArray(this)) {
                d.put(k, lib.getOrDefault(this, k, null));
            }
            for (Object k : lib.getKeyArray(this)) {
                lib.removeKey(this, k);
            }
            instanceDict = d;
        }
        return instanceDict;
    }

    /** {@code obj.__dict__ = d}. */
    @TruffleBoundary
    public void replaceDict(PyDict d) {
        liveDict();
        instanceDict = d;
    }

    /** The instance attributes as a new dict ({@code __dict__}, read-only snapshot). */
    @TruffleBoundary
    public PyDict attributes() {
        if (instanceDict != null) {
            PyDict copy = new PyDict();
            for (PyDict.Entry e : instanceDict.entries()) {
                copy.put(e.key, e.value);
            }
            return copy;
        }
        PyDict d = new PyDict();
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (Object k : lib.getKeyArray(this)) {
            d.put(k, lib.getOrDefault(this, k, null));
        }
        return d;
    }

    // ---- InteropLibrary: the same messages as org.bytepy.interop.PyInteropObject

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return BytepyLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return org.bytepy.interop.PyInterop.toDisplayString(this, allowSideEffects);
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return org.bytepy.interop.PyInterop.getMetaObject(this);
    }

    @ExportMessage
    TriState isIdenticalOrUndefined(Object other) {
        return org.bytepy.interop.PyInterop.isIdenticalOrUndefined(this, other);
    }

    @ExportMessage
    int identityHashCode() {
        return org.bytepy.interop.PyInterop.identityHashCode(this);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return org.bytepy.interop.PyInterop.getMembers(this, includeInternal);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return org.bytepy.interop.PyInterop.isMemberReadable(this, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return org.bytepy.interop.PyInterop.readMember(this, member);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return org.bytepy.interop.PyInterop.isMemberModifiable(this, member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return org.bytepy.interop.PyInterop.isMemberInsertable(this, member);
    }

    @ExportMessage
    void writeMember(String member, Object value) throws UnsupportedMessageException {
        org.bytepy.interop.PyInterop.writeMember(this, member, value);
    }

    @ExportMessage
    boolean isMemberRemovable(String member) {
        return org.bytepy.interop.PyInterop.isMemberRemovable(this, member);
    }

    @ExportMessage
    void removeMember(String member) throws UnsupportedMessageException, UnknownIdentifierException {
        org.bytepy.interop.PyInterop.removeMember(this, member);
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return org.bytepy.interop.PyInterop.isMemberInvocable(this, member);
    }

    @ExportMessage
    Object invokeMember(String member, Object... arguments) throws UnknownIdentifierException {
        return org.bytepy.interop.PyInterop.invokeMember(this, member, arguments);
    }

    @ExportMessage
    boolean isExecutable() {
        return org.bytepy.interop.PyInterop.isExecutable(this);
    }

    @ExportMessage
    Object execute(Object... arguments) throws UnsupportedMessageException {
        return org.bytepy.interop.PyInterop.execute(this, arguments);
    }

    @ExportMessage
    boolean hasArrayElements() {
        return org.bytepy.interop.PyInterop.hasArrayElements(this);
    }

    @ExportMessage
    long getArraySize() throws UnsupportedMessageException {
        return org.bytepy.interop.PyInterop.getArraySize(this);
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return org.bytepy.interop.PyInterop.isArrayElementReadable(this, index);
    }

    @ExportMessage
    Object readArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        return org.bytepy.interop.PyInterop.readArrayElement(this, index);
    }

    @ExportMessage
    boolean isArrayElementModifiable(long index) {
        return org.bytepy.interop.PyInterop.isArrayElementModifiable(this, index);
    }

    @ExportMessage
    boolean isArrayElementInsertable(long index) {
        return org.bytepy.interop.PyInterop.isArrayElementInsertable(this, index);
    }

    @ExportMessage
    void writeArrayElement(long index, Object value) throws UnsupportedMessageException, InvalidArrayIndexException {
        org.bytepy.interop.PyInterop.writeArrayElement(this, index, value);
    }

    @ExportMessage
    boolean isArrayElementRemovable(long index) {
        return org.bytepy.interop.PyInterop.isArrayElementRemovable(this, index);
    }

    @ExportMessage
    void removeArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        org.bytepy.interop.PyInterop.removeArrayElement(this, index);
    }

    @ExportMessage
    boolean hasHashEntries() {
        return org.bytepy.interop.PyInterop.hasHashEntries(this);
    }

    @ExportMessage
    long getHashSize() throws UnsupportedMessageException {
        return org.bytepy.interop.PyInterop.getHashSize(this);
    }

    @ExportMessage
    boolean isHashEntryReadable(Object key) {
        return org.bytepy.interop.PyInterop.isHashEntryReadable(this, key);
    }

    @ExportMessage
    Object readHashValue(Object key) throws UnsupportedMessageException, UnknownKeyException {
        return org.bytepy.interop.PyInterop.readHashValue(this, key);
    }

    @ExportMessage
    boolean isHashEntryModifiable(Object key) {
        return org.bytepy.interop.PyInterop.isHashEntryModifiable(this, key);
    }

    @ExportMessage
    boolean isHashEntryInsertable(Object key) {
        return org.bytepy.interop.PyInterop.isHashEntryInsertable(this, key);
    }

    @ExportMessage
    void writeHashEntry(Object key, Object value) throws UnsupportedMessageException, UnsupportedTypeException {
        org.bytepy.interop.PyInterop.writeHashEntry(this, key, value);
    }

    @ExportMessage
    boolean isHashEntryRemovable(Object key) {
        return org.bytepy.interop.PyInterop.isHashEntryRemovable(this, key);
    }

    @ExportMessage
    void removeHashEntry(Object key) throws UnsupportedMessageException, UnknownKeyException {
        org.bytepy.interop.PyInterop.removeHashEntry(this, key);
    }

    @ExportMessage
    Object getHashEntriesIterator() throws UnsupportedMessageException {
        return org.bytepy.interop.PyInterop.getHashEntriesIterator(this);
    }

    @ExportMessage
    boolean hasIterator() {
        return org.bytepy.interop.PyInterop.hasIterator(this);
    }

    @ExportMessage
    Object getIterator() throws UnsupportedMessageException {
        return org.bytepy.interop.PyInterop.getIterator(this);
    }

    @ExportMessage
    boolean isIterator() {
        return org.bytepy.interop.PyInterop.isIterator(this);
    }

    @ExportMessage
    boolean hasIteratorNextElement() throws UnsupportedMessageException {
        return org.bytepy.interop.PyInterop.hasIteratorNextElement(this);
    }

    @ExportMessage
    Object getIteratorNextElement() throws UnsupportedMessageException, StopIterationException {
        return org.bytepy.interop.PyInterop.getIteratorNextElement(this);
    }

    // instances of subclasses of int, float and str (IntEnum members, ...) are numbers and strings

    @ExportMessage
    boolean isNumber() {
        return org.bytepy.interop.PyInterop.isNativeNumber(this);
    }

    @ExportMessage
    boolean fitsInByte() {
        return org.bytepy.interop.PyInterop.nativeFits(this, org.bytepy.interop.PyInterop.BYTE);
    }

    @ExportMessage
    byte asByte() throws UnsupportedMessageException {
        return (Byte) org.bytepy.interop.PyInterop.nativeAs(this, org.bytepy.interop.PyInterop.BYTE);
    }

    @ExportMessage
    boolean fitsInShort() {
        return org.bytepy.interop.PyInterop.nativeFits(this, org.bytepy.interop.PyInterop.SHORT);
    }

    @ExportMessage
    short asShort() throws UnsupportedMessageException {
        return (Short) org.bytepy.interop.PyInterop.nativeAs(this, org.bytepy.interop.PyInterop.SHORT);
    }

    @ExportMessage
    boolean fitsInInt() {
        return org.bytepy.interop.PyInterop.nativeFits(this, org.bytepy.interop.PyInterop.INT);
    }

    @ExportMessage
    int asInt() throws UnsupportedMessageException {
        return (Integer) org.bytepy.interop.PyInterop.nativeAs(this, org.bytepy.interop.PyInterop.INT);
    }

    @ExportMessage
    boolean fitsInLong() {
        return org.bytepy.interop.PyInterop.nativeFits(this, org.bytepy.interop.PyInterop.LONG);
    }

    @ExportMessage
    long asLong() throws UnsupportedMessageException {
        return (Long) org.bytepy.interop.PyInterop.nativeAs(this, org.bytepy.interop.PyInterop.LONG);
    }

    @ExportMessage
    boolean fitsInFloat() {
        return org.bytepy.interop.PyInterop.nativeFits(this, org.bytepy.interop.PyInterop.FLOAT);
    }

    @ExportMessage
    float asFloat() throws UnsupportedMessageException {
        return (Float) org.bytepy.interop.PyInterop.nativeAs(this, org.bytepy.interop.PyInterop.FLOAT);
    }

    @ExportMessage
    boolean fitsInDouble() {
        return org.bytepy.interop.PyInterop.nativeFits(this, org.bytepy.interop.PyInterop.DOUBLE);
    }

    @ExportMessage
    double asDouble() throws UnsupportedMessageException {
        return (Double) org.bytepy.interop.PyInterop.nativeAs(this, org.bytepy.interop.PyInterop.DOUBLE);
    }

    @ExportMessage
    boolean fitsInBigInteger() {
        return org.bytepy.interop.PyInterop.nativeFits(this, org.bytepy.interop.PyInterop.BIG_INTEGER);
    }

    @ExportMessage
    java.math.BigInteger asBigInteger() throws UnsupportedMessageException {
        return (java.math.BigInteger) org.bytepy.interop.PyInterop.nativeAs(this, org.bytepy.interop.PyInterop.BIG_INTEGER);
    }

    @ExportMessage
    boolean isString() {
        return org.bytepy.interop.PyInterop.isNativeString(this);
    }

    @ExportMessage
    String asString() throws UnsupportedMessageException {
        return org.bytepy.interop.PyInterop.nativeString(this);
    }
}
