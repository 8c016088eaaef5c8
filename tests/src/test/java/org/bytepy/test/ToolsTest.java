package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * The GraalVM profiler tools on bytepy code, run through a Context with the tool's option on:
 * {@code --cputracer} counts each Python function's calls exactly, {@code --cpusampler} names our
 * functions with their file and line.
 */
class ToolsTest {
    static final String FIB = """
                    def fib(n):
                        if n < 2:
                            return n
                        return fib(n - 1) + fib(n - 2)

                    def main():
                        total = 0
                        for i in range(15):
                            total += fib(i)
                        return total

                    main()
                    """;

    private static String run(String tool, String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("bytepy").out(out).err(out).option(tool, "true") //
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval(Source.newBuilder("bytepy", code, "fib.py").buildLiteral());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cputracerCountsCalls() {
        String out = run("cputracer", FIB);
        // sum over i < 15 of the calls fib(i) makes: 2 * fib(i + 1) - 1
        long expected = 0;
        long a = 0, b = 1;
        for (int i = 0; i < 15; i++) {
            long next = a + b;
            a = b;
            b = next;
            expected += 2 * a - 1;
        }
        Matcher fib = Pattern.compile("(?m)^\\s*fib\\s*\\|\\s*(\\d+)\\s.*\\|\\s*fib\\.py~1-4:").matcher(out);
        assertTrue(fib.find(), out);
        assertTrue(Long.parseLong(fib.group(1)) == expected, "fib calls " + fib.group(1) + " != " + expected + "\n" + out);
        Matcher main = Pattern.compile("(?m)^\\s*main\\s*\\|\\s*1\\s.*\\|\\s*fib\\.py~6-10:").matcher(out);
        assertTrue(main.find(), out);
    }

    @Test
    void cpusamplerNamesFunctions() {
        String busy = """
                        def spin(n):
                            s = 0
                            for i in range(n):
                                s += i % 7
                            return s

                        def main():
                            t = 0
                            for _ in range(30):
                                t += spin(20000)
                            return t

                        main()
                        """;
        String out = run("cpusampler", busy);
        assertTrue(out.contains("Sampling Histogram"), out);
        Matcher spin = Pattern.compile("(?m)^\\s*spin\\s*\\|\\|\\s*\\d+ms\\s+(\\d+\\.\\d)%.*fib\\.py~1-5:").matcher(out);
        assertTrue(spin.find(), out);
        Matcher main = Pattern.compile("(?m)^\\s*main\\s*\\|\\|\\s*\\d+ms\\s+(\\d+\\.\\d)%.*fib\\.py~7-11:").matcher(out);
        assertTrue(main.find(), out);
        double mainTotal = Double.parseDouble(main.group(1));
        assertTrue(mainTotal > 50.0 && mainTotal <= 100.0, out);
    }
}
