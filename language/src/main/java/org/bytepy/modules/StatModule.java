package org.bytepy.modules;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyModule;

/** The {@code _stat} module: file-mode constants, the {@code S_IS*} tests, {@code S_IMODE}, {@code filemode}. */
public final class StatModule {
    private StatModule() {
    }

    public static final long S_IFMT = 0170000, S_IFDIR = 0040000, S_IFCHR = 0020000, S_IFBLK = 0060000, S_IFREG = 0100000, S_IFIFO = 0010000,
                    S_IFLNK = 0120000, S_IFSOCK = 0140000;

    private static final Object[] CONSTANTS = {"SF_APPEND", 262144L, "SF_ARCHIVED", 65536L, "SF_IMMUTABLE", 131072L, "SF_NOUNLINK", 1048576L, "SF_SNAPSHOT", 2097152L, "ST_ATIME", 7L, "ST_CTIME", 9L, "ST_DEV", 2L, "ST_GID", 5L, "ST_INO", 1L, "ST_MODE", 0L, "ST_MTIME", 8L, "ST_NLINK", 3L, "ST_SIZE", 6L, "ST_UID", 4L, "S_ENFMT", 1024L, "S_IEXEC", 64L, "S_IFBLK", 24576L, "S_IFCHR", 8192L, "S_IFDIR", 16384L, "S_IFDOOR", 0L, "S_IFIFO", 4096L, "S_IFLNK", 40960L, "S_IFPORT", 0L, "S_IFREG", 32768L, "S_IFSOCK", 49152L, "S_IFWHT", 0L, "S_IREAD", 256L, "S_IRGRP", 32L, "S_IROTH", 4L, "S_IRUSR", 256L, "S_IRWXG", 56L, "S_IRWXO", 7L, "S_IRWXU", 448L, "S_ISGID", 1024L, "S_ISUID", 2048L, "S_ISVTX", 512L, "S_IWGRP", 16L, "S_IWOTH", 2L, "S_IWRITE", 128L, "S_IWUSR", 128L, "S_IXGRP", 8L, "S_IXOTH", 1L, "S_IXUSR", 64L, "UF_APPEND", 4L, "UF_COMPRESSED", 32L, "UF_HIDDEN", 32768L, "UF_IMMUTABLE", 2L, "UF_NODUMP", 1L, "UF_NOUNLINK", 16L, "UF_OPAQUE", 8L};

    public static PyModule create() {
        PyModule m = new PyModule("_stat", new PyDict());
        PyDict d = m.dict;
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            d.put(CONSTANTS[i], CONSTANTS[i + 1]);
        }
        test(d, "S_ISDIR", S_IFDIR);
        test(d, "S_ISCHR", S_IFCHR);
        test(d, "S_ISBLK", S_IFBLK);
        test(d, "S_ISREG", S_IFREG);
        test(d, "S_ISFIFO", S_IFIFO);
        test(d, "S_ISLNK", S_IFLNK);
        test(d, "S_ISSOCK", S_IFSOCK);
        test(d, "S_ISDOOR", -1);
        test(d, "S_ISPORT", -1);
        test(d, "S_ISWHT", -1);
        Args.def(d, "S_IMODE", (args, kw) -> {
            Args.count("S_IMODE", args, kw, 1, 1);
            return mode(args[0]) & 07777;
        });
        Args.def(d, "S_IFMT", (args, kw) -> {
            Args.count("S_IFMT", args, kw, 1, 1);
            return mode(args[0]) & S_IFMT;
        });
        Args.def(d, "filemode", (args, kw) -> {
            Args.count("filemode", args, kw, 1, 1);
            return filemode(mode(args[0]));
        });
        return m;
    }

    private static long mode(Object o) {
        return Args.index(o);
    }

    private static void test(PyDict d, String name, long fmt) {
        Args.def(d, name, (args, kw) -> {
            Args.count(name, args, kw, 1, 1);
            return (mode(args[0]) & S_IFMT) == fmt;
        });
    }

    /** {@code stat.filemode(0o100644)} is {@code '-rw-r--r--'}. */
    public static String filemode(long mode) {
        StringBuilder sb = new StringBuilder(10);
        long fmt = mode & S_IFMT;
        sb.append(fmt == S_IFLNK ? 'l' : fmt == S_IFSOCK ? 's' : fmt == S_IFREG ? '-' : fmt == S_IFBLK ? 'b' : fmt == S_IFDIR ? 'd' : fmt == S_IFCHR ? 'c' : fmt == S_IFIFO ? 'p' : '?');
        sb.append((mode & 0400) != 0 ? 'r' : '-');
        sb.append((mode & 0200) != 0 ? 'w' : '-');
        sb.append(exec(mode, 0100, 04000, 's', 'S'));
        sb.append((mode & 040) != 0 ? 'r' : '-');
        sb.append((mode & 020) != 0 ? 'w' : '-');
        sb.append(exec(mode, 010, 02000, 's', 'S'));
        sb.append((mode & 04) != 0 ? 'r' : '-');
        sb.append((mode & 02) != 0 ? 'w' : '-');
        sb.append(exec(mode, 01, 01000, 't', 'T'));
        return sb.toString();
    }

    private static char exec(long mode, long x, long special, char both, char onlySpecial) {
        boolean hasX = (mode & x) != 0, hasS = (mode & special) != 0;
        return hasS ? (hasX ? both : onlySpecial) : (hasX ? 'x' : '-');
    }
}
