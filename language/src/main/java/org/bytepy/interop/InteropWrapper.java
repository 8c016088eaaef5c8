package org.bytepy.interop;

/**
 * A Python value that is not an interop value by itself (bytes, complex, objects of native modules), as
 * another language sees it: with the messages of every Python value. It is unwrapped when it comes back.
 */
public final class InteropWrapper extends PyInteropObject {
    final Object value;

    InteropWrapper(Object value) {
        this.value = value;
    }

    @Override
    Object py() {
        return value;
    }
}
