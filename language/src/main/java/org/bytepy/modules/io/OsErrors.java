package org.bytepy.modules.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

import org.bytepy.modules.ErrnoModule;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Java I/O failures as the OSError CPython raises for the same system call: errno, strerror, filename. */
public final class OsErrors {
    private OsErrors() {
    }

    /** {@code OSError(errno, strerror(errno), filename)} (filename null: none). */
    @TruffleBoundary
    public static PyException error(int errno, Object filename) {
        return PyTypes.osError(errno, ErrnoModule.strerror(errno), filename, null);
    }

    @TruffleBoundary
    public static PyException error(int errno, Object filename, Object filename2) {
        return PyTypes.osError(errno, ErrnoModule.strerror(errno), filename, filename2);
    }

    /** The errno a Java exception stands for. */
    @TruffleBoundary
    public static int errno(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return ErrnoModule.ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return ErrnoModule.EEXIST;
        } else if (e instanceof DirectoryNotEmptyException) {
            return ErrnoModule.ENOTEMPTY;
        } else if (e instanceof NotDirectoryException) {
            return ErrnoModule.ENOTDIR;
        } else if (e instanceof AccessDeniedException) {
            return ErrnoModule.EACCES;
        } else if (e instanceof NotLinkException) {
            return ErrnoModule.EINVAL;
        } else if (e instanceof SecurityException) {
            return ErrnoModule.EPERM;
        } else if (e instanceof UnsupportedOperationException) {
            return ErrnoModule.ENOTSUP;
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            // the JDK puts the C library's message in the reason: map it back to its errno
            int n = ErrnoModule.errnoOf(fse.getReason());
            if (n > 0) {
                return n;
            }
        } else if (e instanceof IOException && e.getMessage() != null) {
            int n = ErrnoModule.errnoOf(e.getMessage());
            if (n > 0) {
                return n;
            }
        }
        return ErrnoModule.EIO;
    }

    /** The OSError for a Java exception from an operation on {@code filename} (null: none). */
    @TruffleBoundary
    public static PyException of(Throwable e, Object filename) {
        return error(errno(e), filename);
    }

    @TruffleBoundary
    public static PyException of(Throwable e, Object filename, Object filename2) {
        return error(errno(e), filename, filename2);
    }
}
