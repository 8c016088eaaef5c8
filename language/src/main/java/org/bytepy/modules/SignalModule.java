package org.bytepy.modules;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.ThreadLocalAction;

import org.bytepy.BytepyContext;
import org.bytepy.BytepyLanguage;
import org.bytepy.builtins.Args;
import org.bytepy.modules.io.OsErrors;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySet;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;

/**
 * The {@code _signal} module with Linux signal numbers. Handlers are recorded per context;
 * {@code raise_signal} runs the Python-level handler synchronously (SIGINT's default handler raises
 * KeyboardInterrupt). {@code alarm}/{@code setitimer}/{@code pause} are not provided.
 *
 * <p>
 * OS signals reach Python code only with the option {@code bytepy.InstallSignalHandlers} (the
 * {@code bytepy} command sets it; an embedder's process keeps its own handlers): then SIGINT, and
 * every signal Python code sets a handler for, gets a JVM signal handler ({@code sun.misc.Signal})
 * that submits a Truffle thread-local action to the thread running the program; at its next safepoint
 * (a loop's back edge, a call, or at once in a blocking {@code time.sleep}) the action runs the Python
 * handler, which for SIGINT by default raises KeyboardInterrupt. While the launcher waits at the
 * interactive prompt (no Python code running), SIGINT interrupts the waiting thread instead, and the
 * launcher shows KeyboardInterrupt.
 */
public final class SignalModule {
    private SignalModule() {
    }

    static final int NSIG = 65;
    private static final String[][] SIGNALS = {
        {"SIGHUP", "1", "Hangup"}, {"SIGINT", "2", "Interrupt"}, {"SIGQUIT", "3", "Quit"}, {"SIGILL", "4", "Illegal instruction"},
        {"SIGTRAP", "5", "Trace/breakpoint trap"}, {"SIGABRT", "6", "Aborted"}, {"SIGBUS", "7", "Bus error"},
        {"SIGFPE", "8", "Floating point exception"}, {"SIGKILL", "9", "Killed"}, {"SIGUSR1", "10", "User defined signal 1"},
        {"SIGSEGV", "11", "Segmentation fault"}, {"SIGUSR2", "12", "User defined signal 2"}, {"SIGPIPE", "13", "Broken pipe"},
        {"SIGALRM", "14", "Alarm clock"}, {"SIGTERM", "15", "Terminated"}, {"SIGSTKFLT", "16", "Stack fault"},
        {"SIGCHLD", "17", "Child exited"}, {"SIGCONT", "18", "Continued"}, {"SIGSTOP", "19", "Stopped (signal)"},
        {"SIGTSTP", "20", "Stopped"}, {"SIGTTIN", "21", "Stopped (tty input)"}, {"SIGTTOU", "22", "Stopped (tty output)"},
        {"SIGURG", "23", "Urgent I/O condition"}, {"SIGXCPU", "24", "CPU time limit exceeded"},
        {"SIGXFSZ", "25", "File size limit exceeded"}, {"SIGVTALRM", "26", "Virtual timer expired"},
        {"SIGPROF", "27", "Profiling timer expired"}, {"SIGWINCH", "28", "Window changed"}, {"SIGIO", "29", "I/O possible"},
        {"SIGPWR", "30", "Power failure"}, {"SIGSYS", "31", "Bad system call"},
    };

    private static long signum(Object o) {
        long n = Args.index(o);
        if (n < 1 || n >= NSIG) {
            throw PyErrors.valueError(null, "signal number out of range");
        }
        return n;
    }

    /** The handler of SIGINT when {@code _signal} was not imported (it raises KeyboardInterrupt). */
    private static final PyBuiltinFunction DEFAULT_INT_HANDLER = new PyBuiltinFunction("default_int_handler", null, (args, kw) -> {
        throw PyErrors.raise(PyTypes.KEYBOARD_INTERRUPT, null, null);
    });

    /** Installs the JVM handler of SIGINT (option {@code bytepy.InstallSignalHandlers}). */
    public static void installDefaultHandlers(BytepyContext ctx) {
        installOsHandler(ctx, 2);
    }

    private static void installOsHandler(BytepyContext ctx, int signum) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(SIGNALS[signum - 1][0].substring(3)), sig -> deliver(ctx, signum));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // a signal the JVM uses itself, or one the OS does not let us handle
        }
    }

    private static void restoreOsHandler(int signum, boolean ignore) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(SIGNALS[signum - 1][0].substring(3)), ignore ? sun.misc.SignalHandler.SIG_IGN : sun.misc.SignalHandler.SIG_DFL);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // as above
        }
    }

    /** Runs on the JVM's signal thread: hands the signal to the thread that runs the program. */
    private static void deliver(BytepyContext ctx, int signum) {
        if (signum == 2 && !ctx.isRunningLauncherEval()) {
            // the launcher is waiting for input: Ctrl-C at the prompt
            Thread main = ctx.getMainThread();
            if (main != null) {
                main.interrupt();
            }
            return;
        }
        try {
            ctx.getEnv().submitThreadLocal(null, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    runHandler(ctx, signum, access.getLocation());
                }
            });
        } catch (IllegalStateException e) {
            // the context is closed or closing
        }
    }

    /** At a safepoint of the program's thread: the Python handler of the signal. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void runHandler(BytepyContext ctx, int signum, com.oracle.truffle.api.nodes.Node location) {
        Object handler = signum == 2 ? DEFAULT_INT_HANDLER : (Object) 0L;
        Object module = ctx.getSysModules().getStr("_signal");
        if (module instanceof PyModule m && m.dict.getStr("getsignal") != null) {
            handler = PyCalls.call(m.dict.getStr("getsignal"), new Object[]{(long) signum}, null, null);
        }
        if (handler instanceof Long l && l == 1L) {
            return; // SIG_IGN
        }
        if (handler instanceof Long || handler instanceof Boolean || handler instanceof PyNone) {
            // SIG_DFL: the process ends as if killed by the signal
            ctx.flushStandardStreams();
            ctx.getEnv().getContext().closeExited(location, 128 + signum);
            return;
        }
        PyCalls.call(handler, new Object[]{(long) signum, PyNone.NONE}, null, null);
    }

    public static PyModule create() {
        PyModule m = new PyModule("_signal", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "This module provides mechanisms to use signal handlers in Python.");
        for (String[] s : SIGNALS) {
            d.put(s[0], Long.parseLong(s[1]));
        }
        d.put("SIGIOT", 6L);
        d.put("SIGPOLL", 29L);
        d.put("SIGRTMIN", 34L);
        d.put("SIGRTMAX", 64L);
        d.put("NSIG", (long) NSIG);
        d.put("SIG_DFL", 0L);
        d.put("SIG_IGN", 1L);
        d.put("SIG_BLOCK", 0L);
        d.put("SIG_UNBLOCK", 1L);
        d.put("SIG_SETMASK", 2L);
        PyBuiltinFunction defaultInt = DEFAULT_INT_HANDLER;
        d.put("default_int_handler", defaultInt);
        Map<Long, Object> handlers = new HashMap<>();
        for (long i = 1; i < NSIG; i++) {
            handlers.put(i, 0L);
        }
        handlers.put(2L, defaultInt);
        handlers.put(13L, 1L);
        handlers.put(25L, 1L);
        long[] wakeup = {-1};
        PySet[] mask = {new PySet(false)};
        Args.def(d, "getsignal", (args, kw) -> {
            Args.count("getsignal", args, kw, 1, 1);
            return handlers.get(signum(args[0]));
        });
        Args.def(d, "signal", (args, kw) -> {
            Args.count("signal", args, kw, 2, 2);
            long n = signum(args[0]);
            Object h = args[1];
            boolean special = (h instanceof Long l && (l == 0 || l == 1)) || (h instanceof Boolean);
            if (!special && !PyCalls.isCallable(h)) {
                throw PyErrors.typeError(null, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (n == 9 || n == 19 || n == 32 || n == 33) {
                throw OsErrors.error(ErrnoModule.EINVAL, null);
            }
            BytepyContext ctx = BytepyContext.get(null);
            if (n != 2 && ctx.getEnv().getOptions().get(BytepyLanguage.InstallSignalHandlers)) {
                if (special) {
                    restoreOsHandler((int) n, h instanceof Long l ? l == 1 : Boolean.TRUE.equals(h));
                } else {
                    installOsHandler(ctx, (int) n);
                }
            }
            return handlers.put(n, h);
        });
        Args.def(d, "raise_signal", (args, kw) -> {
            Args.count("raise_signal", args, kw, 1, 1);
            long n = signum(args[0]);
            Object h = handlers.get(n);
            if (h instanceof Long || h instanceof Boolean) {
                // SIG_IGN, or SIG_DFL (whose OS action bytepy does not perform)
                return PyNone.NONE;
            }
            PyCalls.call(h, new Object[]{n, PyNone.NONE}, null, null);
            return PyNone.NONE;
        });
        Args.def(d, "strsignal", (args, kw) -> {
            Args.count("strsignal", args, kw, 1, 1);
            long n = signum(args[0]);
            if (n <= SIGNALS.length) {
                return SIGNALS[(int) n - 1][2];
            }
            return "Real-time signal " + (n - 34);
        });
        Args.def(d, "valid_signals", (args, kw) -> {
            Args.count("valid_signals", args, kw, 0, 0);
            PySet s = new PySet(false);
            for (long i = 1; i < NSIG; i++) {
                if (i != 32 && i != 33) {
                    s.add(i);
                }
            }
            return s;
        });
        Args.def(d, "set_wakeup_fd", (args, kw) -> {
            Args.onlyKeywords("set_wakeup_fd", kw, "warn_on_full_buffer");
            if (args.length != 1) {
                throw PyErrors.typeError(null, "set_wakeup_fd() takes exactly 1 positional argument (%d given)", args.length);
            }
            long fd = Args.index(args[0]);
            long old = wakeup[0];
            wakeup[0] = fd;
            return old;
        });
        Args.def(d, "siginterrupt", (args, kw) -> {
            Args.count("siginterrupt", args, kw, 2, 2);
            signum(args[0]);
            return PyNone.NONE;
        });
        Args.def(d, "pthread_sigmask", (args, kw) -> {
            Args.count("pthread_sigmask", args, kw, 2, 2);
            long how = Args.index(args[0]);
            PySet old = mask[0];
            PySet given = new PySet(false);
            for (Object o : PyObjects.toArray(args[1], null)) {
                given.add(signum(o));
            }
            PySet next = old.copy(false);
            if (how == 0) {
                for (Object o : PyObjects.toArray(given, null)) {
                    next.add(o);
                }
            } else if (how == 1) {
                next = new PySet(false);
                for (Object o : PyObjects.toArray(old, null)) {
                    if (!given.contains(o)) {
                        next.add(o);
                    }
                }
            } else if (how == 2) {
                next = given;
            } else {
                throw OsErrors.error(ErrnoModule.EINVAL, null);
            }
            mask[0] = next;
            return old;
        });
        return m;
    }
}
