package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;

/**
 * A Context only does what its builder allowed: each permission (IO, host class lookup, process
 * creation, environment) denied and allowed. Denied operations are Python exceptions (PermissionError,
 * NotImplementedError, ...) that the program catches and survives, never a Java exception or an
 * internal error; the standard library imports without any IO access (it is an internal resource).
 */
class SandboxTest {

    /** A probe helper: runs {@code f()} and prints its result or its exception's type and message. */
    private static final String PROBE = """
                    def probe(name, f):
                        try:
                            r = f()
                            print(name, 'ok', r)
                        except BaseException as e:
                            print(name, type(e).__name__, e)
                    """;

    private static String run(Consumer<Context.Builder> config, String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Context.Builder b = Context.newBuilder("bytepy").out(out).err(out).option("engine.WarnInterpreterOnly", "false");
        config.accept(b);
        try (Context ctx = b.build()) {
            ctx.eval("bytepy", PROBE + code);
        } catch (PolyglotException e) {
            assertFalse(e.isInternalError(), () -> "internal error: " + e + "\noutput:\n" + out.toString(StandardCharsets.UTF_8));
            throw e;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertContains(String out, String... lines) {
        for (String l : lines) {
            assertTrue(out.contains(l + "\n"), () -> "missing line: " + l + "\noutput:\n" + out);
        }
    }

    @Test
    void noIoAccessMeansNoHostFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        String p = secret.toString();
        String d = dir.toString();
        String out = run(b -> {
        }, """
                        import os, json, collections, re
                        print('stdlib', json.dumps(collections.OrderedDict(a=re.sub('x', 'y', 'x'))))
                        probe('open', lambda: open(%1$s).read())
                        probe('open-w', lambda: open(%2$s + '/new.txt', 'w'))
                        probe('os.open', lambda: os.open(%1$s, os.O_RDONLY))
                        probe('listdir', lambda: os.listdir(%2$s))
                        probe('scandir', lambda: list(os.scandir(%2$s)))
                        probe('stat', lambda: os.stat(%1$s).st_size)
                        probe('lstat', lambda: os.lstat(%1$s).st_size)
                        probe('mkdir', lambda: os.mkdir(%2$s + '/sub'))
                        probe('remove', lambda: os.remove(%1$s))
                        probe('rename', lambda: os.rename(%1$s, %2$s + '/moved'))
                        probe('exists', lambda: os.path.exists(%1$s))
                        probe('isfile', lambda: os.path.isfile(%1$s))
                        probe('getcwd', lambda: os.getcwd())
                        import pathlib
                        probe('pathlib', lambda: pathlib.Path(%1$s).read_text())
                        print('survived')
                        """.formatted(pyStr(p), pyStr(d)));
        assertContains(out, "stdlib {\"a\": \"y\"}",
                        "open PermissionError [Errno 1] Operation not permitted: '" + p + "'",
                        "open-w PermissionError [Errno 1] Operation not permitted: '" + d + "/new.txt'",
                        "os.open PermissionError [Errno 1] Operation not permitted: '" + p + "'",
                        "listdir PermissionError [Errno 1] Operation not permitted: '" + d + "'",
                        "scandir PermissionError [Errno 1] Operation not permitted: '" + d + "'",
                        "stat PermissionError [Errno 1] Operation not permitted: '" + p + "'",
                        "lstat PermissionError [Errno 1] Operation not permitted: '" + p + "'",
                        "mkdir PermissionError [Errno 1] Operation not permitted: '" + d + "/sub'",
                        "remove PermissionError [Errno 1] Operation not permitted: '" + p + "'",
                        "exists ok False", "isfile ok False",
                        "getcwd PermissionError [Errno 1] Operation not permitted",
                        "survived");
        assertTrue(out.contains("rename PermissionError"), out);
        assertTrue(out.contains("pathlib PermissionError"), out);
        assertEquals("top secret", Files.readString(secret), "the file is untouched");
        assertFalse(Files.exists(dir.resolve("new.txt")));
        assertFalse(Files.exists(dir.resolve("sub")));
    }

    @Test
    void ioAccessAllowsHostFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String d = dir.toString();
        String out = run(b -> b.allowIO(IOAccess.ALL), """
                        import os
                        with open(%1$s + '/a.txt', 'w') as f:
                            f.write('hello\\n')
                        probe('read', lambda: open(%1$s + '/a.txt').read().strip())
                        probe('listdir', lambda: os.listdir(%1$s))
                        probe('stat', lambda: os.stat(%1$s + '/a.txt').st_size)
                        os.mkdir(%1$s + '/sub')
                        probe('isdir', lambda: os.path.isdir(%1$s + '/sub'))
                        probe('missing', lambda: open(%1$s + '/missing.txt'))
                        """.formatted(pyStr(d)));
        assertContains(out, "read ok hello", "listdir ok ['a.txt']", "stat ok 6", "isdir ok True",
                        "missing FileNotFoundError [Errno 2] No such file or directory: '" + d + "/missing.txt'");
        assertEquals("hello\n", Files.readString(dir.resolve("a.txt")));
    }

    @Test
    void readOnlyFileSystemAllowsReadingOnly(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("data.txt"), "42");
        String d = dir.toString();
        FileSystem ro = FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());
        String out = run(b -> b.allowIO(IOAccess.newBuilder().fileSystem(ro).build()), """
                        import os
                        probe('read', lambda: int(open(%1$s + '/data.txt').read()) + 1)
                        probe('listdir', lambda: os.listdir(%1$s))
                        probe('write', lambda: open(%1$s + '/data.txt', 'w'))
                        probe('mkdir', lambda: os.mkdir(%1$s + '/sub'))
                        print('survived')
                        """.formatted(pyStr(d)));
        assertContains(out, "read ok 43", "listdir ok ['data.txt']", "survived");
        assertTrue(out.contains("write PermissionError") || out.contains("write OSError"), out);
        assertTrue(out.contains("mkdir PermissionError") || out.contains("mkdir OSError"), out);
        assertEquals("42", Files.readString(dir.resolve("data.txt")));
        assertFalse(Files.exists(dir.resolve("sub")));
    }

    @Test
    void noHostLookupMeansNoJavaClasses() {
        String out = run(b -> {
        }, """
                        import java, polyglot
                        probe('java.type', lambda: java.type('java.lang.System'))
                        probe('java.type-runtime', lambda: java.type('java.lang.Runtime'))
                        probe('eval-java', lambda: polyglot.eval('java', 'java.lang.System'))
                        probe('allowed', lambda: java.is_host_lookup_allowed())
                        print('survived')
                        """);
        assertContains(out, "java.type NotImplementedError host lookup is not allowed",
                        "java.type-runtime NotImplementedError host lookup is not allowed",
                        "eval-java ValueError polyglot language 'java' is not available in this context (available: bytepy)",
                        "allowed ok False", "survived");
    }

    public static final class Box {
        public int value = 7;

        public int twice() {
            return 2 * value;
        }
    }

    @Test
    void hostObjectsNeedHostAccess() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder("bytepy").out(out).err(out).option("engine.WarnInterpreterOnly", "false").build()) {
            ctx.getBindings("bytepy").putMember("box", new Box());
            ctx.eval("bytepy", PROBE + """
                            probe('field', lambda: box.value)
                            probe('method', lambda: box.twice())
                            probe('getClass', lambda: box.getClass())
                            """);
        }
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("field AttributeError"), s);
        assertTrue(s.contains("method AttributeError"), s);
        assertTrue(s.contains("getClass AttributeError"), s);
    }

    @Test
    void hostLookupAllowedReachesJavaClasses() {
        String out = run(b -> b.allowHostAccess(HostAccess.ALL).allowHostClassLookup(name -> name.startsWith("java.util.") || name.equals("java.lang.Integer")), """
                        import java
                        ArrayList = java.type('java.util.ArrayList')
                        l = ArrayList()
                        l.add(1); l.add('two')
                        print('list', l.size(), l.get(1))
                        print('max', java.type('java.lang.Integer').MAX_VALUE)
                        probe('filtered', lambda: java.type('java.lang.System'))
                        probe('missing', lambda: java.type('java.util.NoSuchClass'))
                        """);
        assertContains(out, "list 2 two", "max 2147483647",
                        "filtered KeyError 'host symbol java.lang.System is not defined or access has been denied'",
                        "missing KeyError 'host symbol java.util.NoSuchClass is not defined or access has been denied'");
    }

    @Test
    void noProcessCreation() {
        String out = run(b -> b.allowIO(IOAccess.ALL), """
                        import subprocess, os
                        probe('run', lambda: subprocess.run(['echo', 'hi'], capture_output=True))
                        probe('check_output', lambda: subprocess.check_output('echo hi', shell=True))
                        probe('Popen', lambda: subprocess.Popen(['/bin/echo', 'hi']))
                        probe('popen', lambda: os.popen('echo hi').read())
                        print('survived')
                        """);
        assertContains(out, "run PermissionError [Errno 13] Permission denied: 'echo'",
                        "check_output PermissionError [Errno 13] Permission denied: '/bin/sh'",
                        "Popen PermissionError [Errno 13] Permission denied: '/bin/echo'", "survived");
        assertTrue(out.contains("popen PermissionError [Errno 13]") || out.contains("popen ok \n"), out);
    }

    @Test
    void noProcessCreationWithoutAnyAccess() {
        String out = run(b -> {
        }, """
                        import subprocess
                        probe('run', lambda: subprocess.run(['echo', 'hi']))
                        print('survived')
                        """);
        assertContains(out, "run PermissionError [Errno 13] Permission denied: 'echo'", "survived");
    }

    @Test
    void processCreationAllowed() {
        String out = run(b -> b.allowIO(IOAccess.ALL).allowCreateProcess(true), """
                        import subprocess
                        r = subprocess.run(['echo', 'hi'], capture_output=True)
                        print('run', r.returncode, r.stdout)
                        print('shell', subprocess.check_output('echo $((6 * 7))', shell=True))
                        """);
        assertContains(out, "run 0 b'hi\\n'", "shell b'42\\n'");
    }

    @Test
    void processCreationAllowedWithoutFileAccess() {
        // Truffle refuses to start a process without IO access: still a Python exception
        String out = run(b -> b.allowCreateProcess(true), """
                        import subprocess
                        probe('run', lambda: subprocess.run(['echo', 'hi'], capture_output=True))
                        print('survived')
                        """);
        assertContains(out, "run PermissionError process creation is not allowed in this context", "survived");
    }

    @Test
    void environmentOnlyWhenAllowed() {
        String code = """
                        import os
                        print('len', len(os.environ))
                        print('PATH', os.environ.get('PATH') == %s)
                        print('FOO', os.getenv('BYTEPY_SANDBOX_FOO'))
                        """.formatted(pyStr(String.valueOf(System.getenv("PATH"))));
        String none = run(b -> {
        }, code);
        assertContains(none, "len 0", "PATH False", "FOO None");
        String own = run(b -> b.environment("BYTEPY_SANDBOX_FOO", "bar"), code);
        assertContains(own, "len 1", "PATH False", "FOO bar");
        String inherit = run(b -> b.allowEnvironmentAccess(EnvironmentAccess.INHERIT), code);
        assertContains(inherit, "len " + System.getenv().size(), "PATH True", "FOO None");
    }

    private static String pyStr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
