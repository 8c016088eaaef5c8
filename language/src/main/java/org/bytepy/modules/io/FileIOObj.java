package org.bytepy.modules.io;

import org.bytepy.modules.ErrnoModule;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyNone;

/** {@code _io.FileIO}: unbuffered bytes on a file descriptor of {@link FdTable}. */
final class FileIOObj extends IOObj implements ByteStream {
    final FdTable fds;
    long fd = -1;
    boolean readable, writable, appending, created;
    boolean closefd = true;
    Object name;

    FileIOObj(FdTable fds) {
        this.fds = fds;
    }

    @Override
    String closedMessage() {
        return "I/O operation on closed file";
    }

    String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        } else if (appending) {
            return readable ? "ab+" : "ab";
        } else if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    void checkReadable() {
        checkClosed();
        if (!readable) {
            throw unsupported("File not open for reading");
        }
    }

    void checkWritable() {
        checkClosed();
        if (!writable) {
            throw unsupported("File not open for writing");
        }
    }

    @Override
    public byte[] read(long n) {
        checkReadable();
        if (n < 0) {
            return fds.readAll(fd);
        }
        return fds.read(fd, (int) Math.min(n, Integer.MAX_VALUE - 8));
    }

    @Override
    public long write(byte[] b, int off, int len) {
        checkWritable();
        return fds.write(fd, b, off, len);
    }

    @Override
    public long seek(long pos, int whence) {
        checkClosed();
        if (whence < 0 || whence > 2) {
            throw OsErrors.error(ErrnoModule.EINVAL, null);
        }
        return fds.lseek(fd, pos, whence);
    }

    @Override
    public long tell() {
        checkClosed();
        return fds.lseek(fd, 0, 1);
    }

    @Override
    public long truncate(long size) {
        checkWritable();
        if (size < 0) {
            size = tell();
        }
        fds.truncate(fd, size);
        return size;
    }

    @Override
    public void flush() {
        checkClosed();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (closefd && fds.isOpen(fd)) {
            fds.close(fd);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean readable() {
        checkClosed();
        return readable;
    }

    @Override
    public boolean writable() {
        checkClosed();
        return writable;
    }

    @Override
    public boolean seekable() {
        checkClosed();
        return fds.get(fd).seekable();
    }

    boolean isatty() {
        checkClosed();
        return false;
    }

    @Override
    public Object name() {
        return name;
    }

    @Override
    public Object object() {
        return self;
    }

    /** {@code [Errno 9] Bad file descriptor} for FileIO(fd) of a closed fd. */
    static PyException badFd() {
        return OsErrors.error(ErrnoModule.EBADF, null);
    }

    String repr() {
        if (closed) {
            return "<_io.FileIO [closed]>";
        }
        Object n = self == null ? null : self.getAttribute("name");
        String nm = n == null || n == PyNone.NONE ? "fd=" + fd : "name=" + org.bytepy.runtime.PyObjects.repr(n);
        return "<_io.FileIO " + nm + " mode='" + mode() + "' closefd=" + (closefd ? "True" : "False") + ">";
    }
}
