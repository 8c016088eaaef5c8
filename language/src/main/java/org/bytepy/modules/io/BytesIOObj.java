package org.bytepy.modules.io;

import org.bytepy.runtime.PyErrors;

/** {@code _io.BytesIO}: a growable byte array with a position. */
final class BytesIOObj extends IOObj implements ByteStream {
    byte[] buf = new byte[16];
    int size;
    int pos;

    void setInitial(byte[] b) {
        buf = b.clone();
        size = b.length;
        pos = 0;
    }

    byte[] getvalue() {
        checkClosed();
        return java.util.Arrays.copyOf(buf, size);
    }

    @Override
    public byte[] read(long n) {
        checkClosed();
        int avail = Math.max(0, size - pos);
        int k = n < 0 || n > avail ? avail : (int) n;
        byte[] out = java.util.Arrays.copyOfRange(buf, Math.min(pos, size), Math.min(pos, size) + k);
        pos += k;
        return out;
    }

    byte[] readline(long limit) {
        checkClosed();
        if (pos >= size) {
            return BufferedObj.EMPTY;
        }
        int end = pos;
        while (end < size && (limit < 0 || end - pos < limit)) {
            if (buf[end++] == '\n') {
                break;
            }
        }
        byte[] out = java.util.Arrays.copyOfRange(buf, pos, end);
        pos = end;
        return out;
    }

    @Override
    public long write(byte[] b, int off, int len) {
        checkClosed();
        int end = pos + len;
        if (end > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            java.util.Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(b, off, buf, pos, len);
        pos = end;
        size = Math.max(size, end);
        return len;
    }

    @Override
    public long seek(long p, int whence) {
        checkClosed();
        if (whence == 0 && p < 0) {
            throw PyErrors.valueError(null, "negative seek value %d", p);
        }
        long np = whence == 0 ? p : whence == 1 ? pos + p : whence == 2 ? size + p : -2;
        if (np == -2 && (whence < 0 || whence > 2)) {
            throw PyErrors.valueError(null, "invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        pos = (int) Math.max(0, Math.min(np, Integer.MAX_VALUE - 8));
        return pos;
    }

    @Override
    public long tell() {
        checkClosed();
        return pos;
    }

    @Override
    public long truncate(long s) {
        checkClosed();
        if (s < 0) {
            s = pos;
        }
        if (s < size) {
            size = (int) s;
        }
        return s;
    }

    @Override
    public void flush() {
        checkClosed();
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean readable() {
        checkClosed();
        return true;
    }

    @Override
    public boolean writable() {
        checkClosed();
        return true;
    }

    @Override
    public boolean seekable() {
        checkClosed();
        return true;
    }

    @Override
    public Object name() {
        return null;
    }

    @Override
    public Object object() {
        return self;
    }
}
