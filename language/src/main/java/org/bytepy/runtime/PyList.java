package org.bytepy.runtime;

import java.util.Arrays;


/** Python {@code list}: a growable array of objects. */
public final class PyList extends org.bytepy.interop.PyInteropObject implements PySequence {
    /** The storage of a list being sorted: empty and shared by none, so any growth replaces it. */
    private static final Object[] SORTING = new Object[0];

    private Object[] items;
    private int size;

    public PyList() {
        this.items = new Object[4];
    }

    /** Takes ownership of {@code items}. */
    public PyList(Object[] items) {
        this.items = items;
        this.size = items.length;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    public void set(int index, Object value) {
        items[index] = value;
    }

    public void append(Object value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        items[size++] = value;
    }

    public void insert(int index, Object value) {
        append(null);
        System.arraycopy(items, index, items, index + 1, size - 1 - index);
        items[index] = value;
    }

    public Object remove(int index) {
        Object old = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return old;
    }

    /** Replaces the items in {@code [start, stop)} by {@code replacement}. */
    public void replaceRange(int start, int stop, Object[] replacement) {
        int removed = stop - start;
        int newSize = size - removed + replacement.length;
        Object[] target = newSize > items.length ? Arrays.copyOf(items, Math.max(newSize, size * 2)) : items;
        System.arraycopy(items, stop, target, start + replacement.length, size - stop);
        System.arraycopy(replacement, 0, target, start, replacement.length);
        for (int i = newSize; i < size; i++) {
            target[i] = null;
        }
        items = target;
        size = newSize;
    }

    public void clear() {
        if (items == SORTING) {
            return; // clearing a list being sorted (so empty) does not count as changing it, as in CPython
        }
        items = new Object[4];
        size = 0;
    }

    public void setAll(Object[] newItems) {
        items = newItems;
        size = newItems.length;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /**
     * Empties the list for the duration of a sort and returns its storage, whose first {@link #size()} (taken
     * before) entries are the items. {@link #endSort} must follow.
     */
    public Object[] beginSort() {
        Object[] a = items;
        items = SORTING;
        size = 0;
        return a;
    }

    /**
     * Puts back the storage {@code a} taken by {@link #beginSort}, holding {@code n} items, dropping whatever the list
     * was given meanwhile; answers whether the list was changed during the sort.
     */
    public boolean endSort(Object[] a, int n) {
        boolean changed = items != SORTING;
        items = a;
        size = n;
        return changed;
    }
}
