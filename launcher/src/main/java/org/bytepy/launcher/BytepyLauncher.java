package org.bytepy.launcher;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.launcher.AbstractLanguageLauncher;
import org.graalvm.options.OptionCategory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code bytepy} command: {@code bytepy [options] [-c cmd | file | -] [arg] ...}.
 *
 * <p>
 * Arguments up to the program (a file, {@code -c cmd} or {@code -}) are options: CPython's
 * {@code -c}, {@code -h}, {@code -V}, and every GraalVM launcher option ({@code --engine.*},
 * {@code --log.*}, {@code --cpusampler}, {@code --help:expert}, ...), which the base class parses.
 * Everything after the program goes to {@code sys.argv[1:]}.
 *
 * <p>
 * The program runs as {@code __main__} (option {@code bytepy.MainScript}): the language prints an
 * uncaught exception's traceback and exits the context with status 1, and {@code SystemExit} exits
 * with its code; both reach this launcher as a {@link PolyglotException#isExit() exit}.
 */
public final class BytepyLauncher extends AbstractLanguageLauncher {

    static final String LANGUAGE_ID = "bytepy";
    static final String VERSION_LINE = "bytepy 0.1.0 (Python 3.12)";

    /** Exit status for an internal error: EX_SOFTWARE, as CPython uses for fatal errors of its own. */
    static final int EXIT_INTERNAL_ERROR = 70;

    /** Set by the {@code ./bytepy} script from {@code [ -t 0 ]}; {@link #isTTY()} otherwise. */
    static final String STDIN_TTY_PROPERTY = "bytepy.stdinIsTTY";

    private enum Mode {
        FILE,
        COMMAND,
        STDIN,
        NONE
    }

    private Mode mode = Mode.NONE;
    /** The file path as given, or the code of {@code -c}. */
    private String program;
    /** {@code sys.argv}: argv[0] is the script path as given, {@code -c}, {@code -} or "". */
    private final List<String> programArgs = new ArrayList<>();

    public static void main(String[] args) {
        new BytepyLauncher().launch(args);
    }

    @Override
    protected String getLanguageId() {
        return LANGUAGE_ID;
    }

    @Override
    protected VMType getDefaultVMType() {
        return VMType.JVM;
    }

    @Override
    protected List<String> preprocessArguments(List<String> arguments, Map<String, String> polyglotOptions) {
        List<String> unrecognized = new ArrayList<>();
        int i = 0;
        while (i < arguments.size()) {
            String arg = arguments.get(i++);
            if (arg.equals("-c") || (arg.startsWith("-c") && !arg.startsWith("--"))) {
                // -c cmd, or CPython's -ccmd
                String code;
                if (arg.length() > 2) {
                    code = arg.substring(2);
                } else if (i < arguments.size()) {
                    code = arguments.get(i++);
                } else {
                    throw usageError("Argument expected for the -c option");
                }
                mode = Mode.COMMAND;
                program = code;
                programArgs.add("-c");
                break;
            } else if (arg.equals("-")) {
                mode = Mode.STDIN;
                programArgs.add("-");
                break;
            } else if (arg.equals("-B")) {
                polyglotOptions.put("bytepy.DontWriteBytecode", "true");
            } else if (arg.equals("-h") || arg.equals("-?")) {
                unrecognized.add("--help");
            } else if (arg.equals("-V") || arg.equals("--version")) {
                // Handled here rather than by the base class, which would first create an engine.
                printVersion();
                throw exit(0);
            } else if (arg.startsWith("--")) {
                // --help, --engine.*, --log.file=..., --cpusampler, ... : parsed by the base class
                unrecognized.add(arg);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw usageError("unknown option " + arg);
            } else {
                mode = Mode.FILE;
                program = arg;
                programArgs.add(arg);
                break;
            }
        }
        // The rest belongs to the program, as in CPython.
        while (i < arguments.size()) {
            programArgs.add(arguments.get(i++));
        }
        if (mode == Mode.NONE) {
            programArgs.add("");
        }
        polyglotOptions.put("bytepy.MainScript", "true");
        return unrecognized;
    }

    private AbortException usageError(String message) {
        PrintStream err = getError();
        err.println(message);
        err.println("usage: bytepy [option] ... [-c cmd | file | -] [arg] ...");
        err.println("Try `bytepy -h' for more information.");
        return exit(2);
    }

    @Override
    protected void launch(Context.Builder contextBuilder) {
        if (mode == Mode.NONE) {
            if (stdinIsTTY()) {
                getError().println("bytepy: the interactive interpreter (REPL) is not implemented yet; " +
                                "run a file, -c cmd, or pipe a program into stdin. See bytepy --help.");
                throw exit(2);
            }
            mode = Mode.STDIN;
        }
        Source source = buildSource();
        contextBuilder.arguments(LANGUAGE_ID, programArgs.toArray(new String[0]));
        int status = run(contextBuilder, source);
        flushStandardStreams();
        if (status != 0) {
            throw exit(status);
        }
    }

    private Source buildSource() {
        switch (mode) {
            case FILE: {
                File file = new File(program);
                if (!file.exists()) {
                    throw cantOpen(file, "[Errno 2] No such file or directory");
                }
                if (file.isDirectory()) {
                    getError().println("bytepy: can't find '__main__' module in '" + file.getAbsolutePath() + "'");
                    throw exit(1);
                }
                try {
                    return Source.newBuilder(LANGUAGE_ID, file).build();
                } catch (IOException e) {
                    if (!file.canRead()) {
                        throw cantOpen(file, "[Errno 13] Permission denied");
                    }
                    throw cantOpen(file, e.getMessage());
                }
            }
            case COMMAND:
                return Source.newBuilder(LANGUAGE_ID, program, "<string>").buildLiteral();
            case STDIN:
                try {
                    String code = new String(readAll(System.in), StandardCharsets.UTF_8);
                    return Source.newBuilder(LANGUAGE_ID, code, "<stdin>").buildLiteral();
                } catch (IOException e) {
                    getError().println("bytepy: can't read program from stdin: " + e.getMessage());
                    throw exit(2);
                }
            default:
                throw new IllegalStateException(mode.toString());
        }
    }

    private AbortException cantOpen(File file, String reason) {
        getError().println("bytepy: can't open file '" + file.getAbsolutePath() + "': " + reason);
        return exit(2);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    /** Runs the program; returns the process exit status. */
    private int run(Context.Builder contextBuilder, Source source) {
        Context context;
        try {
            context = contextBuilder.build();
        } catch (IllegalArgumentException e) {
            // e.g. an option the engine does not know
            getError().println("bytepy: " + e.getMessage());
            return 2;
        }
        try {
            try {
                context.eval(source);
            } finally {
                context.close();
            }
            return 0;
        } catch (PolyglotException e) {
            return statusOf(e);
        }
    }

    private int statusOf(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        flushStandardStreams();
        PrintStream err = getError();
        if (e.isInternalError()) {
            err.println("bytepy: internal error: " + e.getMessage());
            e.printStackTrace(err);
            err.println("This is a bug in bytepy. Please report it with the program and the stack trace above.");
            return EXIT_INTERNAL_ERROR;
        }
        // A guest exception that the language did not turn into an exit (MainScript does so for
        // uncaught Python exceptions), or a cancelled/interrupted/resource-exhausted context.
        String message = e.getMessage();
        err.println(message != null ? message : e.toString());
        return 1;
    }

    private boolean stdinIsTTY() {
        String property = System.getProperty(STDIN_TTY_PROPERTY);
        if (property != null) {
            return Boolean.parseBoolean(property);
        }
        return isTTY();
    }

    private void flushStandardStreams() {
        System.out.flush();
        System.err.flush();
        getOutput().flush();
        getError().flush();
    }

    @Override
    protected void printVersion() {
        System.out.println(VERSION_LINE);
    }

    @Override
    protected void printVersion(Engine engine) {
        printVersion();
    }

    @Override
    protected void printHelp(OptionCategory maxCategory) {
        println("usage: bytepy [option] ... [-c cmd | file | -] [arg] ...");
        println("Options (and corresponding environment variables):");
        println("-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x");
        println("-c cmd : program passed in as string (terminates option list)");
        println("-h     : print this help message and exit (also -? or --help)");
        println("-V     : print the Python version number and exit (also --version)");
        println("file   : program read from script file");
        println("-      : program read from stdin (default; interactive mode if a tty)");
        println("arg ...: arguments passed to program in sys.argv[1:]");
        println("");
        println("Options of the ./bytepy script (first arguments only):");
        println("--interpreter : run without the Graal JIT compiler (faster start-up, slower peak)");
        println("Environment: BYTEPY_JAVA_OPTS is appended to the java command line.");
        println("");
        println("GraalVM options such as --engine.TraceCompilation, --cpusampler, --cputracer or");
        println("--log.file=FILE come before the program; --help:expert and --help:tools list them all.");
    }

    @Override
    protected void collectArguments(Set<String> options) {
        options.add("-B");
        options.add("-c");
        options.add("-h");
        options.add("-V");
        options.add("-");
    }
}
