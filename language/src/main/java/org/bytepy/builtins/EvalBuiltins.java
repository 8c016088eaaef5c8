package org.bytepy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.source.Source;

import org.bytepy.BytepyContext;
import org.bytepy.BytepyLanguage;
import org.bytepy.ast.Ast;
import org.bytepy.compiler.CodeGenerator;
import org.bytepy.modules.BytepyDisModule;
import org.bytepy.nodes.PyRootNode;
import org.bytepy.parser.Parser;
import org.bytepy.parser.PySyntaxError;
import org.bytepy.runtime.ExecNamespace;
import org.bytepy.runtime.PyCell;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySpecial;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;
import org.bytepy.runtime.Tracebacks;

/**
 * {@code compile}, {@code exec}, {@code eval} and {@code globals}, and the methods of code objects.
 * Source text goes through the same front end as a script (parser, scopes, Bytecode DSL compiler).
 *
 * <p>Code runs with its globals dict as its namespace, except when {@code exec}/{@code eval} get a
 * separate locals mapping (or run inside a function or class body, whose locals are separate):
 * then the module-level names of the code live in that mapping, CPython's LOAD_NAME semantics. That
 * needs different instructions, so such code is compiled in a second variant (see
 * {@link CodeGenerator#compile(BytepyLanguage, Source, String, Ast.Mod, boolean)}), kept on the code
 * object; the common case (no separate locals) runs the plain variant with cached global lookups.
 */
public final class EvalBuiltins {
    private EvalBuiltins() {
    }

    /** PyCF_ONLY_AST. */
    private static final long ONLY_AST = 0x400;
    /** The compile() flags CPython accepts: PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK. */
    private static final long KNOWN_FLAGS = 0x3fe0000L | 0x10 | 0x200 | 0x400 | 0x800 | 0x1000 | 0x2000 | 0x4000 | 0x8000 | 0x100;

    static void install(BytepyContext ctx, PyDict d) {
        Args.def(d, "compile", (args, kw) -> {
            Args.onlyKeywords("compile", kw, "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version");
            if (args.length > 6) {
                throw PyErrors.typeError(null, "compile() takes at most 6 arguments (%d given)", args.length);
            }
            Object source = arg(args, kw, 0, "source");
            Object filename = arg(args, kw, 1, "filename");
            Object mode = arg(args, kw, 2, "mode");
            Object flags = arg(args, kw, 3, "flags");
            if (source == null || filename == null || mode == null) {
                throw PyErrors.typeError(null, "compile() missing required argument '%s' (pos %d)", source == null ? "source" : filename == null ? "filename" : "mode",
                                source == null ? 1 : filename == null ? 2 : 3);
            }
            long f = flags == null ? 0 : Args.index(flags);
            if ((f & ~KNOWN_FLAGS) != 0) {
                throw PyErrors.valueError(null, "compile(): unrecognised flags");
            }
            String modeName = Args.str(mode, "compile");
            Parser.Mode m = switch (modeName) {
                case "exec" -> Parser.Mode.EXEC;
                case "eval" -> Parser.Mode.EVAL;
                case "single" -> Parser.Mode.SINGLE;
                case "func_type" -> throw PyErrors.valueError(null, "bytepy: compile() mode 'func_type' is not supported yet");
                default -> throw PyErrors.valueError(null, "compile() mode must be 'exec', 'eval' or 'single'");
            };
            if (org.bytepy.modules.ast.AstModule.isAst(ctx, source)) {
                return org.bytepy.modules.ast.AstModule.compileAst(ctx, source, filenameString(filename), modeName, f);
            }
            String text = sourceText(source, "compile");
            if ((f & ONLY_AST) != 0) {
                return org.bytepy.modules.ast.AstModule.parse(ctx, text, filenameString(filename), m);
            }
            PyCode code = compile(ctx, text, filenameString(filename), m, false);
            code.sourceText = text;
            code.sourceMode = modeName;
            return code;
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
        installCodeMethods();
    }

    private static Object arg(Object[] args, PyDict kw, int i, String name) {
        if (i < args.length) {
            if (Args.kw(kw, name) != null) {
                throw PyErrors.typeError(null, "argument for compile() given by name ('%s') and position (%d)", name, i + 1);
            }
            return args[i];
        }
        return Args.kw(kw, name);
    }

    private static String filenameString(Object filename) {
        if (filename instanceof String s) {
            return s;
        } else if (filename instanceof byte[] b) {
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
        Object fspath = PySpecial.isUserObject(filename) ? PySpecial.lookup(filename, "__fspath__") : null;
        if (fspath != null && PySpecial.call(filename, fspath, null) instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "expected str, bytes or os.PathLike object, not %s", PyObjects.typeName(filename));
    }

    private static String sourceText(Object source, String fname) {
        String s;
        if (source instanceof String str) {
            s = str;
        } else if (source instanceof byte[] || source instanceof org.bytepy.runtime.PyByteArray || org.bytepy.runtime.PyMemoryView.bytesOf(source) != null) {
            byte[] b = source instanceof byte[] bs ? bs : source instanceof org.bytepy.runtime.PyByteArray ba ? ba.bytes() : org.bytepy.runtime.PyMemoryView.bytesOf(source);
            s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1); // a UTF-8 byte order mark
            }
        } else {
            throw PyErrors.typeError(null, "%s() arg 1 must be a string, bytes or %s object", fname, fname.equals("compile") ? "AST" : "code");
        }
        if (s.indexOf('\0') >= 0) {
            throw PyErrors.raise(PyTypes.SYNTAX_ERROR, "source code string cannot contain null bytes", null);
        }
        return s;
    }

    @TruffleBoundary
    static PyCode compile(BytepyContext ctx, String text, String filename, Parser.Mode mode, boolean mappingNamespace) {
        return compile(ctx, text, filename, mode, mappingNamespace, true);
    }

    /** With {@code issueWarnings} false (a recompile of code already compiled), its SyntaxWarnings are not issued again. */
    static PyCode compile(BytepyContext ctx, String text, String filename, Parser.Mode mode, boolean mappingNamespace, boolean issueWarnings) {
        BytepyLanguage language = ctx.getLanguage();
        Source source = Source.newBuilder(BytepyLanguage.ID, text, filename).build();
        try {
            java.util.List<org.bytepy.parser.CompileWarning> warnings = new java.util.ArrayList<>();
            Ast.Mod mod = Parser.parse(text, filename, mode, warnings);
            PyCode code = CodeGenerator.compile(language, source, filename, mod, mappingNamespace);
            if (issueWarnings) {
                org.bytepy.compiler.CompileErrors.issueWarnings(warnings, code, filename, text);
            }
            code.compileWarnings = null;
            return code;
        } catch (PySyntaxError e) {
            throw Tracebacks.syntaxErrorException(e, null);
        }
    }

    /** The variant of {@code code} whose module-level names live in a mapping, or null if it cannot be made (no source kept). */
    @TruffleBoundary
    private static PyCode mappingVariant(BytepyContext ctx, PyCode code) {
        if (code.mappingNamespace) {
            return code;
        }
        if (code.mappingVariant == null && code.sourceText != null) {
            Parser.Mode m = switch (code.sourceMode) {
                case "eval" -> Parser.Mode.EVAL;
                case "single" -> Parser.Mode.SINGLE;
                default -> Parser.Mode.EXEC;
            };
            PyCode v = compile(ctx, code.sourceText, code.filename, m, true, false);
            v.sourceText = code.sourceText;
            v.sourceMode = code.sourceMode;
            code.mappingVariant = v;
        }
        return code.mappingVariant;
    }

    private static boolean isMapping(Object o) {
        if (o instanceof PyDict || o instanceof PyList || o instanceof PyTuple || o instanceof String) {
            return true;
        }
        return PySpecial.isUserObject(o) ? PySpecial.lookup(o, "__getitem__") != null : PyTypes.typeOf(o).lookup("__getitem__") != null;
    }

    @TruffleBoundary
    private static Object run(BytepyContext ctx, Object[] args, PyDict kw, String fname, Parser.Mode mode) {
        Args.onlyKeywords(fname, kw, "globals", "locals", "closure");
        if (args.length < 1) {
            throw PyErrors.typeError(null, fname.equals("exec") ? "exec() takes at least 1 positional argument (0 given)" : "eval expected at least 1 argument, got 0");
        }
        if (args.length > 3) {
            throw PyErrors.typeError(null, fname.equals("exec") ? "exec() takes at most 3 positional arguments (%d given)" : "eval expected at most 3 arguments, got %d", args.length);
        }
        Object g = args.length > 1 ? args[1] : Args.kw(kw, "globals");
        Object l = args.length > 2 ? args[2] : Args.kw(kw, "locals");
        if (g instanceof PyNone) {
            g = null;
        }
        if (l instanceof PyNone) {
            l = null;
        }
        PyDict globals;
        if (g == null) {
            Object[] caller = callerNamespaces(ctx);
            globals = (PyDict) caller[0];
            if (l == null) {
                l = caller[1];
            }
        } else if (g instanceof PyDict gd) {
            globals = gd;
        } else if (fname.equals("eval")) {
            throw PyErrors.typeError(null, isMapping(g) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        } else {
            throw PyErrors.typeError(null, "exec() globals must be a dict, not %s", PyObjects.typeName(g));
        }
        if (l == null) {
            l = globals;
        } else if (!isMapping(l)) {
            throw PyErrors.typeError(null, fname.equals("eval") ? "locals must be a mapping" : "locals must be a mapping or None, not %s", PyObjects.typeName(l));
        }
        if (globals.getStr("__builtins__") == null) {
            globals.put("__builtins__", ctx.getBuiltinsModule());
        }
        boolean separateLocals = l != globals;
        PyCode code;
        boolean returnsValue = mode == Parser.Mode.EVAL;
        if (args[0] instanceof PyCode c) {
            if (c.freevars.length > 0) {
                throw PyErrors.typeError(null, "code object requires a closure of exactly length %d", c.freevars.length);
            }
            code = c;
            returnsValue = mode == Parser.Mode.EVAL && (c.sourceMode == null || c.sourceMode.equals("eval"));
            if (separateLocals) {
                PyCode v = mappingVariant(ctx, c);
                if (v != null) {
                    code = v;
                } else {
                    separateLocals = false; // code without kept source (a module's): runs in its globals
                }
            }
        } else {
            String text = sourceText(args[0], fname);
            if (mode == Parser.Mode.EVAL) {
                text = stripLeadingBlanks(text);
            }
            code = compile(ctx, text, "<string>", mode, separateLocals);
        }
        PyFunction fn = new PyFunction(code, globals, new Object[0], null, null);
        Object r;
        if (code.mappingNamespace) {
            r = code.getCallTarget().call(fn, new ExecNamespace(separateLocals ? l : globals, globals));
        } else {
            r = code.getCallTarget().call(fn);
        }
        return returnsValue ? r : PyNone.NONE;
    }

    /** eval() of a string ignores leading spaces and tabs (not other white space). */
    private static String stripLeadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }

    /** The globals of the nearest Python frame on the stack (the caller of the builtin). */
    @TruffleBoundary
    public static PyDict callerGlobals(BytepyContext ctx) {
        return (PyDict) callerNamespaces(ctx)[0];
    }

    /**
     * The globals and locals of the nearest Python frame: a function's locals are a snapshot dict
     * (as {@code locals()}), a class body's its namespace, a module's its globals.
     */
    @TruffleBoundary
    static Object[] callerNamespaces(BytepyContext ctx) {
        Object[] found = Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            if (fi.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rct && rct.getRootNode() instanceof PyRootNode root) {
                Frame f = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
                Object[] a = f.getArguments();
                if (a.length > 0 && a[0] instanceof PyFunction fn) {
                    Object locals = fn.globals;
                    PyCode code = root.getCode();
                    if (a.length > 1 && a[1] instanceof ExecNamespace ns && code != null && code.mappingNamespace) {
                        locals = ns.locals;
                    } else if (a.length > 1 && a[1] instanceof PyDict classNs && code != null && (code.flags & 0x1) == 0) {
                        locals = classNs;
                    } else if (code != null && (code.flags & 0x1) != 0) {
                        locals = functionLocals(fi, root);
                    }
                    return new Object[]{fn.globals, locals};
                }
            }
            return null;
        });
        if (found != null) {
            return found;
        }
        PyDict main = ctx.getMainModule().dict;
        return new Object[]{main, main};
    }

    /** A function's locals as a new dict. Locals are not block-scoped in our bytecode: any bytecode index reads them. */
    private static PyDict functionLocals(FrameInstance fi, PyRootNode root) {
        BytecodeNode bytecode = BytecodeNode.get(fi);
        if (bytecode == null) {
            bytecode = root.getBytecodeNode();
        }
        com.oracle.truffle.api.bytecode.BytecodeLocation loc = bytecode.getBytecodeLocation(fi);
        int bci = loc != null ? loc.getBytecodeIndex() : 0;
        Frame frame = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
        return PyRootNode.Locals.toDict(bytecode.getLocalNames(bci), bytecode.getLocalValues(bci, frame));
    }

    // ================================================================== code objects

    private static PyCode self(Object[] args, String name) {
        if (args.length == 0 || !(args[0] instanceof PyCode c)) {
            throw PyErrors.typeError(null, "descriptor '%s' requires a 'code' object", name);
        }
        return c;
    }

    private static void installCodeMethods() {
        Args.method(PyTypes.CODE, "co_lines", (args, kw) -> {
            Args.methodCount("co_lines", args, kw, 0, 0);
            return iterator(BytepyDisModule.coLines(self(args, "co_lines")));
        });
        Args.method(PyTypes.CODE, "co_positions", (args, kw) -> {
            Args.methodCount("co_positions", args, kw, 0, 0);
            return iterator(BytepyDisModule.coPositions(self(args, "co_positions")));
        });
        Args.method(PyTypes.CODE, "replace", (args, kw) -> {
            PyCode c = self(args, "replace");
            if (args.length > 1) {
                throw PyErrors.typeError(null, "replace() takes no positional arguments");
            }
            return replace(c, kw);
        });
    }

    private static Object iterator(PyList items) {
        return PyObjects.iter(items, null);
    }

    private static final String[] REPLACEABLE = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code",
                    "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"};

    /** {@code code.replace(**changes)}: names, file, line, flags and the constant/name tables; the bytecode itself is shared and cannot change. */
    @TruffleBoundary
    private static PyCode replace(PyCode c, PyDict kw) {
        String name = c.name, qualname = c.qualname, filename = c.filename;
        int firstLineno = c.firstLineno, flags = c.flags;
        Object[] consts = c.consts;
        String[] names = c.names;
        if (kw != null) {
            for (Object k : kw.keys()) {
                String key = (String) k;
                Object v = kw.get(k);
                if (!java.util.Arrays.asList(REPLACEABLE).contains(key)) {
                    throw PyErrors.typeError(null, "'%s' is an invalid keyword argument for replace()", key);
                }
                switch (key) {
                    case "co_name" -> name = Args.str(v, "replace");
                    case "co_qualname" -> qualname = Args.str(v, "replace");
                    case "co_filename" -> filename = Args.str(v, "replace");
                    case "co_firstlineno" -> firstLineno = (int) Args.index(v);
                    case "co_flags" -> flags = (int) Args.index(v);
                    case "co_consts" -> consts = tuple(v, "co_consts").items().clone();
                    case "co_names" -> names = stringTuple(v, "co_names");
                    default -> {
                        Object current = org.bytepy.runtime.PyCodeAttributes.get(c, key);
                        if (!PyObjects.eq(current, v)) {
                            throw PyErrors.valueError(null, "bytepy: code.replace() cannot change %s (the bytecode is shared)", key);
                        }
                    }
                }
            }
        }
        PyCode r = c.withMetadata(name, qualname, filename, firstLineno, flags);
        r.consts = consts;
        r.names = names;
        return r;
    }

    private static PyTuple tuple(Object v, String what) {
        if (v instanceof PyTuple t) {
            return t;
        }
        throw PyErrors.typeError(null, "replace() argument '%s' must be tuple, not %s", what, PyObjects.typeName(v));
    }

    private static String[] stringTuple(Object v, String what) {
        Object[] items = tuple(v, what).items();
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof String s)) {
                throw PyErrors.typeError(null, "name tuples must contain only strings, not '%s'", PyObjects.typeName(items[i]));
            }
            out[i] = s;
        }
        return out;
    }
}
