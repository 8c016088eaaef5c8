package org.bytepy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;

/** The methods of {@code list} (and the sequence methods of {@code tuple}). */
public final class ListBuiltins {
    private ListBuiltins() {
    }

    static void install() {
        Args.method(PyTypes.LIST, "append", (args, kw) -> {
            Args.methodCount("list.append", args, kw, 1, 1);
            self(args).append(args[1]);
            return PyNone.NONE;
        });
        Args.method(PyTypes.LIST, "__init__", (args, kw) -> {
            Args.methodCount("list", args, kw, 0, 1);
            self(args).setAll(args.length > 1 ? PyObjects.toArrayHinted(args[1], null) : new Object[0]);
            return PyNone.NONE;
        });
        Args.method(PyTypes.LIST, "extend", (args, kw) -> {
            Args.methodCount("list.extend", args, kw, 1, 1);
            PyList l = self(args);
            for (Object o : PyObjects.toArrayHinted(args[1], null)) {
                l.append(o);
            }
            return PyNone.NONE;
        });
        Args.method(PyTypes.LIST, "pop", (args, kw) -> {
            Args.methodCount("pop", args, kw, 0, 1);
            PyList l = self(args);
            if (l.size() == 0) {
                throw PyErrors.indexError(null, "pop from empty list");
            }
            long i = args.length > 1 ? Args.index(args[1]) : -1;
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PyErrors.indexError(null, "pop index out of range");
            }
            return l.remove((int) i);
        });
        Args.method(PyTypes.LIST, "insert", (args, kw) -> {
            Args.methodCount("insert", args, kw, 2, 2);
            PyList l = self(args);
            long i = Args.index(args[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size());
            }
            l.insert((int) Math.min(i, l.size()), args[2]);
            return PyNone.NONE;
        });
        Args.method(PyTypes.LIST, "remove", (args, kw) -> {
            Args.methodCount("list.remove", args, kw, 1, 1);
            PyList l = self(args);
            for (int i = 0; i < l.size(); i++) {
                if (PyObjects.isOrEq(l.get(i), args[1])) {
                    l.remove(i);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError(null, "list.remove(x): x not in list");
        });
        Args.method(PyTypes.LIST, "index", (args, kw) -> index(args, kw, "list"));
        Args.method(PyTypes.TUPLE, "index", (args, kw) -> index(args, kw, "tuple"));
        Args.method(PyTypes.LIST, "count", ListBuiltins::count);
        Args.method(PyTypes.TUPLE, "count", ListBuiltins::count);
        Args.method(PyTypes.LIST, "reverse", (args, kw) -> {
            Args.methodCount("list.reverse", args, kw, 0, 0);
            PyList l = self(args);
            Object[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                l.set(i, items[items.length - 1 - i]);
            }
            return PyNone.NONE;
        });
        Args.method(PyTypes.LIST, "copy", (args, kw) -> {
            Args.methodCount("list.copy", args, kw, 0, 0);
            return new PyList(self(args).toArray());
        });
        Args.method(PyTypes.LIST, "clear", (args, kw) -> {
            Args.methodCount("list.clear", args, kw, 0, 0);
            self(args).clear();
            return PyNone.NONE;
        });
        Args.method(PyTypes.LIST, "sort", (args, kw) -> {
            if (args.length > 1) {
                throw PyErrors.typeError(null, "sort() takes no positional arguments");
            }
            Args.onlyKeywords("sort", kw, "key", "reverse");
            sort(self(args), Args.kw(kw, "key"), Args.kw(kw, "reverse"));
            return PyNone.NONE;
        });
    }

    private static PyList self(Object[] args) {
        if (args.length == 0 || !(args[0] instanceof PyList l)) {
            throw PyErrors.typeError(null, "descriptor requires a 'list' object");
        }
        return l;
    }

    private static Object index(Object[] args, org.bytepy.runtime.PyDict kw, String type) {
        Args.methodCount("index", args, kw, 1, 3);
        Object[] items = PyObjects.toArray(args[0], null);
        int n = items.length;
        long start = args.length > 2 ? Args.index(args[2]) : 0;
        long stop = args.length > 3 ? Args.index(args[3]) : n;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        for (long i = start; i < Math.min(stop, n); i++) {
            if (PyObjects.isOrEq(items[(int) i], args[1])) {
                return i;
            }
        }
        throw PyErrors.valueError(null, type.equals("list") ? "%s is not in list" : "tuple.index(x): x not in tuple", PyObjects.repr(args[1]));
    }

    private static Object count(Object[] args, org.bytepy.runtime.PyDict kw) {
        Args.methodCount("count", args, kw, 1, 1);
        long c = 0;
        for (Object o : PyObjects.toArray(args[0], null)) {
            if (PyObjects.isOrEq(o, args[1])) {
                c++;
            }
        }
        return c;
    }

    /**
     * {@code list.sort(key=key, reverse=reverse)}, as CPython 3.12 does it (see {@link ListSort}): the key function
     * is called once per item, in order; while it and the comparisons run, the list appears empty, and if it was
     * changed meanwhile the sort ends with {@code ValueError: list modified during sort}, the list holding the
     * sorted items. If the key function raises, the list is left as it was.
     */
    @TruffleBoundary
    public static void sort(PyList list, Object key, Object reverse) {
        boolean rev = reverse != null && PyObjects.isTrue(reverse);
        int n = list.size();
        Object[] items = list.beginSort();
        boolean modified;
        try {
            sortItems(items, n, key, rev);
        } finally {
            modified = list.endSort(items, n);
        }
        if (modified) {
            throw PyErrors.valueError(null, "list modified during sort");
        }
    }

    private static void sortItems(Object[] items, int n, Object key, boolean reverse) {
        Object[] keys = items;
        Object[] values = null;
        if (key != null && !(key instanceof PyNone)) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = PyCalls.call(key, new Object[]{items[i]}, null, null);
            }
            values = items;
        }
        if (n < 2) {
            return;
        }
        if (!reverse) {
            ListSort.sort(keys, values, n);
            return;
        }
        // a stable descending sort: reverse, sort ascending, reverse back (also when a comparison raised)
        ListSort.reverse(items, 0, n);
        if (values != null) {
            ListSort.reverse(keys, 0, n);
        }
        try {
            ListSort.sort(keys, values, n);
        } finally {
            ListSort.reverse(items, 0, n);
        }
    }
}
