package org.bytepy.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PySlice;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * Objects of other languages (and Java host objects) inside Python: instances of the type
 * {@code foreign} ({@link PyTypes#FOREIGN}) that hold the foreign value. The type's special methods map
 * Python's protocols onto InteropLibrary messages, so the ordinary Python paths (len, indexing,
 * iteration, {@code in}, attributes, calls, repr, truth, equality, hashing) work on them: arrays are
 * sequences, hashes are mappings, members are attributes, executables are callables. Strings, numbers,
 * booleans and null never get here: {@link PyInterop#fromInterop} converts them to Python's.
 */
public final class ForeignObjects {
    private ForeignObjects() {
    }

    public static final PyType TYPE = PyTypes.FOREIGN;

    /** {@code polyglot.ForeignException}: an exception of another language seen by Python code. */
    public static final PyType FOREIGN_EXCEPTION = new PyType("ForeignException", false, PyTypes.EXCEPTION);

    private static final InteropLibrary LIB = InteropLibrary.getUncached();

    static {
        FOREIGN_EXCEPTION.getDict().put("__module__", "polyglot");
        TYPE.getDict().put("__module__", "builtins");
        def("__getattr__", (a, kw) -> getattr(f(a), PyObjects.str(a[1])));
        def("__setattr__", (a, kw) -> {
            Object o = f(a);
            String name = PyObjects.str(a[1]);
            Object v = PyInterop.toInterop(a[2]);
            PyInterop.foreign("attribute assignment", () -> {
                LIB.writeMember(o, name, v);
                return PyNone.NONE;
            });
            return PyNone.NONE;
        });
        def("__delattr__", (a, kw) -> {
            Object o = f(a);
            String name = PyObjects.str(a[1]);
            PyInterop.foreign("attribute deletion", () -> {
                LIB.removeMember(o, name);
                return PyNone.NONE;
            });
            return PyNone.NONE;
        });
        def("__dir__", (a, kw) -> {
            Object o = f(a);
            PyList names = new PyList();
            if (LIB.hasMembers(o)) {
                Object members = PyInterop.foreign("dir()", () -> LIB.getMembers(o));
                for (Object n : PyObjects.toArray(members, null)) {
                    names.append(n);
                }
            }
            return names;
        });
        def("__len__", (a, kw) -> len(f(a)));
        def("__getitem__", (a, kw) -> getitem(f(a), a[1]));
        def("__setitem__", (a, kw) -> {
            setitem(f(a), a[1], a[2]);
            return PyNone.NONE;
        });
        def("__delitem__", (a, kw) -> {
            delitem(f(a), a[1]);
            return PyNone.NONE;
        });
        def("__iter__", (a, kw) -> iter(f(a)));
        def("__next__", (a, kw) -> {
            Object o = f(a);
            if (!LIB.isIterator(o)) {
                throw PyErrors.typeError(null, "'foreign' object is not an iterator");
            }
            Object v = new ForeignIterator(o, false).next();
            if (v == null) {
                throw new PyException(new PyBaseException(PyTypes.STOP_ITERATION, PyTuple.EMPTY), null);
            }
            return v;
        });
        def("__contains__", (a, kw) -> contains(f(a), a[1]));
        def("__call__", (a, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErrors.typeError(null, "foreign objects take no keyword arguments");
            }
            return call(f(a), PyInterop.toInterop(java.util.Arrays.copyOfRange(a, 1, a.length)));
        });
        def("__repr__", (a, kw) -> display(f(a)));
        def("__str__", (a, kw) -> display(f(a)));
        def("__bool__", (a, kw) -> truth(f(a)));
        def("__eq__", (a, kw) -> {
            if (!(a[1] instanceof PyObject other && other.getPyType() == TYPE)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            Object x = f(a), y = other.hidden;
            return x == y || LIB.isIdentical(x, y, InteropLibrary.getUncached(y));
        });
        def("__ne__", (a, kw) -> {
            if (!(a[1] instanceof PyObject other && other.getPyType() == TYPE)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            Object x = f(a), y = other.hidden;
            return !(x == y || LIB.isIdentical(x, y, InteropLibrary.getUncached(y)));
        });
        def("__hash__", (a, kw) -> {
            Object o = f(a);
            if (LIB.hasIdentity(o)) {
                return PyInterop.foreign("hash()", () -> (long) LIB.identityHashCode(o));
            }
            return (long) System.identityHashCode(o);
        });
        def("__index__", (a, kw) -> number(f(a), true));
        def("__int__", (a, kw) -> number(f(a), true));
        def("__float__", (a, kw) -> {
            Object n = number(f(a), false);
            return n instanceof Double ? n : PyNumber.toDouble(n, null);
        });
    }

    private static void def(String name, PyBuiltinFunction.Body body) {
        TYPE.getDict().put(name, new PyBuiltinFunction(name, TYPE, body));
    }

    /** The foreign value of {@code self}. */
    private static Object f(Object[] a) {
        Object self = a[0];
        return self instanceof PyObject po && po.getPyType() == TYPE ? po.hidden : self;
    }

    /** A foreign value as a Python object of type {@code foreign}. */
    @TruffleBoundary
    public static PyObject wrap(Object foreign) {
        PyObject p = new PyObject(TYPE);
        p.hidden = foreign;
        return p;
    }

    /** Is {@code o} a foreign object inside Python? */
    public static boolean isForeign(Object o) {
        return o instanceof PyObject po && po.getPyType() == TYPE;
    }

    // ------------------------------------------------------------------ the protocols

    /** Members that can be invoked come back bound to the object, so that calling them passes it as this. */
    @TruffleBoundary
    private static Object getattr(Object o, String name) {
        if (LIB.isMemberInvocable(o, name)) {
            return new PyBuiltinFunction(name, null, (args, kw) -> {
                if (kw != null && kw.size() > 0) {
                    throw PyErrors.typeError(null, "foreign methods take no keyword arguments");
                }
                Object[] iargs = PyInterop.toInterop(args);
                return PyInterop.foreign("method call", () -> LIB.invokeMember(o, name, iargs));
            });
        }
        if (LIB.isMemberReadable(o, name)) {
            return PyInterop.foreign("attribute access", () -> LIB.readMember(o, name));
        }
        throw PyErrors.attributeError(null, "'foreign' object has no attribute '%s'", name);
    }

    @TruffleBoundary
    private static Object len(Object o) {
        if (LIB.hasArrayElements(o)) {
            return PyInterop.foreign("len()", () -> LIB.getArraySize(o));
        } else if (LIB.hasHashEntries(o)) {
            return PyInterop.foreign("len()", () -> LIB.getHashSize(o));
        }
        throw PyErrors.typeError(null, "object of type 'foreign' has no len()");
    }

    /** A Python index into a foreign array of {@code size} elements; IndexError when out of range. */
    private static long index(Object key, long size) {
        return PyObjects.index(key, (int) Math.min(size, Integer.MAX_VALUE), "foreign array", null);
    }

    @TruffleBoundary
    private static Object getitem(Object o, Object key) {
        if (LIB.hasArrayElements(o) && (PyNumber.isInt(key) || key instanceof PySlice)) {
            long size = (Long) PyInterop.foreign("len()", () -> LIB.getArraySize(o));
            if (key instanceof PySlice s) {
                long[] ix = s.indices(size, null);
                PyList out = new PyList();
                for (long k = 0; k < ix[3]; k++) {
                    long at = ix[0] + k * ix[2];
                    out.append(PyInterop.foreign("indexing", () -> LIB.readArrayElement(o, at)));
                }
                return out;
            }
            long i = index(key, size);
            return PyInterop.foreign("indexing", () -> LIB.readArrayElement(o, i));
        } else if (LIB.hasHashEntries(o)) {
            Object k = PyInterop.toInterop(key);
            return PyInterop.foreign("indexing", () -> LIB.readHashValue(o, k));
        } else if (key instanceof String name && LIB.isMemberReadable(o, name)) {
            return PyInterop.foreign("indexing", () -> LIB.readMember(o, name));
        } else if (LIB.hasArrayElements(o)) {
            throw PyErrors.typeError(null, "foreign array indices must be integers or slices, not %s", PyObjects.typeName(key));
        }
        throw PyErrors.typeError(null, "'foreign' object is not subscriptable");
    }

    @TruffleBoundary
    private static void setitem(Object o, Object key, Object value) {
        Object v = PyInterop.toInterop(value);
        if (LIB.hasArrayElements(o) && PyNumber.isInt(key)) {
            long size = (Long) PyInterop.foreign("len()", () -> LIB.getArraySize(o));
            long i = index(key, size);
            PyInterop.foreign("item assignment", () -> {
                LIB.writeArrayElement(o, i, v);
                return PyNone.NONE;
            });
        } else if (LIB.hasHashEntries(o)) {
            Object k = PyInterop.toInterop(key);
            PyInterop.foreign("item assignment", () -> {
                LIB.writeHashEntry(o, k, v);
                return PyNone.NONE;
            });
        } else if (key instanceof String name && LIB.hasMembers(o)) {
            PyInterop.foreign("item assignment", () -> {
                LIB.writeMember(o, name, v);
                return PyNone.NONE;
            });
        } else {
            throw PyErrors.typeError(null, "'foreign' object does not support item assignment");
        }
    }

    @TruffleBoundary
    private static void delitem(Object o, Object key) {
        if (LIB.hasArrayElements(o) && PyNumber.isInt(key)) {
            long size = (Long) PyInterop.foreign("len()", () -> LIB.getArraySize(o));
            long i = index(key, size);
            PyInterop.foreign("item deletion", () -> {
                LIB.removeArrayElement(o, i);
                return PyNone.NONE;
            });
        } else if (LIB.hasHashEntries(o)) {
            Object k = PyInterop.toInterop(key);
            PyInterop.foreign("item deletion", () -> {
                LIB.removeHashEntry(o, k);
                return PyNone.NONE;
            });
        } else {
            throw PyErrors.typeError(null, "'foreign' object doesn't support item deletion");
        }
    }

    /** Hashes iterate over their keys (as dicts do), then iterables, arrays by index, iterators themselves. */
    @TruffleBoundary
    private static PyIterator iter(Object o) {
        if (LIB.hasHashEntries(o)) {
            return new ForeignIterator(PyInterop.foreign("iter()", () -> LIB.getHashKeysIterator(o)), true);
        } else if (LIB.hasIterator(o)) {
            return new ForeignIterator(PyInterop.foreign("iter()", () -> LIB.getIterator(o)), true);
        } else if (LIB.hasArrayElements(o)) {
            return new ForeignArrayIterator(o);
        } else if (LIB.isIterator(o)) {
            return new ForeignIterator(o, false);
        }
        throw PyErrors.typeError(null, "'foreign' object is not iterable");
    }

    @TruffleBoundary
    private static boolean contains(Object o, Object item) {
        if (LIB.hasHashEntries(o)) {
            return LIB.isHashEntryExisting(o, PyInterop.toInterop(item));
        }
        PyIterator it;
        try {
            it = iter(o);
        } catch (PyException e) {
            throw PyErrors.typeError(null, "argument of type 'foreign' is not iterable");
        }
        for (Object x = it.next(); x != null; x = it.next()) {
            if (PyObjects.isOrEq(x, item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    private static Object call(Object o, Object[] args) {
        if (LIB.isExecutable(o)) {
            return PyInterop.foreign("call", () -> LIB.execute(o, args));
        } else if (LIB.isInstantiable(o)) {
            return PyInterop.foreign("call", () -> LIB.instantiate(o, args));
        }
        throw PyErrors.typeError(null, "'foreign' object is not callable");
    }

    @TruffleBoundary
    private static String display(Object o) {
        Object s = LIB.toDisplayString(o, true);
        try {
            return InteropLibrary.getUncached(s).asString(s);
        } catch (UnsupportedMessageException e) {
            return "<foreign object at " + PyObjects.address(o) + ">";
        }
    }

    @TruffleBoundary
    private static boolean truth(Object o) {
        if (LIB.isNull(o)) {
            return false;
        } else if (LIB.hasArrayElements(o)) {
            return (Long) PyInterop.foreign("bool()", () -> LIB.getArraySize(o)) != 0;
        } else if (LIB.hasHashEntries(o)) {
            return (Long) PyInterop.foreign("bool()", () -> LIB.getHashSize(o)) != 0;
        }
        return true;
    }

    /** A foreign number as a Python int (or float when {@code integral} is false). */
    @TruffleBoundary
    private static Object number(Object o, boolean integral) {
        try {
            if (LIB.fitsInBigInteger(o)) {
                return PyNumber.normalize(LIB.asBigInteger(o));
            } else if (!integral && LIB.fitsInDouble(o)) {
                return LIB.asDouble(o);
            }
        } catch (UnsupportedMessageException e) {
            // fall through
        }
        throw PyErrors.typeError(null, "'foreign' object cannot be interpreted as an integer");
    }

    // ------------------------------------------------------------------ iterators

    /** A foreign interop iterator as a Python iterator. */
    static final class ForeignIterator extends PyIterator {
        private final Object iterator;

        ForeignIterator(Object iterator, boolean unwrap) {
            this.iterator = unwrap && iterator instanceof PyObject po && po.getPyType() == TYPE ? po.hidden : iterator;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (!(Boolean) PyInterop.foreign("next()", () -> LIB.hasIteratorNextElement(iterator))) {
                return null;
            }
            return PyInterop.foreign("next()", () -> LIB.getIteratorNextElement(iterator));
        }

        @Override
        public PyType getPyType() {
            return PyTypes.ITERATOR;
        }
    }

    /** The elements of a foreign array that has no iterator of its own. */
    static final class ForeignArrayIterator extends PyIterator {
        private final Object array;
        private long index;

        ForeignArrayIterator(Object array) {
            this.array = array;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            long i = index;
            if (i >= (Long) PyInterop.foreign("len()", () -> LIB.getArraySize(array))) {
                return null;
            }
            index++;
            return PyInterop.foreign("indexing", () -> LIB.readArrayElement(array, i));
        }

        @Override
        public PyType getPyType() {
            return PyTypes.ITERATOR;
        }
    }
}
