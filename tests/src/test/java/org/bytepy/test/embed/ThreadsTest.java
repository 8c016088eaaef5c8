package org.bytepy.test.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** Python threads in an embedded context: they run under the GIL and end when the context closes. */
class ThreadsTest {

    private static Context newContext(ByteArrayOutputStream out) {
        return Context.newBuilder("bytepy").out(out).err(out).allowCreateThread(true).option("engine.WarnInterpreterOnly", "false").build();
    }

    @Test
    void threadsShareStateUnderTheGil() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = newContext(out)) {
            ctx.eval("bytepy", """
                            import threading
                            total = 0
                            lock = threading.Lock()
                            def add():
                                global total
                                for _ in range(5000):
                                    with lock:
                                        total += 1
                            ts = [threading.Thread(target=add) for _ in range(4)]
                            for t in ts: t.start()
                            for t in ts: t.join()
                            """);
            assertEquals(20000, ctx.eval("bytepy", "total").asInt());
            assertEquals(1, ctx.eval("bytepy", "threading.active_count()").asInt());
        }
    }

    @Test
    void closingStopsThreadsStillRunning() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        try (Context ctx = newContext(out)) {
            ctx.eval("bytepy", """
                            import threading, time
                            started = threading.Event()
                            def forever():
                                started.set()
                                while True:
                                    pass
                            def sleeper():
                                time.sleep(60)
                            threading.Thread(target=forever, daemon=True).start()
                            threading.Thread(target=sleeper).start()
                            started.wait()
                            print("running", threading.active_count())
                            """);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("running 3"), out.toString(StandardCharsets.UTF_8));
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "close waited for the threads");
    }
}
