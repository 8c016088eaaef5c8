package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code __pycache__} bytecode cache: an imported module's compiled code is written next to the
 * source as {@code __pycache__/NAME.bytepy-312.pyc}, reused while the source keeps its modification time
 * and size, rewritten when it changes or when the file is damaged, and not written with
 * {@code -B}/{@code PYTHONDONTWRITEBYTECODE}/{@code sys.dont_write_bytecode}.
 */
class BytecodeCacheTest {
    @TempDir
    Path dir;

    /** A module with the constants and code shapes the cache must carry: nested code, closures, classes, generators. */
    static final String MODULE = """
                    '''module doc'''
                    import sys
                    BIG = 2 ** 100 + 12345678901234567890
                    CONSTS = (1, -2.5, 3j, b'by\\x00tes', 'str\\u00e9\\U0001F600', None, True, False, ..., (1, (2, 'x')), 10**30)

                    def outer(a, b=2, *args, c=3, **kw):
                        '''outer doc'''
                        n = len(args) + len(kw)
                        def inner(x):
                            return a + b + c + x + n
                        return inner

                    class Shape:
                        sides = 0
                        def __init__(self, name):
                            self.name = name
                        def describe(self):
                            return f'{self.name}:{self.sides}'

                    class Square(Shape):
                        sides = 4
                        def describe(self):
                            return super().describe() + '!'

                    def gen(n):
                        for i in range(n):
                            yield i * i
                        return 'done'

                    def fails(x):
                        return {}[x]

                    def matcher(v):
                        match v:
                            case [1, *rest]:
                                return ('list', rest)
                            case {'k': val}:
                                return ('dict', val)
                            case _:
                                return 'other'

                    async def coro(v):
                        return v * 2

                    def run_coro():
                        c = coro(21)
                        try:
                            c.send(None)
                        except StopIteration as e:
                            return e.value

                    def closure_and_with():
                        x = 1
                        def inc():
                            nonlocal x
                            x += 1
                            return x
                        class CM:
                            def __enter__(self): return 'entered'
                            def __exit__(self, *a): return False
                        with CM() as c:
                            return (inc(), inc(), c, (w := 7) + w, 1 < 2 < 3, 3 in {1, 2, 3}, f"{1+1:>4}|{'x'!r}")

                    def finally_first(x):
                        # the try body creates locals that the finally handler also stores (enum.Enum.__new__'s shape)
                        try:
                            if x:
                                return 'early'
                            exc = None
                            r = x + 1
                        finally:
                            exc = None
                        return r, exc

                    def result():
                        parts = [finally_first(0), finally_first(1), outer(1)(10), outer(1, 2, 3, c=4, d=5)(0), Square('sq').describe(), list(gen(5)),
                                 sorted({k: v for k, v in zip('abc', range(3))}.items()), [x for x in 'hi'], BIG, CONSTS,
                                 outer.__doc__, __doc__, lambda: 0, (lambda q: q * 2)(21),
                                 [matcher(v) for v in ([1, 2], {'k': 9}, 5)], run_coro(), closure_and_with()]
                        try:
                            fails('key')
                        except KeyError as e:
                            parts.append((repr(e), e.__traceback__.tb_next.tb_lineno))
                        parts[12] = parts[12].__code__.co_name
                        return repr(parts)
                    """;

    static final String RUN = "import sys\nsys.path.insert(0, DIR)\nimport cachedmod\nOUT = cachedmod.result()\n";

    private static String run(Path dir, Map<String, String> options, Map<String, String> env, String extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Context.Builder b = Context.newBuilder("bytepy").out(out).err(out).allowAllAccess(true).option("engine.WarnInterpreterOnly", "false");
        options.forEach(b::option);
        b.environment("PYTHONDONTWRITEBYTECODE", ""); // not inherited from the test's environment
        env.forEach(b::environment);
        try (Context ctx = b.build()) {
            ctx.eval("bytepy", "DIR = " + pyString(dir.toString()));
            ctx.eval("bytepy", extra + RUN);
            return ctx.eval("bytepy", "OUT").asString();
        } catch (RuntimeException e) {
            throw new AssertionError("bytepy failed: " + e + "\n" + out.toString(StandardCharsets.UTF_8), e);
        }
    }

    private static String run(Path dir) {
        return run(dir, Map.of(), Map.of(), "");
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static Path cacheFile(Path dir) {
        return dir.resolve("__pycache__").resolve("cachedmod.bytepy-312.pyc");
    }

    private static Path writeModule(Path dir, String text) throws IOException {
        Path file = dir.resolve("cachedmod.py");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void firstImportWritesTheCacheAndLaterImportsUseIt() throws IOException {
        Path src = writeModule(dir, MODULE);
        String first = run(dir);
        Path cache = cacheFile(dir);
        assertTrue(Files.isRegularFile(cache), "cache file written");
        byte[] written = Files.readAllBytes(cache);
        assertEquals("BPYC", new String(written, 0, 4, StandardCharsets.US_ASCII));
        FileTime cacheTime = Files.getLastModifiedTime(cache);

        // the cached code behaves as the compiled code
        assertEquals(first, run(dir));
        assertArrayEquals(written, Files.readAllBytes(cache), "cache not rewritten");
        assertEquals(cacheTime, Files.getLastModifiedTime(cache));

        // proof that the cache is what runs: same size and mtime, different text -> the old code runs
        FileTime srcTime = Files.getLastModifiedTime(src);
        String changed = MODULE.replace("return f'{self.name}:{self.sides}'", "return f'{self.name}#{self.sides}'");
        assertEquals(MODULE.length(), changed.length());
        Files.writeString(src, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(src, srcTime);
        assertEquals(first, run(dir));
        assertTrue(first.contains("sq:4!"), first);
    }

    @Test
    void aChangedSourceIsRecompiledAndTheCacheRewritten() throws IOException {
        Path src = writeModule(dir, MODULE);
        String first = run(dir);
        byte[] written = Files.readAllBytes(cacheFile(dir));

        Files.writeString(src, MODULE.replace("return f'{self.name}:{self.sides}'", "return f'{self.name} has {self.sides}'"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(src, FileTime.fromMillis(Files.getLastModifiedTime(src).toMillis() + 5000));
        String second = run(dir);
        assertNotEquals(first, second);
        assertTrue(second.contains("sq has 4!"), second);
        byte[] rewritten = Files.readAllBytes(cacheFile(dir));
        assertFalse(Arrays.equals(written, rewritten), "cache rewritten for the new source");
        assertEquals(second, run(dir));
        assertArrayEquals(rewritten, Files.readAllBytes(cacheFile(dir)));
    }

    @Test
    void aCorruptOrTruncatedCacheIsIgnoredAndRewritten() throws IOException {
        writeModule(dir, MODULE);
        String expected = run(dir);
        Path cache = cacheFile(dir);
        byte[] good = Files.readAllBytes(cache);

        // truncated
        Files.write(cache, Arrays.copyOf(good, good.length / 2));
        assertEquals(expected, run(dir));
        assertArrayEquals(good, Files.readAllBytes(cache), "truncated file rewritten");

        // one byte of the payload flipped
        byte[] flipped = good.clone();
        flipped[flipped.length - 7] ^= 0x5a;
        Files.write(cache, flipped);
        assertEquals(expected, run(dir));
        assertArrayEquals(good, Files.readAllBytes(cache), "corrupt file rewritten");

        // garbage, empty, and a header of another build
        Files.write(cache, "not a cache file at all, just text".getBytes(StandardCharsets.US_ASCII));
        assertEquals(expected, run(dir));
        assertArrayEquals(good, Files.readAllBytes(cache));
        Files.write(cache, new byte[0]);
        assertEquals(expected, run(dir));
        assertArrayEquals(good, Files.readAllBytes(cache));
        byte[] otherBuild = good.clone();
        otherBuild[10] ^= 1; // in the build fingerprint
        Files.write(cache, otherBuild);
        assertEquals(expected, run(dir));
        assertArrayEquals(good, Files.readAllBytes(cache));
    }

    @Test
    void dontWriteBytecodeWritesNothing() throws IOException {
        writeModule(dir, MODULE);
        String expected;
        expected = run(dir, Map.of("bytepy.DontWriteBytecode", "true"), Map.of(), "import sys\nassert sys.dont_write_bytecode is True\n");
        assertFalse(Files.exists(dir.resolve("__pycache__")), "-B writes nothing");
        assertEquals(expected, run(dir, Map.of(), Map.of("PYTHONDONTWRITEBYTECODE", "1"), "import sys\nassert sys.dont_write_bytecode is True\n"));
        assertFalse(Files.exists(dir.resolve("__pycache__")), "PYTHONDONTWRITEBYTECODE writes nothing");
        assertEquals(expected, run(dir, Map.of(), Map.of(), "import sys\nassert sys.dont_write_bytecode is False\nsys.dont_write_bytecode = True\n"));
        assertFalse(Files.exists(dir.resolve("__pycache__")), "sys.dont_write_bytecode writes nothing");
        assertEquals(expected, run(dir));
        assertTrue(Files.isRegularFile(cacheFile(dir)));
    }

    @Test
    void packagesAreCachedAndTheCacheTagIsSysImplementations() throws IOException {
        writeModule(dir, MODULE);
        Path pkg = Files.createDirectories(dir.resolve("cachedpkg"));
        Files.writeString(pkg.resolve("__init__.py"), "from .sub import VALUE\nTWICE = VALUE * 2\n");
        Files.writeString(pkg.resolve("sub.py"), "VALUE = 21\n");
        String extra = "import sys\nsys.path.insert(0, DIR)\nimport cachedpkg\nassert cachedpkg.TWICE == 42, cachedpkg.TWICE\nassert sys.implementation.cache_tag == 'bytepy-312'\n";
        run(dir, Map.of(), Map.of(), extra);
        assertTrue(Files.isRegularFile(pkg.resolve("__pycache__").resolve("__init__.bytepy-312.pyc")));
        assertTrue(Files.isRegularFile(pkg.resolve("__pycache__").resolve("sub.bytepy-312.pyc")));
        run(dir, Map.of(), Map.of(), extra);
    }
}
