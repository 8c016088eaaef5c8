package org.bytepy.test.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/**
 * The Graal JIT compiles bytepy functions: a JVM with JVMCI and the compiler on its upgrade module
 * path runs a hot Python function with compilation tracing and must report it compiled by name, with
 * the right result. (The other tests run interpreter-only.)
 */
class JitTest {

    /** Runs in the forked JVM. */
    public static void main(String[] args) {
        try (Context ctx = Context.newBuilder("bytepy").allowExperimentalOptions(true).option("engine.TraceCompilation", "true").option("engine.BackgroundCompilation", "false")
                        .option("engine.CompilationFailureAction", "Throw").build()) {
            String src = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n" +
                            "def loop(n):\n    s = 0\n    i = 0\n    while i < n:\n        s += i * 2 % 7\n        i += 1\n    return s\n" +
                            "r = 0\nfor k in range(30):\n    r = fib(18) + loop(20000)\nr";
            System.out.println("result=" + ctx.eval("bytepy", src).asLong());
        }
    }

    @Test
    void pythonFunctionsAreCompiledByGraal() throws Exception {
        String jitPath = System.getProperty("bytepy.jit.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "--upgrade-module-path=" + jitPath,
                        "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED",
                        "-cp", System.getProperty("java.class.path"), JitTest.class.getName()));
        File log = Files.createTempFile("bytepy-jit", ".log").toFile();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "forked JVM did not finish");
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        log.delete();
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("result=" + (2584 + expectedLoop())), output);
        assertTrue(output.matches("(?s).*opt done .*\\bfib\\b.*"), "fib was not compiled:\n" + output);
        assertTrue(output.matches("(?s).*opt done .*\\bloop\\b.*"), "loop was not compiled:\n" + output);
        assertTrue(!output.contains("fallback runtime"), output);
    }

    private static long expectedLoop() {
        long s = 0;
        for (long i = 0; i < 20000; i++) {
            s += i * 2 % 7;
        }
        return s;
    }
}
