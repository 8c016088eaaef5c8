package org.bytepy.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** {@code NotImplemented} and {@code Ellipsis}: named singletons with no behaviour beyond identity. */
public final class PySingleton implements TruffleObject {
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
