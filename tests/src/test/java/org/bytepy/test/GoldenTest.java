package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: every {@code golden/<category>/NAME.py} is run as {@code __main__} and its stdout,
 * stderr and exit code are compared with the files produced by CPython 3.12.1:
 * <ul>
 * <li>{@code NAME.out} - expected stdout, compared exactly (missing file = empty output);</li>
 * <li>{@code NAME.err} - expected stderr, compared only if the file exists, after
 * {@link GoldenSupport#normalizeStderr normalization} (script paths in {@code File "..."} lines
 * reduced to the file name; CPython 3.12's {@code ^}/{@code ~} position markers are compared too);</li>
 * <li>{@code NAME.exit} - expected exit code (missing file = 0).</li>
 * </ul>
 * System properties:
 * <ul>
 * <li>{@code bytepy.root} - repository root (set by surefire); otherwise the classpath is used;</li>
 * <li>{@code golden.filter} - only run programs whose {@code category/NAME} contains this text
 * (comma-separated alternatives allowed);</li>
 * <li>{@code golden.timeout} - per-program time limit in seconds (default 60).</li>
 * </ul>
 */
public class GoldenTest {

    static final String LANGUAGE = "bytepy";

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        Path root = GoldenSupport.goldenRoot();
        List<Path> programs;
        try (Stream<Path> walk = Files.walk(root)) {
            programs = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".py"))
                            .sorted()
                            .toList();
        }
        if (programs.isEmpty()) {
            fail("no golden programs found under " + root);
        }
        String filter = System.getProperty("golden.filter", "").trim();
        java.util.Map<String, String> known = knownFailures(root);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs) {
            String name = GoldenSupport.displayName(root, program);
            if (!filter.isEmpty() && !GoldenSupport.matchesFilter(name, filter)) {
                continue;
            }
            String reason = known.get(name);
            if (reason == null) {
                tests.add(DynamicTest.dynamicTest(name, program.toUri(), () -> runProgram(name, program)));
            } else {
                tests.add(DynamicTest.dynamicTest(name, program.toUri(), () -> runKnownFailure(name, program, reason)));
            }
        }
        return tests.stream();
    }

    /**
     * {@code known-failures.txt}: {@code category/NAME reason} per line, for programs whose CPython
     * behaviour bytepy does not have yet. They are reported as skipped while they fail, and fail the
     * suite once they pass, so that the list cannot go stale.
     */
    static java.util.Map<String, String> knownFailures(Path root) throws IOException {
        java.util.Map<String, String> known = new java.util.HashMap<>();
        Path file = root.resolve("known-failures.txt");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int sp = line.indexOf(' ');
                known.put(sp < 0 ? line : line.substring(0, sp), sp < 0 ? "" : line.substring(sp + 1).strip());
            }
        }
        return known;
    }

    static void runKnownFailure(String name, Path program, String reason) throws IOException {
        try {
            runProgram(name, program);
        } catch (AssertionError e) {
            org.junit.jupiter.api.Assumptions.abort("known failure (" + reason + ")");
        }
        fail(name + " passes now: remove it from known-failures.txt");
    }

    static void runProgram(String name, Path program) throws IOException {
        String code = Files.readString(program, StandardCharsets.UTF_8);
        String fileName = program.getFileName().toString();
        Path dir = program.getParent();
        String base = fileName.substring(0, fileName.length() - ".py".length());

        String expectedOut = GoldenSupport.readOptional(dir.resolve(base + ".out"), "");
        String expectedErr = GoldenSupport.readOptional(dir.resolve(base + ".err"), null);
        String exitText = GoldenSupport.readOptional(dir.resolve(base + ".exit"), "0").trim();
        int expectedExit = Integer.parseInt(exitText.isEmpty() ? "0" : exitText);

        Result r = execute(code, fileName, GoldenSupport.timeoutSeconds());

        if (r.failure != null) {
            fail(name + ": " + r.failure
                            + "\n--- stdout so far ---\n" + r.out
                            + "\n--- stderr so far ---\n" + r.err, r.cause);
        }

        StringBuilder problems = new StringBuilder();
        String outDiff = GoldenSupport.diff(GoldenSupport.normalizeNewlines(expectedOut), GoldenSupport.normalizeNewlines(r.out));
        if (outDiff != null) {
            problems.append("stdout differs:\n").append(outDiff).append('\n');
        }
        if (expectedErr != null) {
            String errDiff = GoldenSupport.diff(GoldenSupport.normalizeStderr(expectedErr), GoldenSupport.normalizeStderr(r.err));
            if (errDiff != null) {
                problems.append("stderr differs (after normalization):\n").append(errDiff).append('\n');
            }
        }
        if (expectedExit != r.exitCode) {
            problems.append("exit code: expected ").append(expectedExit).append(", actual ").append(r.exitCode).append('\n');
        }
        if (!problems.isEmpty()) {
            if (expectedErr == null && !r.err.isEmpty()) {
                problems.append("--- actual stderr (not checked) ---\n").append(GoldenSupport.truncate(r.err)).append('\n');
            }
            fail(name + ":\n" + problems);
        }
    }

    record Result(String out, String err, int exitCode, String failure, Throwable cause) {
    }

    static Result execute(String code, String fileName, long timeoutSeconds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = 0;
        String failure = null;
        Throwable cause = null;
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "golden-watchdog");
            t.setDaemon(true);
            return t;
        });
        try (Context ctx = Context.newBuilder(LANGUAGE)
                        .out(out)
                        .err(err)
                        .in(new ByteArrayInputStream(new byte[0]))
                        .option("bytepy.MainScript", "true")
                        .arguments(LANGUAGE, new String[]{fileName})
                        .allowAllAccess(true)
                        .build()) {
            ScheduledFuture<?> cancel = watchdog.schedule(() -> {
                timedOut.set(true);
                try {
                    ctx.close(true);
                } catch (RuntimeException ignored) {
                    // best effort
                }
            }, timeoutSeconds, TimeUnit.SECONDS);
            try {
                ctx.eval(Source.newBuilder(LANGUAGE, code, fileName).build());
            } catch (PolyglotException e) {
                if (timedOut.get()) {
                    failure = "timed out after " + timeoutSeconds + "s";
                } else if (e.isExit()) {
                    exitCode = e.getExitStatus();
                } else {
                    failure = "uncaught PolyglotException (expected the language to report errors itself and exit): "
                                    + describe(e);
                    cause = e;
                }
            } finally {
                cancel.cancel(false);
            }
        } catch (PolyglotException e) {
            // thrown by close(): e.g. after cancellation or exit
            if (timedOut.get()) {
                failure = "timed out after " + timeoutSeconds + "s";
            } else if (e.isExit()) {
                exitCode = e.getExitStatus();
            } else if (!e.isCancelled() && failure == null) {
                failure = "PolyglotException while closing the context: " + describe(e);
                cause = e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // IllegalArgumentException (unknown language/option), IllegalStateException, ...
            failure = "cannot run program: " + e;
            cause = e;
        } finally {
            watchdog.shutdownNow();
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exitCode, failure, cause);
    }

    private static String describe(PolyglotException e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.isInternalError() ? "[internal error] " : e.isSyntaxError() ? "[syntax error] " : "[guest exception] ");
        sb.append(e.getMessage());
        if (e.getSourceLocation() != null) {
            sb.append(" at ").append(e.getSourceLocation());
        }
        return sb.toString();
    }
}

/** Helpers for {@link GoldenTest}: locating programs, reading, normalizing and diffing outputs. */
final class GoldenSupport {

    static final String RESOURCE_DIR = "golden";

    private GoldenSupport() {
    }

    static Path goldenRoot() {
        String root = System.getProperty("bytepy.root");
        if (root != null && !root.isBlank()) {
            Path p = Paths.get(root, "tests", "src", "test", "resources", RESOURCE_DIR).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        URL url = GoldenTest.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("cannot locate golden programs: set -Dbytepy.root=<repo root> (classpath gave " + url + ")");
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code category/NAME} (relative path without {@code .py}, with forward slashes). */
    static String displayName(Path root, Path program) {
        String rel = root.relativize(program).toString().replace('\\', '/');
        return rel.substring(0, rel.length() - ".py".length());
    }

    static boolean matchesFilter(String name, String filter) {
        for (String alt : filter.split(",")) {
            String a = alt.trim();
            if (!a.isEmpty() && name.contains(a)) {
                return true;
            }
        }
        return false;
    }

    static long timeoutSeconds() {
        try {
            return Long.parseLong(System.getProperty("golden.timeout", "60").trim());
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    static String readOptional(Path p, String dflt) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : dflt;
    }

    static String normalizeNewlines(String s) {
        return s.replace("\r\n", "\n");
    }

    /**
     * Drops lines consisting only of whitespace and {@code ^}/{@code ~} (CPython 3.12 position
     * markers; blank lines go too) and reduces {@code File "<dir>/NAME.py"} to {@code File "NAME.py"}
     * and a warning's {@code <dir>/NAME.py:LINE:} to {@code NAME.py:LINE:} (CPython reports the
     * absolute path of the main script).
     */
    static String normalizeStderr(String s) {
        StringBuilder sb = new StringBuilder();
        for (String line : normalizeNewlines(s).split("\n", -1)) {
            sb.append(stripScriptDir(line)).append('\n');
        }
        return sb.toString();
    }

    /** A warning line, {@code <dir>/NAME.py:LINE: Category: message}: its directory goes. */
    private static final java.util.regex.Pattern WARNING_LINE = java.util.regex.Pattern.compile("^[^\\s:]*[/\\\\]([^/\\\\\\s:]+\\.py:\\d+: )");

    private static String stripScriptDir(String line) {
        java.util.regex.Matcher w = WARNING_LINE.matcher(line);
        if (w.find()) {
            return w.group(1) + line.substring(w.end());
        }
        int i = line.indexOf("File \"");
        if (i < 0 || !line.substring(0, i).isBlank()) {
            return line;
        }
        int start = i + "File \"".length();
        int end = line.indexOf('"', start);
        if (end < 0) {
            return line;
        }
        String path = line.substring(start, end);
        if (path.startsWith("<")) {
            return line;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? line : line.substring(0, start) + path.substring(slash + 1) + line.substring(end);
    }

    /** Returns null if equal, otherwise a readable description of the first difference. */
    static String diff(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int n = Math.min(e.length, a.length);
        int line = 0;
        while (line < n && e[line].equals(a[line])) {
            line++;
        }
        StringBuilder sb = new StringBuilder();
        if (line < n) {
            sb.append("  first difference at line ").append(line + 1).append(":\n");
            sb.append("    expected: ").append(visible(e[line])).append('\n');
            sb.append("    actual:   ").append(visible(a[line])).append('\n');
        } else if (e.length > a.length) {
            sb.append("  actual output ends early at line ").append(line + 1).append("; next expected: ")
                            .append(visible(e[line])).append('\n');
        } else {
            sb.append("  actual output has extra lines from line ").append(line + 1).append(": ")
                            .append(visible(a[line])).append('\n');
        }
        sb.append("  --- expected ---\n").append(indent(truncate(expected)));
        sb.append("  --- actual ---\n").append(indent(truncate(actual)));
        return sb.toString();
    }

    static String truncate(String s) {
        final int max = 4000;
        return s.length() <= max ? s : s.substring(0, max) + "\n... (" + (s.length() - max) + " more chars)";
    }

    private static String indent(String s) {
        StringBuilder sb = new StringBuilder();
        for (String l : s.split("\n", -1)) {
            sb.append("  | ").append(l).append('\n');
        }
        return sb.toString();
    }

    /** Quotes a line and makes control characters and trailing whitespace visible. */
    private static String visible(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
