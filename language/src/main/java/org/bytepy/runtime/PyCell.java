package org.bytepy.runtime;

/** A cell: one variable shared between a function and the functions nested in it. {@code null} = empty. */
public final class PyCell extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public Object value;

    @Override
    public PyType getPyType() {
        return PyTypes.CELL;
    }

    public PyCell(Object value) {
        this.value = value;
    }
}
