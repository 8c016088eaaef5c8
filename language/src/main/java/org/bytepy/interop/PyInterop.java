package org.bytepy.interop;

import java.math.BigInteger;
import java.util.LinkedHashSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.utilities.TriState;

import org.bytepy.BytepyContext;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyIterators;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyRange;
import org.bytepy.runtime.PySequence;
import org.bytepy.runtime.PySpecial;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * The boundary between bytepy values and other languages. {@link #toInterop} turns a Python value into
 * an interop value as it leaves (big ints, bytes and objects without exports of their own get a
 * wrapper; foreign objects lose their Python wrapper), {@link #fromInterop} turns an interop value into a
 * Python value as it enters (boxed Java primitives and foreign strings, numbers, booleans and null become
 * Python's; anything else becomes an object of type {@code foreign}, see {@link ForeignObjects}).
 * <p>
 * The other static methods implement the InteropLibrary messages of every Python value, in Python's
 * terms (attributes are members, calling is executing, list/tuple are arrays, dict is a hash, iterators
 * are iterators); {@link PyInteropObject} and {@code PyObject} export them.
 */
public final class PyInterop {
    private PyInterop() {
    }

    // ------------------------------------------------------------------ crossing the boundary

    /** A Python value as it leaves for another language. */
    @TruffleBoundary
    public static Object toInterop(Object v) {
        if (v instanceof Long l) {
            // small ints leave as Java ints, so that languages with an int representation (JS) keep it
            return l == (int) (long) l ? (Object) (int) (long) l : l;
        } else if (v instanceof String || v instanceof Double || v instanceof Boolean || v instanceof Integer) {
            return v;
        } else if (v instanceof PyObject po) {
            return po.getPyType() == PyTypes.FOREIGN && po.hidden != null ? po.hidden : po;
        } else if (v instanceof PyInteropObject || v instanceof PyNone || v instanceof AbstractTruffleException) {
            return v;
        } else if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : new PyBigInt(b);
        } else if (v == null) {
            return PyNone.NONE;
        } else if (v instanceof byte[] || v instanceof PyObjectBase) {
            return new InteropWrapper(v);
        }
        return v;
    }

    /** A value from another language (or from Java) as Python sees it. */
    @TruffleBoundary
    public static Object fromInterop(Object v) {
        if (v instanceof Long || v instanceof String || v instanceof Double || v instanceof Boolean) {
            return v;
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        } else if (v instanceof Float f) {
            return f.doubleValue();
        } else if (v instanceof Character c) {
            return String.valueOf(c);
        } else if (v instanceof TruffleString ts) {
            return ts.toJavaStringUncached();
        } else if (v instanceof InteropWrapper w) {
            return w.value;
        } else if (v instanceof PyBigInt b) {
            return b.value;
        } else if (v instanceof PyInteropObject || v instanceof PyObject || v instanceof PyNone || v instanceof PyException) {
            return v;
        } else if (v == null) {
            return PyNone.NONE;
        }
        InteropLibrary lib = InteropLibrary.getUncached(v);
        try {
            if (lib.isNull(v)) {
                return PyNone.NONE;
            } else if (lib.isBoolean(v)) {
                return lib.asBoolean(v);
            } else if (lib.isString(v)) {
                return lib.asString(v);
            } else if (lib.isNumber(v) && !lib.hasMembers(v)) {
                if (lib.fitsInLong(v)) {
                    return lib.asLong(v);
                } else if (lib.fitsInBigInteger(v)) {
                    return lib.asBigInteger(v);
                } else if (lib.fitsInDouble(v)) {
                    return lib.asDouble(v);
                }
            }
        } catch (UnsupportedMessageException e) {
            // not what it claimed to be: keep it foreign
        }
        return ForeignObjects.wrap(v);
    }

    public static Object[] fromInterop(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = fromInterop(args[i]);
        }
        return out;
    }

    public static Object[] toInterop(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = toInterop(args[i]);
        }
        return out;
    }

    /**
     * A call into Python from another language: the result leaves as an interop value, output printed
     * by the Python code is flushed, and an exception of another language that passed through Python
     * (as {@code polyglot.ForeignException}) leaves as the original exception again.
     */
    @TruffleBoundary
    private static Object callFromOutside(Object callee, Object[] args) {
        try {
            return toInterop(PyCalls.call(callee, fromInterop(args), null, null));
        } catch (PyException e) {
            if (e.getType() == ForeignObjects.FOREIGN_EXCEPTION && e.getValue().getAttribute("exception") instanceof PyObject po
                            && po.hidden instanceof AbstractTruffleException original) {
                throw original;
            }
            throw e;
        } finally {
            BytepyContext.get(null).out().flush();
        }
    }

    // ------------------------------------------------------------------ instances of int, float and str subclasses

    /** The kinds of Java number an int or float subclass instance may fit ({@code fitsIn...}/{@code as...}). */
    public static final int BYTE = 0, SHORT = 1, INT = 2, LONG = 3, FLOAT = 4, DOUBLE = 5, BIG_INTEGER = 6;

    /** The int or float an instance of a subclass of int or float carries (e.g. an IntEnum member), as an interop number; else null. */
    private static Object nativeNumber(Object py) {
        Object v = PyObject.unwrap(py);
        return v != py && (v instanceof Long || v instanceof BigInteger || v instanceof Double) ? toInterop(v) : null;
    }

    @TruffleBoundary
    public static boolean isNativeNumber(Object py) {
        return nativeNumber(py) != null;
    }

    @TruffleBoundary
    public static boolean nativeFits(Object py, int kind) {
        Object n = nativeNumber(py);
        if (n == null) {
            return false;
        }
        InteropLibrary lib = InteropLibrary.getUncached();
        return switch (kind) {
            case BYTE -> lib.fitsInByte(n);
            case SHORT -> lib.fitsInShort(n);
            case INT -> lib.fitsInInt(n);
            case LONG -> lib.fitsInLong(n);
            case FLOAT -> lib.fitsInFloat(n);
            case DOUBLE -> lib.fitsInDouble(n);
            default -> lib.fitsInBigInteger(n);
        };
    }

    @TruffleBoundary
    public static Object nativeAs(Object py, int kind) throws UnsupportedMessageException {
        Object n = nativeNumber(py);
        if (n == null) {
            throw UnsupportedMessageException.create();
        }
        InteropLibrary lib = InteropLibrary.getUncached();
        return switch (kind) {
            case BYTE -> lib.asByte(n);
            case SHORT -> lib.asShort(n);
            case INT -> lib.asInt(n);
            case LONG -> lib.asLong(n);
            case FLOAT -> lib.asFloat(n);
            case DOUBLE -> lib.asDouble(n);
            default -> lib.asBigInteger(n);
        };
    }

    public static boolean isNativeString(Object py) {
        return py instanceof PyObject po && po.nativeValue instanceof String;
    }

    public static String nativeString(Object py) throws UnsupportedMessageException {
        if (py instanceof PyObject po && po.nativeValue instanceof String str) {
            return str;
        }
        throw UnsupportedMessageException.create();
    }

    // ------------------------------------------------------------------ members: attributes

    @TruffleBoundary
    public static Object getMembers(Object py, boolean includeInternal) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (py instanceof PyModule m) {
            addNames(names, m.dict);
        } else {
            if (py instanceof PyObject po) {
                addNames(names, po.attributes());
            } else if (py instanceof PyFunction f && f.dict != null) {
                addNames(names, f.dict);
            }
            PyType t = py instanceof PyType pt ? pt : PyTypes.typeOf(py);
            for (PyType x : t.getMro()) {
                for (String k : x.getDict().keySet()) {
                    names.add(k);
                }
            }
        }
        if (!includeInternal) {
            names.removeIf(n -> n.startsWith("__") && n.endsWith("__"));
        }
        return new PyTuple(names.toArray());
    }

    private static void addNames(LinkedHashSet<String> names, PyDict d) {
        for (Object k : d.keys()) {
            if (k instanceof String s) {
                names.add(s);
            }
        }
    }

    /** The attribute, or null when there is none (an AttributeError counts as none). */
    @TruffleBoundary
    private static Object attribute(Object py, String name) {
        try {
            return PyObjects.lookupAttr(py, name);
        } catch (PyException e) {
            if (e.getType().isSubtypeOf(PyTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static boolean isMemberReadable(Object py, String name) {
        try {
            return attribute(py, name) != null;
        } catch (PyException e) {
            return false;
        }
    }

    @TruffleBoundary
    public static Object readMember(Object py, String name) throws UnknownIdentifierException {
        Object v = attribute(py, name);
        if (v == null) {
            throw UnknownIdentifierException.create(name);
        }
        return toInterop(v);
    }

    /** Objects whose attributes can be set from outside: instances, modules, classes, functions. */
    private static boolean hasWritableAttributes(Object py) {
        return py instanceof PyObject || py instanceof PyModule || (py instanceof PyType t && !t.isBuiltin()) || py instanceof PyFunction;
    }

    public static boolean isMemberModifiable(Object py, String name) {
        return hasWritableAttributes(py) && isMemberReadable(py, name);
    }

    public static boolean isMemberInsertable(Object py, String name) {
        return hasWritableAttributes(py) && !isMemberReadable(py, name);
    }

    @TruffleBoundary
    public static void writeMember(Object py, String name, Object value) throws UnsupportedMessageException {
        if (!hasWritableAttributes(py)) {
            throw UnsupportedMessageException.create();
        }
        PyObjects.setAttr(py, name, fromInterop(value), null);
    }

    public static boolean isMemberRemovable(Object py, String name) {
        return isMemberModifiable(py, name);
    }

    @TruffleBoundary
    public static void removeMember(Object py, String name) throws UnsupportedMessageException, UnknownIdentifierException {
        if (!hasWritableAttributes(py)) {
            throw UnsupportedMessageException.create();
        }
        if (!isMemberReadable(py, name)) {
            throw UnknownIdentifierException.create(name);
        }
        PyObjects.delAttr(py, name, null);
    }

    @TruffleBoundary
    public static boolean isMemberInvocable(Object py, String name) {
        try {
            Object v = attribute(py, name);
            return v != null && isCallable(v);
        } catch (PyException e) {
            return false;
        }
    }

    @TruffleBoundary
    public static Object invokeMember(Object py, String name, Object[] args) throws UnknownIdentifierException {
        Object m = attribute(py, name);
        if (m == null) {
            throw UnknownIdentifierException.create(name);
        }
        return callFromOutside(m, args);
    }

    // ------------------------------------------------------------------ executables

    static boolean isCallable(Object py) {
        return PyCalls.isCallable(py) || (py instanceof PyObject po && po.getPyType() == PyTypes.FOREIGN);
    }

    @TruffleBoundary
    public static boolean isExecutable(Object py) {
        try {
            return isCallable(py);
        } catch (PyException e) {
            return false;
        }
    }

    @TruffleBoundary
    public static Object execute(Object py, Object[] args) throws UnsupportedMessageException {
        if (!isExecutable(py)) {
            throw UnsupportedMessageException.create();
        }
        return callFromOutside(py, args);
    }

    /** The Python function behind a function or a method bound to one; null for anything else. */
    private static PyFunction function(Object py) {
        if (py instanceof org.bytepy.runtime.PyBoundMethod m) {
            py = m.function;
        }
        return py instanceof PyFunction f ? f : null;
    }

    public static boolean hasExecutableName(Object py) {
        return function(py) != null || py instanceof org.bytepy.runtime.PyBuiltinFunction;
    }

    /** {@code __qualname__} of a function, the name of a builtin. */
    @TruffleBoundary
    public static Object getExecutableName(Object py) throws UnsupportedMessageException {
        PyFunction f = function(py);
        if (f != null) {
            return f.qualname;
        } else if (py instanceof org.bytepy.runtime.PyBuiltinFunction b) {
            return b.name;
        }
        throw UnsupportedMessageException.create();
    }

    /** Where a Python function is defined (its whole {@code def}). */
    @TruffleBoundary
    private static com.oracle.truffle.api.source.SourceSection sourceLocation(Object py) {
        PyFunction f = function(py);
        if (f == null) {
            return null;
        }
        com.oracle.truffle.api.source.SourceSection s = f.code.getCallTarget().getRootNode().getSourceSection();
        return s != null && s.isAvailable() ? s : null;
    }

    public static boolean hasSourceLocation(Object py) {
        return sourceLocation(py) != null;
    }

    public static Object getSourceLocation(Object py) throws UnsupportedMessageException {
        com.oracle.truffle.api.source.SourceSection s = sourceLocation(py);
        if (s == null) {
            throw UnsupportedMessageException.create();
        }
        return s;
    }

    public static boolean isInstantiable(Object py) {
        return py instanceof PyType;
    }

    // ------------------------------------------------------------------ arrays: list, tuple, range, bytes

    private static Object seq(Object py) {
        Object v = PyObject.unwrap(py);
        return v instanceof PySequence || v instanceof PyRange || v instanceof byte[] ? v : null;
    }

    public static boolean hasArrayElements(Object py) {
        return seq(py) != null;
    }

    @TruffleBoundary
    public static long getArraySize(Object py) throws UnsupportedMessageException {
        Object s = seq(py);
        if (s == null) {
            throw UnsupportedMessageException.create();
        }
        return PyObjects.len(s, null);
    }

    @TruffleBoundary
    public static boolean isArrayElementReadable(Object py, long index) {
        Object s = seq(py);
        return s != null && index >= 0 && index < PyObjects.len(s, null);
    }

    @TruffleBoundary
    public static Object readArrayElement(Object py, long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        Object s = seq(py);
        if (s == null) {
            throw UnsupportedMessageException.create();
        }
        if (!isArrayElementReadable(py, index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return toInterop(PyObjects.getItem(s, index, null));
    }

    private static PyList list(Object py) {
        return PyObject.unwrap(py) instanceof PyList l ? l : null;
    }

    @TruffleBoundary
    public static boolean isArrayElementModifiable(Object py, long index) {
        PyList l = list(py);
        return l != null && index >= 0 && index < l.size();
    }

    @TruffleBoundary
    public static boolean isArrayElementInsertable(Object py, long index) {
        PyList l = list(py);
        return l != null && index == l.size();
    }

    /** A list element is set in place, or appended at index {@code len(list)}. */
    @TruffleBoundary
    public static void writeArrayElement(Object py, long index, Object value) throws UnsupportedMessageException, InvalidArrayIndexException {
        PyList l = list(py);
        if (l == null) {
            throw UnsupportedMessageException.create();
        }
        if (index >= 0 && index < l.size()) {
            l.set((int) index, fromInterop(value));
        } else if (index == l.size()) {
            l.append(fromInterop(value));
        } else {
            throw InvalidArrayIndexException.create(index);
        }
    }

    public static boolean isArrayElementRemovable(Object py, long index) {
        return isArrayElementModifiable(py, index);
    }

    @TruffleBoundary
    public static void removeArrayElement(Object py, long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        PyList l = list(py);
        if (l == null) {
            throw UnsupportedMessageException.create();
        }
        if (index < 0 || index >= l.size()) {
            throw InvalidArrayIndexException.create(index);
        }
        l.remove((int) index);
    }

    // ------------------------------------------------------------------ hashes: dict

    private static PyDict dict(Object py) {
        return PyObject.unwrap(py) instanceof PyDict d ? d : null;
    }

    public static boolean hasHashEntries(Object py) {
        return dict(py) != null;
    }

    @TruffleBoundary
    public static long getHashSize(Object py) throws UnsupportedMessageException {
        PyDict d = dict(py);
        if (d == null) {
            throw UnsupportedMessageException.create();
        }
        return d.size();
    }

    /** The value of a key, or null when absent or when the key cannot be a dict key. */
    @TruffleBoundary
    private static Object hashValue(PyDict d, Object key) {
        try {
            return d.get(fromInterop(key));
        } catch (PyException e) {
            return null;
        }
    }

    @TruffleBoundary
    public static boolean isHashEntryReadable(Object py, Object key) {
        PyDict d = dict(py);
        return d != null && hashValue(d, key) != null;
    }

    @TruffleBoundary
    public static Object readHashValue(Object py, Object key) throws UnsupportedMessageException, UnknownKeyException {
        PyDict d = dict(py);
        if (d == null) {
            throw UnsupportedMessageException.create();
        }
        Object v = hashValue(d, key);
        if (v == null) {
            throw UnknownKeyException.create(key);
        }
        return toInterop(v);
    }

    public static boolean isHashEntryModifiable(Object py, Object key) {
        return isHashEntryReadable(py, key);
    }

    @TruffleBoundary
    public static boolean isHashEntryInsertable(Object py, Object key) {
        PyDict d = dict(py);
        if (d == null) {
            return false;
        }
        try {
            PyObjects.hash(fromInterop(key), null);
        } catch (PyException e) {
            return false;
        }
        return hashValue(d, key) == null;
    }

    @TruffleBoundary
    public static void writeHashEntry(Object py, Object key, Object value) throws UnsupportedMessageException, UnsupportedTypeException {
        PyDict d = dict(py);
        if (d == null) {
            throw UnsupportedMessageException.create();
        }
        Object k = fromInterop(key);
        try {
            PyObjects.hash(k, null);
        } catch (PyException e) {
            throw UnsupportedTypeException.create(new Object[]{key}, PyObjects.str(e.getValue()));
        }
        d.put(k, fromInterop(value));
    }

    public static boolean isHashEntryRemovable(Object py, Object key) {
        return isHashEntryReadable(py, key);
    }

    @TruffleBoundary
    public static void removeHashEntry(Object py, Object key) throws UnsupportedMessageException, UnknownKeyException {
        PyDict d = dict(py);
        if (d == null) {
            throw UnsupportedMessageException.create();
        }
        if (hashValue(d, key) == null) {
            throw UnknownKeyException.create(key);
        }
        d.remove(fromInterop(key));
    }

    /** An iterator over {@code (key, value)} tuples of a snapshot of the dict. */
    @TruffleBoundary
    public static Object getHashEntriesIterator(Object py) throws UnsupportedMessageException {
        PyDict d = dict(py);
        if (d == null) {
            throw UnsupportedMessageException.create();
        }
        java.util.ArrayList<Object> pairs = new java.util.ArrayList<>();
        for (PyDict.Entry e : d.entries()) {
            pairs.add(PyTuple.of(e.key, e.value));
        }
        return new PyIterators.ArrayIterator(pairs.toArray(), PyTypes.ITERATOR);
    }

    // ------------------------------------------------------------------ iterables and iterators

    @TruffleBoundary
    public static boolean hasIterator(Object py) {
        Object v = PyObject.unwrap(py);
        if (v instanceof PySequence || v instanceof PyRange || v instanceof PyDict || v instanceof byte[] || v instanceof PyIterator || v instanceof org.bytepy.runtime.PySet
                        || v instanceof org.bytepy.runtime.PyDictView || v instanceof org.bytepy.runtime.PyBigRange || v instanceof org.bytepy.runtime.PyByteArray) {
            return true;
        }
        try {
            return PySpecial.lookup(py, "__iter__") != null || PySpecial.lookup(py, "__getitem__") != null;
        } catch (PyException e) {
            return false;
        }
    }

    @TruffleBoundary
    public static Object getIterator(Object py) throws UnsupportedMessageException {
        if (!hasIterator(py)) {
            throw UnsupportedMessageException.create();
        }
        return toInterop(PyObjects.iter(py, null));
    }

    @TruffleBoundary
    public static boolean isIterator(Object py) {
        if (py instanceof PyIterator) {
            return true;
        }
        try {
            return PySpecial.lookup(py, "__next__") != null;
        } catch (PyException e) {
            return false;
        }
    }

    /** Items taken from an iterator by {@code hasIteratorNextElement} and not yet handed out. */
    private static final java.util.Map<Object, Object> PEEKED = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final Object EXHAUSTED = new Object();

    /** The next item of a Python iterator (peeked or fresh), or {@link #EXHAUSTED}. */
    @TruffleBoundary
    private static Object peek(Object py) {
        Object v = PEEKED.get(py);
        if (v != null) {
            return v;
        }
        Object next;
        if (py instanceof PyIterator it) {
            next = it.next();
        } else {
            try {
                next = PySpecial.call(py, PySpecial.lookup(py, "__next__"), null);
            } catch (PyException e) {
                if (!e.getType().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                    throw e;
                }
                next = null;
            }
        }
        v = next == null ? EXHAUSTED : next;
        PEEKED.put(py, v);
        return v;
    }

    @TruffleBoundary
    public static boolean hasIteratorNextElement(Object py) throws UnsupportedMessageException {
        if (!isIterator(py)) {
            throw UnsupportedMessageException.create();
        }
        return peek(py) != EXHAUSTED;
    }

    @TruffleBoundary
    public static Object getIteratorNextElement(Object py) throws UnsupportedMessageException, StopIterationException {
        if (!isIterator(py)) {
            throw UnsupportedMessageException.create();
        }
        Object v = peek(py);
        if (v == EXHAUSTED) {
            throw StopIterationException.create();
        }
        PEEKED.remove(py);
        return toInterop(v);
    }

    // ------------------------------------------------------------------ exceptions

    public static boolean isException(Object py) {
        return py instanceof PyBaseException;
    }

    @TruffleBoundary
    public static RuntimeException throwException(Object py) throws UnsupportedMessageException {
        if (!(py instanceof PyBaseException e)) {
            throw UnsupportedMessageException.create();
        }
        throw new PyException(e, null);
    }

    // ------------------------------------------------------------------ display, types, identity

    /** {@code repr()} of the value; without side effects, user objects show their type and address only. */
    @TruffleBoundary
    public static String toDisplayString(Object py, boolean allowSideEffects) {
        if (!allowSideEffects && PySpecial.isUserObject(py)) {
            return "<" + PyObjects.typeName(py) + " object at " + PyObjects.address(py) + ">";
        }
        try {
            return PyObjects.repr(py);
        } catch (PyException e) {
            return "<" + PyObjects.typeName(py) + " object at " + PyObjects.address(py) + ">";
        }
    }

    public static Object getMetaObject(Object py) {
        return PyTypes.typeOf(py);
    }

    @TruffleBoundary
    public static String getMetaSimpleName(PyType t) {
        return t.getName();
    }

    /** {@code module.qualname} for classes outside {@code builtins}, else the name. */
    @TruffleBoundary
    public static String getMetaQualifiedName(PyType t) {
        String name = t.getQualname();
        Object m = t.getDict().get("__module__");
        return m instanceof String s && !s.equals("builtins") ? s + "." + name : name;
    }

    @TruffleBoundary
    public static boolean isMetaInstance(PyType t, Object instance) {
        return PyTypes.typeOf(fromInterop(instance)).isSubtypeOf(t);
    }

    @TruffleBoundary
    public static Object getMetaParents(PyType t) {
        return new PyTuple(t.getBases().clone());
    }

    public static TriState isIdenticalOrUndefined(Object py, Object other) {
        if (other instanceof PyInteropObject || other instanceof PyObject) {
            return TriState.valueOf(py == fromInterop(other));
        }
        return TriState.UNDEFINED;
    }

    public static int identityHashCode(Object py) {
        return System.identityHashCode(py);
    }

    // ------------------------------------------------------------------ calling other languages from Python

    /**
     * Runs an interop operation on a foreign value for Python code: interop errors become TypeErrors
     * (or IndexError/KeyError/AttributeError), exceptions of other languages become
     * {@code polyglot.ForeignException}s carrying their message.
     */
    public interface ForeignOp {
        Object run() throws InteropException;
    }

    @TruffleBoundary
    public static Object foreign(String what, ForeignOp op) {
        try {
            return fromInterop(op.run());
        } catch (PyException e) {
            throw e;
        } catch (AbstractTruffleException e) {
            throw foreignException(e);
        } catch (ArityException e) {
            throw PyErrors.typeError(null, "%s: expected %d arguments, got %d", what, e.getExpectedMinArity(), e.getActualArity());
        } catch (UnsupportedTypeException e) {
            throw PyErrors.typeError(null, "%s: unsupported argument types", what);
        } catch (UnknownIdentifierException e) {
            throw PyErrors.attributeError(null, "'foreign' object has no attribute '%s'", e.getUnknownIdentifier());
        } catch (InvalidArrayIndexException e) {
            throw PyErrors.indexError(null, "foreign array index out of range");
        } catch (UnknownKeyException e) {
            throw new PyException(new PyBaseException(PyTypes.KEY_ERROR, PyTuple.of(fromInterop(e.getUnknownKey()))), null);
        } catch (StopIterationException e) {
            throw new PyException(new PyBaseException(PyTypes.STOP_ITERATION, PyTuple.EMPTY), null);
        } catch (InteropException e) {
            throw PyErrors.typeError(null, "%s is not supported by this foreign object", what);
        }
    }

    /** A Python exception for an exception thrown by another language (or by Java code). */
    @TruffleBoundary
    public static PyException foreignException(AbstractTruffleException e) {
        String msg = e.getMessage();
        try {
            InteropLibrary lib = InteropLibrary.getUncached();
            if (lib.hasExceptionMessage(e)) {
                msg = lib.asString(lib.getExceptionMessage(e));
            }
        } catch (UnsupportedMessageException ignored) {
            // keep getMessage()
        }
        PyBaseException value = new PyBaseException(ForeignObjects.FOREIGN_EXCEPTION, PyTuple.of(msg == null ? "" : msg));
        value.setAttribute("exception", ForeignObjects.wrap(e));
        return new PyException(value, null);
    }
}
