package org.bytepy.modules;

import java.util.ArrayList;
import java.util.Map;
import java.util.WeakHashMap;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySet;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * The {@code _abc} module: the machinery of Lib's {@code abc.ABCMeta} (abstract-method sets, the
 * registry of virtual subclasses, and the positive/negative caches of subclass checks), as in
 * CPython's Modules/_abc.c. Classes are held weakly.
 */
public final class AbcModule {
    private AbcModule() {
    }

    /** {@code cls._abc_impl}. */
    static final class AbcData implements TruffleObject, PyObjectBase {
        final Map<PyType, Boolean> registry = new WeakHashMap<>();
        final Map<PyType, Boolean> cache = new WeakHashMap<>();
        Map<PyType, Boolean> negativeCache = new WeakHashMap<>();
        long negativeCacheVersion;

        AbcData(long version) {
            negativeCacheVersion = version;
        }

        @Override
        public PyType getPyType() {
            return ABC_DATA;
        }
    }

    static final PyType ABC_DATA = CollectionsSupport.javaType("_abc", "_abc_data", null);

    /** ABCMeta._abc_invalidation_counter: bumped by every register(). */
    private static long invalidationCounter;

    private static AbcData impl(Object cls) {
        Object d = PyObjects.lookupAttr(cls, "_abc_impl");
        if (d instanceof AbcData a) {
            return a;
        }
        throw PyErrors.typeError(null, "_abc_impl is set to a wrong type");
    }

    private static boolean isAbstract(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof org.bytepy.runtime.PyDescriptors.Property p) {
            return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
        } else if (value instanceof org.bytepy.runtime.PyDescriptors.ClassMethod c) {
            return isAbstract(c.function);
        } else if (value instanceof org.bytepy.runtime.PyDescriptors.StaticMethod sm) {
            return isAbstract(sm.function);
        }
        Object v = PyObjects.lookupAttr(value, "__isabstractmethod__");
        return v != null && PyObjects.isTrue(v);
    }

    private static PySet setOf(Map<PyType, Boolean> m) {
        PySet s = new PySet(false);
        for (PyType t : new ArrayList<>(m.keySet())) {
            if (t != null) {
                s.add(t);
            }
        }
        return s;
    }

    public static PyModule create(PyDict builtins) {
        PyModule m = new PyModule("_abc", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "Module contains faster C implementation of abc.ABCMeta");
        d.put("_abc_data", ABC_DATA);
        Object issubclass = builtins.getStr("issubclass");
        Args.def(d, "get_cache_token", (a, kw) -> {
            Args.count("get_cache_token", a, kw, 0, 0);
            return invalidationCounter;
        });
        Args.def(d, "_abc_init", (a, kw) -> {
            Args.count("_abc_init", a, kw, 1, 1);
            Object self = a[0];
            // the abstract methods: those of the namespace, and the inherited ones still abstract
            PySet abstracts = new PySet(false);
            Object ns = PyObjects.getAttr(self, "__dict__", null);
            Object items = PyCalls.call(PyObjects.getAttr(ns, "items", null), new Object[0], null, null);
            for (Object item : PyObjects.toArray(items, null)) {
                Object[] kv = PyObjects.toArray(item, null);
                if (isAbstract(kv[1])) {
                    abstracts.add(kv[0]);
                }
            }
            Object bases = PyObjects.getAttr(self, "__bases__", null);
            for (Object base : PyObjects.toArray(bases, null)) {
                Object names = PyObjects.lookupAttr(base, "__abstractmethods__");
                if (names == null) {
                    continue;
                }
                for (Object name : PyObjects.toArray(names, null)) {
                    if (!(name instanceof String s)) {
                        continue;
                    }
                    if (isAbstract(PyObjects.lookupAttr(self, s))) {
                        abstracts.add(name);
                    }
                }
            }
            PyObjects.setAttr(self, "__abstractmethods__", PySet.of(abstracts, true), null);
            if (self instanceof PyType t && t.getDict().containsKey("__abc_tpflags__")) {
                t.getDict().remove("__abc_tpflags__");
                t.attributesChanged();
            }
            PyObjects.setAttr(self, "_abc_impl", new AbcData(invalidationCounter), null);
            return PyNone.NONE;
        });
        Args.def(d, "_abc_register", (a, kw) -> {
            Args.count("_abc_register", a, kw, 2, 2);
            Object self = a[0], subclass = a[1];
            if (!(subclass instanceof PyType sub)) {
                throw PyErrors.typeError(null, "Can only register classes");
            }
            if (PyObjects.isTrue(PyCalls.call(issubclass, new Object[]{subclass, self}, null, null))) {
                return subclass; // already a subclass
            }
            if (PyObjects.isTrue(PyCalls.call(issubclass, new Object[]{self, subclass}, null, null))) {
                throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "Refusing to create an inheritance cycle");
            }
            impl(self).registry.put(sub, Boolean.TRUE);
            invalidationCounter++;
            return subclass;
        });
        Args.def(d, "_abc_instancecheck", (a, kw) -> {
            Args.count("_abc_instancecheck", a, kw, 2, 2);
            Object self = a[0], instance = a[1];
            AbcData data = impl(self);
            Object subclass = PyObjects.getAttr(instance, "__class__", null);
            if (subclass instanceof PyType st && data.cache.containsKey(st)) {
                return true;
            }
            PyType subtype = PyTypes.typeOf(instance);
            Object check = PyObjects.getAttr(self, "__subclasscheck__", null);
            if (subtype == subclass) {
                if (data.negativeCacheVersion == invalidationCounter && data.negativeCache.containsKey(subtype)) {
                    return false;
                }
                return PyCalls.call(check, new Object[]{subclass}, null, null);
            }
            Object r = PyCalls.call(check, new Object[]{subclass}, null, null);
            if (PyObjects.isTrue(r)) {
                return r;
            }
            return PyCalls.call(check, new Object[]{subtype}, null, null);
        });
        Args.def(d, "_abc_subclasscheck", (a, kw) -> {
            Args.count("_abc_subclasscheck", a, kw, 2, 2);
            Object self = a[0];
            if (!(a[1] instanceof PyType subclass)) {
                throw PyErrors.typeError(null, "issubclass() arg 1 must be a class");
            }
            AbcData data = impl(self);
            if (data.cache.containsKey(subclass)) {
                return true;
            }
            if (data.negativeCacheVersion < invalidationCounter) {
                data.negativeCache = new WeakHashMap<>();
                data.negativeCacheVersion = invalidationCounter;
            } else if (data.negativeCache.containsKey(subclass)) {
                return false;
            }
            Object hook = PyObjects.lookupAttr(self, "__subclasshook__");
            Object ok = hook == null ? PySingleton.NOT_IMPLEMENTED : PyCalls.call(hook, new Object[]{subclass}, null, null);
            if (ok != PySingleton.NOT_IMPLEMENTED) {
                if (!(ok instanceof Boolean b)) {
                    throw PyErrors.format(PyTypes.ASSERTION_ERROR, null, "__subclasshook__ must return either False, True, or NotImplemented");
                }
                (b ? data.cache : data.negativeCache).put(subclass, Boolean.TRUE);
                return b;
            }
            if (self instanceof PyType st && subclass.isSubtypeOf(st)) {
                data.cache.put(subclass, Boolean.TRUE);
                return true;
            }
            for (PyType rcls : new ArrayList<>(data.registry.keySet())) {
                if (rcls != null && PyObjects.isTrue(PyCalls.call(issubclass, new Object[]{subclass, rcls}, null, null))) {
                    data.cache.put(subclass, Boolean.TRUE);
                    return true;
                }
            }
            Object subclasses = PyCalls.call(PyObjects.getAttr(self, "__subclasses__", null), new Object[0], null, null);
            for (Object scls : PyObjects.toArray(subclasses, null)) {
                if (PyObjects.isTrue(PyCalls.call(issubclass, new Object[]{subclass, scls}, null, null))) {
                    data.cache.put(subclass, Boolean.TRUE);
                    return true;
                }
            }
            data.negativeCache.put(subclass, Boolean.TRUE);
            return false;
        });
        Args.def(d, "_get_dump", (a, kw) -> {
            Args.count("_get_dump", a, kw, 1, 1);
            AbcData data = impl(a[0]);
            return PyTuple.of(setOf(data.registry), setOf(data.cache), setOf(data.negativeCache), data.negativeCacheVersion);
        });
        Args.def(d, "_reset_registry", (a, kw) -> {
            Args.count("_reset_registry", a, kw, 1, 1);
            impl(a[0]).registry.clear();
            return PyNone.NONE;
        });
        Args.def(d, "_reset_caches", (a, kw) -> {
            Args.count("_reset_caches", a, kw, 1, 1);
            AbcData data = impl(a[0]);
            data.cache.clear();
            data.negativeCache.clear();
            return PyNone.NONE;
        });
        return m;
    }
}
