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
                defaultMimeType = BytepyLanguage.MIME_TYPE, characterMimeTypes = BytepyLanguage.MIME_TYPE, fileTypeDetectors = BytepyFileDetector.class, //
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED, website = "https://www.python.org", internalResources = org.bytepy.imports.StdlibResource.class)
@ProvidedTags({StandardTags.CallTag.class, StandardTags.StatementTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.ExpressionTag.class,
                StandardTags.ReadVariableTag.class, StandardTags.WriteVariableTag.class})
public final class BytepyLanguage extends TruffleLanguage<BytepyContext> {
    public static final String ID = "bytepy";
    public static final String VERSION = "3.12";
    public static final String MIME_TYPE = "text/x-python";

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

    @Override
    protected BytepyContext createContext(Env env) {
        return new BytepyContext(this, env);
    }

    @Override
    protected void initializeContext(BytepyContext context) {
        context.initialize();
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
        context.getGil().shutdown();
    }

    /** The program ends (normally, by sys.exit or by an uncaught exception): atexit's functions run. */
    @Override
    protected void exitContext(BytepyContext context, ExitMode exitMode, int exitCode) {
        org.bytepy.modules.AtexitModule.runExitFunctions(context);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new BytepyLanguageOptionDescriptors();
    }

    @Override
    protected boolean areOptionsCompatible(org.graalvm.options.OptionValues firstOptions, org.graalvm.options.OptionValues newOptions) {
        return true;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        String filename = filenameOf(source);
        try {
            PyCode code = compile(source, filename, Parser.Mode.EXEC);
            return new ModuleRootNode(this, code, null, source).getCallTarget();
        } catch (PySyntaxError e) {
            return new ModuleRootNode(this, null, e, source).getCallTarget();
        }
    }

    /** The whole front end: source text to a code object. Throws {@link PySyntaxError}. */
    public PyCode compile(Source source, String filename, Parser.Mode mode) {
        Ast.Mod mod = Parser.parse(source.getCharacters().toString(), filename, mode);
        return CodeGenerator.compile(this, source, filename, mod);
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
