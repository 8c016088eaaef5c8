package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimitEvent;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;

/**
 * An embedder stops a runaway script: {@code Context.interrupt} (the context stays usable),
 * {@code Context.close(true)} from another thread (the context is closed, the engine stays usable), and
 * {@code ResourceLimits} with a statement limit (bytepy's statements carry {@code StatementTag}).
 */
class ResourceLimitTest {

    private static Context.Builder builder() {
        return Context.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false");
    }

    /** Evaluates {@code code} in {@code ctx} on the current thread after telling {@code started}. */
    private static void evalStarted(Context ctx, CountDownLatch started, String code) {
        ctx.getBindings("bytepy").putMember("started", (ProxyExecutable) args -> {
            started.countDown();
            return null;
        });
        ctx.eval("bytepy", code);
    }

    private static void interruptRunaway(String code) throws Exception {
        try (Context ctx = builder().build()) {
            ctx.eval("bytepy", "import time");
            CountDownLatch started = new CountDownLatch(1);
            Thread killer = new Thread(() -> {
                try {
                    assertTrue(started.await(60, TimeUnit.SECONDS));
                    Thread.sleep(200);
                    ctx.interrupt(Duration.ofSeconds(30));
                } catch (InterruptedException | TimeoutException e) {
                    throw new AssertionError(e);
                }
            });
            killer.start();
            long t0 = System.nanoTime();
            PolyglotException e = assertThrows(PolyglotException.class, () -> evalStarted(ctx, started, code));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            killer.join();
            assertTrue(e.isInterrupted(), () -> "interrupted: " + e);
            assertFalse(e.isInternalError());
            assertTrue(ms < 30_000, "stopped in " + ms + " ms");
            // the context is still usable, with its state
            assertEquals(42, ctx.eval("bytepy", "x = 40\nx + 2").asInt());
            assertEquals("ok", ctx.eval("bytepy", "time.sleep(0.01) or 'ok'").asString());
        }
    }

    @Test
    void interruptTightLoop() throws Exception {
        interruptRunaway("started()\nwhile True: pass\n");
    }

    @Test
    void interruptLoopOfBuiltinCalls() throws Exception {
        interruptRunaway("""
                        started()
                        while True:
                            s = sorted(str(i) for i in range(2000))
                            d = {k: len(k) for k in s}
                            ''.join(s).count('1')
                        """);
    }

    @Test
    void interruptRecursionAndExceptHandlers() throws Exception {
        // a handler that swallows every exception does not keep the script alive
        interruptRunaway("""
                        started()
                        def f(n):
                            try:
                                return f(n + 1) if n < 200 else 0
                            except BaseException:
                                return 0
                        while True:
                            try:
                                f(0)
                            except BaseException:
                                pass
                        """);
    }

    @Test
    void interruptSleep() throws Exception {
        interruptRunaway("started()\ntime.sleep(100)\n");
    }

    @Test
    void closeFromAnotherThread() throws Exception {
        try (Engine engine = Engine.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build()) {
            for (String code : new String[]{"started()\nwhile True: pass\n", "import time\nstarted()\ntime.sleep(100)\n"}) {
                Context ctx = Context.newBuilder("bytepy").engine(engine).build();
                CountDownLatch started = new CountDownLatch(1);
                Thread killer = new Thread(() -> {
                    try {
                        assertTrue(started.await(60, TimeUnit.SECONDS));
                        Thread.sleep(200);
                        ctx.close(true);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                });
                killer.start();
                PolyglotException e = assertThrows(PolyglotException.class, () -> evalStarted(ctx, started, code));
                killer.join();
                assertTrue(e.isCancelled(), () -> "cancelled: " + e);
                assertFalse(e.isInternalError());
                // a closed context refuses to run code (as cancelled, or as closed)
                try {
                    ctx.eval("bytepy", "1");
                    throw new AssertionError("a closed context ran code");
                } catch (PolyglotException closed) {
                    assertTrue(closed.isCancelled(), () -> "cancelled: " + closed);
                } catch (IllegalStateException closed) {
                    // closed
                }
                // the engine is still usable
                try (Context fresh = Context.newBuilder("bytepy").engine(engine).build()) {
                    assertEquals(3, fresh.eval("bytepy", "1 + 2").asInt());
                }
            }
        }
    }

    /** Closes a context that a resource limit cancelled: close() reports the cancellation once more. */
    private static void closeCancelled(Context ctx) {
        try {
            ctx.close();
        } catch (PolyglotException e) {
            assertTrue(e.isCancelled(), () -> "close: " + e);
        }
    }

    @Test
    void statementLimitStopsRunawayLoop() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(50_000, null).build();
        Context ctx = builder().resourceLimits(limits).build();
        try {
            // within the limit
            Value v = ctx.eval("bytepy", """
                            total = 0
                            for i in range(1000):
                                total += i
                            total
                            """);
            assertEquals(499500, v.asInt());
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("bytepy", "while True:\n    pass\n"));
            assertTrue(e.isResourceExhausted(), () -> "resource exhausted: " + e);
            assertTrue(e.isCancelled(), () -> "cancelled: " + e);
            assertFalse(e.isInternalError());
            // the context is cancelled: evaluating more is refused
            PolyglotException again = assertThrows(PolyglotException.class, () -> ctx.eval("bytepy", "1"));
            assertTrue(again.isCancelled());
        } finally {
            closeCancelled(ctx);
        }
    }

    @Test
    void statementLimitCountsStatementsOfFunctionsAndIsResettable() {
        ResourceLimitEvent[] seen = new ResourceLimitEvent[1];
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(20_000, null).onLimit(ev -> seen[0] = ev).build();
        Context ctx = builder().resourceLimits(limits).build();
        try {
            // 3 statements per call (def body) + loop statements: about 5,000 in all, below the limit
            ctx.eval("bytepy", """
                            def f(x):
                                y = x + 1
                                z = y * 2
                                return z
                            for i in range(1000):
                                f(i)
                            """);
            ctx.resetLimits();
            ctx.eval("bytepy", "for i in range(1000):\n    f(i)\n");
            ctx.resetLimits();
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("bytepy", "for i in range(100_000):\n    f(i)\n"));
            assertTrue(e.isResourceExhausted(), () -> "resource exhausted: " + e);
            assertTrue(seen[0] != null, "onLimit was called");
        } finally {
            closeCancelled(ctx);
        }
    }

    @Test
    void statementLimitSharedEngineNewContextWorks() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(10_000, null).build();
        try (Engine engine = Engine.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build()) {
            Context ctx = Context.newBuilder("bytepy").engine(engine).resourceLimits(limits).build();
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("bytepy", "def g():\n    while True:\n        x = 1\ng()\n"));
            assertTrue(e.isResourceExhausted());
            closeCancelled(ctx);
            try (Context ctx2 = Context.newBuilder("bytepy").engine(engine).resourceLimits(limits).build()) {
                assertEquals(55, ctx2.eval("bytepy", "sum(range(11))").asInt());
            }
        }
    }

    /** A program that really exhausts the heap gets MemoryError (before the GC thrashes) and survives it. */
    @Test
    void heapExhaustionGivesMemoryError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("oom.py"), """
                        l = []
                        try:
                            while True:
                                l.append([0] * 1000)
                        except MemoryError as e:
                            n = len(l)
                            l = None
                            print('MemoryError', type(e).__name__, n > 1000)
                        # memory is usable again
                        print(sum(len(x) for x in [[0] * 1000 for _ in range(1000)]))
                        """);
        java.util.List<String> cmd = new java.util.ArrayList<>(LauncherSupport.command("oom.py"));
        cmd.add(1, "-Xmx160m");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES));
        long s = (System.nanoTime() - t0) / 1_000_000_000L;
        assertEquals("MemoryError MemoryError True\n1000000\n", out, "after " + s + " s");
        assertEquals(0, p.exitValue());
    }
}
