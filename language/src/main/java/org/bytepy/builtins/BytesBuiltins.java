package org.bytepy.builtins;

/** The methods of {@code bytes} and {@code bytearray}. */
final class BytesBuiltins {
    private BytesBuiltins() {
    }

    static void install() {
    }
}
