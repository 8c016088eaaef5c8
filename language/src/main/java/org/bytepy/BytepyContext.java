package org.bytepy;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import org.bytepy.builtins.BuiltinsModule;
import org.bytepy.builtins.MathModule;
import org.bytepy.builtins.SysModule;
import org.bytepy.builtins.TimeModule;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyTypes;

/** The state of one bytepy context: its modules, {@code __main__}'s globals, and the standard streams. */
public final class BytepyContext {
    private final BytepyLanguage language;
    private final Env env;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, PyModule> modules = new LinkedHashMap<>();
    private PyModule builtinsModule;
    private PyModule mainModule;
    /** The exception being handled by the innermost running {@code except} block (sys.exc_info()), or null. */
    private PyBaseException handledException;

    BytepyContext(BytepyLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.out = new PrintStream(new BufferedOutputStream(env.out(), 1 << 14), false, StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
    }

    void initialize() {
        preloadRuntimeClasses();
        builtinsModule = new PyModule("builtins", new PyDict());
        BuiltinsModule.install(this, builtinsModule.dict);
        modules.put("builtins", builtinsModule);
        modules.put("sys", SysModule.create(this));
        modules.put("time", TimeModule.create());
        modules.put("math", MathModule.create());
        mainModule = new PyModule("__main__", new PyDict());
        mainModule.dict.put("__builtins__", builtinsModule);
        mainModule.dict.put("__doc__", PyNone.NONE);
        modules.put("__main__", mainModule);
        PyDict sysModules = new PyDict();
        for (var e : modules.entrySet()) {
            sysModules.put(e.getKey(), e.getValue());
        }
        modules.get("sys").dict.put("modules", sysModules);
    }

    /**
     * Deep Python recursion ends in a StackOverflowError that the root node turns into RecursionError.
     * If the optimizing runtime first initializes one of its classes at that depth, the class
     * initialization itself fails and the error is an internal one; initializing it here avoids that.
     * (A recursion-depth counter with sys.setrecursionlimit is the real fix, for the limits issue.)
     */
    private static void preloadRuntimeClasses() {
        try {
            Class.forName("com.oracle.truffle.runtime.OptimizedCallTarget$ReturnProfile", true, BytepyContext.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // not the optimizing runtime (or not visible): nothing to prepare
        }
    }

    public static BytepyContext get(Node node) {
        return BytepyLanguage.getContext(node);
    }

    public BytepyLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    public PyBaseException getHandledException() {
        return handledException;
    }

    public void setHandledException(PyBaseException e) {
        handledException = e;
    }

    public PyDict getBuiltins() {
        return builtinsModule.dict;
    }

    public PyModule getMainModule() {
        return mainModule;
    }

    public Map<String, PyModule> getModules() {
        return modules;
    }

    /** Buffered standard output; flushed at exit, on {@code flush=True} and before anything goes to stderr. */
    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        out.flush();
        return err;
    }

    @TruffleBoundary
    public Object importModule(String name, String result, Node node) {
        PyModule m = modules.get(name);
        if (m == null) {
            PyException e = PyErrors.format(PyTypes.MODULE_NOT_FOUND_ERROR, node, "No module named '%s'", name);
            e.getValue().setAttribute("name", name);
            throw e;
        }
        return modules.get(result);
    }

    /** {@code ascii()}: the repr with every non-ASCII character escaped. */
    @TruffleBoundary
    public static String asciiEscape(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length();) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }
}
