package org.bytepy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.bytepy.BytepyContext;
import org.bytepy.BytepyLanguage;
import org.bytepy.parser.PySyntaxError;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTypes;
import org.bytepy.runtime.Tracebacks;

/**
 * What {@code Context.eval} runs: the module code of a source, executed in {@code __main__}'s globals.
 * With the {@code bytepy.MainScript} option it behaves as the {@code python} command does at top level:
 * an uncaught exception prints its traceback and the context exits with status 1; {@code SystemExit}
 * exits with its code, an uncaught KeyboardInterrupt exits with 130 (128 + SIGINT, as CPython). With
 * {@code bytepy.Inspect} ({@code -i}) the traceback is printed and the evaluation returns, so that the
 * launcher's REPL can start. A source that did not compile raises its SyntaxError when run. The
 * launcher's {@code -m module} is the variant with a {@link #runModule module name} instead of code.
 */
public final class ModuleRootNode extends RootNode {
    private final PyCode code;
    private final PySyntaxError syntaxError;
    private final Source source;
    /** {@code -m}: the module to run as {@code __main__}, or null. */
    private final String runModule;
    @Child private DirectCallNode callNode;

    public ModuleRootNode(BytepyLanguage language, PyCode code, PySyntaxError syntaxError, Source source) {
        super(language);
        this.code = code;
        this.syntaxError = syntaxError;
        this.source = source;
        this.runModule = null;
        this.callNode = code == null ? null : DirectCallNode.create(code.getCallTarget());
    }

    /** {@code bytepy -m module}: runs the module as {@code __main__}. */
    public ModuleRootNode(BytepyLanguage language, Source source, String runModule) {
        super(language);
        this.code = null;
        this.syntaxError = null;
        this.source = source;
        this.runModule = runModule;
    }

    @Override
    public String getName() {
        return "<module " + source.getName() + ">";
    }

    @Override
    public SourceSection getSourceSection() {
        return source.createUnavailableSection();
    }

    /** The script's SyntaxWarnings, issued when it first runs (its parse cannot run Python code). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void issueCompileWarnings() {
        try {
            org.bytepy.compiler.CompileErrors.issueWarnings(null, code, code.filename, source.getCharacters().toString());
        } catch (PySyntaxError e) {
            throw Tracebacks.syntaxErrorException(e, this);
        }
    }

    @Override
    public Object execute(VirtualFrame frame) {
        BytepyContext ctx = BytepyContext.get(this);
        // a source evaluated from running Python code (polyglot.eval) is not the main script
        boolean mainScript = ctx.getEnv().getOptions().get(BytepyLanguage.MainScript) && ctx.getThreadState().getDepth() == 0;
        ctx.enterLauncherEval();
        try {
            if (syntaxError != null) {
                throw Tracebacks.syntaxErrorException(syntaxError, this);
            }
            if (code != null && code.compileWarnings != null) {
                issueCompileWarnings();
            }
            PyDict globals = ctx.getMainModule().dict;
            if (runModule != null) {
                org.bytepy.imports.Importer.runModuleAsMain(ctx, runModule, this);
                ctx.out().flush();
                return PyNone.NONE;
            }
            if (mainScript) {
                setScriptGlobals(globals);
            }
            org.bytepy.runtime.PyThreadState ts = ctx.getThreadState();
            int depth = ts.enter(this);
            Object result;
            try {
                result = callNode.call(new PyFunction(code, globals, new Object[0], null, null));
            } finally {
                ts.exit(depth);
            }
            ctx.out().flush();
            if (mainScript) {
                waitForThreads(ctx);
            }
            return toInterop(result);
        } catch (PyException e) {
            ctx.out().flush();
            boolean inspect = mainScript && ctx.getEnv().getOptions().get(BytepyLanguage.Inspect);
            if (e.getType().isSubtypeOf(PyTypes.SYSTEM_EXIT) && !inspect) {
                if (mainScript) {
                    waitForThreads(ctx);
                }
                ctx.getEnv().getContext().closeExited(this, exitCode(ctx, e.getValue()));
            }
            if (mainScript) {
                printTraceback(ctx, e);
                if (inspect) {
                    return PyNone.NONE; // python -i: the REPL starts after the traceback
                }
                waitForThreads(ctx);
                ctx.getEnv().getContext().closeExited(this, e.getType().isSubtypeOf(PyTypes.KEYBOARD_INTERRUPT) ? EXIT_KEYBOARD_INTERRUPT : 1);
            }
            throw e;
        } finally {
            ctx.exitLauncherEval();
        }
    }

    /** The exit status after an uncaught KeyboardInterrupt: 128 + SIGINT, as CPython (which kills itself with SIGINT). */
    public static final int EXIT_KEYBOARD_INTERRUPT = 130;

    /** As CPython at exit: once threads were started, {@code threading._shutdown()} joins the non-daemon ones. */
    @TruffleBoundary
    private static void waitForThreads(BytepyContext ctx) {
        if (!ctx.getGil().isActive()) {
            return;
        }
        Object threading = ctx.getSysModules().getStr("threading");
        if (threading == null) {
            return;
        }
        try {
            Object shutdown = org.bytepy.runtime.PyObjects.lookupAttr(threading, "_shutdown");
            if (shutdown != null) {
                org.bytepy.runtime.PyCalls.call(shutdown, new Object[0], null, null);
            }
        } catch (PyException e) {
            ctx.err().print("Exception ignored in: " + org.bytepy.runtime.PyObjects.repr(threading) + "\n" + Tracebacks.format(e.getValue()));
        }
        ctx.out().flush();
    }

    @TruffleBoundary
    private void setScriptGlobals(PyDict globals) {
        globals.put("__file__", BytepyLanguage.filenameOf(source));
    }

    @TruffleBoundary
    static void printTraceback(BytepyContext ctx, PyException e) {
        ctx.err().print(Tracebacks.format(e.getValue()));
        ctx.err().flush();
    }

    /** SystemExit's code: None is 0, an int is itself, anything else is printed and gives 1. */
    @TruffleBoundary
    public static int exitCode(BytepyContext ctx, PyBaseException e) {
        Object code = e.getArgs().size() == 0 ? PyNone.NONE : e.getArgs().size() == 1 ? e.getArgs().get(0) : e.getArgs();
        if (code instanceof PyNone) {
            return 0;
        } else if (PyNumber.isInt(code)) {
            return PyNumber.fitsLong(code) ? (int) PyNumber.asLong(code) : -1;
        }
        ctx.err().println(PyObjects.str(code));
        return 1;
    }

    /** The value handed to the embedder or to another language (big ints stay numbers, foreign values unwrap). */
    private static Object toInterop(Object v) {
        return org.bytepy.interop.PyInterop.toInterop(v);
    }
}
