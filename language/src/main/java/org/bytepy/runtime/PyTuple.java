package org.bytepy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/** Python {@code tuple}: an immutable array of objects. */
public final class PyTuple extends org.bytepy.interop.PyInteropObject implements PySequence {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    @CompilationFinal(dimensions = 1) private final Object[] items;

    public PyTuple(Object[] items) {
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    /** The backing array; callers must not modify it. */
    public Object[] items() {
        return items;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(items, items.length);
    }
}
