package org.bytepy;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import org.bytepy.ast.Ast;
import org.bytepy.compiler.CodeGenerator;
import org.bytepy.nodes.ModuleRootNode;
import org.bytepy.parser.Parser;
import org.bytepy.parser.PySyntaxError;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyThreadState;

/**
 * The bytepy language: Python 3.12 compiled to Truffle Bytecode DSL bytecode. Parsing a source runs the
 * whole front end (tokenizer, parser, scope analysis, code generation) and returns a call target that
 * runs it as a module body in {@code __main__}.
 */
@TruffleLanguage.Registration(id = BytepyLanguage.ID, name = "Python (bytepy)", implementationName = "bytepy", version = BytepyLanguage.VERSION, //
                defaultMimeType = BytepyLanguage.MIME_TYPE, characterMimeTypes = {BytepyLanguage.MIME_TYPE, BytepyLanguage.REPL_MIME_TYPE, BytepyLanguage.RUN_MODULE_MIME_TYPE}, fileTypeDetectors = BytepyFileDetector.class, //
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED, website = "https://www.python.org", internalResources = org.bytepy.imports.StdlibResource.class)
@ProvidedTags({StandardTags.CallTag.class, StandardTags.StatementTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.ExpressionTag.class,
                StandardTags.ReadVariableTag.class, StandardTags.WriteVariableTag.class, com.oracle.truffle.api.debug.DebuggerTags.AlwaysHalt.class})
public final class BytepyLanguage extends TruffleLanguage<BytepyContext> {
    public static final String ID = "bytepy";
    public static final String VERSION = "3.12";
    public static final String MIME_TYPE = "text/x-python";
    /**
     * The launcher's REPL: a source of this type is one line of interactive input, run by
     * {@link org.bytepy.nodes.ReplRootNode}, which returns the next prompt.
     */
    public static final String REPL_MIME_TYPE = "application/x-bytepy-repl-line";
    /** The launcher's {@code -m}: a source of this type is a module name, run as {@code __main__}. */
    public static final String RUN_MODULE_MIME_TYPE = "application/x-bytepy-run-module";

    private static final ContextReference<BytepyContext> CONTEXT_REF = ContextReference.create(BytepyLanguage.class);
    private static final LanguageReference<BytepyLanguage> LANGUAGE_REF = LanguageReference.create(BytepyLanguage.class);

    /** Each thread's {@link PyThreadState} in each context. */
    private final ContextThreadLocal<PyThreadState> threadStates = createContextThreadLocal((context, thread) -> context.newThreadState(thread));

    @Option(help = "Run evaluated sources as the __main__ script, as the python command does: an uncaught exception prints a traceback to stderr and exits with status 1.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> MainScript = new OptionKey<>(false);

    @Option(help = "Do not write __pycache__ bytecode files on import (python -B; also PYTHONDONTWRITEBYTECODE).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> DontWriteBytecode = new OptionKey<>(false);

    @Option(help = "Enter the interactive prompt after the program, and do not exit on an uncaught exception (python -i).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Inspect = new OptionKey<>(false);

    @Option(help = "Buffering of sys.stdout: 'block' (default), 'line' (a terminal), 'unbuffered' (python -u; also PYTHONUNBUFFERED).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> StdoutBuffering = new OptionKey<>("block");

    @Option(help = "Ignore PYTHON* environment variables such as PYTHONPATH (python -E).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> IgnoreEnvironment = new OptionKey<>(false);

    @Option(help = "Isolated mode: implies IgnoreEnvironment and NoUserSite, and no script directory on sys.path (python -I).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Isolated = new OptionKey<>(false);

    @Option(help = "Do not prepend the script's directory (or the current directory) to sys.path (python -P).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> SafePath = new OptionKey<>(false);

    @Option(help = "Sets sys.flags.no_user_site (python -s; bytepy has no user site directory).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> NoUserSite = new OptionKey<>(false);

    @Option(help = "Sets sys.flags.no_site (python -S; bytepy never imports site).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> NoSite = new OptionKey<>(false);

    @Option(help = "Sets sys.flags.optimize (python -O, -OO); asserts still run.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Integer> Optimize = new OptionKey<>(0);

    @Option(help = "Sets sys.flags.quiet (python -q: no banner in the interactive prompt).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Quiet = new OptionKey<>(false);

    @Option(help = "Sets sys.warnoptions: the -W options, separated by newlines.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> WarnOptions = new OptionKey<>("");

    @Option(help = "Sets sys._xoptions: the -X options, separated by newlines.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> XOptions = new OptionKey<>("");

    @Option(help = "Sets sys.executable: the path of the command that runs bytepy (the bytepy script passes its own).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> Executable = new OptionKey<>("");

    @Option(help = "Handle SIGINT (KeyboardInterrupt in the running code) and the signals Python code sets handlers for; for the bytepy command, not for embedders.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> InstallSignalHandlers = new OptionKey<>(false);

    @Override
    protected BytepyContext createContext(Env env) {
        return new BytepyContext(this, env);
    }

    @Override
    protected void initializeContext(BytepyContext context) {
        context.initialize();
        org.bytepy.runtime.LowMemory.register(context);
        if (context.getEnv().getOptions().get(InstallSignalHandlers)) {
            org.bytepy.modules.SignalModule.installDefaultHandlers(context);
        }
    }

    /** Python threads (started by {@code _thread.start_new_thread}) run in parallel under the context's GIL. */
    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    /** The current thread's state. */
    public PyThreadState threadState() {
        return threadStates.get();
    }

    /** Threads still running at close (daemon threads) are stopped. */
    @Override
    protected void finalizeContext(BytepyContext context) {
        org.bytepy.runtime.LowMemory.unregister(context);
        org.bytepy.modules.PosixSubprocessModule.endChildren(context);
        context.getGil().shutdown();
    }

    /** The program ends (normally, by sys.exit or by an uncaught exception): atexit's functions run. */
    @Override
    protected void exitContext(BytepyContext context, ExitMode exitMode, int exitCode) {
        if (context.isExitingImmediately()) {
            return; // os._exit: no atexit functions, no flushing
        }
        org.bytepy.modules.AtexitModule.runExitFunctions(context);
        context.flushStandardStreams();
    }

    /** {@code Context.getBindings("bytepy")}: the globals of {@code __main__}. */
    @Override
    protected Object getScope(BytepyContext context) {
        return new org.bytepy.interop.GlobalsScope(context.getMainModule().dict);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new BytepyLanguageOptionDescriptors();
    }

    @Override
    protected boolean areOptionsCompatible(org.graalvm.options.OptionValues firstOptions, org.graalvm.options.OptionValues newOptions) {
        return true;
    }

    /** How many sources were parsed, in all engines: a shared engine parses a cached source once. */
    private static final java.util.concurrent.atomic.AtomicLong PARSES = new java.util.concurrent.atomic.AtomicLong();

    public static long parseCount() {
        return PARSES.get();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        PARSES.incrementAndGet();
        Source source = request.getSource();
        if (REPL_MIME_TYPE.equals(source.getMimeType())) {
            return new org.bytepy.nodes.ReplRootNode(this, source).getCallTarget();
        } else if (RUN_MODULE_MIME_TYPE.equals(source.getMimeType())) {
            return new ModuleRootNode(this, source, source.getCharacters().toString().strip()).getCallTarget();
        }
        String filename = filenameOf(source);
        try {
            PyCode code = compile(source, filename, Parser.Mode.EXEC);
            return new ModuleRootNode(this, code, null, source).getCallTarget();
        } catch (PySyntaxError e) {
            return new ModuleRootNode(this, null, e, source).getCallTarget();
        }
    }

    /** Tools (debuggers) show values as their Python repr, with their Python type as meta object. */
    @Override
    protected Object getLanguageView(BytepyContext context, Object value) {
        return new org.bytepy.runtime.PyLanguageView(value);
    }

    /** The whole front end: source text to a code object. Throws {@link PySyntaxError}. */
    public PyCode compile(Source source, String filename, Parser.Mode mode) {
        java.util.List<org.bytepy.parser.CompileWarning> warnings = new java.util.ArrayList<>();
        Ast.Mod mod = Parser.parse(source.getCharacters().toString(), filename, mode, warnings);
        PyCode code = CodeGenerator.compile(this, source, filename, mod);
        if (!warnings.isEmpty()) {
            // the parser's warnings before the compiler's, issued by the caller (CompileErrors.issueWarnings)
            java.util.List<org.bytepy.parser.CompileWarning> all = new java.util.ArrayList<>(warnings);
            if (code.compileWarnings != null) {
                all.addAll(code.compileWarnings);
            }
            code.compileWarnings = all;
        }
        return code;
    }

    /** The file name Python code sees: the path as given for files, else the source name. */
    public static String filenameOf(Source source) {
        String path = source.getPath();
        return path != null ? path : source.getName();
    }

    public static BytepyLanguage get(Node node) {
        return LANGUAGE_REF.get(node);
    }

    static BytepyContext getContext(Node node) {
        return CONTEXT_REF.get(node);
    }
}
