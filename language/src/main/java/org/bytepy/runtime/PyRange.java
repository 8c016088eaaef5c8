package org.bytepy.runtime;


/** Python {@code range} with {@code long} bounds. */
public final class PyRange extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0 && start < stop) {
            return (stop - start - 1) / step + 1;
        } else if (step < 0 && start > stop) {
            return (start - stop - 1) / (-step) + 1;
        }
        return 0;
    }

    public long item(long i) {
        return start + i * step;
    }

    @Override
    public PyType getPyType() {
        return PyTypes.RANGE;
    }
}
