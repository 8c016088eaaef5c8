package org.bytepy.modules;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.source.Source;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.interop.ForeignObjects;
import org.bytepy.interop.PyInterop;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTypes;

/**
 * The {@code polyglot} module: code and values of the other languages of the context.
 * <ul>
 * <li>{@code eval(language, string)} or {@code eval(language=..., path=...)}: runs source of another
 * language (or of bytepy) and returns its value; without a language, the file's language is detected;</li>
 * <li>{@code import_value(name)}: a value of the polyglot bindings ({@code None} when there is none);</li>
 * <li>{@code export_value(value, name)} (also {@code (name, value)}, keywords, or one argument as a
 * decorator that exports under {@code __name__}): puts a value into the polyglot bindings, returns it;</li>
 * <li>{@code ForeignObject}: the type of foreign values; {@code ForeignException}: what exceptions of
 * other languages become.</li>
 * </ul>
 */
public final class PolyglotModule {
    private PolyglotModule() {
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("polyglot", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "Access to the other languages of the polyglot context.");
        d.put("ForeignObject", ForeignObjects.TYPE);
        d.put("ForeignException", ForeignObjects.FOREIGN_EXCEPTION);
        Args.def(d, "eval", (a, kw) -> {
            Object[] p = CollectionsSupport.parse("eval", a, kw, 0, "language", "string", "$path");
            return eval(ctx.getEnv(), optStr("eval", "language", p[0]), optStr("eval", "string", p[1]), optStr("eval", "path", p[2]));
        });
        Args.def(d, "import_value", (a, kw) -> {
            Object[] p = CollectionsSupport.parse("import_value", a, kw, 1, "name");
            return importValue(ctx.getEnv(), strArg("import_value", "name", p[0]));
        });
        Args.def(d, "export_value", (a, kw) -> {
            Object[] p = CollectionsSupport.parse("export_value", a, kw, 1, "value", "name");
            Object value = p[0], name = p[1];
            if (name == null) {
                // one argument: a decorator, exported under its __name__
                name = value == null ? null : PyObjects.lookupAttr(value, "__name__");
                if (!(name instanceof String)) {
                    throw PyErrors.typeError(null, "export_value() needs a name for a value without __name__");
                }
            } else if (value instanceof String && !(name instanceof String) && (kw == null || kw.size() == 0)) {
                Object t = value; // export_value(name, value)
                value = name;
                name = t;
            }
            exportValue(ctx.getEnv(), strArg("export_value", "name", name), value);
            return value;
        });
        return m;
    }

    private static String optStr(String fn, String param, Object v) {
        return v == null || v instanceof PyNone ? null : strArg(fn, param, v);
    }

    private static String strArg(String fn, String param, Object v) {
        if (!(v instanceof String s)) {
            throw PyErrors.typeError(null, "%s() argument '%s' must be str, not %s", fn, param, PyObjects.typeName(v));
        }
        return s;
    }

    @TruffleBoundary
    static Object eval(Env env, String language, String string, String path) {
        if (string == null && path == null) {
            throw PyErrors.typeError(null, "eval() needs either a string or a path");
        }
        if (string != null && path != null) {
            throw PyErrors.typeError(null, "eval() takes a string or a path, not both");
        }
        Source source;
        try {
            if (path != null) {
                TruffleFile file = env.getPublicTruffleFile(path);
                String lang = language != null ? language : Source.findLanguage(file);
                if (lang == null) {
                    throw PyErrors.valueError(null, "could not determine the language of '%s'", path);
                }
                checkLanguage(env, lang);
                source = Source.newBuilder(lang, file).build();
            } else {
                if (language == null) {
                    throw PyErrors.typeError(null, "eval() of a string needs a language");
                }
                checkLanguage(env, language);
                source = Source.newBuilder(language, string, "<eval>").build();
            }
        } catch (java.io.IOException e) {
            throw PyTypes.osError(2, "No such file or directory", path, null);
        } catch (SecurityException e) {
            throw PyErrors.format(PyTypes.PERMISSION_ERROR, null, "%s", e.getMessage());
        }
        CallTarget target;
        try {
            target = env.parsePublic(source);
        } catch (PyException e) {
            throw e;
        } catch (AbstractTruffleException e) {
            throw PyInterop.foreignException(e);
        }
        return PyInterop.foreign("eval()", () -> target.call());
    }

    private static void checkLanguage(Env env, String language) {
        if (!env.getPublicLanguages().containsKey(language)) {
            throw PyErrors.valueError(null, "polyglot language '%s' is not available in this context (available: %s)", language,
                            String.join(", ", new java.util.TreeSet<>(env.getPublicLanguages().keySet())));
        }
    }

    @TruffleBoundary
    static Object importValue(Env env, String name) {
        Object v;
        try {
            v = importSymbol(env, name);
        } catch (SecurityException e) {
            throw PyErrors.format(PyTypes.PERMISSION_ERROR, null, "polyglot access is not allowed: %s", e.getMessage());
        }
        return v == null ? PyNone.NONE : PyInterop.fromInterop(v);
    }

    private static Object importSymbol(Env env, String name) {
        try {
            return env.importSymbol(name);
        } catch (NullPointerException e) {
            // Truffle 25 creates the context's symbol table on the first export: before it, nothing to import
            return null;
        }
    }

    @TruffleBoundary
    static void exportValue(Env env, String name, Object value) {
        try {
            env.exportSymbol(name, PyInterop.toInterop(value));
        } catch (SecurityException e) {
            throw PyErrors.format(PyTypes.PERMISSION_ERROR, null, "polyglot access is not allowed: %s", e.getMessage());
        }
    }
}
