package org.bytepy.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python type object: name, bases, method resolution order and the type's own namespace. Built-in
 * types are created once in {@link PyTypes}; their methods come from the {@code builtins} package.
 */
public final class PyType extends org.bytepy.interop.PyInteropObject {
    private String name;
    private final PyType[] bases;
    private final PyType[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private final boolean isBuiltin;
    /** How calling a built-in type constructs an instance ({@code int("3")}); null for other types. */
    public PyBuiltinFunction.Body constructor;
    /** The names a class with {@code __slots__} (and no {@code __dict__}) allows; null when instances have a dict. */
    public java.util.Set<String> slots;
    /** The type of this type when it is a subclass of {@code type} (a metaclass); null means {@code type}. */
    public PyType metaclass;

    /** Direct subclasses, for {@code __subclasses__()}; weakly held as in CPython. */
    private final java.util.List<java.lang.ref.WeakReference<PyType>> subclasses = new java.util.ArrayList<>();

    public PyType(String name, boolean isBuiltin, PyType... bases) {
        this.name = name;
        this.isBuiltin = isBuiltin;
        this.bases = bases;
        this.mro = computeMro(this, bases);
        if (!isBuiltin) {
            for (PyType b : bases) {
                synchronized (b.subclasses) {
                    b.subclasses.add(new java.lang.ref.WeakReference<>(this));
                }
            }
        }
    }

    public java.util.List<PyType> getSubclasses() {
        java.util.List<PyType> out = new java.util.ArrayList<>();
        synchronized (subclasses) {
            for (var ref : subclasses) {
                PyType t = ref.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Valid while neither this type's attributes nor those of its bases change (caches of attribute lookups). */
    private com.oracle.truffle.api.Assumption attributesStable;
    /** How often the attributes changed after caching began: a type that keeps changing is not cached. */
    private int invalidations;

    @TruffleBoundary
    public com.oracle.truffle.api.Assumption getAttributesStable() {
        if (attributesStable == null || !attributesStable.isValid()) {
            attributesStable = invalidations > 20 ? com.oracle.truffle.api.Assumption.NEVER_VALID : com.oracle.truffle.api.Truffle.getRuntime().createAssumption(name + " attributes");
        }
        return attributesStable;
    }

    /** Called whenever an attribute of this type is set or deleted after creation. */
    @TruffleBoundary
    public void attributesChanged() {
        if (attributesStable != null && attributesStable.isValid()) {
            invalidations++;
            attributesStable.invalidate();
        }
        for (PyType sub : getSubclasses()) {
            sub.attributesChanged();
        }
    }

    public String getName() {
        return name;
    }

    /** {@code C.__name__ = "..."} on a class (typing's {@code typing.io} namespace does it). */
    public void setName(String name) {
        this.name = name;
    }

    public boolean isBuiltin() {
        return isBuiltin;
    }

    /** {@code __qualname__} of a class made by a class statement (kept out of its dict, as CPython); null for others. */
    private String qualname;

    /** {@code __qualname__}: the class statement's, else a {@code __qualname__} in the dict (native types), else the name. */
    public String getQualname() {
        if (qualname != null) {
            return qualname;
        }
        return dict.get("__qualname__") instanceof String q ? q : name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    /** Made by a class statement or {@code type(name, bases, ns)} (CPython's Py_TPFLAGS_HEAPTYPE), not a type of the runtime. */
    public boolean heapType;

    /** Whether the MRO lookup of {@code name} finds it in a class made by a class statement (not a built-in one). */
    public boolean heapClassDefines(String name) {
        for (PyType c : mro) {
            if (c.dict.containsKey(name)) {
                return c.heapType;
            }
        }
        return false;
    }

    /** {@code __base__} when it is not the first base (CPython's best_base: the base with the most derived layout). */
    private PyType layoutBase;

    public PyType getBase() {
        return layoutBase != null ? layoutBase : bases.length == 0 ? null : bases[0];
    }

    /** Sets {@code __base__} (class creation; see {@link #getBase}). */
    public void setLayoutBase(PyType base) {
        this.layoutBase = base;
    }

    public PyType[] getBases() {
        return bases;
    }

    public PyType[] getMro() {
        return mro;
    }

    public Map<String, Object> getDict() {
        return dict;
    }

    /** Looks an attribute up along the MRO; null if absent. */
    @TruffleBoundary
    public Object lookup(String attr) {
        for (PyType t : mro) {
            Object v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** C3 linearization, as CPython computes {@code __mro__}. */
    private static PyType[] computeMro(PyType self, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder names = new StringBuilder();
                for (PyType b : bases) {
                    names.append(names.length() == 0 ? "" : ", ").append(b.name);
                }
                throw PyErrors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            result.add(candidate);
            for (List<PyType> seq : seqs) {
                if (!seq.isEmpty() && seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
