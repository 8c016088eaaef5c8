package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bytepy.test.LauncherSupport.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bytepy} command's options, {@code -m}, programs from stdin, exit statuses and flushing
 * ("nothing lost"), each in a child process with pipes. Expected values are CPython 3.12's.
 */
class LauncherTest {

    @Test
    void flagsReachSys() throws Exception {
        Result r = LauncherSupport.run("-E", "-s", "-u", "-O", "-q", "-W", "error", "-X", "a=b", "-Xc", "-c",
                        "import sys; print(sys.argv, sys.flags.optimize, sys.flags.no_user_site, sys.flags.ignore_environment, sys.warnoptions, sys._xoptions)", "a");
        assertEquals("['-c', 'a'] 1 1 1 ['error'] {'a': 'b', 'c': True}\n", r.out(), r.err());
        r = LauncherSupport.run("-IOO", "-c", "import sys; print(sys.flags.isolated, sys.flags.safe_path, sys.flags.optimize, sys.flags.inspect)");
        assertEquals("1 True 2 0\n", r.out(), r.err());
    }

    @Test
    void unknownOption() throws Exception {
        Result r = LauncherSupport.run("-Z");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("Unknown option: -Z\nusage: bytepy"), r.err());
    }

    @Test
    void programFromStdin(@TempDir Path dir) throws Exception {
        Result r = LauncherSupport.run(dir, "import sys\nprint('piped', sys.argv)\n");
        assertEquals("piped ['']\n", r.out(), r.err());
        r = LauncherSupport.run(dir, "import sys\nprint('dash', sys.argv)\n", "-", "x", "y");
        assertEquals("dash ['-', 'x', 'y']\n", r.out(), r.err());
    }

    @Test
    void stdinIsOneStream() throws Exception {
        // input() and sys.stdin read from one buffer: nothing read ahead by one is lost to the other
        Result r = LauncherSupport.run((Path) null, "a\nb\nc\nd\n", "-c", "import sys; print(input()); print(repr(sys.stdin.readline())); print([l for l in sys.stdin])");
        assertEquals("a\n'b\\n'\n['c\\n', 'd\\n']\n", r.out(), r.err());
    }

    @Test
    void runModuleAsMain(@TempDir Path dir) throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        String body = "import sys; print(sys.argv[0] == __file__, __name__, __package__, __spec__.name, sys.argv[1:])\n";
        Files.writeString(pkg.resolve("__main__.py"), body);
        Files.writeString(pkg.resolve("mod.py"), body);
        Files.writeString(dir.resolve("top.py"), "import sys, os\nprint(__name__, sys.argv[0] == os.path.join(sys.path[0], 'top.py'))\n");
        Files.createDirectories(dir.resolve("nomain"));
        Files.writeString(dir.resolve("nomain").resolve("__init__.py"), "");

        assertEquals("True __main__ pkg pkg.__main__ ['x']\n", LauncherSupport.run(dir, "", "-m", "pkg", "x").out());
        assertEquals("True __main__ pkg pkg.mod ['y', 'z']\n", LauncherSupport.run(dir, "", "-m", "pkg.mod", "y", "z").out());
        assertEquals("__main__ True\n", LauncherSupport.run(dir, "", "-m", "top").out());
        Result r = LauncherSupport.run(dir, "", "-m", "nope");
        assertEquals(1, r.status());
        assertEquals("bytepy: No module named nope\n", r.err());
        r = LauncherSupport.run(dir, "", "-m", "nomain");
        assertEquals(1, r.status());
        assertEquals("bytepy: No module named nomain.__main__; 'nomain' is a package and cannot be directly executed\n", r.err());
    }

    @Test
    void runStandardLibraryModules() throws Exception {
        Result r = LauncherSupport.run("-m", "timeit", "-n", "10", "-r", "2", "x = 1 + 1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("10 loops, best of 2: "), r.out());
        r = LauncherSupport.run((Path) null, "{\"b\": 1, \"a\": [1,2]}\n", "-m", "json.tool", "--sort-keys");
        assertEquals(0, r.status(), r.err());
        assertEquals("{\n    \"a\": [\n        1,\n        2\n    ],\n    \"b\": 1\n}\n", r.out());
    }

    @Test
    void outputIsFlushedAtEveryExit() throws Exception {
        // normal end, sys.exit, an uncaught exception, KeyboardInterrupt: what was written arrives
        Result r = LauncherSupport.run("-c", "import sys, atexit\natexit.register(lambda: print('atexit'))\nsys.stdout.write('partial')");
        assertEquals(0, r.status());
        assertEquals("partialatexit\n", r.out());
        r = LauncherSupport.run("-c", "import sys\nsys.stdout.write('before exit')\nsys.exit(3)");
        assertEquals(3, r.status());
        assertEquals("before exit", r.out());
        r = LauncherSupport.run("-c", "import sys\nsys.stdout.write('before error')\n1/0");
        assertEquals(1, r.status());
        assertEquals("before error", r.out());
        assertTrue(r.err().endsWith("ZeroDivisionError: division by zero\n"), r.err());
        r = LauncherSupport.run("-c", "import sys\nsys.stdout.write('before interrupt')\nraise KeyboardInterrupt");
        assertEquals(130, r.status());
        assertEquals("before interrupt", r.out());
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\nKeyboardInterrupt\n", r.err());
    }

    @Test
    void osExitDoesNotFlush() throws Exception {
        // as CPython with stdout a pipe: the buffered text and the atexit functions are lost
        Result r = LauncherSupport.run("-c", "import os, sys, atexit\natexit.register(lambda: print('atexit'))\nsys.stdout.write('lost')\nos._exit(4)");
        assertEquals(4, r.status());
        assertEquals("", r.out());
        // -u: nothing is buffered, so nothing is lost
        r = LauncherSupport.run("-u", "-c", "import os, sys\nsys.stdout.write('kept')\nos._exit(0)");
        assertEquals("kept", r.out());
    }

    @Test
    void exitAndQuit() throws Exception {
        Result r = LauncherSupport.run("-c", "print(repr(exit)); print(quit)\nexit(5)");
        assertEquals(5, r.status());
        assertEquals("Use exit() or Ctrl-D (i.e. EOF) to exit\nUse quit() or Ctrl-D (i.e. EOF) to exit\n", r.out());
        assertFalse(r.err().contains("Traceback"), r.err());
    }
}
