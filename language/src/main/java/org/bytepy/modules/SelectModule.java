package org.bytepy.modules;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.modules.io.FdTable;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * {@code select}: {@code select.select} and {@code select.poll} on the context's fds. A child process's
 * output pipe is ready when its pump holds data or reached the end; files, stdout/stderr and pipes to a
 * child are always ready. Waiting polls every millisecond or two without the GIL.
 */
public final class SelectModule {
    private SelectModule() {
    }

    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

    /** {@code select.poll} objects. */
    static final class Poll implements TruffleObject, PyObjectBase {
        final Map<Long, Integer> fds = new LinkedHashMap<>();

        @Override
        public PyType getPyType() {
            return POLL;
        }
    }

    static final PyType POLL = CollectionsSupport.javaType("select", "poll", (a, kw) -> {
        if (a.length > 1 || (kw != null && kw.size() > 0)) {
            throw PyErrors.typeError(null, "poll() takes no arguments (%d given)", a.length - 1);
        }
        return new Poll();
    });

    /** The poll events of {@code fd} among {@code wanted}. */
    private static int events(FdTable table, long fd, int wanted) {
        if (!table.isOpen(fd)) {
            return POLLNVAL;
        }
        int ev = 0;
        InputStream in = table.inputStream(fd);
        if (in instanceof PosixSubprocessModule.Pump p) {
            if (p.available() > 0) {
                ev |= POLLIN;
            } else if (p.atEof()) {
                ev |= POLLHUP;
            }
        } else if (in != null) {
            try {
                if (in.available() > 0) {
                    ev |= POLLIN;
                }
            } catch (java.io.IOException e) {
                ev |= POLLERR;
            }
        } else {
            ev |= POLLIN | POLLOUT;
        }
        return ev & (wanted | POLLERR | POLLHUP | POLLNVAL);
    }

    private static long fileno(Object o) {
        Object u = PyObject.unwrap(o);
        if (PyNumber.isInt(u)) {
            long fd = Args.index(u);
            if (fd < 0) {
                throw PyErrors.valueError(null, "file descriptor cannot be a negative integer (%d)", fd);
            }
            return fd;
        }
        Object f = PyObjects.lookupAttr(o, "fileno");
        if (f == null) {
            throw PyErrors.typeError(null, "argument must be an int, or have a fileno() method.");
        }
        return fileno(org.bytepy.runtime.PyCalls.call(f, new Object[0], null, null));
    }

    private static void pause(BytepyContext ctx, long nanos) {
        ctx.getGil().blocking(n -> {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(n);
            return null;
        }, nanos);
    }

    /** Polls until something is ready or the deadline (-1: none) passes. */
    @TruffleBoundary
    static List<long[]> waitReady(BytepyContext ctx, Map<Long, Integer> wanted, long timeoutNanos) {
        FdTable table = FdTable.of(ctx);
        long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
        long sleep = 200_000;
        while (true) {
            List<long[]> ready = new ArrayList<>();
            for (Map.Entry<Long, Integer> e : wanted.entrySet()) {
                int ev = events(table, e.getKey(), e.getValue());
                if (ev != 0) {
                    ready.add(new long[]{e.getKey(), ev});
                }
            }
            long now = System.nanoTime();
            if (!ready.isEmpty() || now >= deadline) {
                return ready;
            }
            pause(ctx, Math.min(sleep, deadline - now));
            sleep = Math.min(sleep * 2, 2_000_000);
        }
    }

    private static long timeoutNanos(Object t, double unit) {
        if (t == null || t == PyNone.NONE) {
            return -1;
        }
        if (!PyNumber.isNumber(PyObject.unwrap(t))) {
            throw PyErrors.typeError(null, "timeout must be an integer or None");
        }
        double v = PyNumber.toDouble(PyObject.unwrap(t), null);
        return v < 0 ? -1 : (long) (v * unit);
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("select", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "This module supports asynchronous I/O on multiple file descriptors.");
        d.put("error", PyTypes.OS_ERROR);
        d.put("PIPE_BUF", 4096L);
        Object[] consts = {"POLLIN", 1L, "POLLPRI", 2L, "POLLOUT", 4L, "POLLERR", 8L, "POLLHUP", 16L, "POLLNVAL", 32L, "POLLRDNORM", 64L, "POLLRDBAND", 128L, "POLLWRNORM", 256L,
                        "POLLWRBAND", 512L, "POLLMSG", 1024L, "POLLRDHUP", 8192L};
        for (int i = 0; i < consts.length; i += 2) {
            d.put(consts[i], consts[i + 1]);
        }
        Args.def(d, "select", (a, kw) -> {
            Args.count("select", a, kw, 3, 4);
            long timeout = a.length == 4 && a[3] != PyNone.NONE ? timeoutNanos(a[3], 1e9) : -1;
            if (a.length == 4 && a[3] != PyNone.NONE && timeout < 0) {
                throw PyErrors.valueError(null, "timeout must be non-negative");
            }
            Object[][] lists = {PyObjects.toArray(a[0], null), PyObjects.toArray(a[1], null), PyObjects.toArray(a[2], null)};
            Map<Long, Integer> wanted = new LinkedHashMap<>();
            int[] kinds = {POLLIN, POLLOUT, POLLPRI};
            for (int k = 0; k < 3; k++) {
                for (Object o : lists[k]) {
                    wanted.merge(fileno(o), kinds[k], (x, y) -> x | y);
                }
            }
            List<long[]> ready = waitReady(ctx, wanted, timeout);
            List<Object> r = new ArrayList<>();
            List<Object> w = new ArrayList<>();
            for (Object o : lists[0]) {
                long fd = fileno(o);
                for (long[] e : ready) {
                    if (e[0] == fd && (e[1] & (POLLIN | POLLHUP | POLLERR)) != 0) {
                        r.add(o);
                    } else if (e[0] == fd && (e[1] & POLLNVAL) != 0) {
                        throw org.bytepy.modules.io.OsErrors.error(ErrnoModule.EBADF, null);
                    }
                }
            }
            for (Object o : lists[1]) {
                long fd = fileno(o);
                for (long[] e : ready) {
                    if (e[0] == fd && (e[1] & POLLOUT) != 0) {
                        w.add(o);
                    }
                }
            }
            return PyTuple.of(new PyList(r.toArray()), new PyList(w.toArray()), new PyList());
        });
        // the type itself (not a function as in CPython): selectors stores it in a class attribute
        // and calls it through the instance, where a builtin function would be bound
        d.put("poll", POLL);
        return m;
    }

    private static Poll poll(Object o) {
        if (o instanceof Poll p) {
            return p;
        }
        throw PyErrors.typeError(null, "descriptor requires a 'select.poll' object but received a '%s'", PyObjects.typeName(o));
    }

    private static void def(String name, PyBuiltinFunction.Body body) {
        POLL.getDict().put(name, new PyBuiltinFunction(name, POLL, body));
    }

    static {
        def("register", (a, kw) -> {
            Args.count("register", a, kw, 2, 3);
            int mask = a.length == 3 ? (int) Args.index(a[2]) : POLLIN | POLLPRI | POLLOUT;
            poll(a[0]).fds.put(fileno(a[1]), mask);
            return PyNone.NONE;
        });
        def("modify", (a, kw) -> {
            Args.count("modify", a, kw, 3, 3);
            Poll p = poll(a[0]);
            long fd = fileno(a[1]);
            if (!p.fds.containsKey(fd)) {
                throw org.bytepy.modules.io.OsErrors.error(ErrnoModule.ENOENT, null);
            }
            p.fds.put(fd, (int) Args.index(a[2]));
            return PyNone.NONE;
        });
        def("unregister", (a, kw) -> {
            Args.count("unregister", a, kw, 2, 2);
            long fd = fileno(a[1]);
            if (poll(a[0]).fds.remove(fd) == null) {
                throw PyErrors.format(PyTypes.KEY_ERROR, null, "%d", fd);
            }
            return PyNone.NONE;
        });
        def("poll", (a, kw) -> {
            Args.count("poll", a, kw, 1, 2);
            Poll p = poll(a[0]);
            long timeout = a.length == 2 ? timeoutNanos(a[1], 1e6) : -1;
            List<long[]> ready = waitReady(BytepyContext.get(null), new LinkedHashMap<>(p.fds), timeout);
            Object[] out = new Object[ready.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = PyTuple.of(ready.get(i)[0], ready.get(i)[1]);
            }
            return new PyList(out);
        });
    }
}
