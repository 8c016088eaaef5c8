package org.bytepy.imports;

import org.bytepy.BytepyContext;
import org.bytepy.modules.NativeModules;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

/**
 * The finder and loader in {@code sys.meta_path}, so that Lib's {@code importlib} (whose
 * {@code import_module}, {@code util.find_spec} and {@code reload} run {@code importlib._bootstrap}
 * in Python) finds the same modules as the {@code import} statement, which {@link Importer} does in
 * Java without consulting {@code sys.meta_path}. Like CPython's {@code BuiltinImporter} and
 * {@code PathFinder} it is a class used through its functions: {@code find_spec(name, path, target)}
 * returns a spec whose loader is this class, {@code create_module(spec)} returns a native module (or
 * None: {@code importlib} then makes an empty module), and {@code exec_module(module)} runs the
 * module's source file in the module's namespace.
 */
public final class MetaPathImporter {
    private MetaPathImporter() {
    }

    public static PyType create(BytepyContext ctx) {
        PyType t = new PyType("BytepyImporter", true, PyTypes.OBJECT);
        java.util.Map<String, Object> d = t.getDict();
        d.put("__module__", "builtins");
        d.put("find_spec", new PyBuiltinFunction("find_spec", null, (args, kw) -> findSpec(ctx, t, args)));
        d.put("create_module", new PyBuiltinFunction("create_module", null, (args, kw) -> createModule(ctx, args)));
        d.put("exec_module", new PyBuiltinFunction("exec_module", null, (args, kw) -> execModule(ctx, args)));
        return t;
    }

    @TruffleBoundary
    private static Object findSpec(BytepyContext ctx, PyType loader, Object[] args) {
        if (args.length < 1 || !(args[0] instanceof String name)) {
            throw PyErrors.typeError(null, "find_spec() argument 'name' must be str");
        }
        Object path = args.length > 1 ? args[1] : PyNone.NONE;
        int dot = name.lastIndexOf('.');
        if (dot < 0 && NativeModules.get(name) != null) {
            PyObject spec = Importer.spec(name, "built-in", null, null);
            spec.setAttribute("loader", loader);
            return spec;
        }
        Object searchPath = path == PyNone.NONE ? ctx.getSysModule().dict.getStr("path") : path;
        Importer.Found found = Importer.find(ctx, name.substring(dot + 1), searchPath, null);
        if (found == null) {
            return PyNone.NONE;
        }
        boolean isPackage = found.packageDir() != null;
        String parent = isPackage ? name : dot >= 0 ? name.substring(0, dot) : "";
        PyObject spec = Importer.spec(name, found.file().getPath(), parent, isPackage ? new PyList(new Object[]{found.packageDir().getPath()}) : null);
        spec.setAttribute("loader", loader);
        return spec;
    }

    @TruffleBoundary
    private static Object createModule(BytepyContext ctx, Object[] args) {
        Object name = PyObjects.getAttr(args[0], "name", null);
        if (name instanceof String n && "built-in".equals(PyObjects.lookupAttr(args[0], "origin"))) {
            Object existing = ctx.getSysModules().getStr(n);
            return existing instanceof PyModule ? existing : Importer.importModule(ctx, n, null);
        }
        return PyNone.NONE;
    }

    @TruffleBoundary
    private static Object execModule(BytepyContext ctx, Object[] args) {
        if (args.length != 1 || !(args[0] instanceof PyModule module)) {
            throw PyErrors.typeError(null, "exec_module() argument must be a module");
        }
        Object spec = module.dict.getStr("__spec__");
        Object origin = spec == null ? null : PyObjects.lookupAttr(spec, "origin");
        if (!(origin instanceof String path) || path.equals("built-in")) {
            return PyNone.NONE;
        }
        TruffleFile file = ctx.resolvePath(path);
        if (file == null) {
            throw PyErrors.format(PyTypes.IMPORT_ERROR, null, "cannot load %s", path);
        }
        if (module.dict.getStr("__builtins__") == null) {
            module.dict.put("__builtins__", ctx.getBuiltinsModule());
        }
        PyCode code = BytecodeCache.load(ctx, file, null);
        code.getCallTarget().call(new PyFunction(code, module.dict, new Object[0], null, null));
        return PyNone.NONE;
    }
}
