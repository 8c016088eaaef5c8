package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.bytepy.BytepyLanguage;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** Contexts are isolated from each other; contexts on one shared Engine parse a cached source once. */
class EmbeddingEngineTest {

    /** A module of {@code n} functions and a call of each: about 4 lines per function. */
    static String largeSource(int n) {
        StringBuilder sb = new StringBuilder("state = []\n");
        for (int i = 0; i < n; i++) {
            sb.append("def f").append(i).append("(x, y=").append(i).append("):\n");
            sb.append("    if x > y:\n        return [x - y, {'k': x}]\n");
            sb.append("    return (x + y) * ").append(i % 7 + 1).append("\n");
        }
        sb.append("total = 0\n");
        for (int i = 0; i < n; i++) {
            sb.append("r = f").append(i).append("(").append(i % 13).append(")\n");
            sb.append("total += r if isinstance(r, int) else r[0]\n");
        }
        sb.append("state.append(total)\ntotal\n");
        return sb.toString();
    }

    @Test
    void contextsOnOneEngineShareParsedCodeButNotState() {
        Source source = Source.newBuilder("bytepy", largeSource(1500), "large.py").buildLiteral();
        long expected;
        try (Context reference = Context.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build()) {
            expected = reference.eval(source).asLong();
        }
        try (Engine engine = Engine.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build()) {
            long parsesBefore = BytepyLanguage.parseCount();
            long t0 = System.nanoTime();
            long first;
            try (Context c1 = Context.newBuilder("bytepy").engine(engine).build()) {
                first = c1.eval(source).asLong();
            }
            long t1 = System.nanoTime();
            long afterFirst = BytepyLanguage.parseCount();
            long second;
            long afterSecond;
            try (Context c2 = Context.newBuilder("bytepy").engine(engine).build()) {
                second = c2.eval(source).asLong();
                afterSecond = BytepyLanguage.parseCount();
                // the module ran again in c2's own __main__: one append, not two
                assertEquals(1, c2.eval("bytepy", "len(state)").asInt());
            }
            long t2 = System.nanoTime();
            assertEquals(expected, first);
            assertEquals(expected, second);
            assertEquals(1, afterFirst - parsesBefore, "the first context parses the source");
            assertEquals(afterFirst, afterSecond, "the second context reuses the parsed source");
            System.out.printf("shared engine, %d-line source: context 1 (parse + run) %.0f ms, context 2 (cached, run) %.0f ms%n",
                            source.getCharacters().toString().split("\n").length, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }

    @Test
    void separateContextsAreIsolated() {
        try (Engine engine = Engine.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build();
                        Context a = Context.newBuilder("bytepy").engine(engine).build();
                        Context b = Context.newBuilder("bytepy").engine(engine).build()) {
            Source code = Source.create("bytepy", "import sys\nsys.flag = sys.__dict__.get('flag', 0) + 1\nx = sys.flag\nx");
            assertEquals(1, a.eval(code).asInt());
            assertEquals(2, a.eval(code).asInt());
            assertEquals(1, b.eval(code).asInt()); // b has its own sys module
            a.eval("bytepy", "def f():\n    return 'from a'");
            assertFalse(b.eval("bytepy", "'f' in globals()").asBoolean());
            // a value of one context keeps working in its own context
            assertEquals("from a", a.getBindings("bytepy").getMember("f").execute().asString());
        }
    }
}
