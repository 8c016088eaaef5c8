package org.bytepy.modules;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTypes;

/** The {@code _heapq} module: the binary-heap functions of Lib's heapq, on lists. */
public final class HeapqModule {
    private HeapqModule() {
    }

    private static PyList heap(Object o) {
        if (PyObject.unwrap(o) instanceof PyList l) {
            return l;
        }
        throw PyErrors.typeError(null, "heap argument must be a list");
    }

    private static boolean less(Object a, Object b, boolean max) {
        return max ? PyObjects.compare(b, a, "<", null) : PyObjects.compare(a, b, "<", null);
    }

    private static void changed(PyList h, int size) {
        if (h.size() != size) {
            throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "list changed size during iteration");
        }
    }

    /** Moves the item at pos up towards startpos while it is smaller than its parent. */
    private static void siftDown(PyList h, int startpos, int pos, boolean max) {
        int size = h.size();
        Object newitem = h.get(pos);
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            Object parent = h.get(parentpos);
            boolean lt = less(newitem, parent, max);
            changed(h, size);
            if (!lt) {
                break;
            }
            h.set(pos, parent);
            pos = parentpos;
        }
        h.set(pos, newitem);
    }

    /** Moves the smaller child up until a leaf is reached, then sifts the item at pos down. */
    private static void siftUp(PyList h, int pos, boolean max) {
        int endpos = h.size();
        int startpos = pos;
        Object newitem = h.get(pos);
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos) {
                boolean lt = less(h.get(childpos), h.get(rightpos), max);
                changed(h, endpos);
                if (!lt) {
                    childpos = rightpos;
                }
            }
            h.set(pos, h.get(childpos));
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        h.set(pos, newitem);
        siftDown(h, startpos, pos, max);
    }

    private static Object pop(PyList h, boolean max) {
        if (h.size() == 0) {
            throw PyErrors.indexError(null, "index out of range");
        }
        Object last = h.remove(h.size() - 1);
        if (h.size() == 0) {
            return last;
        }
        Object r = h.get(0);
        h.set(0, last);
        siftUp(h, 0, max);
        return r;
    }

    private static Object replace(PyList h, Object item, boolean max) {
        if (h.size() == 0) {
            throw PyErrors.indexError(null, "index out of range");
        }
        Object r = h.get(0);
        h.set(0, item);
        siftUp(h, 0, max);
        return r;
    }

    private static void heapify(PyList h, boolean max) {
        for (int i = h.size() / 2 - 1; i >= 0; i--) {
            siftUp(h, i, max);
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("_heapq", new PyDict());
        PyDict d = m.dict;
        d.put("__about__", "Heap queues");
        Args.def(d, "heappush", (a, kw) -> {
            Args.count("heappush", a, kw, 2, 2);
            PyList h = heap(a[0]);
            h.append(a[1]);
            siftDown(h, 0, h.size() - 1, false);
            return PyNone.NONE;
        });
        Args.def(d, "heappop", (a, kw) -> {
            Args.count("heappop", a, kw, 1, 1);
            return pop(heap(a[0]), false);
        });
        Args.def(d, "heapreplace", (a, kw) -> {
            Args.count("heapreplace", a, kw, 2, 2);
            return replace(heap(a[0]), a[1], false);
        });
        Args.def(d, "heappushpop", (a, kw) -> {
            Args.count("heappushpop", a, kw, 2, 2);
            PyList h = heap(a[0]);
            if (h.size() == 0 || !PyObjects.compare(h.get(0), a[1], "<", null)) {
                return a[1];
            }
            if (h.size() == 0) {
                throw PyErrors.indexError(null, "index out of range");
            }
            Object r = h.get(0);
            h.set(0, a[1]);
            siftUp(h, 0, false);
            return r;
        });
        Args.def(d, "heapify", (a, kw) -> {
            Args.count("heapify", a, kw, 1, 1);
            heapify(heap(a[0]), false);
            return PyNone.NONE;
        });
        Args.def(d, "_heappop_max", (a, kw) -> {
            Args.count("_heappop_max", a, kw, 1, 1);
            return pop(heap(a[0]), true);
        });
        Args.def(d, "_heapreplace_max", (a, kw) -> {
            Args.count("_heapreplace_max", a, kw, 2, 2);
            return replace(heap(a[0]), a[1], true);
        });
        Args.def(d, "_heapify_max", (a, kw) -> {
            Args.count("_heapify_max", a, kw, 1, 1);
            heapify(heap(a[0]), true);
            return PyNone.NONE;
        });
        return m;
    }
}
