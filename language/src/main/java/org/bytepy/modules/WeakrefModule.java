package org.bytepy.modules;

import static org.bytepy.modules.CollectionsSupport.method;
import static org.bytepy.modules.CollectionsSupport.self;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bytepy.runtime.PyBoundMethod;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyGenerator;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySet;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code _weakref} module on {@link java.lang.ref.WeakReference}: a referent stays alive until the
 * Java garbage collector finds it unreachable (so {@code ref()} may still answer the object for a while
 * after its last Python reference is gone; {@code gc.collect()} asks the JVM to collect). Callbacks of
 * collected referents run at safe points: when this module or {@code gc} is used.
 */
public final class WeakrefModule {
    private WeakrefModule() {
    }

    /** The Java weak reference of a Python weakref; enqueued when its referent is collected. */
    static final class Link extends WeakReference<Object> {
        final WeakRef owner;

        Link(Object referent, WeakRef owner) {
            super(referent, QUEUE);
            this.owner = owner;
        }
    }

    static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();

    static final class WeakRef extends CollectionsSupport.State {
        Link link;
        Object callback;
        long hash;
        boolean hashed;
        boolean proxy;
        /** Identity hash of the referent, to find the registry entry after the referent died. */
        int referentId;
        /** The context whose code made it: its callback runs only there (the queue is shared by all contexts). */
        Object context;

        Object get() {
            return link == null ? null : link.get();
        }
    }

    /** Each live referent's weak references (basic ref first), by identity. */
    private static final Map<Integer, List<WeakRef>> REGISTRY = new HashMap<>();

    static final PyType REF = CollectionsSupport.protocolType("weakref", "ReferenceType");
    static final PyType PROXY = CollectionsSupport.protocolType("weakref", "ProxyType");
    static final PyType CALLABLE_PROXY = CollectionsSupport.protocolType("weakref", "CallableProxyType");

    static boolean canReference(Object o) {
        if (o instanceof PyObject po) {
            Object v = po.nativeValue;
            return !(PyNumber.isInt(v) || v instanceof String || v instanceof PyTuple || v instanceof byte[]);
        }
        return o instanceof PyFunction || o instanceof PyType || o instanceof PyBoundMethod || o instanceof PySet || o instanceof PyGenerator || o instanceof PyModule || o instanceof PyCode
                        || o instanceof PyBuiltinFunction || o instanceof org.bytepy.runtime.PyBaseException || o instanceof PyDescriptors.Property;
    }

    private static List<WeakRef> refsOf(Object referent) {
        List<WeakRef> l = REGISTRY.get(System.identityHashCode(referent));
        if (l == null) {
            return List.of();
        }
        List<WeakRef> out = new ArrayList<>();
        for (WeakRef r : l) {
            if (r.get() == referent) {
                out.add(r);
            }
        }
        return out;
    }

    @TruffleBoundary
    static synchronized PyObject newRef(PyType type, Object referent, Object callback, boolean proxy) {
        drainQueue();
        if (!canReference(referent)) {
            throw PyErrors.typeError(null, "cannot create weak reference to '%s' object", PyObjects.typeName(referent));
        }
        boolean plain = CollectionsSupport.isNone(callback);
        if (plain && (type == REF || type == PROXY || type == CALLABLE_PROXY)) {
            for (WeakRef r : refsOf(referent)) {
                if (r.callback == null && r.self.getPyType() == type) {
                    return r.self; // ref(o) is ref(o), as in CPython
                }
            }
        }
        WeakRef r = new WeakRef();
        r.link = new Link(referent, r);
        r.callback = plain ? null : callback;
        r.context = r.callback == null ? null : org.bytepy.BytepyContext.get(null);
        r.proxy = proxy;
        r.referentId = System.identityHashCode(referent);
        PyObject po = CollectionsSupport.wrap(type, r);
        REGISTRY.computeIfAbsent(r.referentId, k -> new ArrayList<>()).add(r);
        return po;
    }

    /** Runs the callbacks of weak references whose referents were collected. */
    static void drainQueue() {
        drainQueue(false);
    }

    /**
     * Runs the callbacks of weak references whose referents were collected; with {@code scanAll}
     * (after a collection) also those the JVM cleared but has not enqueued yet.
     */
    @TruffleBoundary
    static void drainQueue(boolean scanAll) {
        List<WeakRef> dead = new ArrayList<>();
        Object current = org.bytepy.BytepyContext.get(null);
        synchronized (WeakrefModule.class) {
            List<WeakRef> cleared = new ArrayList<>();
            Reference<?> ref;
            while ((ref = QUEUE.poll()) != null) {
                if (ref instanceof Link l) {
                    cleared.add(l.owner);
                }
            }
            if (scanAll) {
                for (List<WeakRef> list : REGISTRY.values()) {
                    for (WeakRef r : list) {
                        if (r.link.refersTo(null)) {
                            cleared.add(r);
                        }
                    }
                }
            }
            for (WeakRef r : cleared) {
                List<WeakRef> list = REGISTRY.get(r.referentId);
                if (list != null) {
                    list.remove(r);
                    if (list.isEmpty()) {
                        REGISTRY.remove(r.referentId);
                    }
                }
                if (r.callback != null && r.context == current && !dead.contains(r)) {
                    dead.add(r);
                }
            }
        }
        for (WeakRef r : dead) {
            Object cb = r.callback;
            r.callback = null;
            try {
                PyCalls.call(cb, new Object[]{r.self}, null, null);
            } catch (PyException e) {
                org.bytepy.runtime.Tracebacks.writeUnraisable(e, cb); // CPython reports and ignores them
            }
        }
    }

    private static WeakRef ref(Object[] a, String name) {
        return self(a, WeakRef.class, name, "weakref.ReferenceType");
    }

    /** The referent of a proxy, or ReferenceError. */
    private static Object live(Object[] a, String name) {
        Object o = ref(a, name).get();
        if (o == null) {
            throw PyErrors.format(PyTypes.REFERENCE_ERROR, null, "weakly-referenced object no longer exists");
        }
        return o;
    }

    private static String refRepr(WeakRef r) {
        Object o = r.get();
        String at = PyObjects.address(r.self);
        if (o == null) {
            return "<weakref at " + at + "; dead>";
        }
        String name = "";
        try {
            Object n = PyObjects.lookupAttr(o, "__name__");
            if (n instanceof String s) {
                name = " (" + s + ")";
            }
        } catch (PyException e) {
            // no name
        }
        return "<weakref at " + at + "; to '" + PyObjects.typeName(o) + "' at " + PyObjects.address(o) + name + ">";
    }

    static {
        PyType t = REF;
        t.getDict().put("__qualname__", "ReferenceType");
        CollectionsSupport.newMethod(t, (a, kw) -> {
            if (a.length < 2 || a.length > 3) {
                throw PyErrors.typeError(null, a.length < 2 ? "__new__ expected at least 1 argument, got %d" : "__new__ expected at most 2 arguments, got %d", a.length - 1);
            }
            return newRef((PyType) a[0], a[1], a.length == 3 ? a[2] : PyNone.NONE, false);
        });
        method(t, "__init__", (a, kw) -> PyNone.NONE);
        method(t, "__call__", (a, kw) -> {
            org.bytepy.builtins.Args.methodCount("weakref", a, kw, 0, 0);
            Object o = ref(a, "__call__").get();
            return o == null ? PyNone.NONE : o;
        });
        method(t, "__hash__", (a, kw) -> {
            WeakRef r = ref(a, "__hash__");
            if (!r.hashed) {
                Object o = r.get();
                if (o == null) {
                    throw PyErrors.typeError(null, "weak object has gone away");
                }
                r.hash = PyObjects.hash(o, null);
                r.hashed = true;
            }
            return r.hash;
        });
        for (String[] op : new String[][]{{"__eq__", "=="}, {"__ne__", "!="}}) {
            method(t, op[0], (a, kw) -> {
                WeakRef r = ref(a, op[0]);
                if (!(a[1] instanceof PyObject po && po.nativeValue instanceof WeakRef other && !other.proxy)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                Object x = r.get(), y = other.get();
                if (x == null || y == null) {
                    boolean same = r == other;
                    return op[1].equals("==") ? same : !same;
                }
                return PyObjects.richCompareValue(x, y, op[1], null);
            });
        }
        method(t, "__repr__", (a, kw) -> refRepr(ref(a, "__repr__")));
        CollectionsSupport.property(t, "__callback__", (a, kw) -> {
            Object cb = ref(a, "__callback__").callback;
            return cb == null ? PyNone.NONE : cb;
        }, null);
        CollectionsSupport.classGetitem(t);

        for (PyType p : new PyType[]{PROXY, CALLABLE_PROXY}) {
            p.getDict().put("__qualname__", p.getName());
            p.getDict().put("__hash__", PyNone.NONE);
            method(p, "__getattribute__", (a, kw) -> PyObjects.getAttr(live(a, "__getattribute__"), (String) a[1], null));
            method(p, "__getattr__", (a, kw) -> PyObjects.getAttr(live(a, "__getattr__"), (String) a[1], null));
            method(p, "__setattr__", (a, kw) -> {
                PyObjects.setAttr(live(a, "__setattr__"), (String) a[1], a[2], null);
                return PyNone.NONE;
            });
            method(p, "__delattr__", (a, kw) -> {
                PyObjects.delAttr(live(a, "__delattr__"), (String) a[1], null);
                return PyNone.NONE;
            });
            method(p, "__repr__", (a, kw) -> {
                WeakRef r = ref(a, "__repr__");
                Object o = r.get();
                return "<weakproxy at " + PyObjects.address(r.self) + " to " + (o == null ? "NoneType" : PyObjects.typeName(o)) + " at " + PyObjects.address(o) + ">";
            });
            method(p, "__str__", (a, kw) -> PyObjects.str(live(a, "__str__")));
            method(p, "__bool__", (a, kw) -> PyObjects.isTrue(live(a, "__bool__")));
            method(p, "__len__", (a, kw) -> PyObjects.len(live(a, "__len__"), null));
            method(p, "__iter__", (a, kw) -> PyObjects.iter(live(a, "__iter__"), null));
            method(p, "__next__", (a, kw) -> {
                Object o = live(a, "__next__");
                Object v = PyObjects.iter(o, null).next();
                if (v == null) {
                    throw CollectionsSupport.stopIteration();
                }
                return v;
            });
            method(p, "__contains__", (a, kw) -> PyObjects.contains(live(a, "__contains__"), a[1], null));
            method(p, "__getitem__", (a, kw) -> PyObjects.getItem(live(a, "__getitem__"), a[1], null));
            method(p, "__setitem__", (a, kw) -> {
                PyObjects.setItem(live(a, "__setitem__"), a[1], a[2], null);
                return PyNone.NONE;
            });
            method(p, "__delitem__", (a, kw) -> {
                PyObjects.delItem(live(a, "__delitem__"), a[1], null);
                return PyNone.NONE;
            });
            for (String[] op : new String[][]{{"__eq__", "=="}, {"__ne__", "!="}, {"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}}) {
                method(p, op[0], (a, kw) -> PyObjects.richCompareValue(live(a, op[0]), unproxy(a[1]), op[1], null));
            }
            method(p, "__add__", (a, kw) -> PyNumber.add(live(a, "__add__"), unproxy(a[1]), null));
            method(p, "__radd__", (a, kw) -> PyNumber.add(unproxy(a[1]), live(a, "__radd__"), null));
            method(p, "__sub__", (a, kw) -> PyNumber.sub(live(a, "__sub__"), unproxy(a[1]), null));
            method(p, "__mul__", (a, kw) -> PyNumber.mul(live(a, "__mul__"), unproxy(a[1]), null));
            method(p, "__neg__", (a, kw) -> PyNumber.neg(live(a, "__neg__"), null));
        }
        method(CALLABLE_PROXY, "__call__", (a, kw) -> PyCalls.call(live(a, "__call__"), java.util.Arrays.copyOfRange(a, 1, a.length), kw, null));
    }

    private static Object unproxy(Object o) {
        if (o instanceof PyObject po && po.nativeValue instanceof WeakRef r && r.proxy) {
            Object v = r.get();
            if (v == null) {
                throw PyErrors.format(PyTypes.REFERENCE_ERROR, null, "weakly-referenced object no longer exists");
            }
            return v;
        }
        return o;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_weakref", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "Weak-reference support module.");
        d.put("ref", REF);
        d.put("ReferenceType", REF);
        d.put("ProxyType", PROXY);
        d.put("CallableProxyType", CALLABLE_PROXY);
        d.put("proxy", new PyBuiltinFunction("proxy", null, (a, kw) -> {
            CollectionsSupport.noKeywords("proxy", kw);
            if (a.length < 1 || a.length > 2) {
                throw PyErrors.typeError(null, a.length < 1 ? "proxy expected at least 1 argument, got 0" : "proxy expected at most 2 arguments, got %d", a.length);
            }
            Object o = a[0];
            PyType t = PyCalls.isCallable(o) ? CALLABLE_PROXY : PROXY;
            return newRef(t, o, a.length == 2 ? a[1] : PyNone.NONE, true);
        }));
        d.put("getweakrefcount", new PyBuiltinFunction("getweakrefcount", null, (a, kw) -> {
            org.bytepy.builtins.Args.count("getweakrefcount", a, kw, 1, 1);
            drainQueue();
            synchronized (WeakrefModule.class) {
                return (long) refsOf(a[0]).size();
            }
        }));
        d.put("getweakrefs", new PyBuiltinFunction("getweakrefs", null, (a, kw) -> {
            org.bytepy.builtins.Args.count("getweakrefs", a, kw, 1, 1);
            drainQueue();
            PyList out = new PyList();
            synchronized (WeakrefModule.class) {
                for (WeakRef r : refsOf(a[0])) {
                    out.append(r.self);
                }
            }
            return out;
        }));
        d.put("_remove_dead_weakref", new PyBuiltinFunction("_remove_dead_weakref", null, (a, kw) -> {
            org.bytepy.builtins.Args.count("_remove_dead_weakref", a, kw, 2, 2);
            if (!(PyObject.unwrap(a[0]) instanceof PyDict dict)) {
                throw PyErrors.typeError(null, "_remove_dead_weakref() argument 1 must be dict, not %s", PyObjects.typeName(a[0]));
            }
            Object v = dict.get(a[1]);
            if (v instanceof PyObject po && po.nativeValue instanceof WeakRef r && r.get() == null) {
                dict.remove(a[1]);
            }
            return PyNone.NONE;
        }));
        return m;
    }
}
