package org.bytepy.nodes;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.bytepy.BytepyContext;
import org.bytepy.BytepyLanguage;
import org.bytepy.ast.Ast;
import org.bytepy.parser.Parser;
import org.bytepy.parser.PySyntaxError;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTypes;
import org.bytepy.runtime.Tracebacks;

/**
 * The interactive prompt's language half: the {@code bytepy} launcher reads lines (with line editing)
 * and evaluates each as a source of MIME type {@link BytepyLanguage#REPL_MIME_TYPE}; this node decides
 * whether the statement is complete, runs it, and returns the next prompt ({@code str(sys.ps1)} or
 * {@code str(sys.ps2)}) as a string.
 *
 * <p>
 * The lines of an unfinished statement wait in {@link BytepyContext#pendingReplInput}. As CPython's
 * interactive tokenizer: input continues while a bracket or a triple-quoted string is open or a line
 * ends with a backslash, while the parser failed only for want of more input (e.g. after
 * {@code if x:}), and after a compound statement until an empty line. A complete statement is compiled
 * in {@code single} mode (expression values are echoed by {@code sys.displayhook} and stored in
 * {@code builtins._}) and run in {@code __main__}; a SyntaxError or an uncaught exception is printed
 * through {@code sys.excepthook} (also stored in {@code sys.last_exc}) and the session goes on;
 * {@code SystemExit} ends the context with its status.
 *
 * <p>
 * The texts {@link #RESET}, {@link #END_OF_INPUT} and {@link #READ_LINE} are no input but commands:
 * drop pending lines (Ctrl-C at the prompt), run them (end of input), or read the line from stdin
 * here (when stdin is not a terminal, so that {@code input()} and the prompt share one reader). The
 * first one also sets {@code sys.ps1}/{@code sys.ps2} and installs {@code help}, {@code copyright},
 * {@code credits} and {@code license} from Lib's {@code _sitebuiltins}, as CPython's site does.
 */
public final class ReplRootNode extends RootNode {
    /** The text that resets the pending input (ETX, what Ctrl-C types). */
    public static final String RESET = "\u0003";
    /**
     * The text that asks this node to show the prompt on stderr and read the line itself from the
     * context's stdin; returns {@link #END_OF_INPUT} at its end.
     */
    public static final String READ_LINE = "\u0002";
    /**
     * The text that tells the end of input (EOT, what Ctrl-D types): pending lines run as they are,
     * then the next prompt is returned; with nothing pending, the empty string.
     */
    public static final String END_OF_INPUT = "\u0004";
    /** The file name of interactive input, as in CPython's tracebacks. */
    static final String FILENAME = "<stdin>";

    private final Source source;

    public ReplRootNode(BytepyLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public String getName() {
        return "<interactive>";
    }

    @Override
    public SourceSection getSourceSection() {
        return source.createUnavailableSection();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        BytepyContext ctx = BytepyContext.get(this);
        ctx.enterLauncherEval();
        try {
            return step(ctx, source.getCharacters().toString());
        } finally {
            ctx.exitLauncherEval();
        }
    }

    @TruffleBoundary
    private String step(BytepyContext ctx, String line) {
        if (ctx.getEnv().getOptions().get(BytepyLanguage.InstallSignalHandlers)) {
            // JLine takes SIGINT while it reads a line, and leaves the OS default behind
            org.bytepy.modules.SignalModule.installDefaultHandlers(ctx);
        }
        StringBuilder pending = ctx.pendingReplInput;
        if (line.equals(RESET)) {
            pending.setLength(0);
            if (ctx.getSysModule().dict.getStr("ps1") == null) {
                start(ctx);
            }
            return prompt(ctx, "ps1");
        }
        if (line.equals(READ_LINE)) {
            // stdin is not a terminal: the prompt goes to stderr, and the line comes from the reader
            // that input() and sys.stdin share
            ctx.err().print(prompt(ctx, pending.isEmpty() ? "ps1" : "ps2"));
            ctx.err().flush();
            try {
                line = ctx.stdin().readLine();
            } catch (java.io.IOException e) {
                line = null;
            }
            if (line == null) {
                return END_OF_INPUT;
            }
        }
        if (line.equals(END_OF_INPUT)) {
            if (pending.isEmpty()) {
                return "";
            }
            String text = pending.toString();
            pending.setLength(0);
            run(ctx, text);
            ctx.flushStandardStreams();
            return prompt(ctx, "ps1");
        }
        if (pending.isEmpty() && line.isBlank()) {
            return prompt(ctx, "ps1");
        }
        pending.append(line).append('\n');
        String text = pending.toString();
        if (!isComplete(text, line.isBlank())) {
            return prompt(ctx, "ps2");
        }
        pending.setLength(0);
        run(ctx, text);
        ctx.flushStandardStreams();
        return prompt(ctx, "ps1");
    }

    /** Whether {@code text} (lines ending with newlines) is a statement to run, or needs more lines. */
    static boolean isComplete(String text, boolean lastLineBlank) {
        try {
            Ast.Mod mod = Parser.parse(text, FILENAME, Parser.Mode.SINGLE);
            // a compound statement goes on until an empty line (its else/except/elif may follow)
            return lastLineBlank || !(mod instanceof Ast.Interactive i && isCompound(i.body()));
        } catch (PySyntaxError e) {
            String msg = e.msg;
            if (msg.endsWith("was never closed") || msg.startsWith("unterminated triple-quoted") || msg.equals("unexpected EOF while parsing")) {
                return false;
            }
            // the parser wanted a token after the last line: more input may complete the statement
            return lastLineBlank || e.lineno <= lineCount(text);
        }
    }

    private static boolean isCompound(List<Ast.Stmt> body) {
        if (body.size() != 1) {
            return false;
        }
        Ast.Stmt s = body.get(0);
        return s instanceof Ast.If || s instanceof Ast.For || s instanceof Ast.While || s instanceof Ast.Try || s instanceof Ast.With || s instanceof Ast.FunctionDef ||
                        s instanceof Ast.ClassDef || s instanceof Ast.Match;
    }

    private static int lineCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private void run(BytepyContext ctx, String text) {
        try {
            PyCode code;
            if (text.endsWith("\n\n")) {
                text = text.substring(0, text.length() - 1); // the empty line that ended a block: not part of it
            }
            try {
                Source src = Source.newBuilder(BytepyLanguage.ID, text, FILENAME).build();
                code = ctx.getLanguage().compile(src, FILENAME, Parser.Mode.SINGLE);
                org.bytepy.compiler.CompileErrors.issueWarnings(null, code, FILENAME, text);
            } catch (PySyntaxError e) {
                throw Tracebacks.syntaxErrorException(e, null);
            }
            PyDict globals = ctx.getMainModule().dict;
            org.bytepy.runtime.PyThreadState ts = ctx.getThreadState();
            int depth = ts.enter(this);
            try {
                code.getCallTarget().call(new PyFunction(code, globals, new Object[0], null, null));
            } finally {
                ts.exit(depth);
            }
        } catch (PyException e) {
            ctx.out().flush();
            if (e.getType().isSubtypeOf(PyTypes.SYSTEM_EXIT)) {
                ctx.getEnv().getContext().closeExited(this, ModuleRootNode.exitCode(ctx, e.getValue()));
            }
            report(ctx, e.getValue());
        }
    }

    /** What CPython's PyErr_Print does: sys.last_exc and friends, then sys.excepthook. */
    private static void report(BytepyContext ctx, PyBaseException v) {
        PyDict sys = ctx.getSysModule().dict;
        Object tb = PyObjects.lookupAttr(v, "__traceback__");
        tb = tb == null ? PyNone.NONE : tb;
        sys.put("last_exc", v);
        sys.put("last_type", v.getType());
        sys.put("last_value", v);
        sys.put("last_traceback", tb);
        Object hook = sys.getStr("excepthook");
        if (hook != null && hook != sys.getStr("__excepthook__")) {
            try {
                PyCalls.call(hook, new Object[]{v.getType(), v, tb}, null, null);
                return;
            } catch (PyException e) {
                ctx.err().print("Error in sys.excepthook:\n" + Tracebacks.format(e.getValue()) + "\nOriginal exception was:\n");
            }
        }
        ctx.err().print(Tracebacks.format(v));
        ctx.err().flush();
    }

    private static String prompt(BytepyContext ctx, String name) {
        Object p = ctx.getSysModule().dict.getStr(name);
        if (p == null) {
            return "";
        }
        try {
            return PyObjects.str(p);
        } catch (PyException e) {
            return "";
        }
    }

    /** The REPL starts: prompts, and the interactive builtins of CPython's site module. */
    private static void start(BytepyContext ctx) {
        PyDict sys = ctx.getSysModule().dict;
        sys.put("ps1", ">>> ");
        sys.put("ps2", "... ");
        String site = """
                        import builtins, sys, _sitebuiltins
                        builtins.copyright = _sitebuiltins._Printer("copyright", sys.copyright)
                        builtins.credits = _sitebuiltins._Printer("credits", \"""\\
                            Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software
                            Foundation, and a cast of thousands for supporting Python
                            development.  See www.python.org for more information.\""")
                        builtins.license = _sitebuiltins._Printer("license", "See https://www.python.org/psf/license/")
                        builtins.help = _sitebuiltins._Helper()
                        """;
        try {
            Source src = Source.newBuilder(BytepyLanguage.ID, site, "<bytepy-site>").build();
            PyCode code = ctx.getLanguage().compile(src, "<bytepy-site>", Parser.Mode.EXEC);
            PyDict globals = new PyDict();
            globals.put("__builtins__", ctx.getBuiltinsModule());
            globals.put("__name__", "_bytepy_site");
            code.getCallTarget().call(new PyFunction(code, globals, new Object[0], null, null));
        } catch (PyException | PySyntaxError e) {
            // without _sitebuiltins the prompt works all the same
        }
    }
}
