package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python {@code set} and {@code frozenset}: an open-addressing hash table that follows CPython's
 * {@code setobject.c} (same probing, resizing and dummies), so that iteration order matches CPython.
 * Keys are compared by Python hash and equality. {@code frozen} decides the type and whether it may
 * change.
 */
public final class PySet extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();

    private Object[] keys = new Object[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    private int fill;
    private int used;
    private int finger;
    private final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    // ------------------------------------------------------------------ table primitives

    @TruffleBoundary
    public static long hashOf(Object item) {
        if (item instanceof PySet s && !s.frozen) {
            throw PyErrors.typeError(null, "unhashable type: 'set'");
        }
        return PyObjects.hash(item, null);
    }

    private static boolean same(Object a, Object b) {
        return PyObjects.isOrEq(a, b);
    }

    /** Index of the active entry for key, or -1. */
    private int lookup(Object key, long hash) {
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash) {
                    Object[] table = keys;
                    boolean eq = same(k, key);
                    if (table != keys || keys[j] != k) {
                        return lookup(key, hash); // __eq__ changed the set: start again, as CPython does
                    }
                    if (eq) {
                        return j;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private boolean addEntry(Object key, long hash) {
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    fill++;
                    used++;
                    keys[j] = key;
                    hashes[j] = hash;
                    if ((long) fill * 5 >= (long) m * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k != DUMMY && hashes[j] == hash) {
                    Object[] table = keys;
                    boolean eq = same(k, key);
                    if (table != keys || keys[j] != k) {
                        return addEntry(key, hash); // __eq__ changed the set: start again
                    }
                    if (eq) {
                        return false;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private static void insertClean(Object[] ks, long[] hs, int m, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (ks[i + j] == null) {
                        ks[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) {
                insertClean(keys, hashes, mask, oldKeys[i], oldHashes[i]);
            }
        }
    }

    private boolean discardEntry(Object key, long hash) {
        int j = lookup(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    // ------------------------------------------------------------------ public operations

    /** A set (or frozenset) of the items, added in order. */
    @TruffleBoundary
    public static PySet fromItems(boolean frozen, Object[] items) {
        PySet set = new PySet(frozen);
        for (Object o : items) {
            set.add(o);
        }
        return set;
    }

    @TruffleBoundary
    public void add(Object item) {
        addEntry(item, hashOf(item));
    }

    @TruffleBoundary
    public boolean contains(Object item) {
        if (item instanceof PySet s && !s.frozen) {
            return lookup(s, s.frozenHash()) >= 0;
        }
        return lookup(item, hashOf(item)) >= 0;
    }

    /** Removes item; false when it was absent. */
    @TruffleBoundary
    public boolean remove(Object item) {
        if (item instanceof PySet s && !s.frozen) {
            return discardEntry(s, s.frozenHash());
        }
        return discardEntry(item, hashOf(item));
    }

    @TruffleBoundary
    public void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
    }

    /** set.pop(); null when empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    /** The items in iteration order. */
    @TruffleBoundary
    public Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return out;
    }

    /** A set of the same kind holding the same items. */
    @TruffleBoundary
    public PySet copy(boolean asFrozen) {
        PySet r = new PySet(asFrozen);
        r.update(this);
        return r;
    }

    /** Adds all items of an iterable (set_update_internal). */
    @TruffleBoundary
    public void update(Object other) {
        if (other instanceof PySet o) {
            merge(o);
        } else if (other instanceof PyDict d) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                resize((used + n) * 2);
            }
            for (Object k : d.keys()) {
                add(k);
            }
        } else {
            PyIterators.PyIterator it = PyObjects.iter(other, null);
            for (Object x = it.next(); x != null; x = it.next()) {
                add(x);
            }
        }
    }

    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (other.keys[i] != null) {
                    keys[i] = other.keys[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    private boolean containsEntry(Object key, long hash) {
        return lookup(key, hash) >= 0;
    }

    /** A set holding the items of an iterable. */
    @TruffleBoundary
    public static PySet of(Object iterable, boolean frozen) {
        PySet s = new PySet(frozen);
        s.update(iterable);
        return s;
    }

    @TruffleBoundary
    public PySet intersection(Object other, boolean resultFrozen) {
        PySet result = new PySet(resultFrozen);
        if (other instanceof PySet o) {
            PySet a = this, b = o;
            if (b.used > a.used) {
                PySet t = a;
                a = b;
                b = t;
            }
            for (int i = 0; i <= b.mask; i++) {
                Object k = b.keys[i];
                long kh = b.hashes[i]; // __eq__ may change b
                if (k != null && k != DUMMY && a.containsEntry(k, kh)) {
                    result.addEntry(k, kh);
                }
            }
            return result;
        }
        PyIterators.PyIterator it = PyObjects.iter(other, null);
        for (Object x = it.next(); x != null; x = it.next()) {
            long h = hashOf(x);
            if (containsEntry(x, h)) {
                result.addEntry(x, h);
            }
        }
        return result;
    }

    @TruffleBoundary
    public PySet difference(Object other, boolean resultFrozen) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d) {
            otherSize = d.size();
        } else {
            PySet r = copy(resultFrozen);
            r.differenceUpdate(other);
            return r;
        }
        if ((used >> 2) > otherSize) {
            PySet r = copy(resultFrozen);
            r.differenceUpdate(other);
            return r;
        }
        PySet result = new PySet(resultFrozen);
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k == null || k == DUMMY) {
                continue;
            }
            long kh = hashes[i]; // __eq__ may change this set
            boolean in = other instanceof PySet o ? o.containsEntry(k, kh) : ((PyDict) other).containsKey(k);
            if (!in && i < keys.length) {
                result.addEntry(k, kh);
            }
        }
        return result;
    }

    @TruffleBoundary
    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet o) {
            for (int i = 0; i <= o.mask; i++) {
                Object k = o.keys[i];
                if (k != null && k != DUMMY) {
                    discardEntry(k, o.hashes[i]);
                }
            }
            return;
        }
        PyIterators.PyIterator it = PyObjects.iter(other, null);
        for (Object x = it.next(); x != null; x = it.next()) {
            remove(x);
        }
    }

    @TruffleBoundary
    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PyDict d) {
            for (Object k : d.keys()) {
                long h = hashOf(k);
                if (!discardEntry(k, h)) {
                    addEntry(k, h);
                }
            }
            return;
        }
        PySet o = other instanceof PySet s ? s : of(other, frozen);
        for (int i = 0; i <= o.mask; i++) {
            Object k = o.keys[i];
            if (k != null && k != DUMMY) {
                long kh = o.hashes[i]; // __eq__ may change o
                if (!discardEntry(k, kh)) {
                    addEntry(k, kh);
                }
            }
        }
    }

    @TruffleBoundary
    public PySet symmetricDifference(Object other, boolean resultFrozen) {
        PySet r = of(other, resultFrozen);
        r.symmetricDifferenceUpdate(this);
        return r;
    }

    /** Replaces the contents by those of another set (set_swap_bodies, one way). */
    public void takeContents(PySet other) {
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
    }

    @TruffleBoundary
    public boolean isSubset(PySet other) {
        if (used > other.used) {
            return false;
        }
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY && !other.containsEntry(k, hashes[i])) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public boolean setEquals(PySet other) {
        return used == other.used && isSubset(other);
    }

    /** The hash of the set as a frozenset (CPython's frozenset_hash, minus table-layout terms). */
    @TruffleBoundary
    public long frozenHash() {
        long hash = 0;
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                hash ^= shuffle(hashes[i]);
            }
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PySet s && setEquals(s);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(frozenHash());
    }

    @Override
    public PyType getPyType() {
        return frozen ? PyTypes.FROZENSET : PyTypes.SET;
    }
}
