package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * The {@code dis} module on bytepy's own instruction set: what differs from CPython by design (our
 * instructions, quickening with {@code adaptive=True}), so these cannot be golden programs with
 * CPython's output.
 */
class BytecodeTest {
    private static String run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder("bytepy").out(out).err(out).allowAllAccess(true).option("engine.WarnInterpreterOnly", "false").build()) {
            ctx.eval(Source.create("bytepy", program));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The full listing of a small function: prologue (arguments into locals), then the body, CPython 3.12's columns. */
    @Test
    void disOfSimpleFunction() {
        String out = run("""
                        import dis
                        def add(a, b):
                            return a + b
                        dis.dis(add)
                        """);
        String expected = """
                          2           0 LOAD_ARGUMENT                      1 (a)
                                      4 STORE_FAST                         0 (a)
                                     12 LOAD_ARGUMENT                      2 (b)
                                     16 STORE_FAST                         1 (b)

                          3          24 LOAD_FAST                          0 (a)
                                     28 LOAD_FAST                          1 (b)
                                     32 BINARY_OP                          0 (+)
                                     46 RETURN_VALUE
                        """;
        assertEquals(expected, out);
    }

    /** Our instruction names: LOAD_ARGUMENT, CHECK_FAST (unbound-local check), CREATE_VARIADIC (call arguments). */
    @Test
    void ownInstructions() {
        String out = run("""
                        import dis
                        def f(x):
                            y = x
                            return len(y)
                        print(sorted(set(i.opname for i in dis.get_instructions(f))))
                        print(dis.opmap['CACHE'], dis.opname[0])
                        """);
        assertEquals("['CALL', 'CHECK_FAST', 'CREATE_VARIADIC', 'LOAD_ARGUMENT', 'LOAD_FAST', 'LOAD_GLOBAL', 'RETURN_VALUE', 'STORE_FAST']\n0 CACHE\n", out);
    }

    /** After warm-up the cached interpreter has quickened the add to its long form: adaptive=True shows it. */
    @Test
    void adaptiveShowsQuickenedInstructions() {
        String out = run("""
                        import dis
                        def add(a, b):
                            return a + b
                        before = [i.opname for i in dis.get_instructions(add, adaptive=True)]
                        for i in range(500):
                            add(i, 1)
                        after = [i.opname for i in dis.get_instructions(add, adaptive=True)]
                        print('BINARY_OP' in before, 'BINARY_OP_ADD_LONG' in after)
                        print([i.opname for i in dis.get_instructions(add)] == [i.opname for i in dis.get_instructions(add, adaptive=False)])
                        dis.dis(add, adaptive=True)
                        """);
        String[] lines = out.split("\n");
        assertEquals("True True", lines[0]);
        assertEquals("True", lines[1]);
        assertTrue(lines[2].startsWith("-- bytepy: add: cached interpreter, JIT: "), lines[2]);
        assertTrue(out.contains("BINARY_OP_ADD_LONG                 0 (+)"), out);
    }

    /** Nested code objects are disassembled after their parent, list comprehensions too (their own code in bytepy). */
    @Test
    void nestedCodeObjects() {
        String out = run("""
                        import dis
                        def f(xs):
                            return [x for x in xs]
                        dis.dis(f)
                        """);
        assertTrue(out.contains("Disassembly of <code object <listcomp> at "), out);
        assertTrue(out.contains("LIST_APPEND"), out);
        assertTrue(out.contains("FOR_ITER                             (x)"), out);
    }
}
