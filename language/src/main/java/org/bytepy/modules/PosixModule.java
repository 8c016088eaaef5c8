package org.bytepy.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.modules.io.FdTable;
import org.bytepy.modules.io.Heap;
import org.bytepy.modules.io.OsErrors;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySpecial;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

/**
 * The {@code posix} module (what {@code os} re-exports) on Truffle's file system: every path goes
 * through {@code Env.getPublicTruffleFile}, so the context's file system and I/O permissions apply
 * (a denied operation is a PermissionError). File descriptors are those of {@link FdTable}.
 */
public final class PosixModule {
    private PosixModule() {
    }

    private static final Object[] CONSTANTS = {"CLD_CONTINUED", 6L, "CLD_DUMPED", 3L, "CLD_EXITED", 1L, "CLD_KILLED", 2L, "CLD_STOPPED", 5L, "CLD_TRAPPED", 4L, "EX_CANTCREAT", 73L, "EX_CONFIG", 78L, "EX_DATAERR", 65L, "EX_IOERR", 74L, "EX_NOHOST", 68L, "EX_NOINPUT", 66L, "EX_NOPERM", 77L, "EX_NOUSER", 67L, "EX_OK", 0L, "EX_OSERR", 71L, "EX_OSFILE", 72L, "EX_PROTOCOL", 76L, "EX_SOFTWARE", 70L, "EX_TEMPFAIL", 75L, "EX_UNAVAILABLE", 69L, "EX_USAGE", 64L, "F_LOCK", 1L, "F_OK", 0L, "F_TEST", 3L, "F_TLOCK", 2L, "F_ULOCK", 0L, "NGROUPS_MAX", 65536L, "O_ACCMODE", 3L, "O_APPEND", 1024L, "O_ASYNC", 8192L, "O_CLOEXEC", 524288L, "O_CREAT", 64L, "O_DIRECT", 16384L, "O_DIRECTORY", 65536L, "O_DSYNC", 4096L, "O_EXCL", 128L, "O_FSYNC", 1052672L, "O_LARGEFILE", 0L, "O_NDELAY", 2048L, "O_NOATIME", 262144L, "O_NOCTTY", 256L, "O_NOFOLLOW", 131072L, "O_NONBLOCK", 2048L, "O_PATH", 2097152L, "O_RDONLY", 0L, "O_RDWR", 2L, "O_RSYNC", 1052672L, "O_SYNC", 1052672L, "O_TMPFILE", 4259840L, "O_TRUNC", 512L, "O_WRONLY", 1L, "PRIO_PGRP", 1L, "PRIO_PROCESS", 0L, "PRIO_USER", 2L, "P_ALL", 0L, "P_NOWAIT", 1L, "P_NOWAITO", 1L, "P_PGID", 2L, "P_PID", 1L, "P_PIDFD", 3L, "P_WAIT", 0L, "RTLD_DEEPBIND", 8L, "RTLD_GLOBAL", 256L, "RTLD_LAZY", 1L, "RTLD_LOCAL", 0L, "RTLD_NODELETE", 4096L, "RTLD_NOLOAD", 4L, "RTLD_NOW", 2L, "R_OK", 4L, "SCHED_BATCH", 3L, "SCHED_FIFO", 1L, "SCHED_IDLE", 5L, "SCHED_OTHER", 0L, "SCHED_RESET_ON_FORK", 1073741824L, "SCHED_RR", 2L, "SEEK_DATA", 3L, "SEEK_HOLE", 4L, "ST_APPEND", 256L, "ST_MANDLOCK", 64L, "ST_NOATIME", 1024L, "ST_NODEV", 4L, "ST_NODIRATIME", 2048L, "ST_NOEXEC", 8L, "ST_NOSUID", 2L, "ST_RDONLY", 1L, "ST_RELATIME", 4096L, "ST_SYNCHRONOUS", 16L, "ST_WRITE", 128L, "TMP_MAX", 238328L, "WCONTINUED", 8L, "WNOHANG", 1L, "WUNTRACED", 2L, "W_OK", 2L, "X_OK", 1L};

    // ------------------------------------------------------------------ struct sequences

    /** A named tuple-like result type (CPython's structseq): the first fields are the tuple, the rest attributes. */
    public static final class StructSeq {
        public final PyType type;
        final String[] fields;
        final int visible;

        public StructSeq(String module, String name, int visible, String... fields) {
            this.type = Heap.type(module, name, PyTypes.TUPLE);
            this.fields = fields;
            this.visible = visible;
            for (int i = 0; i < visible; i++) {
                int k = i;
                Heap.getter(type, fields[i], self -> ((PyTuple) ((PyObject) self).nativeValue).get(k));
            }
            type.getDict().put("n_sequence_fields", (long) visible);
            type.getDict().put("n_fields", (long) fields.length);
            type.getDict().put("n_unnamed_fields", 0L);
            Heap.method(type, "__repr__", (args, kw) -> {
                PyObject self = (PyObject) args[0];
                PyTuple t = (PyTuple) self.nativeValue;
                StringBuilder sb = new StringBuilder(module).append('.').append(name).append('(');
                for (int i = 0; i < t.size() && i < visible; i++) {
                    sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(PyObjects.repr(t.get(i)));
                }
                return sb.append(')').toString();
            });
            Heap.method(type, "__reduce__", (args, kw) -> PyTuple.of(type, PyTuple.of(((PyObject) args[0]).nativeValue)));
        }

        public PyObject make(Object... values) {
            PyObject o = new PyObject(type);
            Object[] vis = new Object[visible];
            System.arraycopy(values, 0, vis, 0, visible);
            o.nativeValue = new PyTuple(vis);
            for (int i = visible; i < fields.length; i++) {
                o.setAttribute(fields[i], values[i]);
            }
            return o;
        }
    }

    public static final StructSeq STAT_RESULT = new StructSeq("os", "stat_result", 10, "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                    "_st_atime", "_st_mtime", "_st_ctime", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev");
    static {
        // the tuple's items 7-9 are whole seconds; the attributes of those names are floats
        for (String f : new String[]{"_st_atime", "_st_mtime", "_st_ctime"}) {
            STAT_RESULT.type.getDict().remove(f);
        }
        String[] names = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"};
        STAT_RESULT.type.getDict().put("__repr__", new PyBuiltinFunction("__repr__", null, (args, kw) -> {
            PyTuple t = (PyTuple) ((PyObject) args[0]).nativeValue;
            StringBuilder sb = new StringBuilder("os.stat_result(");
            for (int i = 0; i < t.size() && i < names.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(PyObjects.repr(t.get(i)));
            }
            return sb.append(')').toString();
        }));
    }
    public static final StructSeq TERMINAL_SIZE = new StructSeq("os", "terminal_size", 2, "columns", "lines");
    public static final StructSeq TIMES_RESULT = new StructSeq("posix", "times_result", 5, "user", "system", "children_user", "children_system", "elapsed");
    public static final StructSeq STATVFS_RESULT = new StructSeq("os", "statvfs_result", 10, "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail",
                    "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid");
    public static final StructSeq UNAME_RESULT = new StructSeq("posix", "uname_result", 5, "sysname", "nodename", "release", "version", "machine");

    // ------------------------------------------------------------------ paths

    /** A path argument: its text, and whether it was given as bytes (results are then bytes too). */
    public record Path(String text, boolean bytes, Object original) {
        Object result(String s) {
            return bytes ? s.getBytes(StandardCharsets.UTF_8) : s;
        }
    }

    /** {@code os.fspath}: str and bytes as they are, else {@code __fspath__()}; null when {@code o} is none of them. */
    @TruffleBoundary
    public static Object fspathOrNull(Object o) {
        if (o instanceof String || o instanceof byte[]) {
            return o;
        }
        if (PyObject.hasNative(o) && (PyObject.unwrap(o) instanceof String || PyObject.unwrap(o) instanceof byte[])) {
            return PyObject.unwrap(o);
        }
        Object m = PySpecial.isUserObject(o) ? PySpecial.lookup(o, "__fspath__") : null;
        if (m == null) {
            return null;
        }
        Object r = PySpecial.call(o, m, null);
        if (r instanceof String || r instanceof byte[]) {
            return r;
        }
        throw PyErrors.typeError(null, "expected %s.__fspath__() to return str or bytes, not %s", PyObjects.typeName(o), PyObjects.typeName(r));
    }

    @TruffleBoundary
    public static Object fspath(Object o) {
        Object r = fspathOrNull(o);
        if (r == null) {
            throw PyErrors.typeError(null, "expected str, bytes or os.PathLike object, not %s", PyObjects.typeName(o));
        }
        return r;
    }

    @TruffleBoundary
    static Path path(String fname, String argname, Object o, boolean allowFd) {
        Object r = fspathOrNull(o);
        if (r == null) {
            throw PyErrors.typeError(null, "%s: %s should be string, bytes%s os.PathLike%s, not %s", fname, argname, allowFd ? "," : " or",
                            allowFd ? " or integer" : "", PyObjects.typeName(o));
        }
        if (r instanceof byte[] b) {
            return new Path(new String(b, StandardCharsets.UTF_8), true, o);
        }
        String s = (String) r;
        if (s.indexOf('\0') >= 0) {
            throw PyErrors.valueError(null, "%s: embedded null character in %s", fname, argname);
        }
        return new Path(s, false, o);
    }

    /** An environment variable's name for putenv/unsetenv: not empty, no '='. */
    private static String envName(String fname, Object o) {
        String name = path(fname, "name", o, false).text;
        if (name.isEmpty() || name.indexOf('=') >= 0) {
            throw PyErrors.valueError(null, "illegal environment variable name");
        }
        return name;
    }

    /** The context's file for a path; a denied access is a PermissionError. */
    @TruffleBoundary
    public static TruffleFile file(BytepyContext ctx, String path, Object name) {
        try {
            TruffleFile internal = org.bytepy.imports.Stdlib.internalFile(ctx, path);
            return internal != null ? internal : ctx.getEnv().getPublicTruffleFile(path.isEmpty() ? "" : path);
        } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            throw OsErrors.of(e, name);
        }
    }

    static TruffleFile file(Path p) {
        if (p.text.isEmpty()) {
            throw OsErrors.error(ErrnoModule.ENOENT, p.original);
        }
        return file(BytepyContext.get(null), p.text, p.original);
    }

    // ------------------------------------------------------------------ arguments

    /**
     * Binds positional and keyword arguments to {@code names} (a name after "*" is keyword-only);
     * absent ones are null. {@code required} is the count of required leading parameters.
     */
    @TruffleBoundary
    public static Object[] params(String fname, Object[] args, PyDict kw, int required, String... names) {
        int star = names.length;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("*")) {
                star = i;
                break;
            }
        }
        Object[] out = new Object[names.length];
        if (args.length > star) {
            throw PyErrors.typeError(null, "%s() takes at most %d argument%s (%d given)", fname, star, star == 1 ? "" : "s", args.length);
        }
        System.arraycopy(args, 0, out, 0, args.length);
        if (kw != null) {
            outer: for (Object k : kw.keys()) {
                for (int i = 0; i < names.length; i++) {
                    if (i != star && names[i].equals(k)) {
                        if (out[i] != null) {
                            throw PyErrors.typeError(null, "argument for %s() given by name ('%s') and position (%d)", fname, k, i + 1);
                        }
                        out[i] = kw.get(k);
                        continue outer;
                    }
                }
                throw PyErrors.typeError(null, "%s() got an unexpected keyword argument '%s'", fname, k);
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyErrors.typeError(null, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            }
        }
        return out;
    }

    public static boolean flag(Object o, boolean dflt) {
        return o == null ? dflt : PyObjects.isTrue(o);
    }

    static void noDirFd(Object dirFd) {
        if (dirFd != null && dirFd != PyNone.NONE) {
            throw PyErrors.raise(PyTypes.NOT_IMPLEMENTED_ERROR, "dir_fd unavailable on this platform", null);
        }
    }

    // ------------------------------------------------------------------ stat

    private static final List<TruffleFile.AttributeDescriptor<?>> UNIX_ATTRIBUTES = List.of(TruffleFile.UNIX_MODE, TruffleFile.UNIX_INODE, TruffleFile.UNIX_DEV,
                    TruffleFile.UNIX_NLINK, TruffleFile.UNIX_UID, TruffleFile.UNIX_GID, TruffleFile.UNIX_CTIME, TruffleFile.SIZE, TruffleFile.LAST_ACCESS_TIME,
                    TruffleFile.LAST_MODIFIED_TIME);

    @TruffleBoundary
    public static PyObject stat(TruffleFile f, Object name, boolean follow) {
        FdTable.of(BytepyContext.get(null)).flushWriters();
        LinkOption[] lo = follow ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
        try {
            long mode, ino = 0, dev = 0, nlink = 1, uid = 0, gid = 0, size;
            FileTime atime, mtime, ctime;
            try {
                TruffleFile.Attributes at = f.getAttributes(UNIX_ATTRIBUTES, lo);
                mode = at.get(TruffleFile.UNIX_MODE);
                ino = at.get(TruffleFile.UNIX_INODE);
                dev = at.get(TruffleFile.UNIX_DEV);
                nlink = at.get(TruffleFile.UNIX_NLINK);
                uid = at.get(TruffleFile.UNIX_UID);
                gid = at.get(TruffleFile.UNIX_GID);
                ctime = at.get(TruffleFile.UNIX_CTIME);
                size = at.get(TruffleFile.SIZE);
                atime = at.get(TruffleFile.LAST_ACCESS_TIME);
                mtime = at.get(TruffleFile.LAST_MODIFIED_TIME);
            } catch (UnsupportedOperationException e) {
                boolean dir = f.isDirectory(lo);
                if (!dir && !f.exists(lo)) {
                    throw OsErrors.error(ErrnoModule.ENOENT, name);
                }
                mode = dir ? StatModule.S_IFDIR | 0755 : f.isSymbolicLink() && !follow ? StatModule.S_IFLNK | 0777 : StatModule.S_IFREG | 0644;
                size = f.size(lo);
                atime = f.getLastAccessTime(lo);
                mtime = f.getLastModifiedTime(lo);
                ctime = mtime;
            }
            return statResult(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime);
        } catch (IOException | SecurityException e) {
            throw OsErrors.of(e, name);
        }
    }

    private static long nanos(FileTime t) {
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    static PyObject statResult(long mode, long ino, long dev, long nlink, long uid, long gid, long size, FileTime atime, FileTime mtime, FileTime ctime) {
        long a = atime == null ? 0 : nanos(atime), m = mtime == null ? 0 : nanos(mtime), c = ctime == null ? 0 : nanos(ctime);
        return STAT_RESULT.make(mode, ino, dev, nlink, uid, gid, size, Math.floorDiv(a, 1_000_000_000L), Math.floorDiv(m, 1_000_000_000L),
                        Math.floorDiv(c, 1_000_000_000L), seconds(a), seconds(m), seconds(c), a, m, c, 4096L, (size + 511) / 512, 0L);
    }

    private static double seconds(long ns) {
        return Math.floorDiv(ns, 1_000_000_000L) + Math.floorMod(ns, 1_000_000_000L) * 1e-9;
    }

    @TruffleBoundary
    public static PyObject fstat(FdTable table, long fd) {
        FdTable.Entry e = table.get(fd);
        if (e.file != null) {
            return stat(e.file, null, true);
        }
        long mode = e.isStream() ? StatModule.S_IFCHR | 0620 : StatModule.S_IFIFO | 0600;
        return statResult(mode, 0, 0, 1, 0, 0, 0, null, null, null);
    }

    // ------------------------------------------------------------------ scandir

    static final PyType DIR_ENTRY = Heap.type("posix", "DirEntry", PyTypes.OBJECT);
    static final PyType SCANDIR_ITERATOR = Heap.type("posix", "ScandirIterator", PyTypes.OBJECT);

    static final class DirEntry {
        final TruffleFile file;
        final Object name;
        final Object path;
        PyObject stat;
        PyObject lstat;

        DirEntry(TruffleFile file, Object name, Object path) {
            this.file = file;
            this.name = name;
            this.path = path;
        }

        PyObject stat(boolean follow) {
            if (follow) {
                if (stat == null) {
                    stat = PosixModule.stat(file, path, true);
                }
                return stat;
            }
            if (lstat == null) {
                lstat = PosixModule.stat(file, path, false);
            }
            return lstat;
        }

        boolean test(long fmt, boolean follow) {
            try {
                return ((Long) ((PyTuple) stat(follow).nativeValue).get(0) & StatModule.S_IFMT) == fmt;
            } catch (PyException e) {
                if (e.getType().isSubtypeOf(PyTypes.FILE_NOT_FOUND_ERROR)) {
                    return false;
                }
                throw e;
            }
        }
    }

    static final class ScandirIterator {
        Iterator<TruffleFile> files;
        final Path dir;

        ScandirIterator(Iterator<TruffleFile> files, Path dir) {
            this.files = files;
            this.dir = dir;
        }
    }

    private static DirEntry entry(Object self) {
        return (DirEntry) Heap.state(self);
    }

    static {
        Heap.getter(DIR_ENTRY, "name", self -> entry(self).name);
        Heap.getter(DIR_ENTRY, "path", self -> entry(self).path);
        Heap.method(DIR_ENTRY, "is_dir", (args, kw) -> {
            Object[] p = params("is_dir", slice(args), kw, 0, "*", "follow_symlinks");
            return entry(args[0]).test(StatModule.S_IFDIR, flag(p[1], true));
        });
        Heap.method(DIR_ENTRY, "is_file", (args, kw) -> {
            Object[] p = params("is_file", slice(args), kw, 0, "*", "follow_symlinks");
            return entry(args[0]).test(StatModule.S_IFREG, flag(p[1], true));
        });
        Heap.method(DIR_ENTRY, "is_symlink", (args, kw) -> {
            Args.methodCount("is_symlink", args, kw, 0, 0);
            return entry(args[0]).test(StatModule.S_IFLNK, false);
        });
        Heap.method(DIR_ENTRY, "is_junction", (args, kw) -> false);
        Heap.method(DIR_ENTRY, "stat", (args, kw) -> {
            Object[] p = params("stat", slice(args), kw, 0, "*", "follow_symlinks");
            return entry(args[0]).stat(flag(p[1], true));
        });
        Heap.method(DIR_ENTRY, "inode", (args, kw) -> ((PyTuple) entry(args[0]).stat(false).nativeValue).get(1));
        Heap.method(DIR_ENTRY, "__fspath__", (args, kw) -> entry(args[0]).path);
        Heap.method(DIR_ENTRY, "__repr__", (args, kw) -> "<DirEntry " + PyObjects.repr(entry(args[0]).name) + ">");

        Heap.method(SCANDIR_ITERATOR, "__iter__", (args, kw) -> args[0]);
        Heap.method(SCANDIR_ITERATOR, "__next__", (args, kw) -> {
            ScandirIterator it = (ScandirIterator) Heap.state(args[0]);
            if (it.files == null || !it.files.hasNext()) {
                it.files = null;
                throw new PyException(new PyBaseException(PyTypes.STOP_ITERATION, PyTuple.EMPTY), null);
            }
            TruffleFile f = it.files.next();
            String name = f.getName();
            String dir = it.dir.text;
            String path = dir.endsWith("/") ? dir + name : dir + "/" + name;
            return Heap.make(DIR_ENTRY, new DirEntry(f, it.dir.result(name), it.dir.result(path)));
        });
        PyBuiltinFunction.Body close = (args, kw) -> {
            ((ScandirIterator) Heap.state(args[0])).files = null;
            return PyNone.NONE;
        };
        Heap.method(SCANDIR_ITERATOR, "close", close);
        Heap.method(SCANDIR_ITERATOR, "__enter__", (args, kw) -> args[0]);
        Heap.method(SCANDIR_ITERATOR, "__exit__", close);
    }

    private static Object[] slice(Object[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    @TruffleBoundary
    static List<TruffleFile> list(TruffleFile dir, Object name) {
        try {
            if (!dir.isDirectory()) {
                throw OsErrors.error(dir.exists() ? ErrnoModule.ENOTDIR : ErrnoModule.ENOENT, name);
            }
            return new ArrayList<>(dir.list());
        } catch (IOException | SecurityException e) {
            throw OsErrors.of(e, name);
        }
    }

    // ------------------------------------------------------------------ the module

    private static long umask = 022;

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("posix", new PyDict());
        PyDict d = m.dict;
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            d.put(CONSTANTS[i], CONSTANTS[i + 1]);
        }
        FdTable fds = FdTable.of(ctx);
        PyDict environ = new PyDict();
        for (var e : ctx.getEnv().getEnvironment().entrySet()) {
            environ.put(e.getKey().getBytes(StandardCharsets.UTF_8), e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        d.put("environ", environ);
        d.put("error", PyTypes.OS_ERROR);
        d.put("stat_result", STAT_RESULT.type);
        d.put("terminal_size", TERMINAL_SIZE.type);
        d.put("times_result", TIMES_RESULT.type);
        d.put("uname_result", UNAME_RESULT.type);
        d.put("statvfs_result", STATVFS_RESULT.type);
        d.put("DirEntry", DIR_ENTRY);
        d.put("_have_functions", new PyList(new Object[]{"HAVE_FTRUNCATE"}));

        Args.def(d, "fspath", (args, kw) -> {
            Object[] p = params("fspath", args, kw, 1, "path");
            return fspath(p[0]);
        });
        Args.def(d, "_path_normpath", (args, kw) -> {
            Object[] p = params("_path_normpath", args, kw, 1, "path");
            return normpath(Args.str(p[0], "_path_normpath"));
        });
        Args.def(d, "getcwd", (args, kw) -> {
            Args.count("getcwd", args, kw, 0, 0);
            return cwd(ctx);
        });
        Args.def(d, "getcwdb", (args, kw) -> {
            Args.count("getcwdb", args, kw, 0, 0);
            return cwd(ctx).getBytes(StandardCharsets.UTF_8);
        });
        Args.def(d, "chdir", (args, kw) -> {
            Object[] p = params("chdir", args, kw, 1, "path");
            Path path = path("chdir", "path", p[0], true);
            TruffleFile f = file(path);
            try {
                if (!f.isDirectory()) {
                    throw OsErrors.error(f.exists() ? ErrnoModule.ENOTDIR : ErrnoModule.ENOENT, path.original);
                }
                ctx.getEnv().setCurrentWorkingDirectory(f.getCanonicalFile());
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw OsErrors.of(e, path.original);
            }
            return PyNone.NONE;
        });
        Args.def(d, "listdir", (args, kw) -> {
            Object[] p = params("listdir", args, kw, 0, "path");
            Path path = p[0] == null || p[0] == PyNone.NONE ? new Path(".", false, ".") : path("listdir", "path", p[0], true);
            List<Object> out = new ArrayList<>();
            for (TruffleFile f : list(file(path), path.original)) {
                out.add(path.result(f.getName()));
            }
            return new PyList(out.toArray());
        });
        Args.def(d, "scandir", (args, kw) -> {
            Object[] p = params("scandir", args, kw, 0, "path");
            Path path = p[0] == null || p[0] == PyNone.NONE ? new Path(".", false, ".") : path("scandir", "path", p[0], true);
            return Heap.make(SCANDIR_ITERATOR, new ScandirIterator(list(file(path), path.original).iterator(), path));
        });
        PyBuiltinFunction.Body statFn = (args, kw) -> {
            Object[] p = params("stat", args, kw, 1, "path", "*", "dir_fd", "follow_symlinks");
            noDirFd(p[2]);
            if (PyNumber.isInt(p[0]) && !(p[0] instanceof Boolean)) {
                return fstat(fds, Args.index(p[0]));
            }
            Path path = path("stat", "path", p[0], true);
            return stat(file(path), path.original, flag(p[3], true));
        };
        Args.def(d, "stat", statFn);
        Args.def(d, "lstat", (args, kw) -> {
            Object[] p = params("lstat", args, kw, 1, "path", "*", "dir_fd");
            noDirFd(p[2]);
            Path path = path("lstat", "path", p[0], false);
            return stat(file(path), path.original, false);
        });
        Args.def(d, "fstat", (args, kw) -> {
            Object[] p = params("fstat", args, kw, 1, "fd");
            return fstat(fds, Args.index(p[0]));
        });
        Args.def(d, "mkdir", (args, kw) -> {
            Object[] p = params("mkdir", args, kw, 1, "path", "mode", "*", "dir_fd");
            noDirFd(p[3]);
            Path path = path("mkdir", "path", p[0], false);
            long mode = p[1] == null ? 0777 : Args.index(p[1]);
            TruffleFile f = file(path);
            try {
                try {
                    f.createDirectory(java.nio.file.attribute.PosixFilePermissions.asFileAttribute(permissionsOf(mode & ~umask)));
                } catch (UnsupportedOperationException e) {
                    f.createDirectory();
                }
            } catch (IOException | SecurityException e) {
                throw OsErrors.of(e, path.original);
            }
            return PyNone.NONE;
        });
        Args.def(d, "rmdir", (args, kw) -> {
            Object[] p = params("rmdir", args, kw, 1, "path", "*", "dir_fd");
            noDirFd(p[2]);
            Path path = path("rmdir", "path", p[0], false);
            TruffleFile f = file(path);
            try {
                if (!f.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
                    throw OsErrors.error(f.exists(LinkOption.NOFOLLOW_LINKS) ? ErrnoModule.ENOTDIR : ErrnoModule.ENOENT, path.original);
                }
                f.delete();
            } catch (IOException | SecurityException e) {
                throw OsErrors.of(e, path.original);
            }
            return PyNone.NONE;
        });
        PyBuiltinFunction.Body unlink = (args, kw) -> {
            Object[] p = params("unlink", args, kw, 1, "path", "*", "dir_fd");
            noDirFd(p[2]);
            Path path = path("unlink", "path", p[0], false);
            TruffleFile f = file(path);
            try {
                if (f.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
                    throw OsErrors.error(ErrnoModule.EISDIR, path.original);
                }
                f.delete();
            } catch (IOException | SecurityException e) {
                throw OsErrors.of(e, path.original);
            }
            return PyNone.NONE;
        };
        Args.def(d, "unlink", unlink);
        Args.def(d, "remove", unlink);
        PyBuiltinFunction.Body rename = (args, kw) -> {
            Object[] p = params("rename", args, kw, 2, "src", "dst", "*", "src_dir_fd", "dst_dir_fd");
            noDirFd(p[3]);
            noDirFd(p[4]);
            Path src = path("rename", "src", p[0], false);
            Path dst = path("rename", "dst", p[1], false);
            TruffleFile from = file(src).getAbsoluteFile(); // relative to os.chdir's directory, not the JVM's
            TruffleFile to = file(dst).getAbsoluteFile();
            try {
                if (!from.exists(LinkOption.NOFOLLOW_LINKS)) {
                    throw OsErrors.error(ErrnoModule.ENOENT, src.original, dst.original);
                }
                if (from.isDirectory() && to.exists() && !to.isDirectory()) {
                    throw OsErrors.error(ErrnoModule.ENOTDIR, src.original, dst.original);
                }
                if (!from.isDirectory() && to.isDirectory()) {
                    throw OsErrors.error(ErrnoModule.EISDIR, src.original, dst.original);
                }
                try {
                    // rename(2): the target is replaced atomically (REPLACE_EXISTING alone deletes it first,
                    // so a process killed in between leaves no file at all)
                    from.move(to, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    from.move(to, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw OsErrors.of(e, src.original, dst.original);
            }
            return PyNone.NONE;
        };
        Args.def(d, "rename", rename);
        Args.def(d, "replace", rename);
        Args.def(d, "utime", (args, kw) -> {
            Object[] p = params("utime", args, kw, 1, "path", "times", "*", "ns", "dir_fd", "follow_symlinks");
            noDirFd(p[4]);
            Path path = path("utime", "path", p[0], true);
            TruffleFile f = file(path);
            FileTime at, mt;
            Object times = p[1], ns = p[3];
            if (times != null && times != PyNone.NONE && ns != null) {
                throw PyErrors.valueError(null, "utime: you may specify either 'times' or 'ns' but not both");
            }
            if (times != null && times != PyNone.NONE) {
                if (!(times instanceof PyTuple t) || t.size() != 2) {
                    throw PyErrors.typeError(null, "utime: 'times' must be either a tuple of two ints or None");
                }
                at = fileTime(Math.round(PyNumber.toDouble(t.get(0), null) * 1e9));
                mt = fileTime(Math.round(PyNumber.toDouble(t.get(1), null) * 1e9));
            } else if (ns != null) {
                if (!(ns instanceof PyTuple t) || t.size() != 2) {
                    throw PyErrors.typeError(null, "utime: 'ns' must be a tuple of two ints");
                }
                at = fileTime(Args.index(t.get(0)));
                mt = fileTime(Args.index(t.get(1)));
            } else {
                at = mt = FileTime.from(java.time.Instant.now());
            }
            try {
                LinkOption[] lo = flag(p[5], true) ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
                if (!f.exists(lo)) {
                    throw OsErrors.error(ErrnoModule.ENOENT, path.original);
                }
                f.setLastModifiedTime(mt, lo);
                f.setLastAccessTime(at, lo);
            } catch (IOException | SecurityException e) {
                throw OsErrors.of(e, path.original);
            }
            return PyNone.NONE;
        });
        Args.def(d, "chmod", (args, kw) -> {
            Object[] p = params("chmod", args, kw, 2, "path", "mode", "*", "dir_fd", "follow_symlinks");
            noDirFd(p[2]);
            Path path = path("chmod", "path", p[0], true);
            TruffleFile f = file(path);
            try {
                if (!f.exists()) {
                    throw OsErrors.error(ErrnoModule.ENOENT, path.original);
                }
                f.setPosixPermissions(permissionsOf(Args.index(p[1])));
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw OsErrors.of(e, path.original);
            }
            return PyNone.NONE;
        });
        PyBuiltinFunction.Body chown = (args, kw) -> {
            // Java cannot change a file's owner: keeping the owner and group it has (-1, or the same ids) succeeds,
            // any other change is refused as for an unprivileged process (tarfile's extraction as root asks for the former)
            Object[] p = params("chown", args, kw, 3, "path", "uid", "gid", "*", "dir_fd", "follow_symlinks");
            noDirFd(p[3]);
            Path path = path("chown", "path", p[0], true);
            long uid = Args.index(p[1]);
            long gid = Args.index(p[2]);
            TruffleFile f = file(path);
            try {
                if (!f.exists(LinkOption.NOFOLLOW_LINKS)) {
                    throw OsErrors.error(ErrnoModule.ENOENT, path.original);
                }
                if ((uid != -1 && uid != f.getAttribute(TruffleFile.UNIX_UID, LinkOption.NOFOLLOW_LINKS))
                                || (gid != -1 && gid != f.getAttribute(TruffleFile.UNIX_GID, LinkOption.NOFOLLOW_LINKS))) {
                    throw OsErrors.error(ErrnoModule.EPERM, path.original);
                }
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw OsErrors.of(e, path.original);
            }
            return PyNone.NONE;
        };
        Args.def(d, "chown", chown);
        Args.def(d, "lchown", chown);
        Args.def(d, "statvfs", (args, kw) -> {
            // the sizes of the file system, from Java's File (block size 4096; inode counts are not known)
            Object[] p = params("statvfs", args, kw, 1, "path");
            Path path = path("statvfs", "path", p[0], true);
            TruffleFile f = file(path);
            if (!f.exists()) {
                throw OsErrors.error(ErrnoModule.ENOENT, path.original);
            }
            java.io.File jf = new java.io.File(f.getAbsoluteFile().getPath());
            long bs = 4096;
            long blocks = jf.getTotalSpace() / bs;
            long free = jf.getFreeSpace() / bs;
            long avail = jf.getUsableSpace() / bs;
            return STATVFS_RESULT.make(bs, bs, blocks, free, avail, 0L, 0L, 0L, 0L, 255L, 0L);
        });
        Args.def(d, "access", (args, kw) -> {
            Object[] p = params("access", args, kw, 2, "path", "mode", "*", "dir_fd", "effective_ids", "follow_symlinks");
            noDirFd(p[2]);
            Path path = path("access", "path", p[0], true);
            long mode = Args.index(p[1]);
            try {
                TruffleFile f = file(path);
                if (!f.exists()) {
                    return false;
                }
                return ((mode & 4) == 0 || f.isReadable()) && ((mode & 2) == 0 || f.isWritable()) && ((mode & 1) == 0 || f.isExecutable());
            } catch (PyException | SecurityException e) {
                return false;
            }
        });
        Args.def(d, "readlink", (args, kw) -> {
            Object[] p = params("readlink", args, kw, 1, "path", "*", "dir_fd");
            noDirFd(p[2]);
            Path path = path("readlink", "path", p[0], false);
            TruffleFile f = file(path);
            try {
                if (!f.isSymbolicLink()) {
                    throw OsErrors.error(f.exists(LinkOption.NOFOLLOW_LINKS) ? ErrnoModule.EINVAL : ErrnoModule.ENOENT, path.original);
                }
                return path.result(f.readSymbolicLink().getPath());
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw OsErrors.of(e, path.original);
            }
        });
        Args.def(d, "symlink", (args, kw) -> {
            Object[] p = params("symlink", args, kw, 2, "src", "dst", "target_is_directory", "*", "dir_fd");
            noDirFd(p[4]);
            Path src = path("symlink", "src", p[0], false);
            Path dst = path("symlink", "dst", p[1], false);
            try {
                file(dst).createSymbolicLink(ctx.getEnv().getPublicTruffleFile(src.text));
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw OsErrors.of(e, src.original, dst.original);
            }
            return PyNone.NONE;
        });
        Args.def(d, "link", (args, kw) -> {
            Object[] p = params("link", args, kw, 2, "src", "dst", "*", "src_dir_fd", "dst_dir_fd", "follow_symlinks");
            Path src = path("link", "src", p[0], false);
            Path dst = path("link", "dst", p[1], false);
            try {
                file(dst).getAbsoluteFile().createLink(file(src).getAbsoluteFile());
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw OsErrors.of(e, src.original, dst.original);
            }
            return PyNone.NONE;
        });
        Args.def(d, "truncate", (args, kw) -> {
            Object[] p = params("truncate", args, kw, 2, "path", "length");
            if (PyNumber.isInt(p[0])) {
                fds.truncate(Args.index(p[0]), Args.index(p[1]));
                return PyNone.NONE;
            }
            Path path = path("truncate", "path", p[0], true);
            int fd = fds.open(file(path), path.original, FdTable.O_WRONLY, 0);
            try {
                fds.truncate(fd, Args.index(p[1]));
            } finally {
                fds.close(fd);
            }
            return PyNone.NONE;
        });

        // ---- file descriptors
        Args.def(d, "open", (args, kw) -> {
            Object[] p = params("open", args, kw, 2, "path", "flags", "mode", "*", "dir_fd");
            noDirFd(p[4]);
            Path path = path("open", "path", p[0], false);
            return (long) fds.open(file(path), path.original, Args.index(p[1]), p[2] == null ? 0777 : Args.index(p[2]));
        });
        Args.def(d, "close", (args, kw) -> {
            Object[] p = params("close", args, kw, 1, "fd");
            fds.close(Args.index(p[0]));
            return PyNone.NONE;
        });
        Args.def(d, "closerange", (args, kw) -> {
            Args.count("closerange", args, kw, 2, 2);
            for (long fd = Args.index(args[0]); fd < Args.index(args[1]); fd++) {
                if (fds.isOpen(fd)) {
                    fds.close(fd);
                }
            }
            return PyNone.NONE;
        });
        Args.def(d, "read", (args, kw) -> {
            Args.count("read", args, kw, 2, 2);
            long n = Args.index(args[1]);
            if (n < 0) {
                throw OsErrors.error(ErrnoModule.EINVAL, null);
            }
            return fds.read(Args.index(args[0]), (int) Math.min(n, Integer.MAX_VALUE - 8));
        });
        Args.def(d, "write", (args, kw) -> {
            Args.count("write", args, kw, 2, 2);
            byte[] b = bytesLike(args[1]);
            return (long) fds.write(Args.index(args[0]), b, 0, b.length);
        });
        Args.def(d, "lseek", (args, kw) -> {
            Args.count("lseek", args, kw, 3, 3);
            return fds.lseek(Args.index(args[0]), Args.index(args[1]), (int) Args.index(args[2]));
        });
        Args.def(d, "ftruncate", (args, kw) -> {
            Args.count("ftruncate", args, kw, 2, 2);
            fds.truncate(Args.index(args[0]), Args.index(args[1]));
            return PyNone.NONE;
        });
        PyBuiltinFunction.Body fsync = (args, kw) -> {
            Args.count("fsync", args, kw, 1, 1);
            fds.get(fdOf(args[0]));
            return PyNone.NONE;
        };
        Args.def(d, "fsync", fsync);
        Args.def(d, "fdatasync", fsync);
        Args.def(d, "dup", (args, kw) -> {
            Args.count("dup", args, kw, 1, 1);
            return (long) fds.dup(Args.index(args[0]));
        });
        Args.def(d, "dup2", (args, kw) -> {
            Object[] p = params("dup2", args, kw, 2, "fd", "fd2", "inheritable");
            return (long) fds.dup2(Args.index(p[0]), Args.index(p[1]));
        });
        Args.def(d, "pipe", (args, kw) -> {
            Args.count("pipe", args, kw, 0, 0);
            int[] rw = fds.pipe();
            return PyTuple.of((long) rw[0], (long) rw[1]);
        });
        Args.def(d, "isatty", (args, kw) -> {
            Args.count("isatty", args, kw, 1, 1);
            Args.index(args[0]);
            return false; // the context's streams are not terminals
        });
        Args.def(d, "get_inheritable", (args, kw) -> {
            fds.get(Args.index(args[0]));
            return false;
        });
        Args.def(d, "set_inheritable", (args, kw) -> {
            fds.get(Args.index(args[0]));
            return PyNone.NONE;
        });
        Args.def(d, "get_blocking", (args, kw) -> {
            fds.get(Args.index(args[0]));
            return true;
        });
        Args.def(d, "set_blocking", (args, kw) -> {
            fds.get(Args.index(args[0]));
            return PyNone.NONE;
        });
        Args.def(d, "device_encoding", (args, kw) -> {
            Object[] p = params("device_encoding", args, kw, 1, "fd");
            Args.index(p[0]);
            return PyNone.NONE;
        });
        Args.def(d, "get_terminal_size", (args, kw) -> {
            Args.count("get_terminal_size", args, kw, 0, 1);
            long fd = args.length == 0 ? 1 : Args.index(args[0]);
            fds.get(fd);
            throw OsErrors.error(25, null); // ENOTTY: the context's streams are not terminals
        });

        // ---- process
        Args.def(d, "getpid", (args, kw) -> ProcessHandle.current().pid());
        Args.def(d, "getppid", (args, kw) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        long[] ids = ids(ctx);
        Args.def(d, "getuid", (args, kw) -> ids[0]);
        Args.def(d, "geteuid", (args, kw) -> ids[0]);
        Args.def(d, "getgid", (args, kw) -> ids[1]);
        Args.def(d, "getegid", (args, kw) -> ids[1]);
        Args.def(d, "getgroups", (args, kw) -> new PyList(new Object[]{ids[1]}));
        Args.def(d, "getpgrp", (args, kw) -> ProcessHandle.current().pid());
        Args.def(d, "getlogin", (args, kw) -> System.getProperty("user.name"));
        Args.def(d, "umask", (args, kw) -> {
            Args.count("umask", args, kw, 1, 1);
            long old = umask;
            umask = Args.index(args[0]) & 0777;
            return old;
        });
        Args.def(d, "kill", (args, kw) -> {
            Args.count("kill", args, kw, 2, 2);
            long pid = Args.index(args[0]);
            long sig = Args.index(args[1]);
            if (PosixSubprocessModule.kill(ctx, pid, sig)) {
                return PyNone.NONE;
            }
            var h = ProcessHandle.of(pid);
            if (h.isEmpty()) {
                throw OsErrors.error(ErrnoModule.ESRCH, null);
            }
            if (sig != 0) {
                if (pid == ProcessHandle.current().pid()) {
                    throw OsErrors.error(ErrnoModule.EPERM, null);
                }
                if (sig == 9 ? !h.get().destroyForcibly() : !h.get().destroy()) {
                    throw OsErrors.error(ErrnoModule.EPERM, null);
                }
            }
            return PyNone.NONE;
        });
        Args.def(d, "waitpid", (args, kw) -> {
            Args.count("waitpid", args, kw, 2, 2);
            return PosixSubprocessModule.waitpid(ctx, Args.index(args[0]), Args.index(args[1]));
        });
        Args.def(d, "_exit", (args, kw) -> {
            Args.count("_exit", args, kw, 1, 1);
            // as CPython: no atexit functions, and what sys.stdout buffers is lost
            throw ctx.exitImmediately(null, (int) Args.index(args[0]));
        });
        Args.def(d, "register_at_fork", (args, kw) -> {
            params("register_at_fork", args, kw, 0, "*", "before", "after_in_child", "after_in_parent");
            return PyNone.NONE;
        });
        Args.def(d, "putenv", (args, kw) -> {
            Args.count("putenv", args, kw, 2, 2);
            ctx.putenv(envName("putenv", args[0]), path("putenv", "value", args[1], false).text);
            return PyNone.NONE;
        });
        Args.def(d, "unsetenv", (args, kw) -> {
            Args.count("unsetenv", args, kw, 1, 1);
            ctx.putenv(envName("unsetenv", args[0]), null);
            return PyNone.NONE;
        });
        Args.def(d, "system", (args, kw) -> {
            Object[] p = params("system", args, kw, 1, "command");
            Path cmd = path("system", "command", p[0], false);
            ctx.out().flush();
            ctx.err().flush();
            try {
                var pb = ctx.getEnv().newProcessBuilder("/bin/sh", "-c", cmd.text).inheritIO(true);
                ctx.inheritEnvironment(pb);
                Process proc = pb.start();
                int code = proc.waitFor();
                return code > 128 ? (long) (code - 128) : (long) code << 8;
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                return 127L << 8;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw OsErrors.error(ErrnoModule.EINTR, null);
            }
        });
        Args.def(d, "strerror", (args, kw) -> {
            Args.count("strerror", args, kw, 1, 1);
            return ErrnoModule.strerror(Args.index(args[0]));
        });
        Args.def(d, "urandom", (args, kw) -> {
            Args.count("urandom", args, kw, 1, 1);
            long n = Args.index(args[0]);
            if (n < 0) {
                throw PyErrors.valueError(null, "negative argument not allowed");
            }
            byte[] b = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(b);
            return b;
        });
        Args.def(d, "cpu_count", (args, kw) -> (long) Runtime.getRuntime().availableProcessors());
        Args.def(d, "times", (args, kw) -> {
            double cpu = ProcessHandle.current().info().totalCpuDuration().map(x -> x.toNanos() / 1e9).orElse(0.0);
            return TIMES_RESULT.make(cpu, 0.0, 0.0, 0.0, System.nanoTime() / 1e9);
        });
        Args.def(d, "uname", (args, kw) -> {
            String arch = System.getProperty("os.arch");
            arch = arch.equals("amd64") ? "x86_64" : arch;
            String host = ctx.getEnv().getEnvironment().getOrDefault("HOSTNAME", "localhost");
            return UNAME_RESULT.make(System.getProperty("os.name"), host, System.getProperty("os.version"), "#1", arch);
        });
        Args.def(d, "waitstatus_to_exitcode", (args, kw) -> {
            Object[] p = params("waitstatus_to_exitcode", args, kw, 1, "status");
            long st = Args.index(p[0]);
            if ((st & 0x7f) == 0) {
                return (st >> 8) & 0xff;
            } else if (((st & 0x7f) + 1) >> 1 > 0 && (st & 0xff) != 0x7f) {
                return -(st & 0x7f);
            }
            throw PyErrors.valueError(null, "invalid wait status: %d", st);
        });
        Args.def(d, "WIFEXITED", (args, kw) -> (Args.index(args[0]) & 0x7f) == 0);
        Args.def(d, "WEXITSTATUS", (args, kw) -> (Args.index(args[0]) >> 8) & 0xff);
        Args.def(d, "WIFSIGNALED", (args, kw) -> {
            long st = Args.index(args[0]);
            return (st & 0x7f) != 0 && (st & 0x7f) != 0x7f;
        });
        Args.def(d, "WTERMSIG", (args, kw) -> Args.index(args[0]) & 0x7f);
        Args.def(d, "WIFSTOPPED", (args, kw) -> (Args.index(args[0]) & 0xff) == 0x7f);
        Args.def(d, "WSTOPSIG", (args, kw) -> (Args.index(args[0]) >> 8) & 0xff);
        Args.def(d, "WCOREDUMP", (args, kw) -> (Args.index(args[0]) & 0x80) != 0);
        return m;
    }

    /** posixpath.normpath without the final {@code or '.'}: lexical, keeps a leading "//". */
    @TruffleBoundary
    static String normpath(String path) {
        if (path.isEmpty() || path.equals(".")) {
            return path;
        }
        int slashes = 0;
        while (slashes < path.length() && path.charAt(slashes) == '/') {
            slashes++;
        }
        String prefix = slashes == 0 ? "" : slashes == 2 ? "//" : "/";
        List<String> comps = new ArrayList<>();
        for (String c : path.substring(slashes).split("/")) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..") && (!prefix.isEmpty() && comps.isEmpty() || !comps.isEmpty() && !comps.get(comps.size() - 1).equals(".."))) {
                if (!comps.isEmpty()) {
                    comps.remove(comps.size() - 1);
                }
                continue;
            }
            comps.add(c);
        }
        return prefix + String.join("/", comps);
    }

    private static FileTime fileTime(long ns) {
        return FileTime.from(java.time.Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)));
    }

    static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissionsOf(long mode) {
        java.util.Set<java.nio.file.attribute.PosixFilePermission> s = new java.util.HashSet<>();
        java.nio.file.attribute.PosixFilePermission[] all = java.nio.file.attribute.PosixFilePermission.values();
        // values() is OWNER_READ, OWNER_WRITE, OWNER_EXECUTE, GROUP_..., OTHERS_...: bit 8 down to 0
        for (int i = 0; i < all.length; i++) {
            if ((mode & (1L << (8 - i))) != 0) {
                s.add(all[i]);
            }
        }
        return s;
    }

    @TruffleBoundary
    static String cwd(BytepyContext ctx) {
        try {
            return ctx.getEnv().getCurrentWorkingDirectory().getPath();
        } catch (SecurityException e) {
            throw OsErrors.of(e, null);
        }
    }

    /** uid and gid of the process: the owner of /proc/self (best effort; 0 when unknown). */
    private static long[] ids(BytepyContext ctx) {
        try {
            TruffleFile self = ctx.getEnv().getPublicTruffleFile("/proc/self");
            return new long[]{self.getAttribute(TruffleFile.UNIX_UID), self.getAttribute(TruffleFile.UNIX_GID)};
        } catch (Exception e) {
            return new long[]{0, 0};
        }
    }

    static long fdOf(Object o) {
        if (PyNumber.isInt(o)) {
            return Args.index(o);
        }
        Object m = PyObjects.lookupAttr(o, "fileno");
        if (m == null) {
            throw PyErrors.typeError(null, "argument must be an int, or have a fileno() method.");
        }
        return Args.index(PyCalls.call(m, new Object[0], null, null));
    }

    /** The bytes of a bytes-like argument (bytes, bytearray). */
    @TruffleBoundary
    public static byte[] bytesLike(Object o) {
        byte[] b = org.bytepy.runtime.BuiltinTypeOps.bytesOf(o);
        if (b != null) {
            return b;
        }
        throw PyErrors.typeError(null, "a bytes-like object is required, not '%s'", PyObjects.typeName(o));
    }
}
