package org.bytepy.modules;

import static org.bytepy.modules.CollectionsSupport.method;
import static org.bytepy.modules.CollectionsSupport.rawMethod;
import static org.bytepy.modules.CollectionsSupport.self;

import java.util.Map;
import java.util.WeakHashMap;

import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code _collections} module: deque, defaultdict, _count_elements, _tuplegetter. */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    // ------------------------------------------------------------------ deque

    /** A deque: a circular buffer, with a counter of mutations that invalidates iterators. */
    static final class Deque extends CollectionsSupport.State {
        Object[] buf = new Object[8];
        int head;
        int size;
        /** The maximum length, or -1. */
        int maxlen = -1;
        long state;

        Object get(int i) {
            return buf[(head + i) & (buf.length - 1)];
        }

        void set(int i, Object v) {
            buf[(head + i) & (buf.length - 1)] = v;
        }

        private void grow() {
            if (size == buf.length) {
                Object[] n = new Object[buf.length * 2];
                for (int i = 0; i < size; i++) {
                    n[i] = get(i);
                }
                buf = n;
                head = 0;
            }
        }

        void append(Object v) {
            if (maxlen == 0) {
                return;
            }
            if (maxlen >= 0 && size == maxlen) {
                popLeft();
            }
            grow();
            size++;
            set(size - 1, v);
            state++;
        }

        void appendLeft(Object v) {
            if (maxlen == 0) {
                return;
            }
            if (maxlen >= 0 && size == maxlen) {
                pop();
            }
            grow();
            head = (head - 1) & (buf.length - 1);
            buf[head] = v;
            size++;
            state++;
        }

        Object pop() {
            if (size == 0) {
                throw PyErrors.indexError(null, "pop from an empty deque");
            }
            Object v = get(size - 1);
            set(size - 1, null);
            size--;
            state++;
            return v;
        }

        Object popLeft() {
            if (size == 0) {
                throw PyErrors.indexError(null, "pop from an empty deque");
            }
            Object v = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
            state++;
            return v;
        }

        void clear() {
            buf = new Object[8];
            head = 0;
            size = 0;
            state++;
        }

        Object[] toArray() {
            Object[] r = new Object[size];
            for (int i = 0; i < size; i++) {
                r[i] = get(i);
            }
            return r;
        }

        void setAll(Object[] items) {
            int cap = 8;
            while (cap < items.length) {
                cap *= 2;
            }
            buf = new Object[cap];
            System.arraycopy(items, 0, buf, 0, items.length);
            head = 0;
            size = items.length;
            state++;
        }

        void rotate(long n) {
            if (size <= 1) {
                return;
            }
            int k = (int) Math.floorMod(n, (long) size);
            if (k == 0) {
                return;
            }
            Object[] items = toArray();
            Object[] r = new Object[size];
            for (int i = 0; i < size; i++) {
                r[(i + k) % size] = items[i];
            }
            setAll(r);
        }

        void extend(Object iterable) {
            if (iterable instanceof PyObject po && po.nativeValue == this) {
                iterable = new PyList(toArray());
            }
            PyIterator it = PyObjects.iter(iterable, null);
            for (Object v = it.next(); v != null; v = it.next()) {
                append(v);
            }
        }

        void extendLeft(Object iterable) {
            if (iterable instanceof PyObject po && po.nativeValue == this) {
                iterable = new PyList(toArray());
            }
            PyIterator it = PyObjects.iter(iterable, null);
            for (Object v = it.next(); v != null; v = it.next()) {
                appendLeft(v);
            }
        }

        int index(Object key) {
            Object k = PyObject.unwrap(key);
            if (!(k instanceof Long || k instanceof Boolean || k instanceof java.math.BigInteger) && org.bytepy.runtime.PyConvert.index(key, null) == null) {
                throw PyErrors.typeError(null, "sequence index must be integer, not '%s'", PyObjects.typeName(key));
            }
            long i = CollectionsSupport.asLong(key);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw PyErrors.indexError(null, "deque index out of range");
            }
            return (int) i;
        }
    }

    static final PyType DEQUE = CollectionsSupport.protocolType("collections", "deque");
    static final PyType DEQUE_ITER = CollectionsSupport.javaType("collections", "_deque_iterator", null);
    static final PyType DEQUE_REVITER = CollectionsSupport.javaType("collections", "_deque_reverse_iterator", null);

    static final class DequeIter extends PyIterator {
        final Deque deque;
        final long state;
        final boolean reverse;
        int index;

        DequeIter(Deque deque, boolean reverse) {
            this.deque = deque;
            this.state = deque.state;
            this.reverse = reverse;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (deque.state != state) {
                index = Integer.MAX_VALUE;
                throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "deque mutated during iteration");
            }
            if (index >= deque.size) {
                return null;
            }
            int i = index++;
            return deque.get(reverse ? deque.size - 1 - i : i);
        }

        @Override
        public PyType getPyType() {
            return reverse ? DEQUE_REVITER : DEQUE_ITER;
        }
    }

    private static Deque dq(Object[] a, String name) {
        return self(a, Deque.class, name, "collections.deque");
    }

    private static void argc(String name, Object[] a, PyDict kw, int min, int max) {
        org.bytepy.builtins.Args.methodCount(name, a, kw, min, max);
    }

    private static boolean isDeque(Object o) {
        return o instanceof PyObject po && po.nativeValue instanceof Deque;
    }

    /** A new deque of the same type and maxlen as {@code d}. */
    private static PyObject sameType(Deque d, Object[] items) {
        Deque n = new Deque();
        n.maxlen = d.maxlen;
        PyObject r = CollectionsSupport.wrap(d.self.getPyType(), n);
        for (Object o : items) {
            n.append(o);
        }
        return r;
    }

    private static String reprOf(Deque d) {
        if (!FunctoolsModule.ReprGuard.enter(d)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder(d.self.getPyType().getName()).append("([");
            Object[] items = d.toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(PyObjects.repr(items[i]));
            }
            sb.append(']');
            if (d.maxlen >= 0) {
                sb.append(", maxlen=").append(d.maxlen);
            }
            return sb.append(')').toString();
        } finally {
            FunctoolsModule.ReprGuard.exit(d);
        }
    }

    private static Object compareDeques(Object[] a, String op) {
        Deque d = dq(a, "__eq__");
        if (a.length != 2 || !isDeque(a[1])) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        Object[] x = d.toArray();
        Object[] y = ((Deque) ((PyObject) a[1]).nativeValue).toArray();
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!PyObjects.isOrEq(x[i], y[i])) {
                if (op.equals("==")) {
                    return false;
                } else if (op.equals("!=")) {
                    return true;
                }
                return PyObjects.richCompareValue(x[i], y[i], op, null);
            }
        }
        int c = Integer.compare(x.length, y.length);
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    static {
        PyType t = DEQUE;
        CollectionsSupport.newMethod(t, (a, kw) -> CollectionsSupport.wrap((PyType) a[0], new Deque()));
        method(t, "__init__", (a, kw) -> {
            Deque d = dq(a, "__init__");
            Object[] p = CollectionsSupport.parse("deque", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 0, "iterable", "maxlen");
            if (!CollectionsSupport.isNone(p[1])) {
                if (!CollectionsSupport.isInt(p[1])) {
                    throw PyErrors.typeError(null, "an integer is required");
                }
                long m = CollectionsSupport.asLong(p[1]);
                if (m < 0) {
                    throw PyErrors.valueError(null, "maxlen must be non-negative");
                }
                d.maxlen = (int) Math.min(m, Integer.MAX_VALUE);
            } else {
                d.maxlen = -1;
            }
            if (d.size > 0) {
                d.clear();
            }
            if (p[0] != null) {
                d.extend(p[0]);
            }
            return PyNone.NONE;
        });
        method(t, "append", (a, kw) -> {
            argc("deque.append", a, kw, 1, 1);
            dq(a, "append").append(a[1]);
            return PyNone.NONE;
        });
        method(t, "appendleft", (a, kw) -> {
            argc("deque.appendleft", a, kw, 1, 1);
            dq(a, "appendleft").appendLeft(a[1]);
            return PyNone.NONE;
        });
        method(t, "pop", (a, kw) -> {
            argc("deque.pop", a, kw, 0, 0);
            return dq(a, "pop").pop();
        });
        method(t, "popleft", (a, kw) -> {
            argc("deque.popleft", a, kw, 0, 0);
            return dq(a, "popleft").popLeft();
        });
        method(t, "extend", (a, kw) -> {
            argc("deque.extend", a, kw, 1, 1);
            dq(a, "extend").extend(a[1]);
            return PyNone.NONE;
        });
        method(t, "extendleft", (a, kw) -> {
            argc("deque.extendleft", a, kw, 1, 1);
            dq(a, "extendleft").extendLeft(a[1]);
            return PyNone.NONE;
        });
        method(t, "clear", (a, kw) -> {
            argc("deque.clear", a, kw, 0, 0);
            dq(a, "clear").clear();
            return PyNone.NONE;
        });
        method(t, "copy", (a, kw) -> {
            argc("deque.copy", a, kw, 0, 0);
            Deque d = dq(a, "copy");
            return sameType(d, d.toArray());
        });
        t.getDict().put("__copy__", t.getDict().get("copy"));
        method(t, "count", (a, kw) -> {
            argc("deque.count", a, kw, 1, 1);
            Deque d = dq(a, "count");
            long st = d.state;
            long n = 0;
            for (int i = 0; i < d.size; i++) {
                Object v = d.get(i);
                if (PyObjects.isOrEq(v, a[1])) {
                    n++;
                }
                if (d.state != st) {
                    throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "deque mutated during iteration");
                }
            }
            return n;
        });
        method(t, "index", (a, kw) -> {
            argc("index", a, kw, 1, 3);
            Deque d = dq(a, "index");
            long start = a.length > 2 ? CollectionsSupport.asLong(a[2]) : 0;
            long stop = a.length > 3 ? CollectionsSupport.asLong(a[3]) : d.size;
            if (start < 0) {
                start = Math.max(0, start + d.size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + d.size);
            }
            long st = d.state;
            for (long i = start; i < Math.min(stop, d.size); i++) {
                Object v = d.get((int) i);
                if (PyObjects.isOrEq(v, a[1])) {
                    return i;
                }
                if (d.state != st) {
                    throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "deque mutated during iteration");
                }
            }
            throw PyErrors.valueError(null, "%s is not in deque", PyObjects.repr(a[1]));
        });
        method(t, "insert", (a, kw) -> {
            argc("insert", a, kw, 2, 2);
            Deque d = dq(a, "insert");
            long i = CollectionsSupport.asLong(a[1]);
            if (d.maxlen >= 0 && d.size >= d.maxlen) {
                throw PyErrors.indexError(null, "deque already at its maximum size");
            }
            int n = d.size;
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            if (i > n) {
                i = n;
            }
            java.util.ArrayList<Object> l = new java.util.ArrayList<>(java.util.Arrays.asList(d.toArray()));
            l.add((int) i, a[2]);
            d.setAll(l.toArray());
            return PyNone.NONE;
        });
        method(t, "remove", (a, kw) -> {
            argc("deque.remove", a, kw, 1, 1);
            Deque d = dq(a, "remove");
            for (int i = 0; i < d.size; i++) {
                Object v = d.get(i);
                if (PyObjects.isOrEq(v, a[1])) {
                    java.util.ArrayList<Object> l = new java.util.ArrayList<>(java.util.Arrays.asList(d.toArray()));
                    l.remove(i);
                    d.setAll(l.toArray());
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError(null, "%s is not in deque", PyObjects.repr(a[1]));
        });
        method(t, "reverse", (a, kw) -> {
            argc("deque.reverse", a, kw, 0, 0);
            Deque d = dq(a, "reverse");
            Object[] items = d.toArray();
            java.util.Collections.reverse(java.util.Arrays.asList(items));
            d.setAll(items);
            return PyNone.NONE;
        });
        method(t, "rotate", (a, kw) -> {
            argc("deque.rotate", a, kw, 0, 1);
            dq(a, "rotate").rotate(a.length > 1 ? CollectionsSupport.asLong(a[1]) : 1);
            return PyNone.NONE;
        });
        CollectionsSupport.property(t, "maxlen", (a, kw) -> {
            Deque d = dq(a, "maxlen");
            return d.maxlen < 0 ? PyNone.NONE : (Object) (long) d.maxlen;
        }, null);
        method(t, "__len__", (a, kw) -> (long) dq(a, "__len__").size);
        method(t, "__bool__", (a, kw) -> dq(a, "__bool__").size != 0);
        method(t, "__getitem__", (a, kw) -> {
            Deque d = dq(a, "__getitem__");
            return d.get(d.index(a[1]));
        });
        method(t, "__setitem__", (a, kw) -> {
            Deque d = dq(a, "__setitem__");
            d.set(d.index(a[1]), a[2]);
            return PyNone.NONE;
        });
        method(t, "__delitem__", (a, kw) -> {
            Deque d = dq(a, "__delitem__");
            int i = d.index(a[1]);
            java.util.ArrayList<Object> l = new java.util.ArrayList<>(java.util.Arrays.asList(d.toArray()));
            l.remove(i);
            d.setAll(l.toArray());
            return PyNone.NONE;
        });
        method(t, "__contains__", (a, kw) -> {
            Deque d = dq(a, "__contains__");
            long st = d.state;
            for (int i = 0; i < d.size; i++) {
                Object v = d.get(i);
                if (PyObjects.isOrEq(v, a[1])) {
                    return true;
                }
                if (d.state != st) {
                    throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "deque mutated during iteration");
                }
            }
            return false;
        });
        method(t, "__iter__", (a, kw) -> new DequeIter(dq(a, "__iter__"), false));
        method(t, "__reversed__", (a, kw) -> new DequeIter(dq(a, "__reversed__"), true));
        method(t, "__repr__", (a, kw) -> reprOf(dq(a, "__repr__")));
        t.getDict().put("__hash__", PyNone.NONE);
        for (String[] op : new String[][]{{"__eq__", "=="}, {"__ne__", "!="}, {"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}}) {
            method(t, op[0], (a, kw) -> compareDeques(a, op[1]));
        }
        method(t, "__add__", (a, kw) -> {
            Deque d = dq(a, "__add__");
            if (!isDeque(a[1])) {
                throw PyErrors.typeError(null, "can only concatenate deque (not \"%s\") to deque", PyObjects.typeName(a[1]));
            }
            PyObject r = sameType(d, d.toArray());
            ((Deque) r.nativeValue).extend(a[1]);
            return r;
        });
        method(t, "__iadd__", (a, kw) -> {
            Deque d = dq(a, "__iadd__");
            d.extend(a[1]);
            return d.self;
        });
        PyBuiltinFunction.Body mul = (a, kw) -> {
            Deque d = dq(a, "__mul__");
            if (!CollectionsSupport.isInt(a[1])) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            Object[] items = d.toArray();
            long n = repeatCount(d, items.length, CollectionsSupport.asLong(a[1]));
            PyObject r = sameType(d, new Object[0]);
            Deque rd = (Deque) r.nativeValue;
            for (long i = 0; i < n; i++) {
                for (Object o : items) {
                    rd.append(o);
                }
            }
            return r;
        };
        method(t, "__mul__", mul);
        method(t, "__rmul__", mul);
        method(t, "__imul__", (a, kw) -> {
            Deque d = dq(a, "__imul__");
            Object[] items = d.toArray();
            long n = repeatCount(d, items.length, CollectionsSupport.asLong(a[1]));
            if (n <= 0) {
                d.clear();
            }
            for (long i = 1; i < n; i++) {
                for (Object o : items) {
                    d.append(o);
                }
            }
            return d.self;
        });
        method(t, "__reduce__", (a, kw) -> {
            Deque d = dq(a, "__reduce__");
            Object args = d.maxlen < 0 ? PyTuple.of(new PyList(d.toArray())) : PyTuple.of(new PyList(d.toArray()), (long) d.maxlen);
            PyDict attrs = d.self.attributes();
            return PyTuple.of(d.self.getPyType(), args, attrs.size() == 0 ? PyNone.NONE : attrs);
        });
        CollectionsSupport.classGetitem(t);
    }

    // ------------------------------------------------------------------ defaultdict

    static final PyType DEFAULTDICT = CollectionsSupport.protocolType("collections", "defaultdict", PyTypes.DICT);
    /** The default_factory of each defaultdict (instances carry a plain dict as their value). */
    private static final Map<PyObject, Object> FACTORIES = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    private static PyObject ddSelf(Object[] a, String name) {
        if (a.length == 0 || !(a[0] instanceof PyObject po) || !po.getPyType().isSubtypeOf(DEFAULTDICT) || !(po.nativeValue instanceof PyDict)) {
            throw PyErrors.typeError(null, "descriptor '%s' for 'collections.defaultdict' objects doesn't apply to a '%s' object", name, a.length == 0 ? "NoneType" : PyObjects.typeName(a[0]));
        }
        return po;
    }

    static Object factory(PyObject dd) {
        Object f = FACTORIES.get(dd);
        return f == null ? PyNone.NONE : f;
    }

    private static PyObject newDefaultDict(PyType t, Object factory, PyDict items) {
        PyObject po = new PyObject(t);
        PyDict d = new PyDict();
        if (items != null) {
            for (PyDict.Entry e : items.entries()) {
                d.put(e.key, e.value);
            }
        }
        po.nativeValue = d;
        FACTORIES.put(po, factory);
        return po;
    }

    static {
        PyType t = DEFAULTDICT;
        CollectionsSupport.newMethod(t, (a, kw) -> newDefaultDict((PyType) a[0], PyNone.NONE, null));
        rawMethod(t, "__init__", (a, kw) -> {
            PyObject self = ddSelf(a, "__init__");
            Object f = a.length > 1 ? a[1] : PyNone.NONE;
            if (f != PyNone.NONE && !PyCalls.isCallable(f)) {
                throw PyErrors.typeError(null, "first argument must be callable or None");
            }
            FACTORIES.put(self, f);
            Object[] rest = new Object[Math.max(0, a.length - 2) + 1];
            rest[0] = self.nativeValue;
            if (a.length > 2) {
                System.arraycopy(a, 2, rest, 1, a.length - 2);
            }
            PyCalls.call(PyTypes.DICT.getDict().get("update"), rest, kw, null);
            return PyNone.NONE;
        });
        rawMethod(t, "__missing__", (a, kw) -> {
            org.bytepy.builtins.Args.methodCount("__missing__", a, kw, 1, 1);
            PyObject self = ddSelf(a, "__missing__");
            Object f = factory(self);
            if (f == PyNone.NONE) {
                throw new PyException(new PyBaseException(PyTypes.KEY_ERROR, PyTuple.of(a[1])), null);
            }
            Object v = PyCalls.call(f, new Object[0], null, null);
            PyObjects.setItem(self, a[1], v, null);
            return v;
        });
        t.getDict().put("default_factory", new PyDescriptors.Property(new PyBuiltinFunction("default_factory", null, (a, kw) -> factory(ddSelf(a, "default_factory"))),
                        new PyBuiltinFunction("default_factory", null, (a, kw) -> {
                            FACTORIES.put(ddSelf(a, "default_factory"), a[1]);
                            return PyNone.NONE;
                        }), PyNone.NONE, PyNone.NONE));
        rawMethod(t, "__repr__", (a, kw) -> {
            PyObject self = ddSelf(a, "__repr__");
            Object f = factory(self);
            String fr;
            if (!FunctoolsModule.ReprGuard.enter(self)) {
                fr = "...";
            } else {
                try {
                    fr = PyObjects.repr(f);
                } finally {
                    FunctoolsModule.ReprGuard.exit(self);
                }
            }
            return self.getPyType().getName() + "(" + fr + ", " + PyObjects.repr(self.nativeValue) + ")";
        });
        PyBuiltinFunction.Body copy = (a, kw) -> {
            PyObject self = ddSelf(a, "copy");
            return newDefaultDict(self.getPyType(), factory(self), (PyDict) self.nativeValue);
        };
        rawMethod(t, "copy", copy);
        rawMethod(t, "__copy__", copy);
        rawMethod(t, "__reduce__", (a, kw) -> {
            PyObject self = ddSelf(a, "__reduce__");
            Object f = factory(self);
            PyDict d = (PyDict) self.nativeValue;
            PyIterator items = PyObjects.iter(PyCalls.call(PyTypes.DICT.getDict().get("items"), new Object[]{d}, null, null), null);
            return PyTuple.of(self.getPyType(), f == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(f), PyNone.NONE, PyNone.NONE, items);
        });
        rawMethod(t, "__or__", (a, kw) -> {
            PyObject self = ddSelf(a, "__or__");
            if (!(PyObject.unwrap(a[1]) instanceof PyDict other)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyObject r = newDefaultDict(self.getPyType(), factory(self), (PyDict) self.nativeValue);
            for (PyDict.Entry e : other.entries()) {
                ((PyDict) r.nativeValue).put(e.key, e.value);
            }
            return r;
        });
        rawMethod(t, "__ror__", (a, kw) -> {
            PyObject self = ddSelf(a, "__ror__");
            if (!(PyObject.unwrap(a[1]) instanceof PyDict other)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyObject r = newDefaultDict(self.getPyType(), factory(self), other);
            for (PyDict.Entry e : ((PyDict) self.nativeValue).entries()) {
                ((PyDict) r.nativeValue).put(e.key, e.value);
            }
            return r;
        });
        CollectionsSupport.classGetitem(t);
    }

    // ------------------------------------------------------------------ _tuplegetter

    static final class TupleGetter extends CollectionsSupport.State {
        final long index;

        TupleGetter(long index) {
            this.index = index;
        }
    }

    static final PyType TUPLEGETTER = CollectionsSupport.protocolType("collections", "_tuplegetter");

    static {
        PyType t = TUPLEGETTER;
        CollectionsSupport.newMethod(t, (a, kw) -> {
            CollectionsSupport.noKeywords("_tuplegetter", kw);
            if (a.length != 3) {
                throw PyErrors.typeError(null, "_tuplegetter expected 2 arguments, got %d", a.length - 1);
            }
            PyObject po = CollectionsSupport.wrap((PyType) a[0], new TupleGetter(CollectionsSupport.asLong(a[1])));
            po.setAttribute("__doc__", a[2]);
            return po;
        });
        method(t, "__get__", (a, kw) -> {
            TupleGetter g = self(a, TupleGetter.class, "__get__", "_collections._tuplegetter");
            Object obj = a.length > 1 ? a[1] : PyNone.NONE;
            if (obj == PyNone.NONE) {
                return g.self;
            }
            if (!(PyObject.unwrap(obj) instanceof PyTuple tup)) {
                throw PyErrors.typeError(null, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, PyObjects.typeName(obj));
            }
            if (g.index >= tup.size()) {
                throw PyErrors.indexError(null, "tuple index out of range");
            }
            return tup.get((int) g.index);
        });
        method(t, "__set__", (a, kw) -> {
            throw PyErrors.attributeError(null, "can't set attribute");
        });
        method(t, "__delete__", (a, kw) -> {
            throw PyErrors.attributeError(null, "can't delete attribute");
        });
        method(t, "__reduce__", (a, kw) -> {
            TupleGetter g = self(a, TupleGetter.class, "__reduce__", "_collections._tuplegetter");
            Object doc = g.self.getAttribute("__doc__");
            return PyTuple.of(g.self.getPyType(), PyTuple.of(g.index, doc == null ? PyNone.NONE : doc));
        });
    }

    // ------------------------------------------------------------------ the module

    public static PyModule create() {
        PyModule m = new PyModule("_collections", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
        d.put("deque", DEQUE);
        d.put("defaultdict", DEFAULTDICT);
        d.put("_deque_iterator", DEQUE_ITER);
        d.put("_deque_reverse_iterator", DEQUE_REVITER);
        d.put("_tuplegetter", TUPLEGETTER);
        d.put("_count_elements", new PyBuiltinFunction("_count_elements", null, (a, kw) -> {
            CollectionsSupport.noKeywords("_count_elements", kw);
            if (a.length != 2) {
                throw PyErrors.typeError(null, "_count_elements expected 2 arguments, got %d", a.length);
            }
            Object mapping = a[0];
            PyIterator it = PyObjects.iter(a[1], null);
            if (mapping instanceof PyDict md) {
                for (Object v = it.next(); v != null; v = it.next()) {
                    Object old = md.get(v);
                    md.put(v, old == null ? (Object) 1L : org.bytepy.runtime.PyNumber.add(old, 1L, null));
                }
                return PyNone.NONE;
            }
            Object get = PyObjects.getAttr(mapping, "get", null);
            for (Object v = it.next(); v != null; v = it.next()) {
                Object old = PyCalls.call(get, new Object[]{v, 0L}, null, null);
                PyObjects.setItem(mapping, v, org.bytepy.runtime.PyNumber.add(old, 1L, null), null);
            }
            return PyNone.NONE;
        }));
        return m;
    }

    /**
     * How many times {@code deque * n} must copy {@code size} items: none for an empty deque, few enough to
     * fill a bounded deque (the result is the same), and MemoryError where CPython's size would overflow.
     */
    private static long repeatCount(Deque d, int size, long n) {
        if (size == 0 || n <= 0) {
            return 0;
        }
        if (n > Long.MAX_VALUE / size) {
            throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, null);
        }
        if (d.maxlen >= 0) {
            return Math.min(n, d.maxlen / size + 2);
        }
        if (n > (Integer.MAX_VALUE - 16) / size) {
            throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, null);
        }
        return n;
    }
}
