package org.bytepy.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.management.NotificationEmitter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;

import org.bytepy.BytepyContext;

/**
 * {@code MemoryError} before the JVM runs out of heap: a program that keeps allocating (e.g.
 * {@code l.append([0] * 1000)} forever) would otherwise make the GC thrash for minutes and then die
 * with an {@code OutOfMemoryError} that may hit any thread. The JVM's own low-memory detection is used
 * (no polling): a collection usage threshold on the heap pools that have a maximum, at
 * {@value #FRACTION} of it; when a garbage collection leaves more than that live, the next safepoint of
 * a thread running Python code (a loop back edge, a call) raises {@code MemoryError}, once per
 * crossing (at most one a second), so the program can drop what it holds and go on, as in CPython.
 */
public final class LowMemory {
    private LowMemory() {
    }

    static final double FRACTION = 0.9;

    private static final Set<BytepyContext> CONTEXTS = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static final AtomicBoolean PENDING = new AtomicBoolean();
    private static volatile long lastRaised;
    private static boolean installed;

    /** Called when a context is initialized: its threads may get the MemoryError. */
    public static void register(BytepyContext ctx) {
        CONTEXTS.add(ctx);
        synchronized (LowMemory.class) {
            if (!installed) {
                installed = true;
                install();
            }
        }
    }

    public static void unregister(BytepyContext ctx) {
        CONTEXTS.remove(ctx);
    }

    private static void install() {
        try {
            boolean any = false;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                long max = pool.getUsage().getMax();
                if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                    pool.setCollectionUsageThreshold((long) (max * FRACTION));
                    any = true;
                }
            }
            if (any && ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
                        lowMemory();
                    }
                }, null, null);
            }
        } catch (RuntimeException | LinkageError e) {
            // no management beans (e.g. a restricted host): only OutOfMemoryError itself becomes MemoryError
        }
    }

    /** On the JVM's notification thread after a collection that left the heap nearly full. */
    private static void lowMemory() {
        long now = System.nanoTime();
        if (now - lastRaised < 1_000_000_000L) {
            return;
        }
        PENDING.set(true);
        List<BytepyContext> contexts;
        synchronized (CONTEXTS) {
            contexts = new ArrayList<>(CONTEXTS);
        }
        for (BytepyContext ctx : contexts) {
            try {
                ctx.getEnv().submitThreadLocal(null, new ThreadLocalAction(true, false) {
                    @Override
                    protected void perform(Access access) {
                        raise(access);
                    }
                });
            } catch (IllegalStateException | UnsupportedOperationException e) {
                // the context is closed or closing
            }
        }
    }

    @TruffleBoundary
    private static void raise(ThreadLocalAction.Access access) {
        // the first thread that gets here takes it; the others go on
        if (PENDING.compareAndSet(true, false)) {
            lastRaised = System.nanoTime();
            throw PyErrors.raise(PyTypes.MEMORY_ERROR, null, access.getLocation());
        }
    }
}
