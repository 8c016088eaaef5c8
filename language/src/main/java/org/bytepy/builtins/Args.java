package org.bytepy.builtins;

import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyType;

/** Argument checking and registration helpers shared by the builtin classes. */
public final class Args {
    private Args() {
    }

    public static void def(PyDict dict, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, null, body);
        f.moduleFunction = true;
        dict.put(name, f);
    }

    public static void method(PyType type, String name, PyBuiltinFunction.Body body) {
        type.getDict().put(name, new PyBuiltinFunction(name, type, body));
    }

    /** Checks the positional argument count of a builtin that takes no keywords. */
    public static void count(String name, Object[] args, PyDict kwargs, int min, int max) {
        if (kwargs != null && kwargs.size() > 0) {
            throw PyErrors.typeError(null, "%s() takes no keyword arguments", name);
        }
        if (args.length < min || args.length > max) {
            if (min == max) {
                if (min == 1) {
                    throw PyErrors.typeError(null, "%s() takes exactly one argument (%d given)", name, args.length);
                }
                if (min == 0) {
                    throw PyErrors.typeError(null, "%s() takes no arguments (%d given)", name, args.length);
                }
                throw PyErrors.typeError(null, "%s expected %d arguments, got %d", name, min, args.length);
            }
            if (args.length < min) {
                throw PyErrors.typeError(null, "%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", args.length);
            }
            throw PyErrors.typeError(null, "%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", args.length);
        }
    }

    /** For methods: {@code args[0]} is self; counts the rest. */
    public static void methodCount(String qualname, Object[] args, PyDict kwargs, int min, int max) {
        int n = args.length - 1;
        if (kwargs != null && kwargs.size() > 0) {
            throw PyErrors.typeError(null, "%s() takes no keyword arguments", qualname);
        }
        if (n < min || n > max) {
            if (min == max && min == 0) {
                throw PyErrors.typeError(null, "%s() takes no arguments (%d given)", qualname, n);
            }
            if (min == max && min == 1) {
                throw PyErrors.typeError(null, "%s() takes exactly one argument (%d given)", qualname, n);
            }
            if (n < min) {
                throw PyErrors.typeError(null, "%s expected at least %d argument%s, got %d", qualname, min, min == 1 ? "" : "s", n);
            }
            throw PyErrors.typeError(null, "%s expected at most %d argument%s, got %d", qualname, max, max == 1 ? "" : "s", n);
        }
    }

    /** A keyword argument or null. */
    public static Object kw(PyDict kwargs, String name) {
        return kwargs == null ? null : kwargs.getStr(name);
    }

    public static void onlyKeywords(String fname, PyDict kwargs, String... allowed) {
        if (kwargs == null) {
            return;
        }
        outer: for (Object k : kwargs.keys()) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw PyErrors.typeError(null, "%s() got an unexpected keyword argument '%s'", fname, k);
        }
    }

    /** An int argument that must fit a Java long (an index or a count). */
    public static long index(Object o) {
        if (o instanceof org.bytepy.runtime.PyObject po && po.nativeValue != null && PyNumber.isInt(po.nativeValue)) {
            o = po.nativeValue; // an instance of a subclass of int
        }
        if (PyNumber.fitsLong(o)) {
            return PyNumber.asLong(o);
        } else if (PyNumber.isInt(o)) {
            throw PyErrors.overflow(null, "Python int too large to convert to C ssize_t");
        } else if (org.bytepy.runtime.PyConvert.index(o, null) instanceof Object i) {
            return index(i);
        }
        throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(o));
    }

    public static String str(Object o, String fname) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof org.bytepy.runtime.PyObject po && po.nativeValue instanceof String s) {
            return s; // an instance of a subclass of str
        }
        throw PyErrors.typeError(null, "%s() argument must be str, not %s", fname, PyObjects.typeName(o));
    }
}
