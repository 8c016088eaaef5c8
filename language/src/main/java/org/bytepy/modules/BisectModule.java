package org.bytepy.modules;

import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;

/** The {@code _bisect} module: binary search and insertion in sorted sequences, with {@code key=}. */
public final class BisectModule {
    private BisectModule() {
    }

    private static long search(Object a, Object x, Object loArg, Object hiArg, Object key, boolean right) {
        long lo = loArg == null ? 0 : CollectionsSupport.asLong(loArg);
        if (lo < 0) {
            throw PyErrors.valueError(null, "lo must be non-negative");
        }
        long hi = CollectionsSupport.isNone(hiArg) ? PyObjects.len(a, null) : CollectionsSupport.asLong(hiArg);
        boolean noKey = CollectionsSupport.isNone(key);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = a instanceof PyList l && mid < l.size() ? l.get((int) mid) : PyObjects.getItem(a, mid, null);
            if (!noKey) {
                item = PyCalls.call(key, new Object[]{item}, null, null);
            }
            boolean goLeft = right ? PyObjects.compare(x, item, "<", null) : !PyObjects.compare(item, x, "<", null);
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static void def(PyDict d, String name, boolean right, boolean insert) {
        d.put(name, new PyBuiltinFunction(name, null, (args, kw) -> {
            Object[] p = CollectionsSupport.parse(name, args, kw, 2, "a", "x", "lo", "hi", "$key");
            Object x = p[1];
            Object key = p[4];
            if (insert) {
                Object kx = CollectionsSupport.isNone(key) ? x : PyCalls.call(key, new Object[]{x}, null, null);
                long i = search(p[0], kx, p[2], p[3], key, right);
                if (p[0] instanceof PyList l) {
                    l.insert((int) i, x);
                } else {
                    PyCalls.call(PyObjects.getAttr(p[0], "insert", null), new Object[]{i, x}, null, null);
                }
                return PyNone.NONE;
            }
            return search(p[0], x, p[2], p[3], key, right);
        }));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_bisect", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n");
        def(d, "bisect_right", true, false);
        def(d, "bisect_left", false, false);
        def(d, "insort_right", true, true);
        def(d, "insort_left", false, true);
        return m;
    }
}
