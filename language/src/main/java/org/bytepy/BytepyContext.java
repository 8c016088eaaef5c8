package org.bytepy;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import org.bytepy.builtins.BuiltinsModule;
import org.bytepy.builtins.SysModule;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyTypes;

/** The state of one bytepy context: its modules, {@code __main__}'s globals, and the standard streams. */
public final class BytepyContext {
    private final BytepyLanguage language;
    private final Env env;
    private final PrintStream out;
    private final DiscardableBuffer outBuffer;
    private final PrintStream err;
    /** Set by {@code os._exit}: the context ends without atexit functions and without flushing. */
    private volatile boolean exitingImmediately;
    /** How many launcher evaluations (module, REPL line) are running; 0 while the launcher waits for input. */
    private final java.util.concurrent.atomic.AtomicInteger launcherEvalDepth = new java.util.concurrent.atomic.AtomicInteger();
    /** The thread that runs the program: the launcher's main thread, interrupted by Ctrl-C at a prompt. */
    private volatile Thread mainThread;
    /** The REPL's lines of a statement that is not complete yet ({@link org.bytepy.nodes.ReplRootNode}). */
    public final StringBuilder pendingReplInput = new StringBuilder();
    /** {@code sys.modules}: the one table of imported modules. */
    private final PyDict sysModules = new PyDict();
    private PyModule builtinsModule;
    private PyModule sysModule;
    private PyModule mainModule;
    private TruffleFile stdlibRoot;
    private boolean stdlibLookedUp;
    /** The global interpreter lock (taken once the program starts a thread). */
    private final org.bytepy.runtime.Gil gil;
    /** Valid until the program starts its first thread: until then every thread shares {@link #mainThreadState}. */
    private final com.oracle.truffle.api.Assumption singleThreaded = com.oracle.truffle.api.Truffle.getRuntime().createAssumption("bytepy single-threaded");
    private final org.bytepy.runtime.PyThreadState mainThreadState = new org.bytepy.runtime.PyThreadState();
    private final Thread creatingThread = Thread.currentThread();
    private final long[] hashKey;
    private volatile int intMaxStrDigits = 4300;

    BytepyContext(BytepyLanguage language, Env env) {
        this.language = language;
        this.env = env;
        String buffering = env.getOptions().get(BytepyLanguage.StdoutBuffering);
        if ("block".equals(buffering) && !ignoreEnvironment() && !env.getEnvironment().getOrDefault("PYTHONUNBUFFERED", "").isEmpty()) {
            buffering = "unbuffered";
        }
        this.outBuffer = new DiscardableBuffer(env.out(), "unbuffered".equals(buffering) ? 1 : 1 << 14);
        this.out = new PrintStream(outBuffer, "unbuffered".equals(buffering) || "line".equals(buffering), StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
        this.gil = new org.bytepy.runtime.Gil(env);
        if (!ignoreEnvironment() && env.getEnvironment().get("PYTHONINTMAXSTRDIGITS") instanceof String digits) {
            try {
                int n = Integer.parseInt(digits.trim());
                if (n == 0 || n >= 640) {
                    intMaxStrDigits = n;
                }
            } catch (NumberFormatException e) {
                // CPython refuses to start; keep the default
            }
        }
        this.hashKey = ignoreEnvironment() ? null : org.bytepy.runtime.StrHash.keyForSeed(env.getEnvironment().get("PYTHONHASHSEED"));
    }

    /** {@code sys.get_int_max_str_digits()}: 0 for no limit. */
    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int n) {
        intMaxStrDigits = n;
    }

    /** The SipHash key of {@code PYTHONHASHSEED} for str and bytes hashes, or null for Java's (see {@code StrHash}). */
    public long[] hashKey() {
        return hashKey;
    }

    void initialize() {
        preloadRuntimeClasses();
        builtinsModule = new PyModule("builtins", new PyDict());
        BuiltinsModule.install(this, builtinsModule.dict);
        sysModules.put("builtins", builtinsModule);
        sysModule = SysModule.create(this);
        sysModules.put("sys", sysModule);
        mainModule = new PyModule("__main__", new PyDict());
        mainModule.dict.put("__builtins__", builtinsModule);
        mainModule.dict.put("__doc__", PyNone.NONE);
        mainModule.dict.put("__package__", PyNone.NONE);
        mainModule.dict.put("__spec__", PyNone.NONE);
        mainModule.dict.put("__loader__", PyNone.NONE);
        sysModules.put("__main__", mainModule);
        sysModule.dict.put("modules", sysModules);
        sysModule.dict.put("path", initialPath());
    }

    /**
     * {@code sys.path}: the script's directory ({@code ''} for {@code -c} and embedded code), then
     * {@code PYTHONPATH}, then the standard library.
     */
    private PyList initialPath() {
        List<Object> path = new ArrayList<>();
        String[] args = env.getApplicationArguments();
        boolean script = env.getOptions().get(BytepyLanguage.MainScript) && args.length > 0 && !args[0].isEmpty() && !args[0].equals("-c") && !args[0].equals("-") && !args[0].equals("-m");
        if (env.getOptions().get(BytepyLanguage.Isolated) || env.getOptions().get(BytepyLanguage.SafePath)) {
            // -I, -P: neither the script's directory nor the current directory
        } else if (env.getOptions().get(BytepyLanguage.MainScript) && args.length > 0 && args[0].equals("-m")) {
            // -m: the current directory as an absolute path
            TruffleFile cwd = resolvePath(".");
            path.add(cwd == null ? "" : cwd.getAbsoluteFile().normalize().getPath());
        } else if (script) {
            TruffleFile f = resolvePath(args[0]);
            TruffleFile parent = f == null ? null : f.getAbsoluteFile().getParent();
            path.add(parent == null ? "" : parent.getPath());
        } else {
            path.add("");
        }
        String pythonPath = ignoreEnvironment() ? null : env.getEnvironment().get("PYTHONPATH");
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String p : pythonPath.split(":")) {
                if (!p.isEmpty()) {
                    path.add(p);
                }
            }
        }
        path.addAll(org.bytepy.imports.Stdlib.paths(this));
        return new PyList(path.toArray());
    }

    /** A path as a file of this context (the context's file system and permissions apply), or null. */
    @TruffleBoundary
    public TruffleFile resolvePath(String path) {
        try {
            TruffleFile internal = org.bytepy.imports.Stdlib.internalFile(this, path);
            return internal != null ? internal : env.getPublicTruffleFile(path);
        } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
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

    private java.io.BufferedReader stdin;

    /** The reader of {@code sys.stdin} and {@code input()}: one per context, so that neither loses what the other read ahead. */
    @TruffleBoundary
    public java.io.BufferedReader stdin() {
        if (stdin == null) {
            stdin = new java.io.BufferedReader(new java.io.InputStreamReader(env.in(), StandardCharsets.UTF_8));
        }
        return stdin;
    }

    /** The process environment as {@code os.putenv}/{@code os.unsetenv} changed it; null until first changed. */
    private java.util.Map<String, String> changedEnvironment;

    /** A variable of the process environment (with {@code os.putenv}'s changes), as C's {@code getenv}. */
    public synchronized String getenv(String name) {
        return changedEnvironment != null ? changedEnvironment.get(name) : env.getEnvironment().get(name);
    }

    /** {@code os.putenv}, or {@code os.unsetenv} when {@code value} is null: children started later see it. */
    public synchronized void putenv(String name, String value) {
        if (changedEnvironment == null) {
            changedEnvironment = new java.util.LinkedHashMap<>(env.getEnvironment());
        }
        if (value == null) {
            changedEnvironment.remove(name);
        } else {
            changedEnvironment.put(name, value);
        }
    }

    /** Gives a child process the environment as {@code os.putenv} left it (untouched: the context's own). */
    public synchronized void inheritEnvironment(com.oracle.truffle.api.io.TruffleProcessBuilder pb) {
        if (changedEnvironment != null) {
            pb.clearEnvironment(true);
            pb.environment(new java.util.HashMap<>(changedEnvironment));
        }
    }

    /** -E or -I: PYTHON* environment variables are ignored. */
    public boolean ignoreEnvironment() {
        return env.getOptions().get(BytepyLanguage.IgnoreEnvironment) || env.getOptions().get(BytepyLanguage.Isolated);
    }

    /** A launcher evaluation starts (a module or a REPL line); ends with {@link #exitLauncherEval}. */
    public void enterLauncherEval() {
        mainThread = Thread.currentThread();
        launcherEvalDepth.incrementAndGet();
    }

    public void exitLauncherEval() {
        launcherEvalDepth.decrementAndGet();
    }

    /** Whether Python code of the launcher is running (rather than the launcher waiting at a prompt). */
    public boolean isRunningLauncherEval() {
        return launcherEvalDepth.get() > 0;
    }

    public Thread getMainThread() {
        return mainThread;
    }

    /** {@code os._exit}: drops what is buffered for stdout and ends the context with {@code status}, skipping atexit. */
    @TruffleBoundary
    public RuntimeException exitImmediately(Node location, int status) {
        exitingImmediately = true;
        outBuffer.discard();
        env.getContext().closeExited(location, status);
        throw new IllegalStateException("closeExited returned");
    }

    public boolean isExitingImmediately() {
        return exitingImmediately;
    }

    @TruffleBoundary
    public void flushStandardStreams() {
        out.flush();
        err.flush();
    }

    /** The buffer under {@code sys.stdout}, whose content {@code os._exit} drops as CPython's does. */
    private static final class DiscardableBuffer extends BufferedOutputStream {
        DiscardableBuffer(java.io.OutputStream out, int size) {
            super(out, size);
        }

        synchronized void discard() {
            count = 0;
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

    /**
     * The state of the current thread in this context (recursion depth, handled exception): one field
     * while the program has one thread, a context thread-local once it started others.
     */
    public org.bytepy.runtime.PyThreadState getThreadState() {
        if (singleThreaded.isValid()) {
            return mainThreadState;
        }
        return language.threadState();
    }

    /** The context thread-local's value for {@code thread}: the thread that made the context keeps the state it had. */
    public org.bytepy.runtime.PyThreadState newThreadState(Thread thread) {
        return thread == creatingThread ? mainThreadState : new org.bytepy.runtime.PyThreadState();
    }

    /** The first thread start: thread states become per thread. */
    @TruffleBoundary
    public void startingThreads() {
        singleThreaded.invalidate();
    }

    public org.bytepy.runtime.Gil getGil() {
        return gil;
    }

    public PyBaseException getHandledException() {
        return getThreadState().getHandledException();
    }

    public void setHandledException(PyBaseException e) {
        getThreadState().setHandledException(e);
    }

    public PyDict getBuiltins() {
        return builtinsModule.dict;
    }

    public PyModule getMainModule() {
        return mainModule;
    }

    public TruffleFile getStdlibRoot() {
        return stdlibRoot;
    }

    public boolean stdlibLookedUp() {
        return stdlibLookedUp;
    }

    public void setStdlibRoot(TruffleFile root) {
        stdlibRoot = root;
        stdlibLookedUp = true;
    }

    public PyDict getSysModules() {
        return sysModules;
    }

    public PyModule getSysModule() {
        return sysModule;
    }

    public PyModule getBuiltinsModule() {
        return builtinsModule;
    }

    /** Buffered standard output; flushed at exit, on {@code flush=True} and before anything goes to stderr. */
    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        out.flush();
        return err;
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
