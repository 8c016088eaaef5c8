package org.bytepy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.source.Source;

import org.bytepy.BytepyContext;
import org.bytepy.BytepyLanguage;
import org.bytepy.nodes.PyRootNode;
import org.bytepy.parser.Parser;
import org.bytepy.parser.PySyntaxError;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.Tracebacks;

/**
 * {@code compile}, {@code exec}, {@code eval} and {@code globals}: source text goes through the same
 * front end as a script (parser, scopes, Bytecode DSL compiler) and runs in a globals dict.
 * Separate locals mappings are not supported yet: code runs with its globals as its namespace.
 */
final class EvalBuiltins {
    private EvalBuiltins() {
    }

    static void install(BytepyContext ctx, PyDict d) {
        Args.def(d, "compile", (args, kw) -> {
            Args.onlyKeywords("compile", kw, "source", "filename", "mode", "flags", "dont_inherit", "optimize");
            Object source = args.length > 0 ? args[0] : Args.kw(kw, "source");
            Object filename = args.length > 1 ? args[1] : Args.kw(kw, "filename");
            Object mode = args.length > 2 ? args[2] : Args.kw(kw, "mode");
            if (source == null || filename == null || mode == null) {
                throw PyErrors.typeError(null, "compile() missing required argument '%s' (pos %d)", source == null ? "source" : filename == null ? "filename" : "mode",
                                source == null ? 1 : filename == null ? 2 : 3);
            }
            Parser.Mode m = switch (Args.str(mode, "compile")) {
                case "exec" -> Parser.Mode.EXEC;
                case "eval" -> Parser.Mode.EVAL;
                case "single" -> Parser.Mode.SINGLE;
                default -> throw PyErrors.valueError(null, "compile() mode must be 'exec', 'eval' or 'single'");
            };
            return compile(ctx, sourceText(source, "compile"), PyObjects.str(filename), m);
        });
        Args.def(d, "exec", (args, kw) -> {
            run(ctx, args, kw, "exec", Parser.Mode.EXEC);
            return PyNone.NONE;
        });
        Args.def(d, "eval", (args, kw) -> run(ctx, args, kw, "eval", Parser.Mode.EVAL));
        Args.def(d, "globals", (args, kw) -> {
            Args.count("globals", args, kw, 0, 0);
            return callerGlobals(ctx);
        });
    }

    private static String sourceText(Object source, String fname) {
        if (source instanceof String s) {
            return s;
        } else if (source instanceof byte[] b) {
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyErrors.typeError(null, "%s() arg 1 must be a string, bytes or code object", fname);
    }

    @TruffleBoundary
    static PyCode compile(BytepyContext ctx, String text, String filename, Parser.Mode mode) {
        BytepyLanguage language = ctx.getLanguage();
        Source source = Source.newBuilder(BytepyLanguage.ID, text, filename).build();
        try {
            return language.compile(source, filename, mode);
        } catch (PySyntaxError e) {
            throw Tracebacks.syntaxErrorException(e, null);
        }
    }

    @TruffleBoundary
    private static Object run(BytepyContext ctx, Object[] args, PyDict kw, String fname, Parser.Mode mode) {
        Args.onlyKeywords(fname, kw, "globals", "locals");
        if (args.length < 1) {
            throw PyErrors.typeError(null, "%s expected at least 1 argument, got 0", fname);
        }
        if (args.length > 3) {
            throw PyErrors.typeError(null, "%s expected at most 3 arguments, got %d", fname, args.length);
        }
        Object g = args.length > 1 ? args[1] : Args.kw(kw, "globals");
        PyDict globals;
        if (g == null || g instanceof PyNone) {
            globals = callerGlobals(ctx);
        } else if (g instanceof PyDict gd) {
            globals = gd;
        } else {
            throw PyErrors.typeError(null, "%s() globals must be a dict, not %s", fname, PyObjects.typeName(g));
        }
        PyCode code;
        if (args[0] instanceof PyCode c) {
            code = c;
        } else {
            String text = sourceText(args[0], fname);
            if (mode == Parser.Mode.EVAL) {
                text = text.stripLeading();
            }
            code = compile(ctx, text, "<string>", mode);
        }
        if (globals.getStr("__builtins__") == null) {
            globals.put("__builtins__", ctx.getBuiltinsModule());
        }
        Object r = code.getCallTarget().call(new PyFunction(code, globals, new Object[0], null, null));
        return mode == Parser.Mode.EVAL || args[0] instanceof PyCode ? r : PyNone.NONE;
    }

    /** The globals of the nearest Python frame on the stack (the caller of the builtin). */
    @TruffleBoundary
    static PyDict callerGlobals(BytepyContext ctx) {
        PyDict found = Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            if (fi.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rct && rct.getRootNode() instanceof PyRootNode) {
                Frame f = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
                Object[] a = f.getArguments();
                if (a.length > 0 && a[0] instanceof PyFunction fn) {
                    return fn.globals;
                }
            }
            return null;
        });
        return found != null ? found : ctx.getMainModule().dict;
    }
}
