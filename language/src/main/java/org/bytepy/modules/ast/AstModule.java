package org.bytepy.modules.ast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import com.oracle.truffle.api.source.Source;

import org.bytepy.BytepyContext;
import org.bytepy.BytepyLanguage;
import org.bytepy.ast.Ast;
import org.bytepy.compiler.CodeGenerator;
import org.bytepy.parser.Parser;
import org.bytepy.parser.PySyntaxError;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;
import org.bytepy.runtime.Tracebacks;

/**
 * The {@code _ast} module: CPython 3.12's node classes (from {@link AstTable}) as Python-level classes
 * of module {@code ast}, whose instances are plain {@link PyObject}s with one attribute per field.
 * {@link AstConverter} turns the parser's tree into such objects for {@code compile(..., PyCF_ONLY_AST)}.
 */
public final class AstModule {
    private AstModule() {
    }

    public static final long PY_CF_ONLY_AST = 0x400;
    public static final long PY_CF_TYPE_COMMENTS = 0x1000;
    public static final long PY_CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /** The field names of each concrete class, in order. */
    static final Map<String, String[]> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Whether instances of a class carry lineno/col_offset/end_lineno/end_col_offset. */
    static final Map<String, Boolean> HAS_POS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The node classes of one context (user code may change them, so contexts do not share them). */
    static final class Types {
        /** The node classes by name, in the order of the table (bases first). */
        final Map<String, PyType> types = new LinkedHashMap<>();
        /** The shared instances of the field-less classes (Load(), Add(), ...) that the converter uses. */
        final Map<String, PyObject> singletons = new HashMap<>();
    }

    private static final Map<BytepyContext, Types> PER_CONTEXT = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static {
        build();
    }

    static Types types(BytepyContext ctx) {
        return PER_CONTEXT.computeIfAbsent(ctx, c -> build());
    }

    private static Types build() {
        Types result = new Types();
        Map<String, PyType> types = result.types;
        for (String line : AstTable.CLASSES) {
            String[] p = line.split("\\|", -1);
            String name = p[0];
            PyType base = p[1].equals("-") ? PyTypes.OBJECT : types.get(p[1]);
            PyType t = new PyType(name, false, base);
            Map<String, Object> d = t.getDict();
            d.put("__module__", "ast");
            d.put("__qualname__", name);
            if (!p[2].equals("-")) {
                String[] f = p[2].isEmpty() ? new String[0] : p[2].split(" ");
                FIELDS.put(name, f);
                d.put("_fields", tuple(f));
                d.put("__match_args__", tuple(f));
            } else {
                FIELDS.put(name, FIELDS.getOrDefault(p[1], new String[0]));
            }
            if (!p[3].equals("-")) {
                String[] a = p[3].isEmpty() ? new String[0] : p[3].split(" ");
                d.put("_attributes", tuple(a));
                HAS_POS.put(name, a.length > 0);
            } else {
                HAS_POS.put(name, HAS_POS.getOrDefault(p[1], false));
            }
            if (!p[4].equals("-")) {
                for (String n : p[4].split(" ")) {
                    d.put(n, PyNone.NONE);
                }
            }
            d.put("__doc__", p[5].isEmpty() ? PyNone.NONE : p[5]);
            if (name.equals("AST")) {
                installBase(t);
            }
            types.put(name, t);
        }
        for (Map.Entry<String, PyType> e : types.entrySet()) {
            if (FIELDS.get(e.getKey()).length == 0 && !HAS_POS.get(e.getKey()) && e.getValue().getBase() != PyTypes.OBJECT && e.getValue().getBase().getBase() != PyTypes.OBJECT) {
                result.singletons.put(e.getKey(), new PyObject(e.getValue()));
            }
        }
        return result;
    }

    private static PyTuple tuple(String[] names) {
        return PyTuple.of((Object[]) names.clone());
    }

    private static void installBase(PyType t) {
        Map<String, Object> d = t.getDict();
        d.put("_fields", PyTuple.of());
        d.put("_attributes", PyTuple.of());
        d.put("__init__", new PyBuiltinFunction("__init__", null, AstModule::init));
        d.put("__reduce__", new PyBuiltinFunction("__reduce__", null, (a, kw) -> {
            if (a.length != 1) {
                throw PyErrors.typeError(null, "__reduce__() takes no arguments (%d given)", a.length - 1);
            }
            Object self = a[0];
            PyType type = PyTypes.typeOf(self);
            if (self instanceof PyObject po) {
                PyDict dict = po.liveDict();
                if (dict.size() > 0) {
                    return PyTuple.of(type, PyTuple.of(), dict);
                }
            }
            return PyTuple.of(type, PyTuple.of());
        }));
    }

    /** {@code AST.__init__(self, *args, **kwargs)}: positional arguments in {@code _fields} order, then keywords. */
    @TruffleBoundary
    private static Object init(Object[] a, PyDict kw) {
        if (a.length == 0) {
            throw PyErrors.typeError(null, "descriptor '__init__' of 'ast.AST' object needs an argument");
        }
        Object self = a[0];
        PyType type = PyTypes.typeOf(self);
        int npos = a.length - 1;
        List<Object> fields = new ArrayList<>();
        if (npos > 0 || (kw != null && kw.size() > 0)) {
            Object f = PyObjects.lookupAttr(type, "_fields");
            if (f != null) {
                for (Object x : PyObjects.toArray(f, null)) {
                    fields.add(x);
                }
            }
        }
        if (npos > fields.size()) {
            throw PyErrors.typeError(null, "%s constructor takes at most %d positional argument%s", type.getName(), fields.size(), fields.size() == 1 ? "" : "s");
        }
        for (int i = 0; i < npos; i++) {
            PyObjects.setAttr(self, PyObjects.str(fields.get(i)), a[i + 1], null);
        }
        if (kw != null) {
            for (Object key : kw.keys()) {
                for (int i = 0; i < npos; i++) {
                    if (PyObjects.eq(fields.get(i), key)) {
                        throw PyErrors.typeError(null, "%s got multiple values for argument '%s'", type.getName(), PyObjects.str(key));
                    }
                }
                PyObjects.setAttr(self, PyObjects.str(key), kw.get(key), null);
            }
        }
        return PyNone.NONE;
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("_ast", new PyDict());
        PyDict d = m.dict;
        for (Map.Entry<String, PyType> e : types(ctx).types.entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        d.put("PyCF_ONLY_AST", PY_CF_ONLY_AST);
        d.put("PyCF_TYPE_COMMENTS", PY_CF_TYPE_COMMENTS);
        d.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", PY_CF_ALLOW_TOP_LEVEL_AWAIT);
        return m;
    }

    /** Whether {@code o} is an instance of {@code ast.AST}. */
    public static boolean isAst(BytepyContext ctx, Object o) {
        return o instanceof PyObject && PyTypes.typeOf(o).isSubtypeOf(types(ctx).types.get("AST"));
    }

    /** {@code compile(source, filename, mode, PyCF_ONLY_AST)}: the tree as {@code ast} objects. */
    @TruffleBoundary
    public static Object parse(BytepyContext ctx, String text, String filename, Parser.Mode mode) {
        try {
            return AstConverter.convert(types(ctx), Parser.parse(text, filename, mode), text);
        } catch (PySyntaxError e) {
            throw Tracebacks.syntaxErrorException(e, null);
        }
    }

    /** {@code compile(tree, filename, mode, flags)}: with PyCF_ONLY_AST the tree itself, else its code. */
    @TruffleBoundary
    public static Object compileAst(BytepyContext ctx, Object tree, String filename, String mode, long flags) {
        if ((flags & PY_CF_ONLY_AST) != 0) {
            return tree;
        }
        Object[] converted = AstToJava.convert(types(ctx), tree, mode);
        Ast.Mod mod = (Ast.Mod) converted[0];
        Source source = Source.newBuilder(BytepyLanguage.ID, (String) converted[1], filename).build();
        try {
            PyCode code = CodeGenerator.compile(ctx.getLanguage(), source, filename, mod, false);
            // no source text to recompile from: make the variant for exec() with a separate locals mapping now
            code.mappingVariant = CodeGenerator.compile(ctx.getLanguage(), source, filename, mod, true);
            return code;
        } catch (PySyntaxError e) {
            throw Tracebacks.syntaxErrorException(e, null);
        }
    }
}
