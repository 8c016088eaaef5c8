package org.bytepy.modules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.bytepy.BytepyContext;
import org.bytepy.modules.ErrnoModule;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

/**
 * The file descriptors of one context: small ints standing for open channels, as the C library's
 * table does for CPython. 0, 1 and 2 are the context's stdin, stdout and stderr; files are Truffle
 * channels, so the context's file system and I/O permissions apply. {@code os.open} and
 * {@code _io.FileIO} both allocate here, so {@code fileno()} and {@code os.close(fd)} agree.
 */
public final class FdTable {
    public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3, O_CREAT = 0100, O_EXCL = 0200, O_TRUNC = 01000,
                    O_APPEND = 02000, O_DIRECTORY = 0200000;

    /** One open file description (shared by the fds {@code dup} makes). */
    public static final class Entry {
        SeekableByteChannel channel;
        ReadableByteChannel source;
        WritableByteChannel sink;
        InputStream in;
        OutputStream out;
        boolean append;
        /** The file, for fstat (null for streams and pipes). */
        public TruffleFile file;
        /** A directory opened read-only: reads fail with EISDIR. */
        boolean directory;
        int refs = 1;
        boolean inheritable;
        boolean blocking = true;
        /** Streams of a child process: closed with the fd (the standard streams are only flushed). */
        boolean ownsStreams;

        public boolean isStream() {
            return in != null || out != null;
        }

        public boolean seekable() {
            return channel != null;
        }

        void close() throws IOException {
            if (--refs > 0) {
                return;
            }
            if (channel != null) {
                channel.close();
            }
            if (source != null) {
                source.close();
            }
            if (sink != null) {
                sink.close();
            }
            if (out != null) {
                out.flush();
            }
            if (ownsStreams) {
                if (out != null) {
                    out.close();
                }
                if (in != null) {
                    in.close();
                }
            }
        }
    }

    private static final Map<BytepyContext, FdTable> TABLES = Collections.synchronizedMap(new WeakHashMap<>());

    private final ArrayList<Entry> fds = new ArrayList<>();
    /**
     * Buffered writers of this context. CPython flushes a file object when its last reference goes
     * away ({@code open(p, 'w').write(s)} writes at once); here pending writes are flushed before
     * any file is opened, and at exit.
     */
    private final ArrayList<java.lang.ref.WeakReference<BufferedObj>> writers = new ArrayList<>();

    private static final java.util.Set<FdTable> ALL = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                synchronized (ALL) {
                    for (FdTable t : ALL) {
                        t.flushWriters();
                    }
                }
            }, "bytepy file flush"));
        } catch (SecurityException | IllegalStateException e) {
            // no shutdown hooks: files are flushed when closed
        }
    }

    @TruffleBoundary
    void register(BufferedObj writer) {
        if (writers.size() > 64) {
            writers.removeIf(r -> r.get() == null || r.get().raw == null || r.get().raw.isClosed());
        }
        writers.add(new java.lang.ref.WeakReference<>(writer));
    }

    /** Writes out what buffered writers hold (best effort: errors are left for close to report). */
    @TruffleBoundary
    public void flushWriters() {
        for (Object o : writers.toArray()) {
            BufferedObj b = ((java.lang.ref.WeakReference<?>) o).get() instanceof BufferedObj x ? x : null;
            if (b != null && b.wlen > 0 && b.raw != null) {
                try {
                    b.flushPending();
                } catch (RuntimeException e) {
                    // reported by the next operation on the file
                }
            }
        }
    }
    /** A new fd reading {@code in} and/or writing {@code out} (the pipes to a child process). */
    @TruffleBoundary
    public void setStreams(long fd, InputStream in, OutputStream out) {
        Entry e = new Entry();
        e.in = in;
        e.out = out;
        e.ownsStreams = true;
        fds.set((int) fd, e);
    }

    /** The input stream behind {@code fd} (a process pipe or stdin), or null. */
    public InputStream inputStream(long fd) {
        return isOpen(fd) ? fds.get((int) fd).in : null;
    }

    private FdTable(BytepyContext ctx) {
        Entry in = new Entry();
        in.in = ctx.getEnv().in();
        Entry out = new Entry();
        out.out = ctx.out();
        Entry err = new Entry();
        err.out = ctx.err();
        fds.add(in);
        fds.add(out);
        fds.add(err);
    }

    @TruffleBoundary
    public static FdTable of(BytepyContext ctx) {
        return TABLES.computeIfAbsent(ctx, c -> {
            FdTable t = new FdTable(c);
            ALL.add(t);
            return t;
        });
    }

    private int add(Entry e) {
        for (int i = 0; i < fds.size(); i++) {
            if (fds.get(i) == null) {
                fds.set(i, e);
                return i;
            }
        }
        fds.add(e);
        return fds.size() - 1;
    }

    /** The entry of an open fd; EBADF otherwise. */
    @TruffleBoundary
    public Entry get(long fd) {
        if (fd >= 0 && fd < fds.size() && fds.get((int) fd) != null) {
            return fds.get((int) fd);
        }
        throw OsErrors.error(ErrnoModule.EBADF, null);
    }

    public boolean isOpen(long fd) {
        return fd >= 0 && fd < fds.size() && fds.get((int) fd) != null;
    }

    /**
     * {@code open(2)}: {@code flags} are the O_* bits, {@code mode} the permissions of a created
     * file (before the umask 022). {@code name} is the path as given, for error messages.
     */
    @TruffleBoundary
    public int open(TruffleFile file, Object name, long flags, long mode) {
        int acc = (int) (flags & O_ACCMODE);
        flushWriters();
        Entry e = new Entry();
        e.file = file;
        try {
            if (file.isDirectory()) {
                if (acc != O_RDONLY || (flags & O_CREAT) != 0 && (flags & O_EXCL) != 0) {
                    throw OsErrors.error((flags & O_EXCL) != 0 ? ErrnoModule.EEXIST : ErrnoModule.EISDIR, name);
                }
                e.directory = true;
                return add(e);
            }
            if ((flags & O_DIRECTORY) != 0) {
                throw OsErrors.error(file.exists() ? ErrnoModule.ENOTDIR : ErrnoModule.ENOENT, name);
            }
            Set<OpenOption> opts = new HashSet<>();
            if (acc == O_RDONLY || acc == O_RDWR) {
                opts.add(StandardOpenOption.READ);
            }
            if (acc == O_WRONLY || acc == O_RDWR) {
                opts.add(StandardOpenOption.WRITE);
            }
            if ((flags & O_CREAT) != 0) {
                opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            }
            if ((flags & O_TRUNC) != 0 && acc != O_RDONLY) {
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            FileAttribute<?>[] attrs = new FileAttribute<?>[0];
            if ((flags & O_CREAT) != 0) {
                attrs = new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(permissions(mode & ~022))};
            }
            try {
                e.channel = file.newByteChannel(opts, attrs);
            } catch (UnsupportedOperationException u) {
                e.channel = file.newByteChannel(opts);
            }
            e.append = (flags & O_APPEND) != 0;
            return add(e);
        } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException x) {
            throw OsErrors.of(x, name);
        }
    }

    static Set<PosixFilePermission> permissions(long mode) {
        Set<PosixFilePermission> s = new HashSet<>();
        PosixFilePermission[] all = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < all.length; i++) {
            if ((mode & (1L << i)) != 0) {
                s.add(all[i]);
            }
        }
        return s;
    }

    /** Up to {@code n} bytes; an empty array at end of file. */
    @TruffleBoundary
    public byte[] read(long fd, int n) {
        Entry e = get(fd);
        try {
            if (e.directory) {
                throw OsErrors.error(ErrnoModule.EISDIR, null);
            }
            if (e.in != null) {
                byte[] buf = new byte[n];
                int r = e.in.read(buf, 0, n);
                return r <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, r);
            }
            ReadableByteChannel ch = e.channel != null ? e.channel : e.source;
            if (ch == null) {
                throw OsErrors.error(ErrnoModule.EBADF, null);
            }
            ByteBuffer bb = ByteBuffer.allocate(n);
            int r = 0;
            while (bb.hasRemaining()) {
                int k = ch.read(bb);
                if (k <= 0) {
                    break;
                }
                r += k;
                if (e.source != null) {
                    break; // a pipe: what is there
                }
            }
            return r <= 0 ? new byte[0] : java.util.Arrays.copyOf(bb.array(), r);
        } catch (java.nio.channels.NonReadableChannelException x) {
            throw OsErrors.error(ErrnoModule.EBADF, null);
        } catch (IOException x) {
            throw OsErrors.of(x, null);
        }
    }

    /** Everything up to end of file. */
    @TruffleBoundary
    public byte[] readAll(long fd) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            byte[] b = read(fd, 65536);
            if (b.length == 0) {
                return out.toByteArray();
            }
            out.write(b, 0, b.length);
        }
    }

    @TruffleBoundary
    public int write(long fd, byte[] data, int off, int len) {
        Entry e = get(fd);
        try {
            if (e.out != null) {
                e.out.write(data, off, len);
                e.out.flush();
                return len;
            }
            WritableByteChannel ch = e.channel != null ? e.channel : e.sink;
            if (ch == null || e.directory) {
                throw OsErrors.error(ErrnoModule.EBADF, null);
            }
            if (e.append && e.channel != null) {
                e.channel.position(e.channel.size());
            }
            ByteBuffer bb = ByteBuffer.wrap(data, off, len);
            while (bb.hasRemaining()) {
                ch.write(bb);
            }
            return len;
        } catch (java.nio.channels.NonWritableChannelException x) {
            throw OsErrors.error(ErrnoModule.EBADF, null);
        } catch (IOException x) {
            throw OsErrors.of(x, null);
        }
    }

    @TruffleBoundary
    public long lseek(long fd, long pos, int whence) {
        Entry e = get(fd);
        if (e.channel == null) {
            throw OsErrors.error(ErrnoModule.ESPIPE, null);
        }
        try {
            long base = whence == 0 ? 0 : whence == 1 ? e.channel.position() : whence == 2 ? e.channel.size() : -1;
            if (base < 0 || base + pos < 0) {
                throw OsErrors.error(ErrnoModule.EINVAL, null);
            }
            e.channel.position(base + pos);
            return base + pos;
        } catch (IOException x) {
            throw OsErrors.of(x, null);
        }
    }

    @TruffleBoundary
    public void truncate(long fd, long size) {
        Entry e = get(fd);
        if (e.channel == null) {
            throw OsErrors.error(ErrnoModule.EINVAL, null);
        }
        try {
            long pos = e.channel.position();
            if (size < e.channel.size()) {
                e.channel.truncate(size);
            } else if (size > e.channel.size()) {
                e.channel.position(size - 1);
                e.channel.write(ByteBuffer.wrap(new byte[1]));
            }
            e.channel.position(pos);
        } catch (java.nio.channels.NonWritableChannelException x) {
            throw OsErrors.error(ErrnoModule.EINVAL, null);
        } catch (IOException x) {
            throw OsErrors.of(x, null);
        }
    }

    @TruffleBoundary
    public long size(long fd) {
        Entry e = get(fd);
        try {
            return e.channel == null ? 0 : e.channel.size();
        } catch (IOException x) {
            throw OsErrors.of(x, null);
        }
    }

    @TruffleBoundary
    public void close(long fd) {
        Entry e = get(fd);
        fds.set((int) fd, null);
        try {
            e.close();
        } catch (IOException x) {
            throw OsErrors.of(x, null);
        }
    }

    @TruffleBoundary
    public int dup(long fd) {
        Entry e = get(fd);
        e.refs++;
        return add(e);
    }

    @TruffleBoundary
    public int dup2(long fd, long fd2) {
        Entry e = get(fd);
        if (fd == fd2) {
            return (int) fd2;
        }
        if (isOpen(fd2)) {
            close(fd2);
        }
        while (fds.size() <= fd2) {
            fds.add(null);
        }
        e.refs++;
        fds.set((int) fd2, e);
        return (int) fd2;
    }

    @TruffleBoundary
    public int[] pipe() {
        try {
            Pipe p = Pipe.open();
            Entry r = new Entry();
            r.source = p.source();
            Entry w = new Entry();
            w.sink = p.sink();
            int a = add(r);
            int b = add(w);
            return new int[]{a, b};
        } catch (IOException x) {
            throw OsErrors.of(x, null);
        }
    }
}
