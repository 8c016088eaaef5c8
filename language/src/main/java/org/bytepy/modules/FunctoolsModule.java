package org.bytepy.modules;

import static org.bytepy.modules.CollectionsSupport.method;
import static org.bytepy.modules.CollectionsSupport.noKeywords;
import static org.bytepy.modules.CollectionsSupport.self;

import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * The {@code _functools} module: {@code reduce}, {@code partial}, {@code cmp_to_key}. Lib's
 * functools keeps its pure-Python {@code lru_cache} (it is correct and needs no native support).
 */
public final class FunctoolsModule {
    private FunctoolsModule() {
    }

    // ------------------------------------------------------------------ partial

    static final class Partial extends CollectionsSupport.State {
        Object func;
        Object[] args;
        PyDict keywords;
    }

    static final PyType PARTIAL = CollectionsSupport.protocolType("functools", "partial");

    static {
        PyType t = PARTIAL;
        CollectionsSupport.newMethod(t, (a, kw) -> {
            if (a.length < 2) {
                throw PyErrors.typeError(null, "type 'partial' takes at least one argument");
            }
            PyType cls = (PyType) a[0];
            Object func = a[1];
            Object[] args = java.util.Arrays.copyOfRange(a, 2, a.length);
            PyDict keywords = new PyDict();
            if (func instanceof PyObject po && po.nativeValue instanceof Partial inner && po.getPyType() == PARTIAL && po.attributes().size() == 0) {
                // partial(partial(f, 1), 2) is partial(f, 1, 2)
                Object[] merged = new Object[inner.args.length + args.length];
                System.arraycopy(inner.args, 0, merged, 0, inner.args.length);
                System.arraycopy(args, 0, merged, inner.args.length, args.length);
                args = merged;
                for (PyDict.Entry e : inner.keywords.entries()) {
                    keywords.put(e.key, e.value);
                }
                func = inner.func;
            } else if (!PyCalls.isCallable(func)) {
                throw PyErrors.typeError(null, "the first argument must be callable");
            }
            if (kw != null) {
                for (PyDict.Entry e : kw.entries()) {
                    keywords.put(e.key, e.value);
                }
            }
            Partial p = new Partial();
            p.func = func;
            p.args = args;
            p.keywords = keywords;
            return CollectionsSupport.wrap(cls, p);
        });
        method(t, "__call__", (a, kw) -> {
            Partial p = self(a, Partial.class, "__call__", "functools.partial");
            Object[] args = new Object[p.args.length + a.length - 1];
            System.arraycopy(p.args, 0, args, 0, p.args.length);
            System.arraycopy(a, 1, args, p.args.length, a.length - 1);
            PyDict k = p.keywords;
            if (kw != null && kw.size() > 0) {
                k = new PyDict();
                for (PyDict.Entry e : p.keywords.entries()) {
                    k.put(e.key, e.value);
                }
                for (PyDict.Entry e : kw.entries()) {
                    k.put(e.key, e.value);
                }
            } else if (k.size() == 0) {
                k = null;
            } else {
                k = copy(k);
            }
            return PyCalls.call(p.func, args, k, null);
        });
        CollectionsSupport.property(t, "func", (a, kw) -> self(a, Partial.class, "func", "functools.partial").func, null);
        CollectionsSupport.property(t, "args", (a, kw) -> new PyTuple(self(a, Partial.class, "args", "functools.partial").args.clone()), null);
        CollectionsSupport.property(t, "keywords", (a, kw) -> self(a, Partial.class, "keywords", "functools.partial").keywords, null);
        method(t, "__repr__", (a, kw) -> {
            Partial p = self(a, Partial.class, "__repr__", "functools.partial");
            StringBuilder sb = new StringBuilder(CollectionsSupport.tpName(p.self.getPyType())).append('(');
            if (!ReprGuard.enter(p)) {
                return "...";
            }
            try {
                sb.append(PyObjects.repr(p.func));
                for (Object o : p.args) {
                    sb.append(", ").append(PyObjects.repr(o));
                }
                for (PyDict.Entry e : p.keywords.entries()) {
                    sb.append(", ").append(PyObjects.str(e.key)).append('=').append(PyObjects.repr(e.value));
                }
            } finally {
                ReprGuard.exit(p);
            }
            return sb.append(')').toString();
        });
        CollectionsSupport.rawMethod(t, "__reduce__", (a, kw) -> {
            Partial p = self(a, Partial.class, "__reduce__", "functools.partial");
            PyObject po = p.self;
            PyDict d = po.attributes();
            return PyTuple.of(po.getPyType(), PyTuple.of(p.func), PyTuple.of(p.func, new PyTuple(p.args.clone()), copy(p.keywords), d.size() == 0 ? PyNone.NONE : d));
        });
        CollectionsSupport.rawMethod(t, "__setstate__", (a, kw) -> {
            Partial p = self(a, Partial.class, "__setstate__", "functools.partial");
            if (a.length != 2 || !(a[1] instanceof PyTuple st) || st.size() != 4) {
                throw PyErrors.typeError(null, "argument to __setstate__ must be a tuple");
            }
            if (!PyCalls.isCallable(st.get(0)) || !(PyObject.unwrap(st.get(1)) instanceof PyTuple args) || !(st.get(2) instanceof PyDict || st.get(2) == PyNone.NONE)) {
                throw PyErrors.typeError(null, "invalid partial state");
            }
            p.func = st.get(0);
            p.args = args.toArray();
            p.keywords = st.get(2) instanceof PyDict k ? copy(k) : new PyDict();
            if (st.get(3) instanceof PyDict d) {
                for (PyDict.Entry e : d.entries()) {
                    p.self.setAttribute(PyObjects.str(e.key), e.value);
                }
            }
            return PyNone.NONE;
        });
        CollectionsSupport.classGetitem(t);
    }

    static PyDict copy(PyDict d) {
        PyDict r = new PyDict();
        for (PyDict.Entry e : d.entries()) {
            r.put(e.key, e.value);
        }
        return r;
    }

    /** Guards reprs of self-containing objects. */
    public static final class ReprGuard {
        private static final ThreadLocal<java.util.IdentityHashMap<Object, Object>> ACTIVE = ThreadLocal.withInitial(java.util.IdentityHashMap::new);

        public static boolean enter(Object o) {
            return ACTIVE.get().put(o, o) == null;
        }

        public static void exit(Object o) {
            ACTIVE.get().remove(o);
        }
    }

    // ------------------------------------------------------------------ cmp_to_key

    static final class KeyWrapper extends CollectionsSupport.State {
        final Object cmp;
        final Object obj;

        KeyWrapper(Object cmp, Object obj) {
            this.cmp = cmp;
            this.obj = obj;
        }
    }

    static final PyType KEY_WRAPPER = CollectionsSupport.protocolType("functools", "KeyWrapper");

    private static void compareOp(String name, String op) {
        method(KEY_WRAPPER, name, (a, kw) -> {
            KeyWrapper k = self(a, KeyWrapper.class, name, "functools.KeyWrapper");
            if (a.length != 2 || !(a[1] instanceof PyObject po && po.nativeValue instanceof KeyWrapper other)) {
                throw PyErrors.typeError(null, "other argument must be K instance");
            }
            if (k.obj == null || other.obj == null) {
                throw PyErrors.attributeError(null, "object");
            }
            Object r = PyCalls.call(k.cmp, new Object[]{k.obj, other.obj}, null, null);
            return PyObjects.richCompareValue(r, 0L, op, null);
        });
    }

    static {
        compareOp("__lt__", "<");
        compareOp("__le__", "<=");
        compareOp("__gt__", ">");
        compareOp("__ge__", ">=");
        compareOp("__eq__", "==");
        compareOp("__ne__", "!=");
        KEY_WRAPPER.getDict().put("__hash__", PyNone.NONE);
        method(KEY_WRAPPER, "__call__", (a, kw) -> {
            KeyWrapper k = self(a, KeyWrapper.class, "__call__", "functools.KeyWrapper");
            Object[] p = CollectionsSupport.parse("K", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 1, "obj");
            return CollectionsSupport.wrap(KEY_WRAPPER, new KeyWrapper(k.cmp, p[0]));
        });
        CollectionsSupport.property(KEY_WRAPPER, "obj", (a, kw) -> {
            KeyWrapper k = self(a, KeyWrapper.class, "obj", "functools.KeyWrapper");
            if (k.obj == null) {
                throw PyErrors.attributeError(null, "obj");
            }
            return k.obj;
        }, null);
    }

    public static PyModule create() {
        PyModule m = new PyModule("_functools", new PyDict());
        PyDict d = m.dict;
        d.put("partial", PARTIAL);
        d.put("reduce", new PyBuiltinFunction("reduce", null, (a, kw) -> {
            noKeywords("reduce", kw);
            if (a.length < 2 || a.length > 3) {
                throw PyErrors.typeError(null, a.length < 2 ? "reduce expected at least 2 arguments, got %d" : "reduce expected at most 3 arguments, got %d", a.length);
            }
            Object fn = a[0];
            PyIterator it;
            try {
                it = PyObjects.iter(a[1], null);
            } catch (org.bytepy.runtime.PyException e) {
                if (e.getType() == PyTypes.TYPE_ERROR) {
                    throw PyErrors.typeError(null, "reduce() arg 2 must support iteration");
                }
                throw e;
            }
            Object acc = a.length == 3 ? a[2] : null;
            for (Object v = it.next(); v != null; v = it.next()) {
                acc = acc == null ? v : PyCalls.call(fn, new Object[]{acc, v}, null, null);
            }
            if (acc == null) {
                throw PyErrors.typeError(null, "reduce() of empty iterable with no initial value");
            }
            return acc;
        }));
        d.put("cmp_to_key", new PyBuiltinFunction("cmp_to_key", null, (a, kw) -> {
            Object[] p = CollectionsSupport.parse("cmp_to_key", a, kw, 1, "mycmp");
            return CollectionsSupport.wrap(KEY_WRAPPER, new KeyWrapper(p[0], null));
        }));
        return m;
    }
}
