package org.bytepy.modules;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code faulthandler} module. A JVM has no fatal signals to catch, so {@code enable} only sets the
 * flag that {@code is_enabled} reports, and the watchdog ({@code dump_traceback_later}) and signal
 * registrations are accepted and do nothing; {@code dump_traceback} writes the Python stack of the
 * current thread in CPython's format.
 */
public final class FaulthandlerModule {
    private FaulthandlerModule() {
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("faulthandler", new PyDict());
        PyDict d = m.dict;
        boolean[] enabled = {false};
        Args.def(d, "enable", (a, kw) -> {
            CollectionsSupport.parse("enable", a, kw, 0, "file", "all_threads");
            enabled[0] = true;
            return PyNone.NONE;
        });
        Args.def(d, "disable", (a, kw) -> {
            Args.count("disable", a, kw, 0, 0);
            boolean was = enabled[0];
            enabled[0] = false;
            return was;
        });
        Args.def(d, "is_enabled", (a, kw) -> {
            Args.count("is_enabled", a, kw, 0, 0);
            return enabled[0];
        });
        Args.def(d, "dump_traceback", (a, kw) -> {
            Object[] p = CollectionsSupport.parse("dump_traceback", a, kw, 0, "file", "all_threads");
            Object file = p[0] == null || p[0] instanceof PyNone ? ctx.getSysModule().dict.getStr("stderr") : p[0];
            boolean allThreads = p[1] == null || PyObjects.isTrue(p[1]);
            write(ctx, file, stack(ctx, allThreads));
            return PyNone.NONE;
        });
        Args.def(d, "dump_traceback_later", (a, kw) -> {
            CollectionsSupport.parse("dump_traceback_later", a, kw, 1, "timeout", "repeat", "file", "exit");
            return PyNone.NONE;
        });
        Args.def(d, "cancel_dump_traceback_later", (a, kw) -> PyNone.NONE);
        Args.def(d, "register", (a, kw) -> {
            CollectionsSupport.parse("register", a, kw, 1, "signum", "file", "all_threads", "chain");
            return PyNone.NONE;
        });
        Args.def(d, "unregister", (a, kw) -> {
            Args.count("unregister", a, kw, 1, 1);
            return false;
        });
        return m;
    }

    /** "Stack (most recent call first):" and a line per Python frame, innermost first. */
    @TruffleBoundary
    private static String stack(BytepyContext ctx, boolean allThreads) {
        StringBuilder sb = new StringBuilder();
        sb.append(allThreads ? String.format("Current thread 0x%016x (most recent call first):%n", Thread.currentThread().threadId()) : "Stack (most recent call first):\n");
        Object frame = PyCalls.call(ctx.getSysModule().dict.getStr("_getframe"), new Object[0], null, null);
        while (frame != null && !(frame instanceof PyNone)) {
            Object code = PyObjects.getAttr(frame, "f_code", null);
            sb.append("  File \"").append(PyObjects.str(PyObjects.getAttr(code, "co_filename", null))).append("\", line ")
                            .append(PyObjects.str(PyObjects.getAttr(frame, "f_lineno", null))).append(" in ").append(PyObjects.str(PyObjects.getAttr(code, "co_name", null))).append('\n');
            frame = PyObjects.getAttr(frame, "f_back", null);
        }
        return sb.toString();
    }

    private static void write(BytepyContext ctx, Object file, String text) {
        if (file == null || file instanceof PyNone) {
            return;
        }
        Object w = PyObjects.lookupAttr(file, "write");
        if (w != null) {
            PyCalls.call(w, new Object[]{text}, null, null);
            Object flush = PyObjects.lookupAttr(file, "flush");
            if (flush != null) {
                PyCalls.call(flush, new Object[0], null, null);
            }
        } else {
            ctx.err().print(text);
        }
    }
}
