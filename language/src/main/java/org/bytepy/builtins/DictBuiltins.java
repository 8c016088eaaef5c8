package org.bytepy.builtins;

import org.bytepy.runtime.PyBaseException;
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
        Args.method(PyTypes.DICT, "get", (args, kw) -> {
            Args.methodCount("get", args, kw, 1, 2);
            Object v = self(args).get(args[1]);
            return v != null ? v : (args.length > 2 ? args[2] : PyNone.NONE);
        });
        Args.method(PyTypes.DICT, "keys", (args, kw) -> new PyList(self(args).keys().toArray()));
        Args.method(PyTypes.DICT, "values", (args, kw) -> new PyList(self(args).values().toArray()));
        Args.method(PyTypes.DICT, "items", (args, kw) -> {
            PyDict d = self(args);
            Object[] out = new Object[d.size()];
            int i = 0;
            for (PyDict.Entry e : d.entries()) {
                out[i++] = PyTuple.of(e.key, e.value);
            }
            return new PyList(out);
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
            PyDict d = new PyDict();
            for (PyDict.Entry e : self(args).entries()) {
                d.put(e.key, e.value);
            }
            return d;
        });
        Args.method(PyTypes.DICT, "clear", (args, kw) -> {
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
        Object[] items = PyObjects.toArray(other, null);
        for (int i = 0; i < items.length; i++) {
            Object[] pair = PyObjects.toArray(items[i], null);
            if (pair.length != 2) {
                throw PyErrors.valueError(null, "dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
            }
            d.put(pair[0], pair[1]);
        }
    }
}
