package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.bytepy.test.LauncherSupport.Result;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive prompt. With {@code -i} and stdin a pipe, the prompts go to stderr and the lines come
 * from stdin, as in CPython; the expected stdout, stderr (prompts, tracebacks) and status are what
 * CPython 3.12.1 printed for the same input. One test drives the real terminal (JLine, Ctrl-C at the
 * prompt and in running code, history) through a pseudo-terminal, when python3 is there to make one.
 */
class ReplTest {

    @Test
    void sessionAfterCommand() throws Exception {
        String input = "x=5\nx\nif x:\n  print(x)\n\n1/0\nprint(\"after\")\n1 +\nfor a in b:\n    1 +\n(1,\n2)\n\"\"\"a\n\nb\"\"\"\n" +
                        "import sys; sys.ps1 = \"A \"\n_\ndef f():\n    return y\n\nf()\nexit\nraise SystemExit(4)\nprint(\"not reached\")\n";
        Result r = LauncherSupport.run((Path) null, input, "-q", "-i", "-c", "y=1");
        assertEquals(4, r.status());
        assertEquals("5\n5\nafter\n(1, 2)\n'a\\n\\nb'\n'a\\n\\nb'\n1\nUse exit() or Ctrl-D (i.e. EOF) to exit\n", r.out());
        assertEquals(">>> >>> >>> ... ... >>> Traceback (most recent call last):\n" +
                        "  File \"<stdin>\", line 1, in <module>\n" +
                        "ZeroDivisionError: division by zero\n" +
                        ">>> >>>   File \"<stdin>\", line 1\n" +
                        "    1 +\n" +
                        "       ^\n" +
                        "SyntaxError: invalid syntax\n" +
                        ">>> ...   File \"<stdin>\", line 2\n" +
                        "    1 +\n" +
                        "       ^\n" +
                        "SyntaxError: invalid syntax\n" +
                        ">>> ... >>> ... ... >>> A A ... ... A A A ", r.err());
    }

    @Test
    void sessionAfterScriptWithError(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("scr.py");
        Files.writeString(script, "counter = 41\ncounter += 1\nraise ValueError(\"in script\")\n");
        String input = "import sys\nprint(counter, sys.flags.interactive)\ndef g():\n    return 1/0\n\ng()\nsys.last_type\nclass C:\n" +
                        "    def __repr__(self): return \"C!\"\n\nC()\n_\n[i for i in range(3)]\nsys.displayhook = lambda v: print(\"hook\", v)\n7\n" +
                        "sys.displayhook = sys.__displayhook__\n@staticmethod\ndef h(): pass\n\nif 1:\n  print(\"unfinished\")\n";
        Result r = LauncherSupport.run(dir, input, "-i", script.toString());
        assertEquals(0, r.status());
        assertEquals("42 1\n<class 'ZeroDivisionError'>\nC!\nC!\n[0, 1, 2]\nhook 7\nunfinished\n", r.out());
        assertEquals("Traceback (most recent call last):\n" +
                        "  File \"" + script + "\", line 3, in <module>\n" +
                        "    raise ValueError(\"in script\")\n" +
                        "ValueError: in script\n" +
                        ">>> >>> >>> ... ... >>> Traceback (most recent call last):\n" +
                        "  File \"<stdin>\", line 1, in <module>\n" +
                        "  File \"<stdin>\", line 2, in g\n" +
                        "ZeroDivisionError: division by zero\n" +
                        ">>> >>> ... ... >>> >>> >>> >>> >>> >>> >>> ... ... >>> ... ... \n>>> \n", r.err());
    }

    @Test
    void systemExitInScriptEntersPrompt() throws Exception {
        // python -i: even SystemExit prints its traceback and the prompt follows
        Result r = LauncherSupport.run((Path) null, "print('still here')\n", "-i", "-c", "import sys; sys.exit(3)");
        assertEquals(0, r.status());
        assertEquals("still here\n", r.out());
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nSystemExit: 3\n>>> >>> \n", r.err());
    }

    /** What the terminal showed in one step of pty_repl.py. */
    private static String segment(String out, String step) {
        int start = out.indexOf("[step] " + step + "\n");
        assertTrue(start >= 0, out);
        start += ("[step] " + step + "\n").length();
        int end = out.indexOf("[step] ", start);
        return out.substring(start, end < 0 ? out.indexOf("[exit]", start) : end);
    }

    /** The real terminal, through tests/src/test/resources/launcher/pty_repl.py (needs python3 for its pty module). */
    @Test
    void terminalSession() throws Exception {
        Path driver = Path.of(System.getProperty("bytepy.root"), "tests", "src", "test", "resources", "launcher", "pty_repl.py");
        boolean python = false;
        try {
            python = new ProcessBuilder("python3", "-c", "import pty").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            // no python3
        }
        Assumptions.assumeTrue(python, "python3 with pty is needed to make a pseudo-terminal");
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("python3", driver.toString()));
        java.util.List<String> launcher = LauncherSupport.command();
        launcher.removeIf(a -> a.startsWith("-Dbytepy.stdinIsTTY") || a.startsWith("-Dbytepy.stdoutIsTTY"));
        cmd.addAll(launcher);
        Path log = Files.createTempFile("bytepy-pty", ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(4, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        String out = Files.readString(log).replaceAll("\u001b\\[[?0-9;]*[a-zA-Z]|\u001b[=>]|\r", "");
        Files.deleteIfExists(log);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Python 3.12.0 (bytepy 0.1.0, Truffle Bytecode DSL) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n>>> "), out);
        assertTrue(segment(out, "echo").contains("x\n42\n>>> "), out);
        assertTrue(segment(out, "block").contains("0\n1\n>>> "), out);
        assertTrue(segment(out, "ctrl-c at prompt").endsWith("\nKeyboardInterrupt\n>>> \n"), out);
        String traceback = "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n>>> \n";
        assertTrue(segment(out, "ctrl-c in loop").endsWith(traceback), out);
        assertTrue(segment(out, "ctrl-c in sleep").endsWith(traceback), out);
        assertTrue(segment(out, "use").startsWith("y\n6\n>>> "), out);
        assertTrue(out.contains("[exit] 0"), out);
    }
}
