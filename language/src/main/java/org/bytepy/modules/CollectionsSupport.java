package org.bytepy.modules;

import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Shared pieces of the native modules itertools, _functools, _operator, _collections, _weakref,
 * _thread: how their types are made and how their functions read arguments.
 *
 * <p>Two kinds of native types. <b>Iterator types</b> ({@link #iteratorType}) are built-in types whose
 * instances are Java {@code PyIterator}s: the runtime iterates them directly. <b>Protocol types</b>
 * ({@link #protocolType}) need special methods ({@code __len__}, {@code __call__}, {@code __repr__},
 * comparisons): they are types whose instances are {@link PyObject}s carrying a Java {@link State} as
 * {@code nativeValue}, so the runtime dispatches their special methods as for classes written in
 * Python; their methods (registered with the type as owner) receive the state as {@code self}.
 */
final class CollectionsSupport {
    private CollectionsSupport() {
    }

    /** The Java side of an instance of a protocol type. */
    abstract static class State implements TruffleObject, PyObjectBase {
        /** The Python object this state belongs to. */
        PyObject self;

        @Override
        public PyType getPyType() {
            return self == null ? PyTypes.OBJECT : self.getPyType();
        }
    }

    static PyType javaType(String module, String name, PyBuiltinFunction.Body constructor) {
        PyType t = new PyType(name, true, PyTypes.OBJECT);
        t.getDict().put("__module__", module);
        t.constructor = constructor;
        NATIVE.add(t);
        return t;
    }

    static PyType protocolType(String module, String name, PyType... bases) {
        PyType t = new PyType(name, false, bases.length == 0 ? new PyType[]{PyTypes.OBJECT} : bases);
        t.getDict().put("__module__", module);
        t.getDict().put("__qualname__", name);
        t.getDict().put("__doc__", PyNone.NONE);
        // copy and pickle call __reduce_ex__; these types define __reduce__ where CPython's do
        t.getDict().put("__reduce_ex__", new PyBuiltinFunction("__reduce_ex__", null, (a, kw) -> {
            Object reduce = a.length == 0 ? null : PyObjects.lookupAttr(a[0], "__reduce__");
            if (reduce == null) {
                throw PyErrors.typeError(null, "cannot pickle '%s' object", a.length == 0 ? "NoneType" : PyObjects.typeName(a[0]));
            }
            return org.bytepy.runtime.PyCalls.call(reduce, new Object[0], null, null);
        }));
        NATIVE.add(t);
        return t;
    }

    /**
     * CPython's {@code tp_name}, as reprs and messages show it: {@code functools.partial} for a type of
     * these modules, the bare name for a subclass written in Python.
     */
    static String tpName(PyType t) {
        return NATIVE.contains(t) ? t.getDict().get("__module__") + "." + t.getName() : t.getName();
    }

    /** The types made here. */
    private static final java.util.Set<PyType> NATIVE = java.util.Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());

    /** {@code __new__} of a protocol type: {@code args[0]} is the class. */
    static void newMethod(PyType t, PyBuiltinFunction.Body body) {
        t.getDict().put("__new__", new PyDescriptors.StaticMethod(new PyBuiltinFunction("__new__", null, body)));
    }

    /** {@code cls[args]}: a {@code types.GenericAlias}, as {@code deque[int]} is in CPython. */
    static void classGetitem(PyType t) {
        t.getDict().put("__class_getitem__", new PyDescriptors.ClassMethod(new PyBuiltinFunction("__class_getitem__", null, (a, kw) -> {
            if (a.length != 2) {
                throw PyErrors.typeError(null, "__class_getitem__() takes exactly one argument (%d given)", a.length - 1);
            }
            return org.bytepy.runtime.PyGenericAlias.of(a[0], a[1]);
        })));
    }

    /** A method that receives the state ({@code self} unwrapped). */
    static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.getDict().put(name, new PyBuiltinFunction(name, t, body));
    }

    /** A method that receives the Python object itself as {@code args[0]}. */
    static void rawMethod(PyType t, String name, PyBuiltinFunction.Body body) {
        t.getDict().put(name, new PyBuiltinFunction(name, null, body));
    }

    /** A read-only (setter null) or writable attribute computed from the instance. */
    static void property(PyType t, String name, PyBuiltinFunction.Body getter, PyBuiltinFunction.Body setter) {
        t.getDict().put(name, new PyDescriptors.Property(new PyBuiltinFunction(name, t, getter), setter == null ? PyNone.NONE : new PyBuiltinFunction(name, t, setter), PyNone.NONE,
                        PyNone.NONE));
    }

    /** A new instance of protocol type {@code t} carrying {@code state}. */
    static PyObject wrap(PyType t, State state) {
        PyObject po = new PyObject(t);
        po.nativeValue = state;
        state.self = po;
        return po;
    }

    /** The state of {@code args[0]}, checked to be of class {@code cls}. */
    static <T> T self(Object[] args, Class<T> cls, String method, String typeName) {
        Object s = args.length > 0 ? args[0] : null;
        if (s instanceof PyObject po && po.nativeValue != null) {
            s = po.nativeValue;
        }
        if (cls.isInstance(s)) {
            return cls.cast(s);
        }
        if (args.length == 0) {
            throw PyErrors.typeError(null, "descriptor '%s' of '%s' object needs an argument", method, typeName);
        }
        throw PyErrors.typeError(null, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, typeName, PyObjects.typeName(args[0]));
    }

    /**
     * Binds positional and keyword arguments to {@code names}; a name starting with '$' is
     * keyword-only, one starting with '/' is positional-only (the marker is not part of the name).
     * Absent arguments are null; the first {@code required} are mandatory.
     */
    static Object[] parse(String fname, Object[] args, PyDict kw, int required, String... names) {
        Object[] out = new Object[names.length];
        int positional = 0;
        for (String n : names) {
            if (n.charAt(0) != '$') {
                positional++;
            }
        }
        if (args.length > positional) {
            if (positional == 0) {
                throw PyErrors.typeError(null, "%s() takes no positional arguments", fname);
            }
            throw PyErrors.typeError(null, "%s() takes at most %d argument%s (%d given)", fname, positional, positional == 1 ? "" : "s", args.length);
        }
        System.arraycopy(args, 0, out, 0, args.length);
        if (kw != null) {
            for (Object k : kw.keys()) {
                int idx = -1;
                for (int i = 0; i < names.length; i++) {
                    String n = names[i];
                    if (n.charAt(0) != '/' && bare(n).equals(k)) {
                        idx = i;
                    }
                }
                if (idx < 0) {
                    throw PyErrors.typeError(null, "%s() got an unexpected keyword argument '%s'", fname, k);
                }
                if (out[idx] != null) {
                    throw PyErrors.typeError(null, "argument for %s() given by name ('%s') and position (%d)", fname, k, idx + 1);
                }
                out[idx] = kw.getStr((String) k);
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (names[i].charAt(0) == '$') {
                    throw PyErrors.typeError(null, "%s() missing required keyword-only argument: '%s'", fname, bare(names[i]));
                }
                throw PyErrors.typeError(null, "%s() missing required argument '%s' (pos %d)", fname, bare(names[i]), i + 1);
            }
        }
        return out;
    }

    private static String bare(String n) {
        return n.charAt(0) == '$' || n.charAt(0) == '/' ? n.substring(1) : n;
    }

    static void noKeywords(String fname, PyDict kw) {
        if (kw != null && kw.size() > 0) {
            throw PyErrors.typeError(null, "%s() takes no keyword arguments", fname);
        }
    }

    /** An integer argument as a Java long, with CPython's TypeError for non-integers. */
    static long asLong(Object o) {
        return org.bytepy.builtins.Args.index(o);
    }

    static boolean isNone(Object o) {
        return o == null || o == PyNone.NONE;
    }

    static PyException stopIteration() {
        return new PyException(new PyBaseException(PyTypes.STOP_ITERATION, PyTuple.EMPTY), null);
    }

    static PyException raise(PyType type, String format, Object... args) {
        return PyErrors.format(type, null, format, args);
    }

    static boolean isInt(Object o) {
        return PyNumber.isInt(PyObject.unwrap(o));
    }
}
