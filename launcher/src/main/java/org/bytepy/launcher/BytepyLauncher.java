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
 * The {@code bytepy} command: {@code bytepy [options] [-c cmd | -m mod | file | -] [arg] ...}.
 *
 * <p>
 * Arguments up to the program (a file, {@code -c cmd}, {@code -m mod} or {@code -}) are options:
 * CPython's one-letter options (which may be grouped, as {@code -iq}), and every GraalVM launcher
 * option ({@code --engine.*}, {@code --log.*}, {@code --cpusampler}, {@code --help:expert}, ...),
 * which the base class parses. Everything after the program goes to {@code sys.argv[1:]}.
 *
 * <p>
 * Without a program and with a terminal on stdin, or with {@code -i}, the interactive prompt runs
 * ({@link #repl}): this class reads lines (with JLine's line editing and history on a terminal), the
 * language decides when a statement is complete and runs it (a source of MIME type
 * {@code application/x-bytepy-repl-line}, see the language's {@code ReplRootNode}). Ctrl-C is the
 * language's SIGINT handler (option {@code bytepy.InstallSignalHandlers}): KeyboardInterrupt in the
 * running code, or an interrupted read at the prompt.
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

    /** Set by the {@code ./bytepy} script from {@code [ -t 1 ]}: sys.stdout is then line-buffered. */
    static final String STDOUT_TTY_PROPERTY = "bytepy.stdoutIsTTY";

    /** The language's MIME type for one line of interactive input (see {@code ReplRootNode}). */
    static final String REPL_MIME_TYPE = "application/x-bytepy-repl-line";
    /** The language's MIME type for {@code -m}: the source is a module name. */
    static final String RUN_MODULE_MIME_TYPE = "application/x-bytepy-run-module";
    /** The REPL input that drops pending lines (Ctrl-C at the prompt) and returns the first prompt. */
    static final String REPL_RESET = "\u0003";
    /** The REPL input that runs what is pending at the end of input; returns "" when nothing was. */
    static final String REPL_END_OF_INPUT = "\u0004";
    /** The REPL input that makes the language prompt on stderr and read the line from its stdin. */
    static final String REPL_READ_LINE = "\u0002";

    static final String BANNER = "Python 3.12.0 (bytepy 0.1.0, Truffle Bytecode DSL) on linux\n" +
                    "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.";

    private enum Mode {
        FILE,
        COMMAND,
        MODULE,
        STDIN,
        NONE
    }

    /** {@code -i}: the REPL after the program. */
    private boolean inspect;
    /** {@code -q}: no banner. */
    private boolean quiet;

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
        List<String> warnOptions = new ArrayList<>();
        List<String> xOptions = new ArrayList<>();
        int optimize = 0;
        boolean unbuffered = false;
        int i = 0;
        parsing: while (i < arguments.size()) {
            String arg = arguments.get(i++);
            if (arg.equals("--version")) {
                printVersion();
                throw exit(0);
            } else if (arg.startsWith("--")) {
                // --help, --engine.*, --log.file=..., --cpusampler, ... : parsed by the base class
                unrecognized.add(arg);
                continue;
            } else if (arg.equals("-")) {
                mode = Mode.STDIN;
                programArgs.add("-");
                break;
            } else if (!arg.startsWith("-")) {
                mode = Mode.FILE;
                program = arg;
                programArgs.add(arg);
                break;
            }
            // one or more one-letter options, as CPython: -B, -iq, -c cmd, -ccmd, -m mod, -W arg, -X opt
            for (int k = 1; k < arg.length(); k++) {
                char c = arg.charAt(k);
                if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
                    String value;
                    if (k + 1 < arg.length()) {
                        value = arg.substring(k + 1);
                    } else if (i < arguments.size()) {
                        value = arguments.get(i++);
                    } else {
                        throw usageError("Argument expected for the -" + c + " option");
                    }
                    if (c == 'c') {
                        mode = Mode.COMMAND;
                        program = value;
                        programArgs.add("-c");
                        break parsing;
                    } else if (c == 'm') {
                        mode = Mode.MODULE;
                        program = value;
                        programArgs.add("-m");
                        break parsing;
                    } else if (c == 'W') {
                        warnOptions.add(value);
                    } else {
                        xOptions.add(value);
                    }
                    break;
                }
                switch (c) {
                    case 'B' -> polyglotOptions.put("bytepy.DontWriteBytecode", "true");
                    case 'i' -> inspect = true;
                    case 'q' -> quiet = true;
                    case 'u' -> unbuffered = true;
                    case 'O' -> optimize++;
                    case 'E' -> polyglotOptions.put("bytepy.IgnoreEnvironment", "true");
                    case 'I' -> polyglotOptions.put("bytepy.Isolated", "true");
                    case 'P' -> polyglotOptions.put("bytepy.SafePath", "true");
                    case 's' -> polyglotOptions.put("bytepy.NoUserSite", "true");
                    case 'S' -> polyglotOptions.put("bytepy.NoSite", "true");
                    case 'b', 'd', 'v', 'R' -> {
                        // accepted for compatibility; no effect in bytepy
                    }
                    case 'h', '?' -> unrecognized.add("--help");
                    case 'V' -> {
                        // Handled here rather than by the base class, which would first create an engine.
                        printVersion();
                        throw exit(0);
                    }
                    default -> throw usageError("Unknown option: -" + c);
                }
            }
        }
        // The rest belongs to the program, as in CPython.
        while (i < arguments.size()) {
            programArgs.add(arguments.get(i++));
        }
        if (mode == Mode.NONE) {
            programArgs.add("");
        }
        if (inspect) {
            polyglotOptions.put("bytepy.Inspect", "true");
        }
        if (quiet) {
            polyglotOptions.put("bytepy.Quiet", "true");
        }
        if (optimize > 0) {
            polyglotOptions.put("bytepy.Optimize", Integer.toString(optimize));
        }
        if (!warnOptions.isEmpty()) {
            polyglotOptions.put("bytepy.WarnOptions", String.join("\n", warnOptions));
        }
        if (!xOptions.isEmpty()) {
            polyglotOptions.put("bytepy.XOptions", String.join("\n", xOptions));
        }
        if (unbuffered) {
            polyglotOptions.put("bytepy.StdoutBuffering", "unbuffered");
        } else if (stdoutIsTTY()) {
            polyglotOptions.put("bytepy.StdoutBuffering", "line");
        }
        String executable = System.getProperty("bytepy.executable");
        if (executable != null && !executable.isEmpty()) {
            polyglotOptions.put("bytepy.Executable", executable);
        }
        polyglotOptions.put("bytepy.MainScript", "true");
        polyglotOptions.put("bytepy.InstallSignalHandlers", "true");
        return unrecognized;
    }

    private AbortException usageError(String message) {
        PrintStream err = getError();
        err.println(message);
        err.println("usage: bytepy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        err.println("Try `bytepy -h' for more information.");
        return exit(2);
    }

    @Override
    protected void launch(Context.Builder contextBuilder) {
        boolean repl = inspect || (mode == Mode.NONE && stdinIsTTY());
        if (mode == Mode.NONE && !repl) {
            mode = Mode.STDIN;
        }
        Source source = mode == Mode.NONE ? null : buildSource();
        contextBuilder.arguments(LANGUAGE_ID, programArgs.toArray(new String[0]));
        int status = run(contextBuilder, source, repl);
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
            case MODULE:
                return Source.newBuilder(LANGUAGE_ID, program, "<run_module>").mimeType(RUN_MODULE_MIME_TYPE).cached(false).buildLiteral();
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

    /** Runs the program (if any), then the REPL (if {@code repl}); returns the process exit status. */
    private int run(Context.Builder contextBuilder, Source source, boolean repl) {
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
                if (source != null) {
                    context.eval(source);
                }
                if (repl) {
                    repl(context, source == null && !quiet && stdinIsTTY());
                }
            } finally {
                context.close();
            }
            return 0;
        } catch (PolyglotException e) {
            return statusOf(e);
        }
    }

    /** Where the REPL's lines come from on a terminal (JLine). */
    private interface LineInput {
        /** The next line, or null at end of input; throws {@link Interrupted} for Ctrl-C. */
        String readLine(String prompt);
    }

    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The interactive prompt: the language returns the next prompt for each line (sys.ps1 or
     * sys.ps2), prints results and tracebacks itself, and ends the context on SystemExit (which
     * reaches here as an exit {@link PolyglotException}). Ends at end of input (Ctrl-D).
     */
    private void repl(Context context, boolean banner) {
        LineInput input = stdinIsTTY() ? jlineInput() : null;
        if (banner) {
            getError().println(BANNER);
        }
        String prompt = replEval(context, REPL_RESET);
        if (input == null) {
            // no terminal: the language shows the prompts on stderr and reads the lines itself, from
            // the stdin that input() and sys.stdin also read
            while (true) {
                if (replEval(context, REPL_READ_LINE).equals(REPL_END_OF_INPUT)) {
                    getError().println();
                    if (replEval(context, REPL_END_OF_INPUT).isEmpty()) {
                        return;
                    }
                }
            }
        }
        while (true) {
            String line;
            try {
                line = input.readLine(prompt);
            } catch (Interrupted e) {
                flushStandardStreams();
                getError().println("\nKeyboardInterrupt");
                prompt = replEval(context, REPL_RESET);
                continue;
            }
            if (line == null) {
                // as CPython: a newline, then what is pending runs (and a last prompt is shown)
                getError().println();
                prompt = replEval(context, REPL_END_OF_INPUT);
                if (prompt.isEmpty()) {
                    return;
                }
                continue;
            }
            Thread.interrupted(); // a Ctrl-C that came after the line was read is not for the next one
            prompt = replEval(context, line);
        }
    }

    private static String replEval(Context context, String line) {
        return context.eval(Source.newBuilder(LANGUAGE_ID, line, "<stdin>").mimeType(REPL_MIME_TYPE).cached(false).buildLiteral()).asString();
    }

    /**
     * Line editing and history ({@code ~/.bytepy_history}) with the JLine that launcher-common ships.
     * JLine leaves the OS signals alone ({@code nativeSignals(false)}): Ctrl-C stays the language's
     * SIGINT handler, which interrupts this thread while it waits here, and JLine then throws
     * UserInterruptException.
     */
    private LineInput jlineInput() {
        try {
            org.graalvm.shadowed.org.jline.terminal.Terminal terminal = org.graalvm.shadowed.org.jline.terminal.TerminalBuilder.builder() //
                            .system(true).nativeSignals(false).build();
            if (terminal.getWidth() <= 0) {
                // a pseudo-terminal without a size (e.g. under script(1)): JLine would wrap at every column
                terminal.setSize(new org.graalvm.shadowed.org.jline.terminal.Size(80, 24));
            }
            org.graalvm.shadowed.org.jline.reader.impl.DefaultParser parser = new org.graalvm.shadowed.org.jline.reader.impl.DefaultParser();
            // Python decides when input continues: no shell-like quoting or escaped newlines
            parser.setEscapeChars(new char[0]);
            parser.setQuoteChars(new char[0]);
            parser.setEofOnUnclosedQuote(false);
            org.graalvm.shadowed.org.jline.reader.LineReaderBuilder builder = org.graalvm.shadowed.org.jline.reader.LineReaderBuilder.builder() //
                            .terminal(terminal).appName("bytepy").parser(parser) //
                            .option(org.graalvm.shadowed.org.jline.reader.LineReader.Option.DISABLE_EVENT_EXPANSION, true) //
                            .option(org.graalvm.shadowed.org.jline.reader.LineReader.Option.INSERT_TAB, true);
            String home = System.getProperty("user.home");
            if (home != null) {
                builder.variable(org.graalvm.shadowed.org.jline.reader.LineReader.HISTORY_FILE, java.nio.file.Paths.get(home, ".bytepy_history"));
            }
            org.graalvm.shadowed.org.jline.reader.LineReader reader = builder.build();
            return prompt -> {
                flushStandardStreams();
                try {
                    return reader.readLine(prompt);
                } catch (org.graalvm.shadowed.org.jline.reader.UserInterruptException e) {
                    throw new Interrupted();
                } catch (org.graalvm.shadowed.org.jline.reader.EndOfFileException e) {
                    return null;
                } catch (java.io.IOError e) {
                    if (e.getCause() instanceof java.io.InterruptedIOException) {
                        throw new Interrupted();
                    }
                    return null;
                }
            };
        } catch (IOException | RuntimeException e) {
            return null; // no usable terminal: plain lines
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

    private boolean stdoutIsTTY() {
        String property = System.getProperty(STDOUT_TTY_PROPERTY);
        if (property != null) {
            return Boolean.parseBoolean(property);
        }
        return false; // unknown (the ./bytepy script tells): block-buffered, as for a pipe
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
        println("usage: bytepy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        println("Options (and corresponding environment variables):");
        println("-b     : accepted, no effect (CPython: warn about str(bytes))");
        println("-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x");
        println("-c cmd : program passed in as string (terminates option list)");
        println("-d     : accepted, no effect (CPython: parser debug output)");
        println("-E     : ignore PYTHON* environment variables (such as PYTHONPATH)");
        println("-h     : print this help message and exit (also -? or --help)");
        println("-i     : inspect interactively after running script; forces a prompt even");
        println("         if stdin does not appear to be a terminal");
        println("-I     : isolate Python from the user's environment (implies -E, -s and -P)");
        println("-m mod : run library module as a script (terminates option list)");
        println("-O     : sys.flags.optimize = 1 (-OO: 2); bytepy still runs asserts");
        println("-P     : don't prepend a potentially unsafe path to sys.path");
        println("-q     : don't print version and copyright messages on interactive startup");
        println("-s     : sys.flags.no_user_site (bytepy has no user site directory)");
        println("-S     : sys.flags.no_site (bytepy never imports site)");
        println("-u     : force the stdout stream to be unbuffered; also PYTHONUNBUFFERED=x");
        println("-v, -R : accepted, no effect");
        println("-V     : print the Python version number and exit (also --version)");
        println("-W arg : warning control, added to sys.warnoptions; also PYTHONWARNINGS=arg");
        println("-X opt : set implementation-specific option, in sys._xoptions");
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
        for (String o : new String[]{"-b", "-B", "-c", "-d", "-E", "-h", "-i", "-I", "-m", "-O", "-P", "-q", "-s", "-S", "-u", "-v", "-V", "-W", "-X", "-"}) {
            options.add(o);
        }
    }
}
