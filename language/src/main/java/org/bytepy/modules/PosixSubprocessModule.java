package org.bytepy.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.modules.io.FdTable;
import org.bytepy.runtime.Gil;
import org.bytepy.runtime.PyByteArray;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.io.TruffleProcessBuilder;

import org.graalvm.polyglot.io.ProcessHandler.Redirect;

/**
 * {@code _posixsubprocess}: {@code fork_exec} for Lib's unchanged {@code subprocess.py}, on Truffle's
 * process API ({@code Env.newProcessBuilder}, so the context's process permission applies). There is no
 * fork: the child's standard streams are Java pipes that take the place of the fds {@code subprocess}
 * made with {@code os.pipe} (the parent's ends become fds on the process's streams, in the context's
 * {@link FdTable}); output not captured is copied to the fd it goes to. An exec failure is written to
 * the error pipe as the C child would ({@code OSError:<hex errno>:}). {@code os.waitpid} and
 * {@code os.kill} find children here.
 */
public final class PosixSubprocessModule {
    private PosixSubprocessModule() {
    }

    /** The output of a child read in a Java thread into a buffer, so select/poll know what is there. */
    public static final class Pump extends InputStream {
        private final Gil gil;
        private byte[] buf = new byte[8192];
        private int start;
        private int end;
        private boolean eof;

        Pump(Gil gil, InputStream src, String name) {
            this.gil = gil;
            Thread t = new Thread(() -> {
                byte[] chunk = new byte[8192];
                try {
                    int n;
                    while ((n = src.read(chunk)) > 0) {
                        append(chunk, n);
                    }
                } catch (IOException e) {
                    // the stream ends
                } finally {
                    synchronized (this) {
                        eof = true;
                        notifyAll();
                    }
                }
            }, name);
            t.setDaemon(true);
            t.start();
        }

        private synchronized void append(byte[] chunk, int n) {
            if (end + n > buf.length) {
                int len = end - start;
                byte[] nb = len + n > buf.length ? new byte[Math.max(buf.length * 2, len + n)] : buf;
                System.arraycopy(buf, start, nb, 0, len);
                buf = nb;
                start = 0;
                end = len;
            }
            System.arraycopy(chunk, 0, buf, end, n);
            end += n;
            notifyAll();
        }

        /** Data or end of file: a read does not block. */
        public synchronized boolean ready() {
            return end > start || eof;
        }

        public synchronized boolean atEof() {
            return end == start && eof;
        }

        private synchronized void await() throws InterruptedException {
            while (end == start && !eof) {
                wait();
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (!ready()) {
                gil.blocking(p -> {
                    p.await();
                    return null;
                }, this);
            }
            synchronized (this) {
                if (end == start) {
                    return -1;
                }
                int n = Math.min(len, end - start);
                System.arraycopy(buf, start, b, off, n);
                start += n;
                return n;
            }
        }

        @Override
        public synchronized int available() {
            return end - start;
        }
    }

    /** A started (or failed) child. */
    static final class Child {
        final Process process;
        final List<Thread> copiers = new ArrayList<>();
        final List<Long> fdsToClose = new ArrayList<>();
        int signal;

        Child(Process process) {
            this.process = process;
        }
    }

    private static final Map<BytepyContext, Map<Long, Child>> CHILDREN = Collections.synchronizedMap(new WeakHashMap<>());
    /** Pids for children whose OS pid is not visible (and exec failures): above any real pid. */
    private static long failedPids = 1L << 22;

    private static Map<Long, Child> children(BytepyContext ctx) {
        return CHILDREN.computeIfAbsent(ctx, c -> Collections.synchronizedMap(new HashMap<>()));
    }

    /**
     * At context close: children still running lose their stdin, as when a CPython parent exits, and get
     * a moment to end; what is left is destroyed, since a Truffle context cannot close while a process
     * it started is alive (CPython would leave it running as an orphan).
     */
    @TruffleBoundary
    public static void endChildren(BytepyContext ctx) {
        Map<Long, Child> map = CHILDREN.remove(ctx);
        if (map == null) {
            return;
        }
        List<Process> alive = new ArrayList<>();
        synchronized (map) {
            for (Child c : map.values()) {
                if (c.process != null && c.process.isAlive()) {
                    alive.add(c.process);
                }
            }
        }
        for (Process p : alive) {
            try {
                p.getOutputStream().close();
            } catch (IOException e) {
                // already closed
            }
        }
        long deadline = System.nanoTime() + 1_000_000_000L;
        for (Process p : alive) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !p.waitFor(left, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                    p.destroyForcibly().waitFor(1, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    /** {@code os.kill} on a child: remembered, so its status says it was signalled. Returns false if not a child. */
    @TruffleBoundary
    public static boolean kill(BytepyContext ctx, long pid, long sig) {
        Child c = children(ctx).get(pid);
        if (c == null) {
            return false;
        }
        if (sig != 0 && c.process != null && c.process.isAlive()) {
            c.signal = (int) sig;
            if (sig == 9) {
                c.process.destroyForcibly();
            } else {
                c.process.destroy();
            }
        }
        return true;
    }

    /** {@code os.waitpid(pid, options)} for a child started here: (pid, status), (0, 0) if WNOHANG and running. */
    @TruffleBoundary
    public static PyTuple waitpid(BytepyContext ctx, long pid, long options) {
        Map<Long, Child> map = children(ctx);
        Child c = map.get(pid);
        if (c == null) {
            throw org.bytepy.modules.io.OsErrors.error(10, null);
        }
        long status;
        if (c.process == null) {
            status = 255 << 8;
        } else {
            if ((options & 1) != 0 && c.process.isAlive()) {
                return PyTuple.of(0L, 0L);
            }
            int exit = ctx.getGil().blocking(Process::waitFor, c.process);
            for (Thread t : c.copiers) {
                ctx.getGil().blocking(th -> {
                    th.join();
                    return null;
                }, t);
            }
            FdTable fds = FdTable.of(ctx);
            for (long fd : c.fdsToClose) {
                try {
                    fds.close(fd);
                } catch (RuntimeException e) {
                    // already closed
                }
            }
            // Java reports a child killed by a signal as 128 + signal: a signal we sent is reported as such
            status = c.signal != 0 && exit == 128 + c.signal ? c.signal : (exit & 0xff) << 8;
        }
        map.remove(pid);
        return PyTuple.of(pid, status);
    }

    private static String fsString(Object o) {
        o = org.bytepy.runtime.PyObject.unwrap(o);
        if (o instanceof String s) {
            return s;
        }
        byte[] b = o instanceof byte[] || o instanceof PyByteArray ? org.bytepy.runtime.BuiltinTypeOps.bytesOf(o) : null;
        if (b != null) {
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
        Object fspath = PyObjects.lookupAttr(o, "__fspath__");
        if (fspath != null) {
            return fsString(org.bytepy.runtime.PyCalls.call(fspath, new Object[0], null, null));
        }
        throw PyErrors.typeError(null, "expected str, bytes or os.PathLike object, not %s", PyObjects.typeName(o));
    }

    private static long fd(Object o) {
        return Args.index(o);
    }

    /** Writes {@code OSError:<hex errno>:<msg>} to the error pipe, as the C child does when exec fails. */
    private static long failed(BytepyContext ctx, FdTable fds, long errpipeWrite, int errno, String msg) {
        byte[] data = ("OSError:" + Integer.toHexString(errno) + ":" + msg).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        fds.write(errpipeWrite, data, 0, data.length);
        long pid;
        synchronized (PosixSubprocessModule.class) {
            pid = failedPids++;
        }
        children(ctx).put(pid, new Child(null));
        return pid;
    }

    /** Copies {@code in} to {@code fd} in a thread (output of the child that is not captured). */
    private static Thread forward(FdTable fds, InputStream in, long fd, String name) {
        Thread t = new Thread(() -> {
            byte[] chunk = new byte[8192];
            try {
                int n;
                while ((n = in.read(chunk)) > 0) {
                    try {
                        fds.write(fd, chunk, 0, n);
                    } catch (RuntimeException e) {
                        // the fd went away: drain the rest
                    }
                }
            } catch (IOException e) {
                // the stream ends
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @TruffleBoundary
    static Object forkExec(BytepyContext ctx, Object[] a) {
        if (a.length != 23) {
            throw PyErrors.typeError(null, "fork_exec() takes exactly 23 arguments (%d given)", a.length);
        }
        FdTable fds = FdTable.of(ctx);
        List<String> argv = new ArrayList<>();
        for (Object o : PyObjects.toArray(a[0], null)) {
            argv.add(fsString(o));
        }
        Object[] executables = PyObjects.toArray(a[1], null);
        Object cwdArg = a[4];
        Object envArg = a[5];
        long p2cread = fd(a[6]), p2cwrite = fd(a[7]), c2pread = fd(a[8]), c2pwrite = fd(a[9]);
        long errread = fd(a[10]), errwrite = fd(a[11]), errpipeWrite = fd(a[13]);
        if (a[21] != PyNone.NONE) {
            throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "preexec_fn is not supported by bytepy (there is no fork)");
        }
        var env = ctx.getEnv();
        if (!env.isCreateProcessAllowed()) {
            // a sandboxed context: the exec fails as for a file without execute permission (EACCES)
            return failed(ctx, fds, errpipeWrite, ErrnoModule.EACCES, "");
        }
        TruffleFile cwd = null;
        if (cwdArg != PyNone.NONE) {
            try {
                cwd = ctx.resolvePath(fsString(cwdArg));
                if (cwd == null || !cwd.isDirectory()) {
                    return failed(ctx, fds, errpipeWrite, ErrnoModule.ENOENT, "noexec:chdir");
                }
            } catch (SecurityException e) {
                return failed(ctx, fds, errpipeWrite, ErrnoModule.EACCES, "noexec:chdir");
            }
        }
        String exe = null;
        int errno = ErrnoModule.ENOENT;
        for (Object e : executables) {
            String path = fsString(e);
            try {
                TruffleFile f = ctx.resolvePath(path);
                if (f != null && cwd != null && !f.isAbsolute()) {
                    f = cwd.resolve(path);
                }
                if (f != null && f.exists() && !f.isDirectory()) {
                    if (f.isExecutable()) {
                        exe = path;
                        break;
                    }
                    errno = ErrnoModule.EACCES;
                } else if (f != null && f.isDirectory()) {
                    errno = ErrnoModule.EACCES;
                }
            } catch (SecurityException | UnsupportedOperationException ex) {
                // processes are allowed but files are not visible: let the process builder look the program up
                exe = path;
                break;
            }
        }
        if (exe == null) {
            return failed(ctx, fds, errpipeWrite, errno, "");
        }
        List<String> cmd = new ArrayList<>(argv);
        if (cmd.isEmpty()) {
            cmd.add(exe);
        } else {
            cmd.set(0, exe);
        }
        TruffleProcessBuilder pb;
        try {
            pb = env.newProcessBuilder(cmd.toArray(new String[0]));
        } catch (SecurityException e) {
            throw PyErrors.format(PyTypes.PERMISSION_ERROR, null, "process creation is not allowed in this context");
        }
        try {
            pb.directory(cwd != null ? cwd : env.getCurrentWorkingDirectory());
        } catch (SecurityException e) {
            // no file access: the child starts in the process's own directory
        }
        if (envArg != PyNone.NONE) {
            pb.clearEnvironment(true);
            Map<String, String> vars = new HashMap<>();
            for (Object o : PyObjects.toArray(envArg, null)) {
                String kv = fsString(o);
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    vars.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            pb.environment(vars);
        } else {
            ctx.inheritEnvironment(pb);
        }
        boolean stdinPipe = p2cread != -1 && p2cwrite != -1;
        byte[] stdinData = null;
        if (p2cread == -1 || p2cread == 0) {
            pb.redirectInput(Redirect.INHERIT);
        } else {
            pb.redirectInput(Redirect.PIPE);
            if (!stdinPipe) {
                stdinData = fds.readAll(p2cread);
            }
        }
        boolean mergeErr = errwrite != -1 && errwrite == c2pwrite;
        pb.redirectOutput(Redirect.PIPE);
        pb.redirectError(Redirect.PIPE);
        pb.redirectErrorStream(mergeErr);
        ctx.out().flush();
        fds.flushWriters();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            int err = m.contains("error=13") ? ErrnoModule.EACCES : m.contains("error=2") ? ErrnoModule.ENOENT : ErrnoModule.ENOENT;
            return failed(ctx, fds, errpipeWrite, err, "");
        } catch (SecurityException e) {
            throw PyErrors.format(PyTypes.PERMISSION_ERROR, null, "process creation is not allowed in this context");
        }
        Child child = new Child(p);
        Gil gil = ctx.getGil();
        // stdin
        if (stdinPipe) {
            fds.setStreams(p2cwrite, null, p.getOutputStream());
        } else if (stdinData != null) {
            byte[] data = stdinData;
            Thread t = new Thread(() -> {
                try (OutputStream os = p.getOutputStream()) {
                    os.write(data);
                } catch (IOException e) {
                    // the child does not read
                }
            }, "bytepy-subprocess-stdin");
            t.setDaemon(true);
            t.start();
        }
        // stdout
        if (c2pread != -1 && c2pwrite != -1) {
            fds.setStreams(c2pread, new Pump(gil, p.getInputStream(), "bytepy-subprocess-stdout"), null);
        } else {
            long target = c2pwrite == -1 ? 1 : fds.dup(c2pwrite);
            if (c2pwrite != -1) {
                child.fdsToClose.add(target);
            }
            child.copiers.add(forward(fds, p.getInputStream(), target, "bytepy-subprocess-stdout"));
        }
        // stderr
        if (!mergeErr) {
            if (errread != -1 && errwrite != -1) {
                fds.setStreams(errread, new Pump(gil, p.getErrorStream(), "bytepy-subprocess-stderr"), null);
            } else {
                long target = errwrite == -1 ? 2 : fds.dup(errwrite);
                if (errwrite != -1) {
                    child.fdsToClose.add(target);
                }
                child.copiers.add(forward(fds, p.getErrorStream(), target, "bytepy-subprocess-stderr"));
            }
        }
        long pid;
        try {
            pid = p.pid();
        } catch (UnsupportedOperationException e) {
            // Truffle's process handler does not show the OS process: a pid of our own
            synchronized (PosixSubprocessModule.class) {
                pid = failedPids++;
            }
        }
        children(ctx).put(pid, child);
        return pid;
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("_posixsubprocess", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "A POSIX helper for the subprocess module.");
        Args.def(d, "fork_exec", (a, kw) -> forkExec(ctx, a));
        return m;
    }
}
