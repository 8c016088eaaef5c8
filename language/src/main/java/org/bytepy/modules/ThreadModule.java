package org.bytepy.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.Gil;
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
 * The {@code _thread} module: real threads (Truffle threads of the context, created by
 * {@code start_new_thread}, running under the context's {@link Gil}), locks, {@code _local}, thread
 * identity and the hooks Lib's threading needs. Blocking lock acquisitions release the GIL.
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
        if (sem.tryAcquire()) {
            return true;
        } else if (!blocking) {
            return false;
        }
        Gil gil = BytepyContext.get(null).getGil();
        if (timeout == -1) {
            return gil.blocking(s -> {
                s.acquire();
                return true;
            }, sem);
        }
        long deadline = System.nanoTime() + (long) (timeout * 1e9);
        // the function may be re-run after a safepoint action interrupted it: wait for what is left
        return gil.blocking(s -> s.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS), sem);
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
        def(LOCK, "__repr__", (a, kw) -> String.format("<%s _thread.lock object at %s>", lock(a[0]).sem.availablePermits() == 0 ? "locked" : "unlocked", PyObjects.address(a[0])));
        def(RLOCK, "__repr__", (a, kw) -> {
            RLock r = rlock(a[0]);
            return String.format("<%s %s object owner=%d count=%d at %s>", r.count > 0 ? "locked" : "unlocked", CollectionsSupport.tpName(PyTypes.typeOf(a[0])), r.owner, r.count, PyObjects.address(a[0]));
        });
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
            if (!r.sem.tryAcquire()) {
                BytepyContext.get(null).getGil().blocking(s -> {
                    s.acquire();
                    return true;
                }, r.sem);
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

        // _local: the instance's __dict__ is switched to the current thread's dict before each access
        CollectionsSupport.newMethod(LOCAL, (a, kw) -> {
            PyType cls = (PyType) a[0];
            Object[] args = java.util.Arrays.copyOfRange(a, 1, a.length);
            if ((args.length > 0 || (kw != null && kw.size() > 0)) && cls.lookup("__init__") == PyTypes.OBJECT.lookup("__init__")) {
                throw PyErrors.typeError(null, "Initialization arguments are not supported");
            }
            PyObject self = new PyObject(cls);
            LocalState st = new LocalState(args, kw);
            self.hidden = st;
            PyDict dict = new PyDict();
            st.dicts.put(Thread.currentThread(), dict);
            self.replaceDict(dict);
            return self;
        });
        CollectionsSupport.rawMethod(LOCAL, "__getattribute__", (a, kw) -> {
            Args.count("__getattribute__", a, kw, 2, 2);
            String name = Args.str(a[1], "getattr");
            Object self = localSelf(a[0]);
            Object v = org.bytepy.runtime.PySpecial.genericGetAttr(self, name);
            if (v == null) {
                throw PyErrors.attributeError(null, "'%s' object has no attribute '%s'", PyObjects.typeName(self), name);
            }
            return v;
        });
        CollectionsSupport.rawMethod(LOCAL, "__setattr__", (a, kw) -> {
            Args.count("__setattr__", a, kw, 3, 3);
            String name = Args.str(a[1], "setattr");
            Object self = localSelf(a[0]);
            if (name.equals("__dict__")) {
                throw PyErrors.format(PyTypes.ATTRIBUTE_ERROR, null, "'%s' object attribute '__dict__' is read-only", PyObjects.typeName(self));
            }
            org.bytepy.runtime.PySpecial.genericSetAttr(self, name, a[2], null);
            return PyNone.NONE;
        });
        CollectionsSupport.rawMethod(LOCAL, "__delattr__", (a, kw) -> {
            Args.count("__delattr__", a, kw, 2, 2);
            String name = Args.str(a[1], "delattr");
            Object self = localSelf(a[0]);
            if (name.equals("__dict__")) {
                throw PyErrors.format(PyTypes.ATTRIBUTE_ERROR, null, "'%s' object attribute '__dict__' is read-only", PyObjects.typeName(self));
            }
            org.bytepy.runtime.PySpecial.genericDelAttr(self, name, null);
            return PyNone.NONE;
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

    /** The per-thread dicts of a {@code _thread._local} and the arguments its {@code __init__} gets in each new thread. */
    static final class LocalState {
        final java.util.Map<Thread, PyDict> dicts = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
        final Object[] args;
        final PyDict kw;

        LocalState(Object[] args, PyDict kw) {
            this.args = args;
            this.kw = kw;
        }
    }

    /** Switches {@code o}'s dict to the current thread's one (made, and {@code __init__} called, on a thread's first access). */
    @TruffleBoundary
    private static Object localSelf(Object o) {
        if (!(o instanceof PyObject po) || !(po.hidden instanceof LocalState st)) {
            throw PyErrors.typeError(null, "descriptor '__getattribute__' requires a '_thread._local' object but received a '%s'", PyObjects.typeName(o));
        }
        Thread t = Thread.currentThread();
        PyDict d = st.dicts.get(t);
        if (d == null) {
            d = new PyDict();
            st.dicts.put(t, d);
            po.replaceDict(d);
            Object init = po.getPyType().lookup("__init__");
            if (init != null && init != PyTypes.OBJECT.lookup("__init__")) {
                Object[] args = new Object[st.args.length + 1];
                args[0] = po;
                System.arraycopy(st.args, 0, args, 1, st.args.length);
                PyCalls.call(init, args, st.kw, null);
            }
        } else {
            po.replaceDict(d);
        }
        return po;
    }

    /** The body of a thread started by {@code start_new_thread}. */
    private static void runThread(BytepyContext ctx, Object fn, Object[] args, PyDict kw, int recursionLimit) {
        Gil gil = ctx.getGil();
        org.bytepy.runtime.PyThreadState ts = ctx.getThreadState();
        try {
            gil.acquire();
            if (recursionLimit != ts.getRecursionLimit()) {
                ts.setRecursionLimit(recursionLimit, null);
            }
            PyCalls.call(fn, args, kw, null);
        } catch (Gil.ThreadKilled killed) {
            // the context is closing: a daemon thread ends here
        } catch (org.bytepy.runtime.PyException e) {
            if (!e.getType().isSubtypeOf(PyTypes.SYSTEM_EXIT) && !gil.isShuttingDown()) {
                try {
                    ctx.err().print("Exception ignored in thread started by: " + PyObjects.repr(fn) + "\n" + org.bytepy.runtime.Tracebacks.format(e.getValue()));
                    ctx.err().flush();
                } catch (RuntimeException ignored) {
                    // nothing more to report
                }
            }
        } finally {
            ts.threadEnded();
            gil.unregister(Thread.currentThread());
            gil.release();
        }
    }

    @TruffleBoundary
    private static long startThread(BytepyContext ctx, Object fn, Object[] args, PyDict kw, long stackSize) {
        Gil gil = ctx.getGil();
        int limit = ctx.getThreadState().getRecursionLimit();
        Thread t;
        try {
            t = ctx.getEnv().newTruffleThreadBuilder(() -> runThread(ctx, fn, args, kw, limit)).stackSize(stackSize > 0 ? stackSize : 16L << 20).build();
        } catch (IllegalStateException | SecurityException e) {
            throw PyErrors.format(PyTypes.RUNTIME_ERROR, null, "can't start new thread");
        }
        ctx.startingThreads();
        gil.activate();
        gil.register(t);
        t.start();
        return t.threadId();
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
        Args.def(d, "_count", (a, kw) -> (long) ctx.getGil().threadCount());
        long[] stackSize = {0};
        Args.def(d, "stack_size", (a, kw) -> {
            Args.count("stack_size", a, kw, 0, 1);
            long old = stackSize[0];
            if (a.length == 1) {
                long size = CollectionsSupport.asLong(a[0]);
                if (size != 0 && size < 32768) {
                    throw PyErrors.valueError(null, "size not valid: %d bytes", size);
                }
                stackSize[0] = size;
            }
            return old;
        });
        Args.def(d, "daemon_threads_allowed", (a, kw) -> true);
        Args.def(d, "_is_main_interpreter", (a, kw) -> true);
        Args.def(d, "_set_sentinel", (a, kw) -> {
            // threading acquires it at once; the end of the thread releases it (join waits for that)
            Lock l = newLock();
            ctx.getThreadState().atThreadEnd(() -> {
                if (l.sem.availablePermits() == 0) {
                    l.sem.release();
                }
            });
            return l;
        });
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
            if (!(PyObject.unwrap(a[1]) instanceof PyTuple targs)) {
                throw PyErrors.typeError(null, "2nd arg must be a tuple");
            }
            PyDict tkw = null;
            if (a.length == 3) {
                if (!(PyObject.unwrap(a[2]) instanceof PyDict kd)) {
                    throw PyErrors.typeError(null, "optional 3rd arg must be a dictionary");
                }
                tkw = kd;
            }
            return startThread(ctx, a[0], PyObjects.toArray(targs, null), tkw, stackSize[0]);
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
            if (f[1] instanceof PyBaseException e) {
                sb.append(org.bytepy.runtime.Tracebacks.format(e));
            }
            // to sys.stderr, or the thread's saved stderr when sys.stderr is None
            Object stderr = ctx.getSysModule().dict.getStr("stderr");
            if ((stderr == null || stderr == PyNone.NONE) && thread != PyNone.NONE) {
                stderr = PyObjects.lookupAttr(thread, "_stderr");
            }
            if (stderr == null || stderr == PyNone.NONE) {
                return PyNone.NONE;
            }
            PyCalls.call(PyObjects.getAttr(stderr, "write", null), new Object[]{sb.toString()}, null, null);
            Object flush = PyObjects.lookupAttr(stderr, "flush");
            if (flush != null) {
                PyCalls.call(flush, new Object[0], null, null);
            }
            return PyNone.NONE;
        });
        return m;
    }
}
