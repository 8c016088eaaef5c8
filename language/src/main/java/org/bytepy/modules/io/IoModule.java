package org.bytepy.modules.io;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.modules.ErrnoModule;
import org.bytepy.modules.PosixModule;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyByteArray;
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
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code _io} module: the I/O class stack of CPython (FileIO, the buffered classes,
 * TextIOWrapper, StringIO, BytesIO) and {@code open}. The classes are heap types (see {@link Heap}):
 * their objects are ordinary Python objects, so {@code io.py} and user code can subclass them.
 */
public final class IoModule {
    private IoModule() {
    }

    public static final int DEFAULT_BUFFER_SIZE = 8192;

    public static final PyType UNSUPPORTED_OPERATION = Heap.type("io", "UnsupportedOperation", PyTypes.OS_ERROR, PyTypes.VALUE_ERROR);
    static final PyType IOBASE = Heap.type("_io", "_IOBase", PyTypes.OBJECT);
    static final PyType RAW_IOBASE = Heap.type("_io", "_RawIOBase", IOBASE);
    static final PyType BUFFERED_IOBASE = Heap.type("_io", "_BufferedIOBase", IOBASE);
    static final PyType TEXT_IOBASE = Heap.type("_io", "_TextIOBase", IOBASE);
    static final PyType FILE_IO = Heap.type("_io", "FileIO", RAW_IOBASE);
    static final PyType BYTES_IO = Heap.type("_io", "BytesIO", BUFFERED_IOBASE);
    static final PyType STRING_IO = Heap.type("_io", "StringIO", TEXT_IOBASE);
    static final PyType BUFFERED_READER = Heap.type("_io", "BufferedReader", BUFFERED_IOBASE);
    static final PyType BUFFERED_WRITER = Heap.type("_io", "BufferedWriter", BUFFERED_IOBASE);
    static final PyType BUFFERED_RANDOM = Heap.type("_io", "BufferedRandom", BUFFERED_IOBASE);
    static final PyType BUFFERED_RWPAIR = Heap.type("_io", "BufferedRWPair", BUFFERED_IOBASE);
    static final PyType TEXT_IO_WRAPPER = Heap.type("_io", "TextIOWrapper", TEXT_IOBASE);
    static final PyType NEWLINE_DECODER = Heap.type("_io", "IncrementalNewlineDecoder", PyTypes.OBJECT);

    static boolean isExactType(Object o) {
        PyType t = PyTypes.typeOf(o);
        return t == FILE_IO || t == BYTES_IO || t == BUFFERED_READER || t == BUFFERED_WRITER || t == BUFFERED_RANDOM || t == TEXT_IO_WRAPPER;
    }

    /** {@code builtins.open} and {@code _io.open}: the same object. */
    public static final PyBuiltinFunction OPEN = new PyBuiltinFunction("open", null, IoModule::open);

    public static PyModule create() {
        PyModule m = new PyModule("_io", new PyDict());
        PyDict d = m.dict;
        d.put("DEFAULT_BUFFER_SIZE", (long) DEFAULT_BUFFER_SIZE);
        d.put("UnsupportedOperation", UNSUPPORTED_OPERATION);
        d.put("BlockingIOError", PyTypes.BLOCKING_IO_ERROR);
        for (PyType t : new PyType[]{IOBASE, RAW_IOBASE, BUFFERED_IOBASE, TEXT_IOBASE, FILE_IO, BYTES_IO, STRING_IO, BUFFERED_READER, BUFFERED_WRITER,
                        BUFFERED_RANDOM, BUFFERED_RWPAIR, TEXT_IO_WRAPPER, NEWLINE_DECODER}) {
            d.put(t.getName(), t);
        }
        d.put("open", OPEN);
        Args.def(d, "open_code", (args, kw) -> {
            Object[] p = PosixModule.params("open_code", args, kw, 1, "path");
            if (!(p[0] instanceof String)) {
                throw PyErrors.typeError(null, "open_code() argument 'path' must be str, not %s", PyObjects.typeName(p[0]));
            }
            return open(new Object[]{p[0], "rb"}, null);
        });
        Args.def(d, "text_encoding", (args, kw) -> {
            Object[] p = PosixModule.params("text_encoding", args, kw, 1, "encoding", "stacklevel");
            return p[0] == PyNone.NONE ? "locale" : p[0];
        });
        return m;
    }

    // ------------------------------------------------------------------ argument helpers

    static Object[] rest(Object[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    /** A size argument: None is -1. */
    static long size(Object o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (PyNumber.isInt(o) || PyObject.hasNative(o) && PyNumber.isInt(PyObject.unwrap(o))) {
            return Args.index(o);
        }
        Object i = PyObjects.lookupAttr(o, "__index__");
        if (i != null) {
            return Args.index(o);
        }
        throw PyErrors.typeError(null, "argument should be integer or None, not '%s'", PyObjects.typeName(o));
    }

    /** How Argument Clinic names the type of a bad argument ({@code None} rather than {@code NoneType}). */
    static String argType(Object o) {
        return o == PyNone.NONE ? "None" : PyObjects.typeName(o);
    }

    static String strOrNone(Object o, String fname, String arg) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (o instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "%s() argument '%s' must be str or None, not %s", fname, arg, PyObjects.typeName(o));
    }

    @SuppressWarnings("unchecked")
    static <T> T state(Object self, Class<T> cls) {
        Object s = Heap.state(self);
        if (cls.isInstance(s)) {
            return (T) s;
        }
        throw PyErrors.valueError(null, "I/O operation on uninitialized object");
    }

    static PyException stopIteration() {
        return new PyException(new PyBaseException(PyTypes.STOP_ITERATION, PyTuple.EMPTY), null);
    }

    @TruffleBoundary
    static Object callMethod(Object self, String name, Object... args) {
        return PyCalls.call(PyObjects.getAttr(self, name, null), args, null, null);
    }

    static boolean isClosed(Object self) {
        return PyObjects.isTrue(PyObjects.getAttr(self, "closed", null));
    }

    /** readinto: copies data into a bytearray (or a writable object supporting item assignment). */
    @TruffleBoundary
    static long copyInto(Object target, byte[] data) {
        Object t = PyObject.unwrap(target);
        if (t instanceof PyByteArray ba) {
            byte[] cur = ba.bytes();
            System.arraycopy(data, 0, cur, 0, Math.min(data.length, cur.length));
            ba.setAll(cur);
            return Math.min(data.length, cur.length);
        }
        for (int i = 0; i < data.length; i++) {
            PyObjects.setItem(target, (long) i, (long) (data[i] & 0xff), null);
        }
        return data.length;
    }

    static long lengthOf(Object target) {
        return PyObjects.len(target, null);
    }

    static {
        installIOBase();
        installFileIO();
        installBytesIO();
        installStringIO();
        installBuffered();
        installTextIOWrapper();
        installNewlineDecoder();
    }

    // ------------------------------------------------------------------ _IOBase and the abstract bases

    private static final String CLOSED_ATTR = "__IOBase_closed";

    private static void installIOBase() {
        Heap.method(IOBASE, "__enter__", (args, kw) -> {
            if (isClosed(args[0])) {
                throw IOObj.closedError("I/O operation on closed file.");
            }
            return args[0];
        });
        Heap.method(IOBASE, "__exit__", (args, kw) -> {
            callMethod(args[0], "close");
            return PyNone.NONE;
        });
        Heap.method(IOBASE, "__iter__", (args, kw) -> {
            if (isClosed(args[0])) {
                throw IOObj.closedError("I/O operation on closed file.");
            }
            return args[0];
        });
        Heap.method(IOBASE, "__next__", (args, kw) -> {
            Object line = callMethod(args[0], "readline");
            if (PyObjects.len(line, null) == 0) {
                throw stopIteration();
            }
            return line;
        });
        Heap.getter(IOBASE, "closed", self -> self instanceof PyObject po && po.getAttribute(CLOSED_ATTR) instanceof Boolean b && b);
        Heap.method(IOBASE, "close", (args, kw) -> {
            if (args[0] instanceof PyObject po && !(po.getAttribute(CLOSED_ATTR) instanceof Boolean b && b)) {
                try {
                    callMethod(po, "flush");
                } finally {
                    po.setAttribute(CLOSED_ATTR, true);
                }
            }
            return PyNone.NONE;
        });
        Heap.method(IOBASE, "flush", (args, kw) -> {
            if (isClosed(args[0])) {
                throw IOObj.closedError("I/O operation on closed file.");
            }
            return PyNone.NONE;
        });
        for (String n : new String[]{"readable", "writable", "seekable", "isatty"}) {
            Heap.method(IOBASE, n, (args, kw) -> {
                if (n.equals("isatty") && isClosed(args[0])) {
                    throw IOObj.closedError("I/O operation on closed file.");
                }
                return false;
            });
        }
        for (String n : new String[]{"fileno", "seek", "truncate"}) {
            Heap.method(IOBASE, n, (args, kw) -> {
                throw IOObj.unsupported(n);
            });
        }
        Heap.method(IOBASE, "tell", (args, kw) -> callMethod(args[0], "seek", 0L, 1L));
        Heap.method(IOBASE, "_checkClosed", (args, kw) -> {
            if (isClosed(args[0])) {
                throw IOObj.closedError("I/O operation on closed file.");
            }
            return PyNone.NONE;
        });
        for (String[] n : new String[][]{{"_checkReadable", "readable", "File or stream is not readable."}, {"_checkWritable", "writable", "File or stream is not writable."},
                        {"_checkSeekable", "seekable", "File or stream is not seekable."}}) {
            Heap.method(IOBASE, n[0], (args, kw) -> {
                if (!PyObjects.isTrue(callMethod(args[0], n[1]))) {
                    throw IOObj.unsupported(n[2]);
                }
                return PyNone.NONE;
            });
        }
        Heap.method(IOBASE, "readline", (args, kw) -> {
            Object[] p = PosixModule.params("readline", rest(args), kw, 0, "size");
            long limit = size(p[0]);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (limit < 0 || out.size() < limit) {
                Object b = callMethod(args[0], "read", 1L);
                if (b == PyNone.NONE) {
                    break;
                }
                byte[] bs = PosixModule.bytesLike(b);
                if (bs.length == 0) {
                    break;
                }
                out.write(bs, 0, bs.length);
                if (bs[bs.length - 1] == '\n') {
                    break;
                }
            }
            return out.toByteArray();
        });
        Heap.method(IOBASE, "readlines", (args, kw) -> {
            Object[] p = PosixModule.params("readlines", rest(args), kw, 0, "hint");
            long hint = size(p[0]);
            PyList out = new PyList(new Object[0]);
            long total = 0;
            Object readline = PyObjects.getAttr(args[0], "readline", null);
            while (true) {
                Object line = PyCalls.call(readline, new Object[0], null, null);
                long n = PyObjects.len(line, null);
                if (n == 0) {
                    break;
                }
                out.append(line);
                total += n;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return out;
        });
        Heap.method(IOBASE, "writelines", (args, kw) -> {
            Args.methodCount("writelines", args, kw, 1, 1);
            if (isClosed(args[0])) {
                throw IOObj.closedError("I/O operation on closed file.");
            }
            Object write = PyObjects.getAttr(args[0], "write", null);
            var it = PyObjects.iter(args[1], null);
            for (Object x = it.next(); x != null; x = it.next()) {
                PyCalls.call(write, new Object[]{x}, null, null);
            }
            return PyNone.NONE;
        });

        Heap.method(RAW_IOBASE, "read", (args, kw) -> {
            Object[] p = PosixModule.params("read", rest(args), kw, 0, "size");
            long n = size(p[0]);
            if (n < 0) {
                return callMethod(args[0], "readall");
            }
            PyByteArray b = new PyByteArray(new byte[(int) n]);
            Object r = callMethod(args[0], "readinto", b);
            if (r == PyNone.NONE) {
                return r;
            }
            return java.util.Arrays.copyOf(b.bytes(), (int) Args.index(r));
        });
        Heap.method(RAW_IOBASE, "readall", (args, kw) -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (true) {
                Object b = callMethod(args[0], "read", (long) DEFAULT_BUFFER_SIZE);
                if (b == PyNone.NONE) {
                    return out.size() == 0 ? b : out.toByteArray();
                }
                byte[] bs = PosixModule.bytesLike(b);
                if (bs.length == 0) {
                    return out.toByteArray();
                }
                out.write(bs, 0, bs.length);
            }
        });
        for (String n : new String[]{"readinto", "write"}) {
            Heap.method(RAW_IOBASE, n, (args, kw) -> {
                throw PyErrors.raise(PyTypes.NOT_IMPLEMENTED_ERROR, null, null);
            });
        }
        for (String n : new String[]{"read", "read1", "write", "detach"}) {
            Heap.method(BUFFERED_IOBASE, n, (args, kw) -> {
                throw IOObj.unsupported(n);
            });
        }
        PyBuiltinFunction.Body readinto = (args, kw) -> {
            Args.methodCount("readinto", args, kw, 1, 1);
            Object data = callMethod(args[0], "read", lengthOf(args[1]));
            return copyInto(args[1], PosixModule.bytesLike(data));
        };
        Heap.method(BUFFERED_IOBASE, "readinto", readinto);
        Heap.method(BUFFERED_IOBASE, "readinto1", readinto);
        for (String n : new String[]{"read", "readline", "write", "detach"}) {
            Heap.method(TEXT_IOBASE, n, (args, kw) -> {
                throw IOObj.unsupported(n);
            });
        }
        Heap.getter(TEXT_IOBASE, "encoding", self -> PyNone.NONE);
        Heap.getter(TEXT_IOBASE, "newlines", self -> PyNone.NONE);
        Heap.getter(TEXT_IOBASE, "errors", self -> PyNone.NONE);
    }

    // ------------------------------------------------------------------ FileIO

    private static FileIOObj fio(Object self) {
        return state(self, FileIOObj.class);
    }

    /** FileIO.__init__: opens {@code file} (a path or an fd) for the raw mode. */
    @TruffleBoundary
    static void initFileIO(PyObject self, Object file, String mode, boolean closefd, Object opener) {
        BytepyContext ctx = BytepyContext.get(null);
        FileIOObj f = new FileIOObj(FdTable.of(ctx));
        f.self = self;
        boolean rwa = false, plus = false;
        int flags = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x', 'r', 'w', 'a':
                    if (rwa) {
                        throw PyErrors.valueError(null, "Must have exactly one of create/read/write/append mode and at most one plus");
                    }
                    rwa = true;
                    if (c == 'x') {
                        f.created = f.writable = true;
                        flags |= FdTable.O_EXCL | FdTable.O_CREAT;
                    } else if (c == 'r') {
                        f.readable = true;
                    } else if (c == 'w') {
                        f.writable = true;
                        flags |= FdTable.O_CREAT | FdTable.O_TRUNC;
                    } else {
                        f.writable = f.appending = true;
                        flags |= FdTable.O_APPEND | FdTable.O_CREAT;
                    }
                    break;
                case '+':
                    if (plus) {
                        throw PyErrors.valueError(null, "Must have exactly one of create/read/write/append mode and at most one plus");
                    }
                    f.readable = f.writable = plus = true;
                    break;
                case 'b':
                    break;
                default:
                    throw PyErrors.valueError(null, "invalid mode: %s", mode);
            }
        }
        if (!rwa) {
            throw PyErrors.valueError(null, "Must have exactly one of create/read/write/append mode and at most one plus");
        }
        flags |= f.readable && f.writable ? FdTable.O_RDWR : f.readable ? FdTable.O_RDONLY : FdTable.O_WRONLY;
        if (PyNumber.isInt(file) && !(file instanceof Boolean)) {
            long fd = Args.index(file);
            if (fd < 0) {
                throw PyErrors.valueError(null, "negative file descriptor");
            }
            if (!f.fds.isOpen(fd)) {
                throw FileIOObj.badFd();
            }
            f.fd = fd;
            f.closefd = closefd;
        } else {
            if (!closefd) {
                throw PyErrors.valueError(null, "Cannot use closefd=False with file name");
            }
            Object path = PosixModule.fspathOrNull(file);
            if (path == null) {
                throw PyErrors.typeError(null, "expected str, bytes or os.PathLike object, not %s", PyObjects.typeName(file));
            }
            String p = path instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : (String) path;
            if (p.indexOf('\0') >= 0) {
                throw PyErrors.valueError(null, "embedded null character");
            }
            if (opener != null && opener != PyNone.NONE) {
                Object fd = PyCalls.call(opener, new Object[]{file, (long) flags}, null, null);
                if (!PyNumber.isInt(fd)) {
                    throw PyErrors.typeError(null, "expected integer from opener");
                }
                f.fd = Args.index(fd);
                if (f.fd < 0) {
                    throw PyErrors.valueError(null, "opener returned %d", f.fd);
                }
            } else {
                if (p.isEmpty()) {
                    throw OsErrors.error(ErrnoModule.ENOENT, file);
                }
                f.fd = f.fds.open(PosixModule.file(ctx, p, file), file, flags, 0666);
            }
            FdTable.Entry e = f.fds.get(f.fd);
            if (e.file != null && e.file.isDirectory()) {
                f.fds.close(f.fd);
                throw OsErrors.error(ErrnoModule.EISDIR, file);
            }
        }
        self.setAttribute("name", file);
        if (f.appending) {
            FdTable.Entry e = f.fds.get(f.fd);
            if (e.seekable()) {
                f.fds.lseek(f.fd, 0, 2);
            }
        }
        Heap.setState(self, f);
    }

    private static void installFileIO() {
        Heap.method(FILE_IO, "__init__", (args, kw) -> {
            Object[] p = PosixModule.params("FileIO", rest(args), kw, 1, "file", "mode", "closefd", "opener");
            String mode = p[1] == null ? "r" : strArg(p[1], "FileIO", "mode");
            initFileIO((PyObject) args[0], p[0], mode, PosixModule.flag(p[2], true), p[3]);
            return PyNone.NONE;
        });
        Heap.method(FILE_IO, "read", (args, kw) -> {
            Object[] p = PosixModule.params("read", rest(args), kw, 0, "size");
            return fio(args[0]).read(size(p[0]));
        });
        Heap.method(FILE_IO, "readall", (args, kw) -> fio(args[0]).read(-1));
        Heap.method(FILE_IO, "readinto", (args, kw) -> {
            Args.methodCount("readinto", args, kw, 1, 1);
            FileIOObj f = fio(args[0]);
            return copyInto(args[1], f.read(lengthOf(args[1])));
        });
        Heap.method(FILE_IO, "write", (args, kw) -> {
            Args.methodCount("write", args, kw, 1, 1);
            byte[] b = PosixModule.bytesLike(args[1]);
            return fio(args[0]).write(b, 0, b.length);
        });
        Heap.method(FILE_IO, "seek", (args, kw) -> {
            Args.methodCount("seek", args, kw, 1, 2);
            return fio(args[0]).seek(Args.index(args[1]), args.length > 2 ? (int) Args.index(args[2]) : 0);
        });
        Heap.method(FILE_IO, "tell", (args, kw) -> fio(args[0]).tell());
        Heap.method(FILE_IO, "truncate", (args, kw) -> {
            Args.methodCount("truncate", args, kw, 0, 1);
            return fio(args[0]).truncate(args.length > 1 ? size(args[1]) : -1);
        });
        Heap.method(FILE_IO, "close", (args, kw) -> {
            FileIOObj f = fio(args[0]);
            f.close();
            return PyNone.NONE;
        });
        Heap.method(FILE_IO, "fileno", (args, kw) -> {
            FileIOObj f = fio(args[0]);
            f.checkClosed();
            return f.fd;
        });
        Heap.method(FILE_IO, "isatty", (args, kw) -> fio(args[0]).isatty());
        Heap.method(FILE_IO, "readable", (args, kw) -> fio(args[0]).readable());
        Heap.method(FILE_IO, "writable", (args, kw) -> fio(args[0]).writable());
        Heap.method(FILE_IO, "seekable", (args, kw) -> fio(args[0]).seekable());
        Heap.method(FILE_IO, "flush", (args, kw) -> {
            FileIOObj f = fio(args[0]);
            if (f.closed) {
                throw IOObj.closedError("I/O operation on closed file.");
            }
            return PyNone.NONE;
        });
        Heap.getter(FILE_IO, "closed", self -> fio(self).closed);
        Heap.getter(FILE_IO, "closefd", self -> fio(self).closefd);
        Heap.getter(FILE_IO, "mode", self -> fio(self).mode());
        Heap.method(FILE_IO, "__repr__", (args, kw) -> fio(args[0]).repr());
    }

    static String strArg(Object o, String fname, String arg) {
        if (o instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "%s() argument '%s' must be str, not %s", fname, arg, argType(o));
    }

    // ------------------------------------------------------------------ BytesIO

    private static BytesIOObj bio(Object self) {
        return state(self, BytesIOObj.class);
    }

    private static void installBytesIO() {
        Heap.method(BYTES_IO, "__init__", (args, kw) -> {
            Object[] p = PosixModule.params("BytesIO", rest(args), kw, 0, "initial_bytes");
            BytesIOObj b = new BytesIOObj();
            b.self = (PyObject) args[0];
            if (p[0] != null && p[0] != PyNone.NONE) {
                b.setInitial(PosixModule.bytesLike(p[0]));
            }
            Heap.setState((PyObject) args[0], b);
            return PyNone.NONE;
        });
        Heap.method(BYTES_IO, "getvalue", (args, kw) -> bio(args[0]).getvalue());
        PyBuiltinFunction.Body read = (args, kw) -> {
            Object[] p = PosixModule.params("read", rest(args), kw, 0, "size");
            return bio(args[0]).read(size(p[0]));
        };
        Heap.method(BYTES_IO, "read", read);
        Heap.method(BYTES_IO, "read1", read);
        Heap.method(BYTES_IO, "readline", (args, kw) -> {
            Object[] p = PosixModule.params("readline", rest(args), kw, 0, "size");
            return bio(args[0]).readline(size(p[0]));
        });
        Heap.method(BYTES_IO, "__next__", (args, kw) -> {
            byte[] line = bio(args[0]).readline(-1);
            if (line.length == 0) {
                throw stopIteration();
            }
            return line;
        });
        PyBuiltinFunction.Body readinto = (args, kw) -> {
            Args.methodCount("readinto", args, kw, 1, 1);
            return copyInto(args[1], bio(args[0]).read(lengthOf(args[1])));
        };
        Heap.method(BYTES_IO, "readinto", readinto);
        Heap.method(BYTES_IO, "readinto1", readinto);
        Heap.method(BYTES_IO, "write", (args, kw) -> {
            Args.methodCount("write", args, kw, 1, 1);
            BytesIOObj b = bio(args[0]);
            b.checkClosed();
            byte[] data = PosixModule.bytesLike(args[1]);
            return b.write(data, 0, data.length);
        });
        Heap.method(BYTES_IO, "seek", (args, kw) -> {
            Args.methodCount("seek", args, kw, 1, 2);
            return bio(args[0]).seek(Args.index(args[1]), args.length > 2 ? (int) Args.index(args[2]) : 0);
        });
        Heap.method(BYTES_IO, "tell", (args, kw) -> bio(args[0]).tell());
        Heap.method(BYTES_IO, "truncate", (args, kw) -> {
            Args.methodCount("truncate", args, kw, 0, 1);
            BytesIOObj b = bio(args[0]);
            b.checkClosed();
            long s = args.length > 1 ? size(args[1]) : -1;
            if (args.length > 1 && args[1] != PyNone.NONE && s < 0) {
                throw PyErrors.valueError(null, "negative size value %d", s);
            }
            return b.truncate(s);
        });
        Heap.method(BYTES_IO, "close", (args, kw) -> {
            bio(args[0]).close();
            return PyNone.NONE;
        });
        Heap.getter(BYTES_IO, "closed", self -> bio(self).closed);
        Heap.method(BYTES_IO, "readable", (args, kw) -> bio(args[0]).readable());
        Heap.method(BYTES_IO, "writable", (args, kw) -> bio(args[0]).writable());
        Heap.method(BYTES_IO, "seekable", (args, kw) -> bio(args[0]).seekable());
        Heap.method(BYTES_IO, "flush", (args, kw) -> {
            bio(args[0]).flush();
            return PyNone.NONE;
        });
        Heap.method(BYTES_IO, "isatty", (args, kw) -> {
            bio(args[0]).checkClosed();
            return false;
        });
        Heap.method(BYTES_IO, "getbuffer", (args, kw) -> {
            BytesIOObj b = bio(args[0]);
            b.checkClosed();
            return new PyByteArray(b.getvalue());
        });
    }

    // ------------------------------------------------------------------ StringIO

    private static StringIOObj sio(Object self) {
        return state(self, StringIOObj.class);
    }

    static String checkNewline(Object nl, String fname) {
        if (nl == null || nl == PyNone.NONE) {
            return null;
        }
        if (!(nl instanceof String s)) {
            throw PyErrors.typeError(null, "%s() argument 'newline' must be str or None, not %s", fname, PyObjects.typeName(nl));
        }
        if (!s.isEmpty() && !s.equals("\n") && !s.equals("\r") && !s.equals("\r\n")) {
            throw PyErrors.valueError(null, "illegal newline value: %s", s);
        }
        return s;
    }

    private static void installStringIO() {
        Heap.method(STRING_IO, "__init__", (args, kw) -> {
            Object[] p = PosixModule.params("StringIO", rest(args), kw, 0, "initial_value", "newline");
            StringIOObj s = new StringIOObj();
            s.self = (PyObject) args[0];
            if (p[1] instanceof String nl && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw PyErrors.valueError(null, "illegal newline value: %s", PyObjects.repr(nl));
            }
            s.newline = p[1] == null ? "\n" : checkNewline(p[1], "StringIO");
            if (p[0] != null && p[0] != PyNone.NONE) {
                if (!(p[0] instanceof String init)) {
                    throw PyErrors.typeError(null, "initial_value must be str or None, not %s", PyObjects.typeName(p[0]));
                }
                s.write(init);
                s.pos = 0;
            }
            Heap.setState((PyObject) args[0], s);
            return PyNone.NONE;
        });
        Heap.method(STRING_IO, "getvalue", (args, kw) -> {
            StringIOObj s = sio(args[0]);
            s.checkClosed();
            return s.buf.toString();
        });
        Heap.method(STRING_IO, "read", (args, kw) -> {
            Object[] p = PosixModule.params("read", rest(args), kw, 0, "size");
            return sio(args[0]).read(size(p[0]));
        });
        Heap.method(STRING_IO, "readline", (args, kw) -> {
            Object[] p = PosixModule.params("readline", rest(args), kw, 0, "size");
            return sio(args[0]).readline(size(p[0]));
        });
        Heap.method(STRING_IO, "__next__", (args, kw) -> {
            String line = sio(args[0]).readline(-1);
            if (line.isEmpty()) {
                throw stopIteration();
            }
            return line;
        });
        Heap.method(STRING_IO, "write", (args, kw) -> {
            Args.methodCount("write", args, kw, 1, 1);
            StringIOObj s = sio(args[0]);
            s.checkClosed();
            if (!(args[1] instanceof String str)) {
                throw PyErrors.typeError(null, "string argument expected, got '%s'", PyObjects.typeName(args[1]));
            }
            return (long) s.write(str);
        });
        Heap.method(STRING_IO, "seek", (args, kw) -> {
            Args.methodCount("seek", args, kw, 1, 2);
            return sio(args[0]).seek(Args.index(args[1]), args.length > 2 ? (int) Args.index(args[2]) : 0);
        });
        Heap.method(STRING_IO, "tell", (args, kw) -> {
            StringIOObj s = sio(args[0]);
            s.checkClosed();
            return (long) s.pos;
        });
        Heap.method(STRING_IO, "truncate", (args, kw) -> {
            Args.methodCount("truncate", args, kw, 0, 1);
            StringIOObj s = sio(args[0]);
            s.checkClosed();
            long n = args.length > 1 ? size(args[1]) : -1;
            if (args.length > 1 && args[1] != PyNone.NONE && n < 0) {
                throw PyErrors.valueError(null, "Negative size value %d", n);
            }
            return s.truncate(n);
        });
        Heap.method(STRING_IO, "close", (args, kw) -> {
            sio(args[0]).closed = true;
            return PyNone.NONE;
        });
        Heap.getter(STRING_IO, "closed", self -> sio(self).closed);
        Heap.getter(STRING_IO, "line_buffering", self -> {
            sio(self).checkClosed();
            return false;
        });
        Heap.getter(STRING_IO, "newlines", self -> sio(self).newlines());
        for (String n : new String[]{"readable", "writable", "seekable"}) {
            Heap.method(STRING_IO, n, (args, kw) -> {
                sio(args[0]).checkClosed();
                return true;
            });
        }
    }

    // ------------------------------------------------------------------ buffered

    private static BufferedObj buf(Object self) {
        return state(self, BufferedObj.class);
    }

    private static void installBuffered() {
        for (PyType t : new PyType[]{BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM}) {
            boolean r = t != BUFFERED_WRITER, w = t != BUFFERED_READER;
            String name = t.getName();
            Heap.method(t, "__init__", (args, kw) -> {
                Object[] p = PosixModule.params(name, rest(args), kw, 1, "raw", "buffer_size");
                initBuffered((PyObject) args[0], name, r, w, p[0], p[1] == null ? DEFAULT_BUFFER_SIZE : Args.index(p[1]));
                return PyNone.NONE;
            });
            if (r) {
                Heap.method(t, "read", (args, kw) -> {
                    Object[] p = PosixModule.params("read", rest(args), kw, 0, "size");
                    return buf(args[0]).read(size(p[0]));
                });
                Heap.method(t, "read1", (args, kw) -> {
                    Object[] p = PosixModule.params("read1", rest(args), kw, 0, "size");
                    return buf(args[0]).read1(size(p[0]));
                });
                Heap.method(t, "peek", (args, kw) -> {
                    Args.methodCount("peek", args, kw, 0, 1);
                    return buf(args[0]).peek();
                });
                Heap.method(t, "readline", (args, kw) -> {
                    Object[] p = PosixModule.params("readline", rest(args), kw, 0, "size");
                    return buf(args[0]).readline(size(p[0]));
                });
                Heap.method(t, "__next__", (args, kw) -> {
                    byte[] line = buf(args[0]).readline(-1);
                    if (line.length == 0) {
                        throw stopIteration();
                    }
                    return line;
                });
                PyBuiltinFunction.Body readinto = (args, kw) -> {
                    Args.methodCount("readinto", args, kw, 1, 1);
                    return copyInto(args[1], buf(args[0]).read(lengthOf(args[1])));
                };
                Heap.method(t, "readinto", readinto);
                Heap.method(t, "readinto1", readinto);
            }
            if (w) {
                Heap.method(t, "write", (args, kw) -> {
                    Args.methodCount("write", args, kw, 1, 1);
                    BufferedObj b = buf(args[0]);
                    b.checkOpen("write to closed file");
                    byte[] data = PosixModule.bytesLike(args[1]);
                    return b.write(data, 0, data.length);
                });
            }
            Heap.method(t, "flush", (args, kw) -> {
                buf(args[0]).flush();
                return PyNone.NONE;
            });
            Heap.method(t, "seek", (args, kw) -> {
                Args.methodCount("seek", args, kw, 1, 2);
                return buf(args[0]).seek(Args.index(args[1]), args.length > 2 ? (int) Args.index(args[2]) : 0);
            });
            Heap.method(t, "tell", (args, kw) -> buf(args[0]).tell());
            Heap.method(t, "truncate", (args, kw) -> {
                Args.methodCount("truncate", args, kw, 0, 1);
                return buf(args[0]).truncate(args.length > 1 ? size(args[1]) : -1);
            });
            Heap.method(t, "close", (args, kw) -> {
                buf(args[0]).close();
                return PyNone.NONE;
            });
            Heap.method(t, "detach", (args, kw) -> buf(args[0]).detach());
            Heap.method(t, "fileno", (args, kw) -> {
                BufferedObj b = buf(args[0]);
                b.checkAttached();
                return callMethod(b.raw.object(), "fileno");
            });
            Heap.method(t, "isatty", (args, kw) -> {
                BufferedObj b = buf(args[0]);
                b.checkAttached();
                return callMethod(b.raw.object(), "isatty");
            });
            if (r) {
                Heap.method(t, "readable", (args, kw) -> buf(args[0]).readable());
            }
            if (w) {
                Heap.method(t, "writable", (args, kw) -> buf(args[0]).writable());
            }
            Heap.method(t, "seekable", (args, kw) -> buf(args[0]).seekable());
            Heap.getter(t, "closed", self -> buf(self).isClosed());
            Heap.getter(t, "raw", self -> {
                BufferedObj b = buf(self);
                b.checkAttached();
                return b.raw.object();
            });
            Heap.getter(t, "name", self -> {
                BufferedObj b = buf(self);
                b.checkAttached();
                return PyObjects.getAttr(b.raw.object(), "name", null);
            });
            Heap.getter(t, "mode", self -> {
                BufferedObj b = buf(self);
                b.checkAttached();
                return PyObjects.getAttr(b.raw.object(), "mode", null);
            });
            Heap.method(t, "__repr__", (args, kw) -> {
                BufferedObj b = buf(args[0]);
                b.checkAttached();
                Object n = nameOrNull(b.raw.object());
                return "<_io." + name + (n == null ? "" : " name=" + PyObjects.repr(n)) + ">";
            });
        }
        Heap.method(BUFFERED_RWPAIR, "__init__", (args, kw) -> {
            Object[] p = PosixModule.params("BufferedRWPair", rest(args), kw, 2, "reader", "writer", "buffer_size");
            long size = p[2] == null ? DEFAULT_BUFFER_SIZE : Args.index(p[2]);
            PyObject r = Heap.make(BUFFERED_READER, null);
            initBuffered(r, "BufferedReader", true, false, p[0], size);
            PyObject w = Heap.make(BUFFERED_WRITER, null);
            initBuffered(w, "BufferedWriter", false, true, p[1], size);
            PyObject self = (PyObject) args[0];
            self.setAttribute("_reader", r);
            self.setAttribute("_writer", w);
            return PyNone.NONE;
        });
        for (String n : new String[]{"read", "read1", "peek", "readline", "readinto", "readinto1", "readable"}) {
            Heap.method(BUFFERED_RWPAIR, n, (args, kw) -> PyCalls.call(PyObjects.getAttr(((PyObject) args[0]).getAttribute("_reader"), n, null), rest(args), kw, null));
        }
        for (String n : new String[]{"write", "flush", "writable"}) {
            Heap.method(BUFFERED_RWPAIR, n, (args, kw) -> PyCalls.call(PyObjects.getAttr(((PyObject) args[0]).getAttribute("_writer"), n, null), rest(args), kw, null));
        }
        Heap.method(BUFFERED_RWPAIR, "close", (args, kw) -> {
            PyObject self = (PyObject) args[0];
            try {
                callMethod(self.getAttribute("_writer"), "close");
            } finally {
                callMethod(self.getAttribute("_reader"), "close");
            }
            return PyNone.NONE;
        });
        Heap.method(BUFFERED_RWPAIR, "isatty", (args, kw) -> false);
        Heap.getter(BUFFERED_RWPAIR, "closed", self -> PyObjects.getAttr(((PyObject) self).getAttribute("_writer"), "closed", null));
    }

    private static Object nameOrNull(Object o) {
        try {
            return PyObjects.lookupAttr(o, "name");
        } catch (PyException e) {
            if (e.getType().isSubtypeOf(PyTypes.EXCEPTION)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    static BufferedObj initBuffered(PyObject self, String kind, boolean r, boolean w, Object raw, long size) {
        ByteStream rs = PyByteStream.of(raw);
        if (r && !rs.readable()) {
            throw IOObj.unsupported("File or stream is not readable.");
        }
        if (w && !rs.writable()) {
            throw IOObj.unsupported("File or stream is not writable.");
        }
        if (r && w && !rs.seekable()) {
            throw IOObj.unsupported("File or stream is not seekable.");
        }
        if (size <= 0) {
            throw PyErrors.valueError(null, "buffer size must be strictly positive");
        }
        BufferedObj b = new BufferedObj(kind, r, w);
        b.self = self;
        b.raw = rs;
        b.bufferSize = (int) Math.min(size, 1 << 30);
        if (w && rs instanceof FileIOObj f) {
            f.fds.register(b);
        }
        Heap.setState(self, b);
        return b;
    }

    // ------------------------------------------------------------------ TextIOWrapper

    private static TextIOObj txt(Object self) {
        return state(self, TextIOObj.class);
    }

    @TruffleBoundary
    static TextIOObj initText(PyObject self, Object buffer, Object encoding, Object errors, Object newline, boolean lineBuffering, boolean writeThrough) {
        String enc = strOrNone(encoding, "TextIOWrapper", "encoding");
        String err = strOrNone(errors, "TextIOWrapper", "errors");
        String nl = checkNewline(newline, "TextIOWrapper");
        TextIOObj t = new TextIOObj();
        t.self = self;
        if (enc == null || enc.equals("locale")) {
            enc = "UTF-8";
        }
        t.codec = new Codec(enc, err == null ? "strict" : err);
        t.encoding = enc;
        t.newline = nl;
        t.lineBuffering = lineBuffering;
        t.writeThrough = writeThrough;
        t.buffer = PyByteStream.of(buffer);
        Heap.setState(self, t);
        return t;
    }

    private static void installTextIOWrapper() {
        PyType t = TEXT_IO_WRAPPER;
        Heap.method(t, "__init__", (args, kw) -> {
            Object[] p = PosixModule.params("TextIOWrapper", rest(args), kw, 1, "buffer", "encoding", "errors", "newline", "line_buffering", "write_through");
            initText((PyObject) args[0], p[0], p[1], p[2], p[3], PosixModule.flag(p[4], false), PosixModule.flag(p[5], false));
            return PyNone.NONE;
        });
        Heap.method(t, "read", (args, kw) -> {
            Object[] p = PosixModule.params("read", rest(args), kw, 0, "size");
            return txt(args[0]).read(size(p[0]));
        });
        Heap.method(t, "readline", (args, kw) -> {
            Object[] p = PosixModule.params("readline", rest(args), kw, 0, "size");
            return txt(args[0]).readline(size(p[0]));
        });
        Heap.method(t, "__next__", (args, kw) -> {
            String line = txt(args[0]).readline(-1);
            if (line.isEmpty()) {
                throw stopIteration();
            }
            return line;
        });
        Heap.method(t, "write", (args, kw) -> {
            Args.methodCount("write", args, kw, 1, 1);
            TextIOObj x = txt(args[0]);
            if (!(args[1] instanceof String s)) {
                throw PyErrors.typeError(null, "write() argument must be str, not %s", PyObjects.typeName(args[1]));
            }
            return x.write(s);
        });
        Heap.method(t, "flush", (args, kw) -> {
            txt(args[0]).flush();
            return PyNone.NONE;
        });
        Heap.method(t, "close", (args, kw) -> {
            txt(args[0]).close();
            return PyNone.NONE;
        });
        Heap.method(t, "seek", (args, kw) -> {
            Args.methodCount("seek", args, kw, 1, 2);
            return txt(args[0]).seek(Args.index(args[1]), args.length > 2 ? (int) Args.index(args[2]) : 0);
        });
        Heap.method(t, "tell", (args, kw) -> txt(args[0]).tell());
        Heap.method(t, "truncate", (args, kw) -> {
            Args.methodCount("truncate", args, kw, 0, 1);
            return txt(args[0]).truncate(args.length > 1 ? size(args[1]) : -1);
        });
        Heap.method(t, "detach", (args, kw) -> txt(args[0]).detach());
        for (String n : new String[]{"fileno", "isatty", "readable", "writable", "seekable"}) {
            Heap.method(t, n, (args, kw) -> {
                TextIOObj x = txt(args[0]);
                x.checkAttached();
                return callMethod(x.buffer.object(), n);
            });
        }
        Heap.getter(t, "closed", self -> txt(self).isClosed());
        Heap.getter(t, "buffer", self -> {
            TextIOObj x = txt(self);
            x.checkAttached();
            return x.buffer.object();
        });
        Heap.getter(t, "name", self -> {
            TextIOObj x = txt(self);
            x.checkAttached();
            return PyObjects.getAttr(x.buffer.object(), "name", null);
        });
        Heap.getter(t, "encoding", self -> txt(self).encoding);
        Heap.getter(t, "errors", self -> txt(self).codec.errors);
        Heap.getter(t, "newlines", self -> txt(self).newlines());
        Heap.getter(t, "line_buffering", self -> txt(self).lineBuffering);
        Heap.getter(t, "write_through", self -> txt(self).writeThrough);
        Heap.method(t, "reconfigure", (args, kw) -> {
            Object[] p = PosixModule.params("reconfigure", rest(args), kw, 0, "*", "encoding", "errors", "newline", "line_buffering", "write_through");
            TextIOObj x = txt(args[0]);
            x.flush();
            if (p[1] != null || p[2] != null) {
                String enc = p[1] == null || p[1] == PyNone.NONE ? x.encoding : strOrNone(p[1], "reconfigure", "encoding");
                String err = p[2] == null || p[2] == PyNone.NONE ? (p[1] == null ? x.codec.errors : "strict") : strOrNone(p[2], "reconfigure", "errors");
                x.codec = new Codec(enc, err);
                x.encoding = enc;
            }
            if (p[3] != null) {
                x.newline = checkNewline(p[3], "reconfigure");
            }
            if (p[4] != null && p[4] != PyNone.NONE) {
                x.lineBuffering = PyObjects.isTrue(p[4]);
            }
            if (p[5] != null && p[5] != PyNone.NONE) {
                x.writeThrough = PyObjects.isTrue(p[5]);
            }
            return PyNone.NONE;
        });
        Heap.method(t, "__repr__", (args, kw) -> {
            TextIOObj x = txt(args[0]);
            StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
            Object n = nameOrNull(args[0]);
            if (n != null) {
                sb.append(" name=").append(PyObjects.repr(n));
            }
            Object mode = ((PyObject) args[0]).getAttribute("mode");
            if (mode != null) {
                sb.append(" mode=").append(PyObjects.repr(mode));
            }
            return sb.append(" encoding=").append(PyObjects.repr(x.encoding)).append('>').toString();
        });
    }

    // ------------------------------------------------------------------ IncrementalNewlineDecoder

    static final class NewlineDecoder {
        Object decoder;
        boolean translate;
        boolean pendingCr;
        int seen;
    }

    private static void installNewlineDecoder() {
        PyType t = NEWLINE_DECODER;
        Heap.method(t, "__init__", (args, kw) -> {
            Object[] p = PosixModule.params("IncrementalNewlineDecoder", rest(args), kw, 2, "decoder", "translate", "errors");
            NewlineDecoder n = new NewlineDecoder();
            n.decoder = p[0];
            n.translate = PyObjects.isTrue(p[1]);
            Heap.setState((PyObject) args[0], n);
            return PyNone.NONE;
        });
        Heap.method(t, "decode", (args, kw) -> {
            Object[] p = PosixModule.params("decode", rest(args), kw, 1, "input", "final");
            NewlineDecoder n = state(args[0], NewlineDecoder.class);
            boolean last = PosixModule.flag(p[1], false);
            Object in = p[0];
            if (n.decoder != PyNone.NONE) {
                in = PyCalls.call(PyObjects.getAttr(n.decoder, "decode", null), new Object[]{in, last}, null, null);
            }
            if (!(in instanceof String s)) {
                throw PyErrors.typeError(null, "decoder should return a string result, not '%s'", PyObjects.typeName(in));
            }
            if (n.pendingCr && (!s.isEmpty() || last)) {
                s = "\r" + s;
                n.pendingCr = false;
            }
            if (s.endsWith("\r") && !last) {
                s = s.substring(0, s.length() - 1);
                n.pendingCr = true;
            }
            int cr = 0, lf = 0, crlf = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\r') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        crlf++;
                        i++;
                    } else {
                        cr++;
                    }
                } else if (c == '\n') {
                    lf++;
                }
            }
            n.seen |= (cr > 0 ? 1 : 0) | (lf > 0 ? 2 : 0) | (crlf > 0 ? 4 : 0);
            if (n.translate && (cr > 0 || crlf > 0)) {
                s = s.replace("\r\n", "\n").replace('\r', '\n');
            }
            return s;
        });
        Heap.method(t, "getstate", (args, kw) -> {
            NewlineDecoder n = state(args[0], NewlineDecoder.class);
            Object buf = BufferedObj.EMPTY;
            long flag = 0;
            if (n.decoder != PyNone.NONE) {
                PyTuple st = (PyTuple) callMethod(n.decoder, "getstate");
                buf = st.get(0);
                flag = Args.index(st.get(1)) << 1;
            }
            return PyTuple.of(buf, flag | (n.pendingCr ? 1 : 0));
        });
        Heap.method(t, "setstate", (args, kw) -> {
            NewlineDecoder n = state(args[0], NewlineDecoder.class);
            PyTuple st = (PyTuple) args[1];
            long flag = Args.index(st.get(1));
            n.pendingCr = (flag & 1) != 0;
            if (n.decoder != PyNone.NONE) {
                callMethod(n.decoder, "setstate", PyTuple.of(st.get(0), flag >> 1));
            }
            return PyNone.NONE;
        });
        Heap.method(t, "reset", (args, kw) -> {
            NewlineDecoder n = state(args[0], NewlineDecoder.class);
            n.seen = 0;
            n.pendingCr = false;
            if (n.decoder != PyNone.NONE) {
                callMethod(n.decoder, "reset");
            }
            return PyNone.NONE;
        });
        Heap.getter(t, "newlines", self -> TextIOObj.newlinesValue(state(self, NewlineDecoder.class).seen));
    }

    // ------------------------------------------------------------------ open

    @TruffleBoundary
    static Object open(Object[] args, PyDict kw) {
        Object[] p = PosixModule.params("open", args, kw, 1, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");
        Object file = p[0];
        if (p[1] != null && !(p[1] instanceof String)) {
            throw PyErrors.typeError(null, "open() argument 'mode' must be str, not %s", argType(p[1]));
        }
        String mode = p[1] == null ? "r" : (String) p[1];
        long buffering = p[2] == null ? -1 : Args.index(p[2]);
        String encoding = strOrNone(p[3], "open", "encoding");
        String errors = strOrNone(p[4], "open", "errors");
        Object newlineArg = p[5] == null ? PyNone.NONE : p[5];
        if (newlineArg != PyNone.NONE && !(newlineArg instanceof String)) {
            throw PyErrors.typeError(null, "open() argument 'newline' must be str or None, not %s", PyObjects.typeName(newlineArg));
        }
        boolean closefd = PosixModule.flag(p[6], true);
        if (!(PyNumber.isInt(file) && !(file instanceof Boolean)) && PosixModule.fspathOrNull(file) == null) {
            throw PyErrors.typeError(null, "expected str, bytes or os.PathLike object, not %s", PyObjects.typeName(file));
        }
        boolean creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        java.util.Set<Character> seenChars = new java.util.HashSet<>();
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwab+t".indexOf(c) < 0 || !seenChars.add(c)) {
                throw PyErrors.valueError(null, "invalid mode: '%s'", mode);
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) {
            throw PyErrors.valueError(null, "can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw PyErrors.valueError(null, "must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PyErrors.valueError(null, "binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyErrors.valueError(null, "binary mode doesn't take an errors argument");
        }
        if (binary && newlineArg != PyNone.NONE) {
            throw PyErrors.valueError(null, "binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            // CPython warns (RuntimeWarning) and uses the default buffer size
            buffering = -1;
        }
        String rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        if (!binary) {
            checkNewline(newlineArg, "open");
        }
        PyObject raw = Heap.make(FILE_IO, null);
        initFileIO(raw, file, rawMode, closefd, p[7]);
        try {
            boolean lineBuffering = buffering == 1;
            if (buffering < 0 || buffering == 1) {
                buffering = DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                if (binary) {
                    return raw;
                }
                throw PyErrors.valueError(null, "can't have unbuffered text I/O");
            }
            PyType bt = updating ? BUFFERED_RANDOM : (creating || writing || appending) ? BUFFERED_WRITER : BUFFERED_READER;
            PyObject buffer = Heap.make(bt, null);
            initBuffered(buffer, bt.getName(), bt != BUFFERED_WRITER, bt != BUFFERED_READER, raw, buffering);
            if (binary) {
                return buffer;
            }
            PyObject wrapper = Heap.make(TEXT_IO_WRAPPER, null);
            initText(wrapper, buffer, encoding, errors, newlineArg, lineBuffering, false);
            wrapper.setAttribute("mode", mode);
            return wrapper;
        } catch (PyException e) {
            fio(raw).close();
            throw e;
        }
    }
}
