package org.bytepy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.DebugScope;
import com.oracle.truffle.api.debug.DebugStackFrame;
import com.oracle.truffle.api.debug.DebugValue;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;
import com.oracle.truffle.api.debug.SuspendedEvent;

/**
 * The Truffle debugger on bytepy code: a line breakpoint, step over and step into (on the statement
 * tags), local variables by name with their Python values and {@code repr}, and the stack with
 * function names and lines.
 */
class DebuggerTest {
    static final String CODE = """
                    def add(a, b):
                        s = a + b
                        return s

                    def main():
                        xs = [1, 2, 3]
                        total = 0
                        for x in xs:
                            total = add(total, x)
                        name = "done"
                        return total

                    print(main())
                    """;

    /** Runs CODE with a breakpoint on {@code line}; each suspension is handed to the next action. */
    private static void debug(int line, List<Consumer<SuspendedEvent>> actions) {
        Source source = Source.newBuilder("bytepy", CODE, "dbg.py").buildLiteral();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (Engine engine = Engine.newBuilder("bytepy").option("engine.WarnInterpreterOnly", "false").build();
                        Context context = Context.newBuilder("bytepy").engine(engine).out(out).build()) {
            Debugger debugger = Debugger.find(engine);
            int[] step = {0};
            try (DebuggerSession session = debugger.startSession(event -> {
                if (step[0] < actions.size()) {
                    actions.get(step[0]++).accept(event);
                }
            })) {
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(line).build());
                context.eval(source);
            }
            assertEquals(actions.size(), step[0], "suspensions");
            assertEquals("6\n", out.toString(java.nio.charset.StandardCharsets.UTF_8), "the program's output");
        }
    }

    private static String local(SuspendedEvent event, String name) {
        DebugScope scope = event.getTopStackFrame().getScope();
        DebugValue v = scope.getDeclaredValue(name);
        assertNotNull(v, "local " + name);
        return v.toDisplayString();
    }

    private static String stack(SuspendedEvent event) {
        List<String> frames = new ArrayList<>();
        for (DebugStackFrame f : event.getStackFrames()) {
            frames.add(f.getName() + ":" + (f.getSourceSection() == null ? "?" : f.getSourceSection().getStartLine()));
        }
        return String.join(" <- ", frames);
    }

    @Test
    void breakpointStepOverStepIntoLocals() {
        debug(7, List.of(
                        // the breakpoint: total = 0, xs already assigned
                        e -> {
                            assertEquals(7, e.getSourceSection().getStartLine());
                            assertEquals("total = 0", e.getSourceSection().getCharacters().toString());
                            assertEquals("main", e.getTopStackFrame().getName());
                            assertEquals("[1, 2, 3]", local(e, "xs"));
                            DebugValue xs = e.getTopStackFrame().getScope().getDeclaredValue("xs");
                            assertEquals("list", xs.getMetaObject().getMetaSimpleName());
                            assertEquals("main:7 <- <module>:13", stack(e));
                            e.prepareStepOver(1);
                        },
                        // step over: the for statement
                        e -> {
                            assertEquals(8, e.getSourceSection().getStartLine());
                            assertEquals("0", local(e, "total"));
                            assertEquals(0, e.getTopStackFrame().getScope().getDeclaredValue("total").asInt());
                            e.prepareStepInto(1);
                        },
                        // step into: the loop body
                        e -> {
                            assertEquals(9, e.getSourceSection().getStartLine());
                            assertEquals("1", local(e, "x"));
                            e.prepareStepInto(1);
                        },
                        // step into the call: the first statement of add
                        e -> {
                            assertEquals(2, e.getSourceSection().getStartLine());
                            assertEquals("add", e.getTopStackFrame().getName());
                            assertEquals("0", local(e, "a"));
                            assertEquals("1", local(e, "b"));
                            assertEquals("add:2 <- main:9 <- <module>:13", stack(e));
                            e.prepareStepOver(1);
                        },
                        e -> {
                            assertEquals(3, e.getSourceSection().getStartLine());
                            assertEquals("1", local(e, "s"));
                            e.prepareContinue();
                        }));
    }

    @Test
    void stringsShowAsPythonRepr() {
        debug(11, List.of(e -> {
            assertEquals("return total", e.getSourceSection().getCharacters().toString());
            assertEquals("'done'", local(e, "name"));
            assertEquals("6", local(e, "total"));
            assertTrue(e.getTopStackFrame().getScope().getDeclaredValue("name").isString());
            List<String> names = new ArrayList<>();
            for (DebugValue v : e.getTopStackFrame().getScope().getDeclaredValues()) {
                names.add(v.getName());
            }
            assertEquals(List.of("xs", "total", "x", "name"), names);
            e.prepareContinue();
        }));
    }
}
