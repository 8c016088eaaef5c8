package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C: SIGINT sent to a running {@code bytepy} raises KeyboardInterrupt in the Python code (in a
 * tight loop and in {@code time.sleep}); {@code finally} blocks run, the traceback names the line, the
 * exit status is 130; a Python-level {@code signal.signal(SIGINT, handler)} runs instead.
 */
class LauncherSignalTest {

    /** A process whose parent ignores SIGINT (a background job of a shell) cannot handle it, as with CPython. */
    private static boolean sigintIgnoredHere() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 2) != 0;
            }
        }
        return false;
    }

    private record Outcome(int status, String out, String err) {
    }

    /** Starts {@code script}, waits for its "ready" line, sends SIGINT, and collects the rest. */
    private static Outcome interrupt(Path dir, String script) throws Exception {
        Assumptions.assumeFalse(sigintIgnoredHere(), "SIGINT is ignored in this process tree");
        Path file = dir.resolve("prog.py");
        Files.writeString(file, script);
        Path err = dir.resolve("err.txt");
        Process p = LauncherSupport.builder(dir, file.toString()).redirectError(err.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine());
        Thread.sleep(500);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
        StringBuilder rest = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            rest.append(line).append('\n');
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bytepy did not stop after SIGINT");
        }
        return new Outcome(p.exitValue(), rest.toString(), Files.readString(err));
    }

    @Test
    void interruptsTightLoop(@TempDir Path dir) throws Exception {
        Outcome o = interrupt(dir, "print('ready', flush=True)\nn = 0\ntry:\n    while True:\n        n += 1\nfinally:\n    print('finally ran')\n");
        assertEquals(130, o.status(), o.err());
        assertEquals("finally ran\n", o.out());
        assertTrue(o.err().startsWith("Traceback (most recent call last):\n  File \"" + dir.resolve("prog.py") + "\", line 5, in <module>\n"), o.err());
        assertTrue(o.err().endsWith("\nKeyboardInterrupt\n"), o.err());
    }

    @Test
    void interruptsSleep(@TempDir Path dir) throws Exception {
        Outcome o = interrupt(dir, "import time\nprint('ready', flush=True)\ntry:\n    time.sleep(100)\nexcept KeyboardInterrupt:\n    print('caught')\n");
        assertEquals(0, o.status(), o.err());
        assertEquals("caught\n", o.out());
    }

    @Test
    void pythonHandlerRuns(@TempDir Path dir) throws Exception {
        Outcome o = interrupt(dir, "import signal\ndef h(n, f):\n    print('handled', n, flush=True)\n    raise SystemExit(7)\n" +
                        "signal.signal(signal.SIGINT, h)\nprint('ready', flush=True)\nwhile True: pass\n");
        assertEquals(7, o.status(), o.err());
        assertEquals("handled 2\n", o.out());
    }
}
