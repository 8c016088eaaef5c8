package org.bytepy.runtime;

/**
 * The Java state of an object that exports its memory through CPython's buffer protocol, beyond
 * bytes and bytearray (which the runtime knows directly): {@code array.array}. An instance of a
 * type with such a state carries it as {@link PyObject#nativeValue}; {@link BuiltinTypeOps#bytesOf}
 * then sees the object as bytes-like, and {@code memoryview} shows its items in their format.
 */
public interface PyBufferExporter {
    /** A copy of the exported bytes. */
    byte[] bufferBytes();

    /** The number of exported bytes. */
    int bufferLength();

    /** The struct format of one item ({@code 'B'}, {@code 'i'}, {@code 'd'}, ...). */
    char bufferFormat();

    /** The size in bytes of one item. */
    int bufferItemSize();

    /** Writes {@code src} at {@code offset} (a byte offset inside the exported bytes). */
    void bufferWrite(int offset, byte[] src);
}
