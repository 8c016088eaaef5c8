package org.bytepy.runtime;

/** A cell: one variable shared between a function and the functions nested in it. {@code null} = empty. */
public final class PyCell {
    public Object value;

    public PyCell(Object value) {
        this.value = value;
    }
}
