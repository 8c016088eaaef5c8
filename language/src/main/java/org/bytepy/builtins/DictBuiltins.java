package org.bytepy.builtins;

import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDictView;
import org.bytepy.runtime.PySet;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;

/** The methods of {@code dict}. */
public final class DictBuiltins {
    private DictBuiltins() {
    }

    static void install() {
        Args.method(PyTypes.DICT, "__init__", (args, kw) -> {
            if (args.length > 2) {
                throw PyErrors.typeError(null, "dict expected at most 1 argument, got %d", args.length - 1);
            }
            PyDict d = (PyDict) args[0];
            if (args.length == 2) {
                update(d, args[1]);
            }
            if (kw != null) {
                for (PyDict.Entry e : kw.entries()) {
                    d.put(e.key, e.value);
                }
            }
            return PyNone.NONE;
        });
        Args.method(PyTypes.DICT, "get", (args, kw) -> {
            Args.methodCount("get", args, kw, 1, 2);
            Object v = self(args).get(args[1]);
            return v != null ? v : (args.length > 2 ? args[2] : PyNone.NONE);
        });
        Args.method(PyTypes.DICT, "keys", (args, kw) -> {
            Args.methodCount("dict.keys", args, kw, 0, 0);
            return new PyDictView(self(args), PyDictView.Kind.KEYS);
        });
        Args.method(PyTypes.DICT, "values", (args, kw) -> {
            Args.methodCount("dict.values", args, kw, 0, 0);
            return new PyDictView(self(args), PyDictView.Kind.VALUES);
        });
        Args.method(PyTypes.DICT, "items", (args, kw) -> {
            Args.methodCount("dict.items", args, kw, 0, 0);
            return new PyDictView(self(args), PyDictView.Kind.ITEMS);
        });
        Args.method(PyTypes.DICT, "popitem", (args, kw) -> {
            Args.methodCount("dict.popitem", args, kw, 0, 0);
            PyDict.Entry e = self(args).popLast();
            if (e == null) {
                throw new PyException(new PyBaseException(PyTypes.KEY_ERROR, PyTuple.of("popitem(): dictionary is empty")), null);
            }
            return PyTuple.of(e.key, e.value);
        });
        // a class method: a subclass gets an instance of itself, filled through its __setitem__
        PyTypes.DICT.getDict().put("fromkeys", new org.bytepy.runtime.PyDescriptors.ClassMethod(new PyBuiltinFunction("fromkeys", null, (args, kw) -> {
            Args.count("fromkeys", args, kw, 2, 3);
            Object v = args.length > 2 ? args[2] : PyNone.NONE;
            if (args[0] == PyTypes.DICT) {
                PyDict d = new PyDict();
                for (Object k : PyObjects.toArray(args[1], null)) {
                    d.put(k, v);
                }
                return d;
            }
            Object d = org.bytepy.runtime.PyCalls.call(args[0], new Object[0], null, null);
            for (Object k : PyObjects.toArray(args[1], null)) {
                PyObjects.setItem(d, k, v, null);
            }
            return d;
        })));
        Args.method(PyTypes.DICT, "__contains__", (args, kw) -> {
            Args.methodCount("dict.__contains__", args, kw, 1, 1);
            return self(args).containsKey(args[1]);
        });
        Args.method(PyTypes.DICT, "__len__", (args, kw) -> (long) self(args).size());
        Args.method(PyTypes.DICT, "__getitem__", (args, kw) -> {
            Args.methodCount("dict.__getitem__", args, kw, 1, 1);
            if (args[0] instanceof org.bytepy.runtime.PyObject po && po.nativeValue instanceof PyDict d) {
                // an instance of a subclass (not unwrapped for this method): its __missing__ answers for absent keys
                Object v = d.get(args[1]);
                if (v != null) {
                    return v;
                }
                Object missing = org.bytepy.runtime.PySpecial.lookup(po, "__missing__");
                if (missing != null) {
                    return org.bytepy.runtime.PySpecial.call(po, missing, null, args[1]);
                }
                return PyObjects.getItem(d, args[1], null);
            }
            return PyObjects.getItem(self(args), args[1], null);
        });
        Args.method(PyTypes.DICT, "__setitem__", (args, kw) -> {
            Args.methodCount("dict.__setitem__", args, kw, 2, 2);
            self(args).put(args[1], args[2]);
            return PyNone.NONE;
        });
        Args.method(PyTypes.DICT, "__delitem__", (args, kw) -> {
            Args.methodCount("dict.__delitem__", args, kw, 1, 1);
            PyObjects.delItem(self(args), args[1], null);
            return PyNone.NONE;
        });
        Args.method(PyTypes.DICT, "pop", (args, kw) -> {
            Args.methodCount("pop", args, kw, 1, 2);
            Object v = self(args).remove(args[1]);
            if (v == null) {
                if (args.length > 2) {
                    return args[2];
                }
                throw new PyException(new PyBaseException(PyTypes.KEY_ERROR, PyTuple.of(args[1])), null);
            }
            return v;
        });
        Args.method(PyTypes.DICT, "setdefault", (args, kw) -> {
            Args.methodCount("setdefault", args, kw, 1, 2);
            PyDict d = self(args);
            Object v = d.get(args[1]);
            if (v == null) {
                v = args.length > 2 ? args[2] : PyNone.NONE;
                d.put(args[1], v);
            }
            return v;
        });
        Args.method(PyTypes.DICT, "update", (args, kw) -> {
            PyDict d = self(args);
            if (args.length > 2) {
                throw PyErrors.typeError(null, "update expected at most 1 argument, got %d", args.length - 1);
            }
            if (args.length > 1) {
                update(d, args[1]);
            }
            if (kw != null) {
                for (PyDict.Entry e : kw.entries()) {
                    d.put(e.key, e.value);
                }
            }
            return PyNone.NONE;
        });
        Args.method(PyTypes.DICT, "copy", (args, kw) -> {
            Args.methodCount("dict.copy", args, kw, 0, 0);
            PyDict d = new PyDict();
            for (PyDict.Entry e : self(args).entries()) {
                d.put(e.key, e.value);
            }
            return d;
        });
        Args.method(PyTypes.DICT, "clear", (args, kw) -> {
            Args.methodCount("dict.clear", args, kw, 0, 0);
            self(args).clear();
            return PyNone.NONE;
        });
    }

    static PyDict self(Object[] args) {
        if (args.length == 0 || !(args[0] instanceof PyDict d)) {
            throw PyErrors.typeError(null, "descriptor requires a 'dict' object");
        }
        return d;
    }

    /** {@code d.update(other)}: a mapping or an iterable of key/value pairs. */
    static void update(PyDict d, Object other) {
        if (other instanceof PyDict o) {
            for (PyDict.Entry e : o.entries()) {
                d.put(e.key, e.value);
            }
            return;
        }
        if (!(other instanceof PyDictView) && !(other instanceof PySet) && PyObjects.lookupAttr(other, "keys") instanceof Object keys) {
            for (Object k : PyObjects.toArray(PyCalls.call(keys, new Object[0], null, null), null)) {
                d.put(k, PyObjects.getItem(other, k, null));
            }
            return;
        }
        Object[] items = PyObjects.toArray(other, null);
        for (int i = 0; i < items.length; i++) {
            Object[] pair;
            try {
                pair = PyObjects.toArray(items[i], null);
            } catch (PyException e) {
                if (e.getValue().getType() == PyTypes.TYPE_ERROR) {
                    throw PyErrors.typeError(null, "cannot convert dictionary update sequence element #%d to a sequence", i);
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PyErrors.valueError(null, "dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
            }
            d.put(pair[0], pair[1]);
        }
    }
}
