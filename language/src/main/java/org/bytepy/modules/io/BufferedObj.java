package org.bytepy.modules.io;

import org.bytepy.runtime.PyErrors;

/** {@code BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}: a read buffer and a write buffer over a raw stream. */
final class BufferedObj extends IOObj implements ByteStream {
    static final byte[] EMPTY = new byte[0];

    ByteStream raw;
    final boolean canRead, canWrite;
    final String kind;
    int bufferSize = IoModule.DEFAULT_BUFFER_SIZE;
    byte[] rbuf = EMPTY;
    int rpos, rlen;
    byte[] wbuf;
    int wlen;
    boolean detached;

    BufferedObj(String kind, boolean canRead, boolean canWrite) {
        this.kind = kind;
        this.canRead = canRead;
        this.canWrite = canWrite;
    }

    void checkAttached() {
        if (raw == null) {
            throw PyErrors.valueError(null, detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
        }
    }

    void checkOpen(String msg) {
        checkAttached();
        if (raw.isClosed()) {
            throw closedError(msg);
        }
    }

    @Override
    public boolean isClosed() {
        checkAttached();
        return raw.isClosed();
    }

    /** Writes the pending bytes to the raw stream, if it is still open. */
    void flushPending() {
        if (raw != null && !raw.isClosed()) {
            flushWrites();
        }
    }

    private void flushWrites() {
        if (wlen > 0) {
            int off = 0;
            while (off < wlen) {
                long k = raw.write(wbuf, off, wlen - off);
                if (k <= 0) {
                    break;
                }
                off += (int) k;
            }
            wlen = 0;
        }
    }

    /** Drops the read-ahead, moving the raw position back to the logical one. */
    private void dropReadAhead() {
        if (rlen - rpos > 0 && raw.seekable()) {
            raw.seek(-(rlen - rpos), 1);
        }
        rbuf = EMPTY;
        rpos = rlen = 0;
    }

    /** Reads one more raw chunk into the read buffer; false at end of file. */
    private boolean fill() {
        byte[] b = raw.read(Math.max(bufferSize, 1));
        if (b == null || b.length == 0) {
            return false;
        }
        int avail = rlen - rpos;
        byte[] nb = new byte[avail + b.length];
        System.arraycopy(rbuf, rpos, nb, 0, avail);
        System.arraycopy(b, 0, nb, avail, b.length);
        rbuf = nb;
        rpos = 0;
        rlen = nb.length;
        return true;
    }

    @Override
    public byte[] read(long n) {
        checkOpen("read of closed file");
        if (n < -1) {
            throw PyErrors.valueError(null, "read length must be non-negative or -1");
        }
        flushWrites();
        if (n < 0) {
            byte[] rest = raw.read(-1);
            if (rest == null) {
                rest = EMPTY;
            }
            byte[] out = new byte[rlen - rpos + rest.length];
            System.arraycopy(rbuf, rpos, out, 0, rlen - rpos);
            System.arraycopy(rest, 0, out, rlen - rpos, rest.length);
            rbuf = EMPTY;
            rpos = rlen = 0;
            return out;
        }
        while (rlen - rpos < n) {
            if (!fill()) {
                break;
            }
        }
        int k = (int) Math.min(n, rlen - rpos);
        byte[] out = java.util.Arrays.copyOfRange(rbuf, rpos, rpos + k);
        rpos += k;
        return out;
    }

    byte[] read1(long n) {
        checkOpen("read of closed file");
        flushWrites();
        if (n < 0) {
            n = bufferSize;
        }
        if (rlen - rpos == 0 && n > 0) {
            fill();
        }
        int k = (int) Math.min(n, rlen - rpos);
        byte[] out = java.util.Arrays.copyOfRange(rbuf, rpos, rpos + k);
        rpos += k;
        return out;
    }

    byte[] peek() {
        checkOpen("peek of closed file");
        flushWrites();
        if (rlen - rpos == 0) {
            fill();
        }
        return java.util.Arrays.copyOfRange(rbuf, rpos, rlen);
    }

    byte[] readline(long limit) {
        checkOpen("readline of closed file");
        flushWrites();
        int scanned = 0;
        while (true) {
            for (int i = rpos + scanned; i < rlen; i++) {
                if (rbuf[i] == '\n' || (limit >= 0 && i - rpos + 1 >= limit)) {
                    byte[] out = java.util.Arrays.copyOfRange(rbuf, rpos, i + 1);
                    rpos = i + 1;
                    return out;
                }
            }
            if (limit == 0) {
                return EMPTY;
            }
            scanned = rlen - rpos;
            if (!fill()) {
                byte[] out = java.util.Arrays.copyOfRange(rbuf, rpos, rlen);
                rpos = rlen;
                return out;
            }
        }
    }

    @Override
    public long write(byte[] b, int off, int len) {
        checkOpen("write to closed file");
        if (rlen - rpos > 0 || rlen > 0) {
            dropReadAhead();
        }
        if (wbuf == null || wbuf.length < wlen + len) {
            byte[] nb = new byte[Math.max(Math.max(bufferSize, 64), wlen + len)];
            if (wbuf != null) {
                System.arraycopy(wbuf, 0, nb, 0, wlen);
            }
            wbuf = nb;
        }
        System.arraycopy(b, off, wbuf, wlen, len);
        wlen += len;
        if (wlen >= bufferSize) {
            flushWrites();
        }
        return len;
    }

    @Override
    public void flush() {
        checkOpen("flush of closed file");
        flushWrites();
        raw.flush();
    }

    @Override
    public long seek(long pos, int whence) {
        if (whence < 0 || whence > 2) {
            throw PyErrors.valueError(null, "whence value %d unsupported", whence);
        }
        checkOpen("seek of closed file");
        flushWrites();
        if (whence == 1) {
            pos -= rlen - rpos;
        }
        rbuf = EMPTY;
        rpos = rlen = 0;
        return raw.seek(pos, whence);
    }

    @Override
    public long tell() {
        checkAttached();
        long p = raw.tell() - (rlen - rpos) + wlen;
        return Math.max(p, 0);
    }

    @Override
    public long truncate(long size) {
        checkOpen("truncate of closed file");
        if (!canWrite) {
            throw unsupported("truncate");
        }
        flushWrites();
        if (size < 0) {
            size = tell();
        }
        dropReadAhead();
        return raw.truncate(size);
    }

    @Override
    public void close() {
        checkAttached();
        if (raw.isClosed()) {
            return;
        }
        try {
            if (canWrite) {
                flushWrites();
            }
        } finally {
            raw.close();
        }
    }

    Object detach() {
        checkAttached();
        flush();
        Object r = raw.object();
        raw = null;
        detached = true;
        return r;
    }

    @Override
    public boolean readable() {
        checkAttached();
        return canRead && raw.readable(); // a BufferedWriter is not readable, whatever its raw stream
    }

    @Override
    public boolean writable() {
        checkAttached();
        return canWrite && raw.writable();
    }

    @Override
    public boolean seekable() {
        checkAttached();
        return raw.seekable();
    }

    @Override
    public Object name() {
        checkAttached();
        return raw.name();
    }

    @Override
    public Object object() {
        return self;
    }
}
