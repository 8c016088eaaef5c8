package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With {@code PYTHONHASHSEED} set, str and bytes hash as CPython's SipHash-1-3 with the key CPython derives
 * from the seed, so hash values and the iteration order of sets of strings are CPython's. The expected
 * outputs ({@code hashseed/sets.seedN.out}) were produced by CPython 3.12.1 with the same seed.
 */
class HashSeedTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = HashSeedTest.class.getResourceAsStream("/hashseed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "12345"})
    void setsAndHashesAsCPython(String seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder("bytepy").out(out).err(out).allowAllAccess(true)
                        .environment("PYTHONHASHSEED", seed).build()) {
            ctx.eval(Source.newBuilder("bytepy", resource("sets.py"), "sets.py").build());
        }
        assertEquals(resource("sets.seed" + seed + ".out"), out.toString(StandardCharsets.UTF_8));
    }
}
