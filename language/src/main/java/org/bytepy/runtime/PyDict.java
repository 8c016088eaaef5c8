package org.bytepy.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python {@code dict}: insertion-ordered, keyed by Python equality. Keys are normalized so that values
 * Python considers equal ({@code 1}, {@code 1.0}, {@code True}) find the same entry; the original key
 * object is kept for iteration.
 */
public final class PyDict extends org.bytepy.interop.PyInteropObject {
    /** One entry: the key as inserted first and the current value. */
    public static final class Entry {
        public final Object key;
        public Object value;
        /** Set when the entry leaves the dict, so that cached entries (global lookups) notice. */
        public boolean removed;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
        }
    }

    private final LinkedHashMap<Object, Entry> map = new LinkedHashMap<>();
    /** Bumped whenever a key is added or removed (for "dictionary keys changed during iteration"). */
    public int keysVersion;
    /** Valid while no key is added or removed; made on demand for namespaces whose lookups are cached. */
    private com.oracle.truffle.api.Assumption keysStable;

    /** An assumption that stays valid while this dict's set of keys does not change. */
    @TruffleBoundary
    public com.oracle.truffle.api.Assumption keysStableAssumption() {
        if (keysStable == null || !keysStable.isValid()) {
            keysStable = com.oracle.truffle.api.Truffle.getRuntime().createAssumption("dict keys");
        }
        return keysStable;
    }

    private void keysChanged() {
        keysVersion++;
        if (keysStable != null) {
            keysStable.invalidate();
            keysStable = null;
        }
    }


    @TruffleBoundary
    public Object get(Object key) {
        Entry e = map.get(normalize(key));
        return e == null ? null : e.value;
    }

    /** Fast path for string keys (namespaces). */
    @TruffleBoundary
    public Object getStr(String key) {
        Entry e = map.get(key);
        return e == null ? null : e.value;
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        Object k = normalize(key);
        Entry e = map.get(k);
        if (e == null) {
            map.put(k, new Entry(key, value));
            keysChanged();
        } else {
            e.value = value;
        }
    }

    @TruffleBoundary
    public Object remove(Object key) {
        Entry e = map.remove(normalize(key));
        if (e == null) {
            return null;
        }
        e.removed = true;
        keysChanged();
        return e.value;
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(normalize(key));
    }

    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public void clear() {
        for (Entry e : map.values()) {
            e.removed = true;
        }
        map.clear();
        keysChanged();
    }

    @TruffleBoundary
    public List<Object> keys() {
        List<Object> out = new ArrayList<>(map.size());
        for (Entry e : map.values()) {
            out.add(e.key);
        }
        return out;
    }

    @TruffleBoundary
    public List<Object> values() {
        List<Object> out = new ArrayList<>(map.size());
        for (Entry e : map.values()) {
            out.add(e.value);
        }
        return out;
    }

    @TruffleBoundary
    public Collection<Entry> entries() {
        return new ArrayList<>(map.values());
    }

    /** The entry of a key, or null. */
    @TruffleBoundary
    public Entry getEntry(Object key) {
        return map.get(normalize(key));
    }

    /** Removes and returns the last inserted entry, or null when empty. */
    @TruffleBoundary
    public Entry popLast() {
        if (map.isEmpty()) {
            return null;
        }
        Entry e = map.pollLastEntry().getValue();
        e.removed = true;
        keysChanged();
        return e;
    }

    /** Maps a key to the Java object whose equals/hashCode implement Python's key equality. */
    @TruffleBoundary
    public static Object normalize(Object key) {
        if (key instanceof String || key instanceof Long) {
            return key;
        } else if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (key instanceof Integer i) {
            return (long) i;
        } else if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && !Double.isInfinite(v)) {
                if (v >= -0x1p63 && v < 0x1p63) {
                    return (long) v;
                }
                return new java.math.BigDecimal(v).toBigInteger();
            }
            return d;
        } else if (key instanceof BigInteger) {
            return key;
        } else if (key instanceof byte[] b) {
            return new BytesKey(b); // bytes compare by value
        } else if (key instanceof PyComplex c && c.imag == 0) {
            return normalize(c.real);
        } else if (key instanceof PyTuple t) {
            Object[] items = t.items();
            Object[] norm = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                norm[i] = normalize(items[i]);
            }
            return new TupleKey(norm);
        } else if (key instanceof PySlice) {
            return new UserKey(key, PyObjects.hash(key, null)); // equal by value (3.12), any field types
        } else if (key instanceof PySet s && !s.isFrozen()) {
            throw PyErrors.typeError("unhashable type: 'set'");
        } else if (key instanceof PyList || key instanceof PyDict || key instanceof PyByteArray || key instanceof PyDictView) {
            throw PyErrors.typeError("unhashable type: '" + PyErrors.typeName(key) + "'");
        } else if (PySpecial.isUserObject(key)) {
            PyType t = PyTypes.typeOf(key);
            if (PySpecial.lookupInType(t, "__hash__") != null || PySpecial.lookupInType(t, "__eq__") != null) {
                return new UserKey(key, PyObjects.hash(key, null));
            }
            if (key instanceof PyObject po && po.nativeValue != null) {
                return normalize(po.nativeValue);
            }
        }
        return key;
    }

    /** A key whose class defines {@code __hash__}/{@code __eq__}: Java equality calls back into Python. */
    private record UserKey(Object obj, long hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof UserKey k && PyObjects.isOrEq(obj, k.obj);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }
    }

    private record BytesKey(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BytesKey k && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    private record TupleKey(Object[] items) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TupleKey k && Arrays.equals(items, k.items);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(items);
        }
    }
}
