package org.bytepy.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code bytepy} command ({@code org.bytepy.launcher.BytepyLauncher}) in a child JVM on the
 * test class path, interpreter-only, with {@code -B}, stdin and stdout as pipes, and PYTHON* variables
 * removed from its environment (so that buffering and flags are the defaults).
 */
final class LauncherSupport {
    private LauncherSupport() {
    }

    record Result(int status, String out, String err) {
    }

    static List<String> command(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xss16m", "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED",
                        "-Dpolyglot.engine.WarnInterpreterOnly=false", "-Dbytepy.stdinIsTTY=false", "-Dbytepy.stdoutIsTTY=false",
                        "-cp", System.getProperty("java.class.path"), "org.bytepy.launcher.BytepyLauncher",
                        // no __pycache__ files from the tests (the bytecode cache is tested by BytecodeCacheTest)
                        "-B"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static ProcessBuilder builder(Path dir, String... args) {
        ProcessBuilder pb = new ProcessBuilder(command(args));
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        return pb;
    }

    /** Runs {@code bytepy args} with {@code stdin} as its input; waits at most two minutes. */
    static Result run(Path dir, String stdin, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bytepy-out", ".txt");
        Path err = Files.createTempFile("bytepy-err", ".txt");
        try {
            Process p = builder(dir, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("bytepy did not finish: " + String.join(" ", args));
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return run(null, "", args);
    }
}
