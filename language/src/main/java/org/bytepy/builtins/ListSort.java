package org.bytepy.builtins;

import org.bytepy.runtime.PyObjects;

/**
 * The sort behind {@code list.sort} and {@code sorted}: CPython 3.12's adaptive natural merge sort (timsort with
 * the powersort merge policy). Every step, down to which two keys are compared with {@code <} and in which operand
 * order, follows CPython, so a program sees the same {@code __lt__} calls, the same error when a comparison fails
 * and the same result when the order is inconsistent (NaN). See CPython's Objects/listsort.txt for the design.
 *
 * <p>The keys are sorted in place; when a key function was given, {@code values} holds the items and is moved in step
 * with the keys. If a comparison raises, the exception propagates and the arrays hold a permutation of their
 * contents (nothing lost or duplicated), as CPython leaves them.
 */
final class ListSort {
    /** A merge switches to galloping once one run has won this many times in a row (adjusted as the sort goes). */
    private static final int MIN_GALLOP = 7;

    /** How keys are compared, chosen once by looking at all of them (CPython's pre-sort check). */
    private static final int ANY = 0;
    private static final int LONGS = 1;
    private static final int FLOATS = 2;
    private static final int STRINGS = 3;

    private final Object[] keys;
    private final Object[] values;
    private final int length;
    private final int kind;

    private int minGallop = MIN_GALLOP;
    private Object[] tempKeys = new Object[0];
    private Object[] tempValues;

    /** Set by {@link #countRun}: the run found is strictly descending. */
    private boolean descending;

    /** The stack of runs sorted but not merged yet: run i is [runBase[i], runBase[i] + runLength[i]). */
    private final int[] runBase = new int[64];
    private final int[] runLength = new int[64];
    private final int[] runPower = new int[64];
    private int runCount;

    private ListSort(Object[] keys, Object[] values, int length) {
        this.keys = keys;
        this.values = values;
        this.length = length;
        this.kind = kindOf(keys, length);
        this.tempValues = values == null ? null : new Object[0];
    }

    /**
     * Sorts {@code keys[0:length]} ascending and stably, moving {@code values[0:length]} (if not null) with them.
     * Only the {@code <} operator is used.
     */
    static void sort(Object[] keys, Object[] values, int length) {
        if (length < 2) {
            return;
        }
        new ListSort(keys, values, length).run();
    }

    private static int kindOf(Object[] keys, int n) {
        Class<?> c = keys[0].getClass();
        if (c != Long.class && c != Double.class && c != String.class) {
            return ANY;
        }
        for (int i = 1; i < n; i++) {
            if (keys[i].getClass() != c) {
                return ANY;
            }
        }
        return c == Long.class ? LONGS : c == Double.class ? FLOATS : STRINGS;
    }

    /** {@code x < y}, the only comparison the sort makes. */
    private boolean lt(Object x, Object y) {
        switch (kind) {
            case LONGS:
                return (Long) x < (Long) y;
            case FLOATS:
                return (Double) x < (Double) y; // false when either is NaN, as in Python
            case STRINGS:
                return PyObjects.compareStrings((String) x, (String) y) < 0; // by code point
            default:
                return PyObjects.compare(x, y, "<", null);
        }
    }

    private void run() {
        int minRun = minRunLength(length);
        int lo = 0;
        int remaining = length;
        do {
            int n = countRun(lo, lo + remaining);
            if (descending) {
                reverse(lo, lo + n);
            }
            if (n < minRun) {
                int force = Math.min(remaining, minRun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[runCount] = lo;
            runLength[runCount] = n;
            runCount++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        mergeForceCollapse();
    }

    /** The shortest run worth merging: n itself below 64, else a k in [32, 64] with n / k just under a power of 2. */
    private static int minRunLength(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void reverse(int lo, int hi) {
        reverse(keys, lo, hi);
        if (values != null) {
            reverse(values, lo, hi);
        }
    }

    /** Reverses {@code a[lo:hi]} in place. */
    static void reverse(Object[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            Object t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    /**
     * The length of the run starting at {@code lo} (before {@code hi}): the longest non-descending prefix, or the
     * longest strictly descending one (then {@link #descending} is set; strictness keeps reversing it stable).
     */
    private int countRun(int lo, int hi) {
        descending = false;
        lo++;
        if (lo == hi) {
            return 1;
        }
        int n = 2;
        if (lt(keys[lo], keys[lo - 1])) {
            descending = true;
            for (lo++; lo < hi && lt(keys[lo], keys[lo - 1]); lo++) {
                n++;
            }
        } else {
            for (lo++; lo < hi && !lt(keys[lo], keys[lo - 1]); lo++) {
                n++;
            }
        }
        return n;
    }

    /**
     * Sorts {@code [lo, hi)}, of which {@code [lo, start)} is already sorted, by binary insertion: each new key goes
     * after the keys equal to it, which keeps the sort stable.
     */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            Object pivot = keys[start];
            int l = lo;
            int r = start;
            do {
                int p = l + ((r - l) >>> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                Object v = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    /**
     * Where {@code key} goes in the sorted {@code a[base:base+n]}, before any equal keys: the k in [0, n] with
     * {@code a[base+k-1] < key <= a[base+k]}. The search gallops out from {@code hint} (exponentially growing steps)
     * and then bisects.
     */
    private int gallopLeft(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        int at = base + hint;
        if (lt(a[at], key)) {
            // a[hint] < key: step right until a[hint + lastOfs] < key <= a[hint + ofs]
            int maxOfs = n - hint;
            while (ofs < maxOfs && lt(a[at + ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs; // int overflow
                }
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: step left until a[hint - ofs] < key <= a[hint - lastOfs]
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !lt(a[at - ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        // now a[lastOfs] < key <= a[ofs]: bisect in between
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (lt(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /**
     * Like {@link #gallopLeft} but after any keys equal to {@code key}: the k in [0, n] with
     * {@code a[base+k-1] <= key < a[base+k]}.
     */
    private int gallopRight(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        int at = base + hint;
        if (lt(key, a[at])) {
            // key < a[hint]: step left until a[hint - ofs] <= key < a[hint - lastOfs]
            int maxOfs = hint + 1;
            while (ofs < maxOfs && lt(key, a[at - ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        } else {
            // a[hint] <= key: step right until a[hint + lastOfs] <= key < a[hint + ofs]
            int maxOfs = n - hint;
            while (ofs < maxOfs && !lt(key, a[at + ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        }
        // now a[lastOfs] <= key < a[ofs]: bisect in between
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    /** Makes the merge buffers hold at least {@code need} entries. */
    private void ensureTemp(int need) {
        if (tempKeys.length < need) {
            int size = Math.max(need, Math.min(tempKeys.length * 2, length / 2 + 1));
            tempKeys = new Object[size];
            if (values != null) {
                tempValues = new Object[size];
            }
        }
    }

    /** Moves the entry at {@code from} to {@code to}, both in the arrays being sorted. */
    private void move(int from, int to) {
        keys[to] = keys[from];
        if (values != null) {
            values[to] = values[from];
        }
    }

    /** Moves entry {@code from} of the merge buffers to {@code to} in the arrays being sorted. */
    private void moveFromTemp(int from, int to) {
        keys[to] = tempKeys[from];
        if (values != null) {
            values[to] = tempValues[from];
        }
    }

    /** Moves {@code n} entries of the merge buffers from {@code from} to {@code to} in the arrays being sorted. */
    private void copyFromTemp(int from, int to, int n) {
        System.arraycopy(tempKeys, from, keys, to, n);
        if (values != null) {
            System.arraycopy(tempValues, from, values, to, n);
        }
    }

    /** Moves {@code n} entries within the arrays being sorted (the ranges may overlap). */
    private void copyWithin(int from, int to, int n) {
        System.arraycopy(keys, from, keys, to, n);
        if (values != null) {
            System.arraycopy(values, from, values, to, n);
        }
    }

    /**
     * Merges the adjacent sorted runs A = [pa, pa+na) and B = [pb, pb+nb) (pb = pa + na) stably, from the left,
     * copying A (the shorter run) aside. The caller has checked that B's first key goes before A's first key and
     * that A's last key goes after all of B.
     */
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTemp(na);
        System.arraycopy(keys, pa, tempKeys, 0, na);
        if (values != null) {
            System.arraycopy(values, pa, tempValues, 0, na);
        }
        int a = 0; // next entry of A, in the merge buffers
        int dest = pa;
        move(pb++, dest++);
        nb--;
        boolean lastOfA = false; // ended with one entry of A left, which goes after the rest of B
        try {
            done: {
                if (nb == 0) {
                    break done;
                }
                if (na == 1) {
                    lastOfA = true;
                    break done;
                }
                int gallop = minGallop;
                while (true) {
                    int aWins = 0;
                    int bWins = 0;
                    // one entry at a time until one run keeps winning
                    while (true) {
                        if (lt(keys[pb], tempKeys[a])) {
                            move(pb++, dest++);
                            bWins++;
                            aWins = 0;
                            if (--nb == 0) {
                                break done;
                            }
                            if (bWins >= gallop) {
                                break;
                            }
                        } else {
                            moveFromTemp(a++, dest++);
                            aWins++;
                            bWins = 0;
                            if (--na == 1) {
                                lastOfA = true;
                                break done;
                            }
                            if (aWins >= gallop) {
                                break;
                            }
                        }
                    }
                    // gallop while either run wins long stretches; galloping that pays makes it start sooner
                    gallop++;
                    do {
                        gallop -= gallop > 1 ? 1 : 0;
                        minGallop = gallop;
                        int k = gallopRight(keys[pb], tempKeys, a, na, 0);
                        aWins = k;
                        if (k != 0) {
                            copyFromTemp(a, dest, k);
                            dest += k;
                            a += k;
                            na -= k;
                            if (na == 1) {
                                lastOfA = true;
                                break done;
                            }
                            if (na == 0) {
                                break done; // only with an inconsistent order
                            }
                        }
                        move(pb++, dest++);
                        if (--nb == 0) {
                            break done;
                        }
                        k = gallopLeft(tempKeys[a], keys, pb, nb, 0);
                        bWins = k;
                        if (k != 0) {
                            copyWithin(pb, dest, k);
                            dest += k;
                            pb += k;
                            nb -= k;
                            if (nb == 0) {
                                break done;
                            }
                        }
                        moveFromTemp(a++, dest++);
                        if (--na == 1) {
                            lastOfA = true;
                            break done;
                        }
                    } while (aWins >= MIN_GALLOP || bWins >= MIN_GALLOP);
                    gallop++; // leaving galloping mode makes it harder to enter again
                    minGallop = gallop;
                }
            }
        } finally {
            // also when a comparison raised: put what is left of A back, so nothing is lost
            if (lastOfA) {
                copyWithin(pb, dest, nb);
                moveFromTemp(a, dest + nb);
            } else if (na > 0) {
                copyFromTemp(a, dest, na);
            }
        }
    }

    /**
     * Merges the adjacent sorted runs A = [pa, pa+na) and B = [pb, pb+nb) (pb = pa + na) stably, from the right,
     * copying B (the shorter run) aside. Same preconditions as {@link #mergeLo}.
     */
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTemp(nb);
        System.arraycopy(keys, pb, tempKeys, 0, nb);
        if (values != null) {
            System.arraycopy(values, pb, tempValues, 0, nb);
        }
        int a = pa + na - 1; // last entry of A left
        int b = nb - 1; // last entry of B left, in the merge buffers
        int dest = pb + nb - 1;
        move(a--, dest--);
        na--;
        boolean firstOfB = false; // ended with one entry of B left, which goes before the rest of A
        try {
            done: {
                if (na == 0) {
                    break done;
                }
                if (nb == 1) {
                    firstOfB = true;
                    break done;
                }
                int gallop = minGallop;
                while (true) {
                    int aWins = 0;
                    int bWins = 0;
                    while (true) {
                        if (lt(tempKeys[b], keys[a])) {
                            move(a--, dest--);
                            aWins++;
                            bWins = 0;
                            if (--na == 0) {
                                break done;
                            }
                            if (aWins >= gallop) {
                                break;
                            }
                        } else {
                            moveFromTemp(b--, dest--);
                            bWins++;
                            aWins = 0;
                            if (--nb == 1) {
                                firstOfB = true;
                                break done;
                            }
                            if (bWins >= gallop) {
                                break;
                            }
                        }
                    }
                    gallop++;
                    do {
                        gallop -= gallop > 1 ? 1 : 0;
                        minGallop = gallop;
                        int k = na - gallopRight(tempKeys[b], keys, pa, na, na - 1);
                        aWins = k;
                        if (k != 0) {
                            dest -= k;
                            a -= k;
                            copyWithin(a + 1, dest + 1, k);
                            na -= k;
                            if (na == 0) {
                                break done;
                            }
                        }
                        moveFromTemp(b--, dest--);
                        if (--nb == 1) {
                            firstOfB = true;
                            break done;
                        }
                        k = nb - gallopLeft(keys[a], tempKeys, 0, nb, nb - 1);
                        bWins = k;
                        if (k != 0) {
                            dest -= k;
                            b -= k;
                            copyFromTemp(b + 1, dest + 1, k);
                            nb -= k;
                            if (nb == 1) {
                                firstOfB = true;
                                break done;
                            }
                            if (nb == 0) {
                                break done; // only with an inconsistent order
                            }
                        }
                        move(a--, dest--);
                        if (--na == 0) {
                            break done;
                        }
                    } while (aWins >= MIN_GALLOP || bWins >= MIN_GALLOP);
                    gallop++;
                    minGallop = gallop;
                }
            }
        } finally {
            // B's entries left are the first nb of the merge buffers
            if (firstOfB) {
                copyWithin(a + 1 - na, dest + 1 - na, na);
                moveFromTemp(b, dest - na);
            } else if (nb > 0) {
                copyFromTemp(0, dest - (nb - 1), nb);
            }
        }
    }

    /** Merges runs i and i + 1 of the stack (i is the second or third from the top). */
    private void mergeAt(int i) {
        int pa = runBase[i];
        int na = runLength[i];
        int pb = runBase[i + 1];
        int nb = runLength[i + 1];
        runLength[i] = na + nb;
        if (i == runCount - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runCount--;
        // the start of A that is not greater than B's first key is already in place
        int k = gallopRight(keys[pb], keys, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) {
            return;
        }
        // so is the end of B that is not less than A's last key
        nb = gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
        if (nb == 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(pa, na, pb, nb);
        } else {
            mergeHi(pa, na, pb, nb);
        }
    }

    /**
     * The power of the run [s1, s1+n1) followed by a run of n2: the depth, in a balanced binary merge tree over
     * the whole list, of the node that merges them (the first bit where the midpoints' fractions of the length
     * differ).
     */
    private static int powerLoop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1; // twice the midpoint of the first run
        long b = a + n1 + n2; // twice the midpoint of the second
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** A run of n2 follows the top of the stack: merges the runs below the top whose power exceeds the top's. */
    private void foundNewRun(int n2) {
        if (runCount == 0) {
            return;
        }
        int power = powerLoop(runBase[runCount - 1], runLength[runCount - 1], n2, length);
        while (runCount > 1 && runPower[runCount - 2] > power) {
            mergeAt(runCount - 2);
        }
        runPower[runCount - 1] = power;
    }

    /** Merges all the runs on the stack into one. */
    private void mergeForceCollapse() {
        while (runCount > 1) {
            int n = runCount - 2;
            if (n > 0 && runLength[n - 1] < runLength[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }
}
