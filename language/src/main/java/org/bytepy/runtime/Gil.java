package org.bytepy.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.TruffleSafepoint;

/**
 * The global interpreter lock of one context: one thread runs Python code at a time, as in CPython, so
 * the Java structures behind Python objects (dicts, lists, ...) need no locking of their own.
 *
 * <p>Until the program starts its first thread the lock is not taken at all ({@link #active} is false and
 * every operation here is a field read). {@code _thread.start_new_thread} activates it: the starting
 * thread takes it, and from then on every Python thread holds it while it runs Python code. Blocking
 * operations ({@code lock.acquire}, {@code time.sleep}, waiting for a process, ...) release it through
 * {@link #blocking}. A timer thread hands it over: when another thread has been waiting for a switch
 * interval (5 ms, {@code sys.getswitchinterval()}) and the holder is still the same, the holder gets a
 * Truffle thread-local action that, at its next safepoint (a loop back-edge or call in the bytecode),
 * releases the lock and queues again behind the waiters (the lock is fair).
 */
public final class Gil {
    private final Env env;
    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile boolean active;
    private volatile Thread owner;
    private volatile boolean shuttingDown;
    private final AtomicBoolean switchPending = new AtomicBoolean();
    private Thread timer;
    /** The threads started by {@code _thread.start_new_thread} that have not finished. */
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    /** Every thread started (Truffle requires them all to have ended when the context closes). */
    private final java.util.List<Thread> started = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private volatile long switchIntervalNanos = 5_000_000;

    /** Thrown into the threads still running at exit (daemon threads): they end without running more Python code. */
    public static final class ThreadKilled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ThreadKilled() {
            super(null, null, false, false);
        }
    }

    private final ThreadLocalAction yieldAction = new ThreadLocalAction(false, false) {
        @Override
        protected void perform(Access access) {
            switchPending.set(false);
            yieldToWaiters();
        }
    };

    public Gil(Env env) {
        this.env = env;
    }

    public boolean isActive() {
        return active;
    }

    /** The first thread start: the calling thread (the only one running Python) takes the lock. */
    @TruffleBoundary
    public synchronized void activate() {
        if (active) {
            return;
        }
        lock.lock();
        owner = Thread.currentThread();
        active = true;
        timer = new Thread(this::switchLoop, "bytepy-gil-switch");
        timer.setDaemon(true);
        timer.start();
    }

    public void register(Thread t) {
        threads.add(t);
        if (started.size() >= 64) {
            started.removeIf(x -> !x.isAlive());
        }
        started.add(t);
    }

    public void unregister(Thread t) {
        threads.remove(t);
    }

    public int threadCount() {
        return threads.size();
    }

    /** {@code sys.setswitchinterval}. */
    public void setSwitchInterval(double seconds) {
        switchIntervalNanos = Math.max(1000L, (long) (seconds * 1e9));
    }

    public double getSwitchInterval() {
        return switchIntervalNanos / 1e9;
    }

    /** Takes the lock for the current thread (a new thread before its first Python code). */
    @TruffleBoundary
    public void acquire() {
        if (!active || lock.isHeldByCurrentThread()) {
            return;
        }
        TruffleSafepoint.setBlockedThreadInterruptible(null, ReentrantLock::lockInterruptibly, lock);
        owner = Thread.currentThread();
    }

    /** Gives the lock up (a thread that ends, or one about to block). */
    @TruffleBoundary
    public void release() {
        if (active && lock.isHeldByCurrentThread()) {
            owner = null;
            lock.unlock();
        }
    }

    /** A blocking operation: runs {@code fn(arg)} without the lock (and interruptible by Truffle's safepoint actions). */
    @TruffleBoundary
    public <T, R> R blocking(TruffleSafepoint.InterruptibleFunction<T, R> fn, T arg) {
        if (!active || !lock.isHeldByCurrentThread()) {
            return TruffleSafepoint.setBlockedThreadInterruptibleFunction(null, fn, arg);
        }
        release();
        try {
            return TruffleSafepoint.setBlockedThreadInterruptibleFunction(null, fn, arg);
        } finally {
            acquireUninterruptibly();
        }
    }

    private void acquireUninterruptibly() {
        lock.lock();
        owner = Thread.currentThread();
    }

    /** Lets waiting threads run (the holder at a safepoint, or {@code time.sleep(0)}). */
    @TruffleBoundary
    public void yieldToWaiters() {
        if (active && lock.isHeldByCurrentThread() && lock.hasQueuedThreads()) {
            owner = null;
            lock.unlock();
            Thread.yield();
            acquireUninterruptibly();
        }
    }

    private void switchLoop() {
        Thread last = null;
        while (!shuttingDown) {
            try {
                TimeUnit.NANOSECONDS.sleep(switchIntervalNanos);
            } catch (InterruptedException e) {
                return;
            }
            Thread holder = owner;
            if (holder != null && holder == last && lock.hasQueuedThreads() && switchPending.compareAndSet(false, true)) {
                try {
                    env.submitThreadLocal(new Thread[]{holder}, yieldAction);
                } catch (RuntimeException e) {
                    switchPending.set(false);
                }
            }
            last = holder;
        }
    }

    /**
     * The context is closing: the threads still running (daemon threads; the others were joined by
     * {@code threading._shutdown}) are stopped at their next safepoint, and the timer ends.
     */
    @TruffleBoundary
    public void shutdown() {
        if (!active) {
            return;
        }
        shuttingDown = true;
        if (timer != null) {
            timer.interrupt();
        }
        release();
        Thread[] live = threads.toArray(new Thread[0]);
        if (live.length > 0) {
            try {
                env.submitThreadLocal(live, new ThreadLocalAction(true, false) {
                    @Override
                    protected void perform(Access access) {
                        throw new ThreadKilled();
                    }
                });
            } catch (RuntimeException e) {
                // threads that already left the context
            }
        }
        Thread[] all;
        synchronized (started) {
            all = started.toArray(new Thread[0]);
        }
        for (Thread t : all) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    public boolean isShuttingDown() {
        return shuttingDown;
    }
}
