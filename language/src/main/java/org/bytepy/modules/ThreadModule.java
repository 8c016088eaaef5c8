package org.bytepy.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
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
 * The {@code _thread} module: locks, thread identity and the hooks Lib's threading needs. Python code
 * runs on one thread: {@code start_new_thread} raises RuntimeError (threads need a multi-threaded
 * Truffle context and a global interpreter lock, not there yet).
 */
public final class ThreadModule {
    private ThreadModule() {
    }

    /** {@code _thread.lock}: a binary semaphore, releasable by any thread as in CPython. */
    static final class Lock implements TruffleObject, PyObjectBase {
        final Semaphore sem = new Semaphore(1);

        @Override
        public PyType getPyType() {
            return LOCK;
        }
    }

    /** {@code _thread.RLock}: owned by a thread, re-entrant. */
    static final class RLock implements TruffleObject, PyObjectBase {
        final Semaphore sem = new Semaphore(1);
        long owner;
        long count;

        @Override
        public PyType getPyType() {
            return RLOCK;
        }
    }

    static final PyType LOCK = CollectionsSupport.javaType("_thread", "lock", null);
    static final PyType RLOCK = CollectionsSupport.javaType("_thread", "RLock", (a, kw) -> new RLock());
    static final PyType LOCAL = CollectionsSupport.protocolType("_thread", "_local");
    static final PyType EXCEPTHOOK_ARGS = CollectionsSupport.protocolType("_thread", "_ExceptHookArgs", PyTypes.TUPLE);

    static final double TIMEOUT_MAX = 9223372036.0;

    static long ident() {
        return Thread.currentThread().threadId();
    }

    /** Reads (blocking, timeout) and waits on {@code sem}; true if acquired. */
    @TruffleBoundary
    static boolean acquire(Semaphore sem, String fname, Object[] a, PyDict kw) {
        Object[] p = CollectionsSupport.parse(fname, java.util.Arrays.copyOfRange(a, 1, a.length), kw, 0, "blocking", "timeout");
        boolean blocking = p[0] == null || PyObjects.isTrue(p[0]);
        double timeout = p[1] == null ? -1 : PyNumber.toDouble(PyObject.unwrap(p[1]), null);
        if (!blocking && timeout != -1) {
            throw PyErrors.valueError(null, "can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw PyErrors.valueError(null, "timeout value must be positive");
        }
        if (timeout > TIMEOUT_MAX) {
            throw PyErrors.overflow(null, "timeout value is too large");
        }
        if (!blocking) {
            return sem.tryAcquire();
        }
        try {
            if (timeout == -1) {
                sem.acquire();
                return true;
            }
            return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErrors.raise(PyTypes.KEYBOARD_INTERRUPT, null, null);
        }
    }

    private static Lock lock(Object o) {
        if (o instanceof Lock l) {
            return l;
        }
        throw PyErrors.typeError(null, "descriptor for '_thread.lock' objects doesn't apply to a '%s' object", PyObjects.typeName(o));
    }

    private static RLock rlock(Object o) {
        if (o instanceof RLock l) {
            return l;
        }
        throw PyErrors.typeError(null, "descriptor for '_thread.RLock' objects doesn't apply to a '%s' object", PyObjects.typeName(o));
    }

    private static boolean rlockAcquire(Object[] a, PyDict kw) {
        RLock r = rlock(a[0]);
        long me = ident();
        if (r.count > 0 && r.owner == me) {
            r.count++;
            return true;
        }
        if (!acquire(r.sem, "acquire", a, kw)) {
            return false;
        }
        r.owner = me;
        r.count = 1;
        return true;
    }

    private static void rlockRelease(RLock r) {
        if (r.count == 0 || r.owner != ident()) {
            throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "cannot release un-acquired lock");
        }
        if (--r.count == 0) {
            r.owner = 0;
            r.sem.release();
        }
    }

    private static void def(PyType t, String name, PyBuiltinFunction.Body body) {
        t.getDict().put(name, new PyBuiltinFunction(name, t, body));
    }

    static {
        PyBuiltinFunction.Body acquire = (a, kw) -> acquire(lock(a[0]).sem, "acquire", a, kw);
        PyBuiltinFunction.Body release = (a, kw) -> {
            Lock l = lock(a[0]);
            if (l.sem.availablePermits() > 0) {
                throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "release unlocked lock");
            }
            l.sem.release();
            return PyNone.NONE;
        };
        PyBuiltinFunction.Body locked = (a, kw) -> lock(a[0]).sem.availablePermits() == 0;
        def(LOCK, "acquire", acquire);
        def(LOCK, "acquire_lock", acquire);
        def(LOCK, "__enter__", acquire);
        def(LOCK, "release", release);
        def(LOCK, "release_lock", release);
        def(LOCK, "__exit__", release);
        def(LOCK, "locked", locked);
        def(LOCK, "locked_lock", locked);
        def(LOCK, "_at_fork_reinit", (a, kw) -> {
            Lock l = lock(a[0]);
            l.sem.drainPermits();
            l.sem.release();
            return PyNone.NONE;
        });

        def(RLOCK, "acquire", ThreadModule::rlockAcquire);
        def(RLOCK, "__enter__", ThreadModule::rlockAcquire);
        PyBuiltinFunction.Body rrelease = (a, kw) -> {
            rlockRelease(rlock(a[0]));
            return PyNone.NONE;
        };
        def(RLOCK, "release", rrelease);
        def(RLOCK, "__exit__", rrelease);
        def(RLOCK, "_is_owned", (a, kw) -> {
            RLock r = rlock(a[0]);
            return r.count > 0 && r.owner == ident();
        });
        def(RLOCK, "_recursion_count", (a, kw) -> {
            RLock r = rlock(a[0]);
            return r.owner == ident() ? r.count : 0L;
        });
        def(RLOCK, "_release_save", (a, kw) -> {
            RLock r = rlock(a[0]);
            if (r.count == 0) {
                throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "cannot release un-acquired lock");
            }
            PyTuple state = PyTuple.of(r.count, r.owner);
            r.count = 0;
            r.owner = 0;
            r.sem.release();
            return state;
        });
        def(RLOCK, "_acquire_restore", (a, kw) -> {
            RLock r = rlock(a[0]);
            PyTuple state = (PyTuple) a[1];
            try {
                r.sem.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r.count = PyNumber.asLong(state.get(0));
            r.owner = PyNumber.asLong(state.get(1));
            return PyNone.NONE;
        });
        def(RLOCK, "_at_fork_reinit", (a, kw) -> {
            RLock r = rlock(a[0]);
            r.sem.drainPermits();
            r.sem.release();
            r.count = 0;
            r.owner = 0;
            return PyNone.NONE;
        });

        // _local: one thread runs Python code, so an instance's attributes are its thread's attributes
        CollectionsSupport.newMethod(LOCAL, (a, kw) -> {
            PyType cls = (PyType) a[0];
            if ((a.length > 1 || (kw != null && kw.size() > 0)) && cls == LOCAL) {
                throw PyErrors.typeError(null, "Initialization arguments are not supported");
            }
            return new PyObject(cls);
        });

        // _ExceptHookArgs(exc_type, exc_value, exc_traceback, thread): a tuple with named fields
        CollectionsSupport.newMethod(EXCEPTHOOK_ARGS, (a, kw) -> {
            Object[] items = PyObjects.toArray(a[1], null);
            if (items.length != 4) {
                throw PyErrors.typeError(null, "_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)", items.length);
            }
            PyObject po = new PyObject((PyType) a[0]);
            po.nativeValue = new PyTuple(items);
            return po;
        });
        String[] fields = {"exc_type", "exc_value", "exc_traceback", "thread"};
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            CollectionsSupport.property(EXCEPTHOOK_ARGS, fields[i], (a, kw) -> ((PyTuple) PyObject.unwrap(a[0])).get(idx), null);
        }
    }

    private static Lock newLock() {
        return new Lock();
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("_thread", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.");
        d.put("LockType", LOCK);
        d.put("lock", LOCK);
        d.put("RLock", RLOCK);
        d.put("_local", LOCAL);
        d.put("_ExceptHookArgs", EXCEPTHOOK_ARGS);
        d.put("error", PyTypes.RUNTIME_ERROR);
        d.put("TIMEOUT_MAX", TIMEOUT_MAX);
        Args.def(d, "allocate_lock", (a, kw) -> {
            Args.count("allocate_lock", a, kw, 0, 0);
            return newLock();
        });
        Args.def(d, "allocate", (a, kw) -> newLock());
        Args.def(d, "get_ident", (a, kw) -> {
            Args.count("get_ident", a, kw, 0, 0);
            return ident();
        });
        Args.def(d, "get_native_id", (a, kw) -> {
            Args.count("get_native_id", a, kw, 0, 0);
            return ident();
        });
        Args.def(d, "_count", (a, kw) -> 0L);
        Args.def(d, "stack_size", (a, kw) -> {
            Args.count("stack_size", a, kw, 0, 1);
            if (a.length == 1) {
                long size = CollectionsSupport.asLong(a[0]);
                if (size != 0 && size < 32768) {
                    throw PyErrors.valueError(null, "size not valid: %d bytes", size);
                }
            }
            return 0L;
        });
        Args.def(d, "daemon_threads_allowed", (a, kw) -> true);
        Args.def(d, "_is_main_interpreter", (a, kw) -> true);
        Args.def(d, "_set_sentinel", (a, kw) -> newLock());
        Args.def(d, "interrupt_main", (a, kw) -> PyNone.NONE);
        Args.def(d, "exit", (a, kw) -> {
            throw PyErrors.raise(PyTypes.SYSTEM_EXIT, null, null);
        });
        d.put("exit_thread", d.getStr("exit"));
        Args.def(d, "start_new_thread", (a, kw) -> {
            if (a.length < 2 || a.length > 3) {
                throw PyErrors.typeError(null, a.length < 2 ? "start_new_thread expected at least 2 arguments, got %d" : "start_new_thread expected at most 3 arguments, got %d", a.length);
            }
            if (!PyCalls.isCallable(a[0])) {
                throw PyErrors.typeError(null, "first arg must be callable");
            }
            if (!(PyObject.unwrap(a[1]) instanceof PyTuple)) {
                throw PyErrors.typeError(null, "2nd arg must be a tuple");
            }
            throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "can't start new thread");
        });
        d.put("start_joinable_thread", d.getStr("start_new_thread"));
        Args.def(d, "_excepthook", (a, kw) -> {
            Args.count("_excepthook", a, kw, 1, 1);
            Object args = a[0];
            Object[] f = PyObjects.toArray(PyObject.unwrap(args), null);
            if (f.length != 4) {
                throw PyErrors.typeError(null, "_thread._excepthook argument type must be ExceptHookArgs");
            }
            if (f[0] == PyTypes.SYSTEM_EXIT) {
                return PyNone.NONE;
            }
            StringBuilder sb = new StringBuilder("Exception in thread ");
            Object thread = f[3];
            Object name = thread == PyNone.NONE ? null : PyObjects.lookupAttr(thread, "name");
            sb.append(name == null ? String.valueOf(ident()) : PyObjects.str(name)).append(":\n");
            ctx.err().print(sb);
            if (f[1] instanceof PyBaseException e) {
                ctx.err().print(org.bytepy.runtime.Tracebacks.format(e));
            }
            ctx.err().flush();
            return PyNone.NONE;
        });
        return m;
    }
}
