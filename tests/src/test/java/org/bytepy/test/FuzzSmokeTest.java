package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential fuzzer's smoke run (tools/fuzz, issue "Reliability"): CPython 3.12 generates and
 * runs a fixed-seed batch of random programs and mutated golden tests ({@code fuzz --prepare}), bytepy
 * runs the same batch in-process through the fuzzer's driver, and {@code fuzz --compare} judges the
 * results. It fails on an internal error, a crash or a hang of bytepy, and on any difference in a
 * generated program; differences in mutated programs (parser messages and limits) are printed as
 * findings. Skipped where no CPython is installed.
 */
class FuzzSmokeTest {
    static final int COUNT = 400;
    static final int SEED = 20261124;
    static final long TIMEOUT_SECONDS = 240;

    @TempDir
    Path dir;

    @Test
    void aFixedSeedBatchBehavesAsOnCPython() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        if (!Files.exists(root.resolve("tools/fuzz/fuzz"))) {
            root = root.getParent();
        }
        Path fuzz = root.resolve("tools/fuzz/fuzz");
        Assumptions.assumeTrue(Files.exists(fuzz), "tools/fuzz not found from " + System.getProperty("user.dir"));
        String python = findPython();
        Assumptions.assumeTrue(python != null, "no CPython (python3.12 or python3) to produce the expected results");

        Path work = dir.resolve("programs");
        ProcessBuilder prepBuilder = new ProcessBuilder(python, fuzz.toString(), "--prepare", work.toString(), "--seed", String.valueOf(SEED),
                        "--count", String.valueOf(COUNT), "--mutate", "0.25").redirectErrorStream(true);
        prepBuilder.environment().put("PYENV_VERSION", "3.12.1");
        Process prep = prepBuilder.start();
        String prepOut = new String(prep.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, prep.waitFor(), "fuzz --prepare failed:\n" + prepOut);

        List<String> programs = new ArrayList<>();
        try (Stream<Path> s = Files.list(work)) {
            s.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().forEach(p -> programs.add(p.toString()));
        }
        Path list = dir.resolve("programs.lst");
        Files.writeString(list, String.join("\n", programs) + "\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fuzz-watchdog");
            t.setDaemon(true);
            return t;
        });
        try (Context ctx = Context.newBuilder("bytepy").out(out).err(new ByteArrayOutputStream()).in(new ByteArrayInputStream(new byte[0]))
                        .allowAllAccess(true).option("engine.WarnInterpreterOnly", "false").build()) {
            ScheduledFuture<?> cancel = watchdog.schedule(() -> {
                timedOut.set(true);
                try {
                    ctx.close(true);
                } catch (RuntimeException ignored) {
                    // best effort
                }
            }, TIMEOUT_SECONDS, TimeUnit.SECONDS);
            try {
                ctx.eval("bytepy", "import sys\nsys.argv = ['driver.py', " + pyString(list.toString()) + "]\n" +
                                "exec(compile(open(" + pyString(fuzz.resolveSibling("driver.py").toString()) + ").read(), 'driver.py', 'exec'), {'__name__': '__main__'})\n");
            } catch (PolyglotException e) {
                String last = lastStarted(out.toString(StandardCharsets.UTF_8));
                if (timedOut.get()) {
                    fail("bytepy hung on " + last + " (no result after " + TIMEOUT_SECONDS + " s for the batch)");
                }
                fail("bytepy failed on " + last + ": " + e + (e.isInternalError() ? " (internal error)" : ""), e);
            } finally {
                cancel.cancel(false);
            }
        } catch (PolyglotException e) {
            if (!timedOut.get()) {
                throw e;
            }
        } finally {
            watchdog.shutdownNow();
        }

        Path actual = dir.resolve("actual.jsonl");
        Files.write(actual, out.toByteArray());
        ProcessBuilder cmpBuilder = new ProcessBuilder(python, fuzz.toString(), "--compare", work.resolve("expected.jsonl").toString(), actual.toString())
                        .redirectErrorStream(true);
        cmpBuilder.environment().put("PYENV_VERSION", "3.12.1");
        Process cmp = cmpBuilder.start();
        String report = new String(cmp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(report);
        assertEquals(0, cmp.waitFor(), "fuzz --compare found bugs:\n" + report);
    }

    private static String lastStarted(String output) {
        int i = output.lastIndexOf("START ");
        if (i < 0) {
            return "<start-up>";
        }
        int end = output.indexOf('\n', i);
        return output.substring(i + 6, end < 0 ? output.length() : end);
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** CPython 3.12 if pyenv has it, else python3; null if there is none. */
    private static String findPython() throws InterruptedException {
        for (String candidate : new String[]{"python3.12", "python3"}) {
            try {
                ProcessBuilder pb = new ProcessBuilder(candidate, "-c", "import sys; print(sys.version_info >= (3, 8))");
                pb.environment().put("PYENV_VERSION", "3.12.1");
                Process p = pb.redirectErrorStream(true).start();
                String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (p.waitFor() == 0 && v.endsWith("True")) {
                    return candidate;
                }
            } catch (IOException e) {
                // not installed
            }
        }
        return null;
    }
}
