package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code __pycache__} cache is never trusted when it should not be: contexts and processes that
 * compile the same module at the same moment, and a writer killed (SIGKILL) at random moments while it
 * keeps rewriting the cache, leave files that later imports either use correctly or ignore and rewrite.
 */
class CacheRaceTest {
    @TempDir
    Path dir;

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static Path cacheFile(Path dir) {
        return dir.resolve("__pycache__").resolve("cachedmod.bytepy-312.pyc");
    }

    /** Imports {@code cachedmod} from {@code dir} in a fresh context; returns {@code cachedmod.result()}. */
    private static String importInContext(Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder("bytepy").out(out).err(out).allowAllAccess(true).environment("PYTHONDONTWRITEBYTECODE", "")
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            ctx.eval("bytepy", "import sys\nsys.path.insert(0, " + pyString(dir.toString()) + ")\nimport cachedmod\n");
            return ctx.eval("bytepy", "cachedmod.result()").asString();
        } catch (RuntimeException e) {
            throw new AssertionError("bytepy failed: " + e + "\n" + out.toString(StandardCharsets.UTF_8), e);
        }
    }

    /** The bytepy command of {@link LauncherSupport}, but writing the cache (no -B). */
    private static List<String> launcherWithCache(String... args) {
        List<String> cmd = new ArrayList<>(LauncherSupport.command());
        cmd.remove(cmd.size() - 1); // -B
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    private static ProcessBuilder processBuilder(Path dir, String... args) {
        ProcessBuilder pb = new ProcessBuilder(launcherWithCache(args));
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        pb.directory(dir.toFile());
        return pb;
    }

    @Test
    void contextsCompilingTheSameModuleAtOnce() throws Exception {
        Files.writeString(dir.resolve("cachedmod.py"), BytecodeCacheTest.MODULE);
        String expected = importInContext(dir);
        byte[] good = Files.readAllBytes(cacheFile(dir));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                Files.delete(cacheFile(dir));
                CyclicBarrier barrier = new CyclicBarrier(4);
                List<Future<String>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    results.add(pool.submit(() -> {
                        barrier.await(60, TimeUnit.SECONDS);
                        return importInContext(dir);
                    }));
                }
                for (Future<String> f : results) {
                    assertEquals(expected, f.get(5, TimeUnit.MINUTES));
                }
                assertTrue(Arrays.equals(good, Files.readAllBytes(cacheFile(dir))), "round " + round + ": one whole cache file");
                assertEquals(expected, importInContext(dir), "the cache written by the race is used");
                try (Stream<Path> files = Files.list(dir.resolve("__pycache__"))) {
                    assertEquals(List.of(cacheFile(dir)), files.toList(), "no temporary files left");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void processesCompilingTheSameModuleAtOnce() throws Exception {
        Files.writeString(dir.resolve("cachedmod.py"), BytecodeCacheTest.MODULE);
        String expected = importInContext(dir);
        byte[] good = Files.readAllBytes(cacheFile(dir));
        Files.delete(cacheFile(dir));
        Files.writeString(dir.resolve("main.py"), "import cachedmod\nprint(cachedmod.result())\n");
        List<Process> ps = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve("out" + i + ".txt");
            outs.add(out);
            ps.add(processBuilder(dir, "main.py").redirectOutput(out.toFile()).redirectErrorStream(true).start());
        }
        for (int i = 0; i < ps.size(); i++) {
            assertTrue(ps.get(i).waitFor(3, TimeUnit.MINUTES), "finished");
            assertEquals(0, ps.get(i).exitValue(), Files.readString(outs.get(i)));
            assertEquals(expected + "\n", Files.readString(outs.get(i)));
        }
        assertTrue(Arrays.equals(good, Files.readAllBytes(cacheFile(dir))), "one whole cache file");
        assertEquals(expected, importInContext(dir));
    }

    /** A module whose source and value change with {@code n} (its size too, so a stale cache is recognized). */
    static String versionedModule(int n) {
        StringBuilder sb = new StringBuilder(BytecodeCacheTest.MODULE);
        sb.append("\nVERSION = ").append(n).append("\n");
        sb.append("def result2():\n    return (VERSION, result())\n");
        sb.append("#".repeat(n % 500));
        return sb.toString();
    }

    @Test
    void aWriterKilledAtRandomMomentsLeavesNothingTrusted() throws Exception {
        // the child rewrites the module (atomically) and re-imports it, so it keeps rewriting the cache
        String child = """
                        import importlib, os, sys
                        sys.path.insert(0, os.getcwd())
                        base = open('base.txt').read()
                        n = 0
                        while True:
                            n += 1
                            src = base + '\\nVERSION = %d\\ndef result2():\\n    return (VERSION, result())\\n' % n + '#' * (n % 500)
                            with open('cachedmod.tmp', 'w') as f:
                                f.write(src)
                            os.replace('cachedmod.tmp', 'cachedmod.py')
                            importlib.invalidate_caches()
                            sys.modules.pop('cachedmod', None)
                            import cachedmod
                            assert cachedmod.VERSION == n
                            if n == 1:
                                print('looping', flush=True)
                        """;
        Files.writeString(dir.resolve("base.txt"), BytecodeCacheTest.MODULE);
        Files.writeString(dir.resolve("child.py"), child);
        Files.writeString(dir.resolve("cachedmod.py"), versionedModule(0));
        String base = importInContext(dir);
        java.util.Random random = new java.util.Random(9);
        for (int kill = 0; kill < 3; kill++) {
            Process p = processBuilder(dir, "child.py").redirectErrorStream(true).start();
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = r.readLine();
            assertEquals("looping", line);
            Thread.sleep(50 + random.nextInt(1500));
            p.destroyForcibly();
            p.waitFor(1, TimeUnit.MINUTES);
            // whatever the killed writer left, the module imports with its current source's value
            String src = Files.readString(dir.resolve("cachedmod.py"));
            int version = Integer.parseInt(src.substring(src.indexOf("\nVERSION = ") + 11).split("\n")[0].trim());
            for (int i = 0; i < 2; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (Context ctx = Context.newBuilder("bytepy").out(out).err(out).allowAllAccess(true).environment("PYTHONDONTWRITEBYTECODE", "")
                                .option("engine.WarnInterpreterOnly", "false").build()) {
                    ctx.eval("bytepy", "import sys\nsys.path.insert(0, " + pyString(dir.toString()) + ")\nimport cachedmod\n");
                    assertEquals(version, ctx.eval("bytepy", "cachedmod.result2()[0]").asInt(), "kill " + kill + ", import " + i);
                    assertEquals(base, ctx.eval("bytepy", "cachedmod.result2()[1]").asString(), "kill " + kill + ", import " + i);
                }
            }
            // a writer's leftover temporary file and a truncated cache file are harmless too
            byte[] cache = Files.readAllBytes(cacheFile(dir));
            Files.write(dir.resolve("__pycache__").resolve("cachedmod.bytepy-312.pyc.999999.1.tmp"), Arrays.copyOf(cache, cache.length / 3));
            Files.write(cacheFile(dir), Arrays.copyOf(cache, cache.length - 1));
            String again = importInContext(dir);
            assertEquals(base, again);
            assertTrue(Arrays.equals(cache, Files.readAllBytes(cacheFile(dir))), "rewritten whole");
            Files.delete(dir.resolve("__pycache__").resolve("cachedmod.bytepy-312.pyc.999999.1.tmp"));
        }
    }
}
