package org.bytepy.modules.io;

/**
 * A binary stream as the layer above it sees it: a FileIO under a buffered object, a buffered
 * object or BytesIO under a TextIOWrapper. The Java implementations are called directly; any other
 * Python object goes through {@link PyByteStream}, which calls its methods.
 */
interface ByteStream {
    /** Up to {@code n} bytes ({@code n < 0}: to the end); empty at end of file; null when a non-blocking raw stream has none. */
    byte[] read(long n);

    long write(byte[] b, int off, int len);

    long seek(long pos, int whence);

    long tell();

    long truncate(long size);

    void flush();

    void close();

    boolean isClosed();

    boolean readable();

    boolean writable();

    boolean seekable();

    /** {@code name} of the stream, or null when it has none. */
    Object name();

    /** The Python object. */
    Object object();
}
