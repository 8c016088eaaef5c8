package org.bytepy.runtime;


/** {@code NotImplemented} and {@code Ellipsis}: named singletons with no behaviour beyond identity. */
public final class PySingleton extends org.bytepy.interop.PyInteropObject {
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplemented");
    public static final PySingleton ELLIPSIS = new PySingleton("Ellipsis");

    private final String name;

    private PySingleton(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
