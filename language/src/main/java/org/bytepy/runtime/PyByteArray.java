package org.bytepy.runtime;

import java.util.Arrays;


/** Python {@code bytearray}: a growable array of bytes. */
public final class PyByteArray extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public static final PyType TYPE = new PyType("bytearray", true, PyTypes.OBJECT);

    private byte[] data;
    private int size;

    public PyByteArray(byte[] initial) {
        this.data = initial;
        this.size = initial.length;
    }

    public int size() {
        return size;
    }

    public byte[] bytes() {
        return Arrays.copyOf(data, size);
    }

    public int get(int i) {
        return data[i] & 0xff;
    }

    public void set(int i, int v) {
        data[i] = (byte) v;
    }

    public void append(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, Math.max(8, size * 2));
        }
        data[size++] = (byte) v;
    }

    public void setAll(byte[] b) {
        data = b;
        size = b.length;
    }

    public int removeAt(int i) {
        int v = data[i] & 0xff;
        System.arraycopy(data, i + 1, data, i, size - i - 1);
        size--;
        return v;
    }

    public void insert(int i, int v) {
        append(0);
        System.arraycopy(data, i, data, i + 1, size - 1 - i);
        data[i] = (byte) v;
    }

    @Override
    public PyType getPyType() {
        return TYPE;
    }
}
