package org.bytepy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Python {@code slice(start, stop, step)} and the index arithmetic of {@code slice.indices}. */
public final class PySlice extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public final Object start;
    public final Object stop;
    public final Object step;

    /** (start, stop, step): what slices compare and hash as. */
    public PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType getPyType() {
        return PyTypes.SLICE;
    }

    /** {@code (start, stop, step, length)} for a sequence of {@code size}, as CPython's PySlice_AdjustIndices. */
    @TruffleBoundary
    public long[] indices(long size, Node node) {
        long st = step instanceof PyNone ? 1 : toIndex(step, node);
        if (st == 0) {
            throw PyErrors.valueError(node, "slice step cannot be zero");
        }
        long lo, hi;
        if (st > 0) {
            lo = start instanceof PyNone ? 0 : clamp(toIndex(start, node), size, 0, size);
            hi = stop instanceof PyNone ? size : clamp(toIndex(stop, node), size, 0, size);
        } else {
            lo = start instanceof PyNone ? size - 1 : clamp(toIndex(start, node), size, -1, size - 1);
            hi = stop instanceof PyNone ? -1 : clamp(toIndex(stop, node), size, -1, size - 1);
        }
        long len;
        if (st > 0) {
            len = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            len = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        return new long[]{lo, hi, st, len};
    }

    private static long clamp(long i, long size, long min, long max) {
        if (i < 0) {
            i += size;
        }
        return Math.max(min, Math.min(max, i));
    }

    private static long toIndex(Object o, Node node) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        throw PyErrors.typeError(node, "slice indices must be integers or None or have an __index__ method");
    }

    @TruffleBoundary
    public static Object[] getItems(Object[] items, PySlice s, Node node) {
        long[] ix = s.indices(items.length, node);
        Object[] out = new Object[(int) ix[3]];
        for (int i = 0; i < out.length; i++) {
            out[i] = items[(int) (ix[0] + i * ix[2])];
        }
        return out;
    }

    @TruffleBoundary
    public static void setItems(PyList list, PySlice s, Object[] values, Node node) {
        long[] ix = s.indices(list.size(), node);
        if (ix[2] == 1) {
            int lo = (int) ix[0];
            int hi = Math.max(lo, (int) ix[1]);
            list.replaceRange(lo, hi, values);
            return;
        }
        if (values.length != ix[3]) {
            throw PyErrors.valueError(node, "attempt to assign sequence of size %d to extended slice of size %d", values.length, ix[3]);
        }
        for (int i = 0; i < values.length; i++) {
            list.set((int) (ix[0] + i * ix[2]), values[i]);
        }
    }

    @TruffleBoundary
    public static void deleteItems(PyList list, PySlice s, Node node) {
        long[] ix = s.indices(list.size(), node);
        if (ix[2] == 1) {
            int lo = (int) ix[0];
            list.replaceRange(lo, Math.max(lo, (int) ix[1]), new Object[0]);
            return;
        }
        boolean[] drop = new boolean[list.size()];
        for (int i = 0; i < ix[3]; i++) {
            drop[(int) (ix[0] + i * ix[2])] = true;
        }
        Object[] old = list.toArray();
        java.util.ArrayList<Object> keep = new java.util.ArrayList<>();
        for (int i = 0; i < old.length; i++) {
            if (!drop[i]) {
                keep.add(old[i]);
            }
        }
        list.setAll(keep.toArray());
    }
}
