package org.bytepy.test.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** bytepy embedded from Java with {@code Context.eval}: values, errors, state and isolation. */
class EmbeddingTest {

    private static Context newContext(ByteArrayOutputStream out) {
        return Context.newBuilder("bytepy").out(out).err(out).option("engine.WarnInterpreterOnly", "false").build();
    }

    @Test
    void evalReturnsTheValueOfTheLastExpression() {
        try (Context ctx = Context.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build()) {
            assertEquals(3, ctx.eval("bytepy", "1 + 2").asInt());
            assertEquals("abcabc", ctx.eval("bytepy", "'abc' * 2").asString());
            assertEquals(0.5, ctx.eval("bytepy", "1 / 2").asDouble());
            assertTrue(ctx.eval("bytepy", "3 > 2").asBoolean());
            assertTrue(ctx.eval("bytepy", "None").isNull());
            assertEquals(120, ctx.eval("bytepy", "def f(n):\n    return 1 if n < 2 else n * f(n - 1)\nf(5)").asInt());
        }
    }

    @Test
    void globalsPersistBetweenEvals() {
        try (Context ctx = Context.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build()) {
            ctx.eval("bytepy", "counter = 40");
            ctx.eval("bytepy", "counter += 2");
            assertEquals(42, ctx.eval("bytepy", "counter").asInt());
        }
    }

    @Test
    void printGoesToTheContextOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = newContext(out)) {
            ctx.eval("bytepy", "print('hello', 2**70, sep='|')");
        }
        assertEquals("hello|1180591620717411303424\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runtimeErrorsAreGuestExceptionsWithCPythonsMessage() {
        try (Context ctx = Context.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("bytepy", "def f():\n    return 1 // 0\nf()"));
            assertTrue(e.isGuestException());
            assertFalse(e.isInternalError());
            assertEquals("ZeroDivisionError: integer division or modulo by zero", e.getMessage());
            // the context is still usable afterwards
            assertEquals(7, ctx.eval("bytepy", "3 + 4").asInt());
        }
    }

    @Test
    void syntaxErrorsAreParseErrors() {
        try (Context ctx = Context.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("bytepy", "if x\n    pass\n"));
            assertTrue(e.isSyntaxError());
            assertEquals("SyntaxError: expected ':' (Unnamed, line 1)", e.getMessage());
        }
    }

    @Test
    void systemExitExitsTheContext() {
        Context ctx = Context.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build();
        PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("bytepy", "import sys\nsys.exit(3)"));
        assertTrue(e.isExit());
        assertEquals(3, e.getExitStatus());
        // an exited context reports the exit again when closed
        PolyglotException onClose = assertThrows(PolyglotException.class, ctx::close);
        assertTrue(onClose.isExit());
    }

    @Test
    void contextsAreIsolated() {
        try (Context a = Context.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build();
                        Context b = Context.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build()) {
            a.eval("bytepy", "x = 'in a'");
            Value inB = b.eval("bytepy", "'x' in globals()");
            assertFalse(inB.asBoolean());
            assertEquals("in a", a.eval("bytepy", "x").asString());
        }
    }

    @Test
    void argvComesFromTheContextArguments() {
        try (Context ctx = Context.newBuilder("bytepy").arguments("bytepy", new String[]{"prog.py", "one", "two"}).option("engine.WarnInterpreterOnly", "false").build()) {
            assertEquals("prog.py|one|two", ctx.eval("bytepy", "import sys\n'|'.join(sys.argv)").asString());
        }
    }
}
