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

    /** A stable merge sort that, like CPython's, compares with {@code <} only. */
    @TruffleBoundary
    public static void sort(PyList list, Object key, Object reverse) {
        Object[] items = list.toArray();
        boolean rev = reverse != null && PyObjects.isTrue(reverse);
        Object[] keys = items;
        if (key != null && !(key instanceof PyNone)) {
            keys = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = PyCalls.call(key, new Object[]{items[i]}, null, null);
            }
        }
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = rev ? order.length - 1 - i : i;
        }
        Object[] k = keys;
        mergeSort(order, new Integer[order.length], 0, order.length, k);
        Object[] out = new Object[items.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = items[order[rev ? out.length - 1 - i : i]];
        }
        list.setAll(out);
    }

    private static void mergeSort(Integer[] a, Integer[] tmp, int lo, int hi, Object[] keys) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keys);
        mergeSort(a, tmp, mid, hi, keys);
        if (!PyObjects.compare(keys[a[mid]], keys[a[mid - 1]], "<", null)) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo, j = mid, o = lo;
        while (i < mid && j < hi) {
            if (PyObjects.compare(keys[tmp[j]], keys[tmp[i]], "<", null)) {
                a[o++] = tmp[j++];
            } else {
                a[o++] = tmp[i++];
            }
        }
        while (i < mid) {
            a[o++] = tmp[i++];
        }
        while (j < hi) {
            a[o++] = tmp[j++];
        }
    }

}
