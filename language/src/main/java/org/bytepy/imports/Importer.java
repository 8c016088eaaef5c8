package org.bytepy.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import org.bytepy.BytepyContext;
import org.bytepy.BytepyLanguage;
import org.bytepy.modules.NativeModules;
import org.bytepy.parser.Parser;
import org.bytepy.parser.PySyntaxError;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;
import org.bytepy.runtime.Tracebacks;

/**
 * The import system, written in Java: {@code import}, {@code from … import}, {@code __import__}. Modules
 * come from {@code sys.modules}, then the native (Java) modules, then Python source on {@code sys.path}
 * (a package's {@code __path__} for submodules): {@code name/__init__.py} for a package,
 * {@code name.py} for a module. Compiled code is cached by {@link BytecodeCache}.
 */
public final class Importer {
    private Importer() {
    }

    /** The type of {@code __spec__} objects (CPython's importlib ModuleSpec, reduced to its data). */
    public static final PyType MODULE_SPEC = new PyType("ModuleSpec", false, PyTypes.OBJECT);

    /**
     * The {@code IMPORT_NAME} semantics: imports {@code name} (relative to {@code globals}' package when
     * {@code level > 0}) and returns the top-level package, or the named module itself when
     * {@code wantModule} (for {@code import a.b as c} and {@code from a.b import …}).
     */
    @TruffleBoundary
    public static Object importName(BytepyContext ctx, String name, PyDict globals, int level, boolean wantModule, Node node) {
        String abs = level > 0 ? resolveName(name, globals, level, node) : name;
        if (abs.isEmpty()) {
            throw PyErrors.valueError(node, "Empty module name");
        }
        Object module = importModule(ctx, abs, node);
        if (wantModule || level > 0 && name.isEmpty()) {
            return module;
        }
        if (level == 0) {
            int dot = name.indexOf('.');
            return dot < 0 ? module : importModule(ctx, name.substring(0, dot), node);
        }
        // relative "import" without from is not valid syntax; for __import__ with level: CPython returns
        // the module named by the first component of name, relative to the package
        int dot = name.indexOf('.');
        if (dot < 0) {
            return module;
        }
        String firstAbs = abs.substring(0, abs.length() - (name.length() - dot));
        return lookup(ctx, firstAbs);
    }

    /** {@code from module import name}: the attribute, or the submodule {@code module.name}. */
    @TruffleBoundary
    public static Object importFrom(BytepyContext ctx, Object module, String name, Node node) {
        Object v = PyObjects.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        Object modName = PyObjects.lookupAttr(module, "__name__");
        if (modName instanceof String mn) {
            Object sub = lookup(ctx, mn + "." + name);
            if (sub != null) {
                return sub;
            }
            if (module instanceof PyModule m && m.dict.getStr("__path__") != null) {
                try {
                    return importModule(ctx, mn + "." + name, node);
                } catch (PyException e) {
                    // only "this submodule does not exist" means the name is missing; a failure inside it goes on
                    if (!e.getType().isSubtypeOf(PyTypes.MODULE_NOT_FOUND_ERROR) || !(mn + "." + name).equals(e.getValue().getAttribute("name"))) {
                        throw e;
                    }
                }
            }
        }
        String shown = modName instanceof String mn ? mn : "<unknown module name>";
        Object file = module instanceof PyModule m ? m.dict.getStr("__file__") : null;
        String where = file instanceof String f ? f : "unknown location";
        PyException e;
        if (module instanceof PyModule m && isInitializing(m)) {
            e = PyErrors.format(PyTypes.IMPORT_ERROR, node,
                            "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name, shown, where);
        } else {
            e = PyErrors.format(PyTypes.IMPORT_ERROR, node, "cannot import name '%s' from '%s' (%s)", name, shown, where);
        }
        e.getValue().setAttribute("name", shown);
        e.getValue().setAttribute("name_from", name);
        throw e;
    }

    private static boolean isInitializing(PyModule m) {
        return m.dict.getStr("__spec__") instanceof PyObject spec && PyObjects.isTrue(nonNull(spec.getAttribute("_initializing")));
    }

    private static Object nonNull(Object o) {
        return o == null ? Boolean.FALSE : o;
    }

    /** {@code from module import *}: {@code __all__} when the module has it, else the public names. */
    @TruffleBoundary
    public static void importStar(BytepyContext ctx, Object module, PyDict globals, Node node) {
        Object all = PyObjects.lookupAttr(module, "__all__");
        if (all != null) {
            var it = PyObjects.iter(all, node);
            for (Object n = it.next(); n != null; n = it.next()) {
                if (!(n instanceof String s)) {
                    String modName = String.valueOf(PyObjects.lookupAttr(module, "__name__"));
                    throw PyErrors.typeError(node, "Item in %s.__all__ must be str, not %s", modName, PyObjects.typeName(n));
                }
                globals.put(s, importFrom(ctx, module, s, node));
            }
            return;
        }
        if (module instanceof PyModule m) {
            for (PyDict.Entry e : m.dict.entries()) {
                if (e.key instanceof String k && !k.startsWith("_")) {
                    globals.put(k, e.value);
                }
            }
        } else {
            Object d = PyObjects.lookupAttr(module, "__dict__");
            if (d instanceof PyDict dd) {
                for (PyDict.Entry e : dd.entries()) {
                    if (e.key instanceof String k && !k.startsWith("_")) {
                        globals.put(k, e.value);
                    }
                }
            }
        }
    }

    /** importlib's {@code _resolve_name}: the absolute name of a relative import. */
    static String resolveName(String name, PyDict globals, int level, Node node) {
        String pkg = packageOf(globals, node);
        if (pkg == null || pkg.isEmpty()) {
            throw PyErrors.format(PyTypes.IMPORT_ERROR, node, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErrors.format(PyTypes.IMPORT_ERROR, node, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    private static String packageOf(PyDict globals, Node node) {
        if (globals == null) {
            return null;
        }
        Object pkg = globals.getStr("__package__");
        if (pkg instanceof String s) {
            return s;
        }
        if (pkg != null && pkg != PyNone.NONE) {
            throw PyErrors.typeError(node, "package must be a string");
        }
        Object spec = globals.getStr("__spec__");
        if (spec != null && spec != PyNone.NONE) {
            Object parent = PyObjects.lookupAttr(spec, "parent");
            if (parent instanceof String s) {
                return s;
            }
        }
        Object name = globals.getStr("__name__");
        if (!(name instanceof String n)) {
            throw PyErrors.format(PyTypes.KEY_ERROR, node, "'__name__' not in globals");
        }
        if (globals.getStr("__path__") != null) {
            return n;
        }
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    private static Object lookup(BytepyContext ctx, String name) {
        return ctx.getSysModules().getStr(name);
    }

    /** Imports the module with absolute name {@code name} (and its parents) and returns it. */
    @TruffleBoundary
    public static Object importModule(BytepyContext ctx, String name, Node node) {
        PyDict sysModules = ctx.getSysModules();
        Object m = sysModules.getStr(name);
        if (m != null) {
            if (m == PyNone.NONE) {
                throw notFound(node, name, "import of " + name + " halted; None in sys.modules");
            }
            return m;
        }
        int dot = name.lastIndexOf('.');
        Object searchPath;
        PyModule parentModule = null;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            Object p = importModule(ctx, parent, node);
            m = sysModules.getStr(name);
            if (m != null && m != PyNone.NONE) {
                return m;
            }
            searchPath = PyObjects.lookupAttr(p, "__path__");
            if (searchPath == null) {
                throw notFound(node, name, "No module named '" + name + "'; '" + parent + "' is not a package");
            }
            parentModule = p instanceof PyModule pm ? pm : null;
        } else {
            NativeModules.Factory f = NativeModules.get(name);
            if (f != null) {
                PyModule nm = f.create(ctx);
                putIfAbsent(nm.dict, "__spec__", spec(name, "built-in", null, null));
                putIfAbsent(nm.dict, "__package__", "");
                putIfAbsent(nm.dict, "__doc__", PyNone.NONE);
                putIfAbsent(nm.dict, "__loader__", PyNone.NONE);
                sysModules.put(name, nm);
                return nm;
            }
            searchPath = ctx.getSysModule().dict.getStr("path");
        }
        String last = name.substring(dot + 1);
        Found found = find(ctx, last, searchPath, node);
        if (found == null) {
            throw notFound(node, name, "No module named '" + name + "'");
        }
        PyModule module = load(ctx, name, found, node);
        if (parentModule != null) {
            Object loaded = sysModules.getStr(name);
            parentModule.dict.put(last, loaded != null ? loaded : module);
        }
        Object result = sysModules.getStr(name);
        return result != null ? result : module;
    }

    /**
     * {@code bytepy -m name}: runs module {@code name} as {@code __main__}, as CPython's
     * {@code runpy._run_module_as_main} does (written here because Lib's runpy needs importlib's
     * finders, which this Java import system does not use): the parent package is imported first, a
     * package runs its {@code __main__} submodule, {@code __main__}'s globals get the module's
     * {@code __file__}, {@code __spec__} and {@code __package__}, and {@code sys.argv[0]} becomes the
     * module's path. A module that cannot be found exits with status 1 and CPython's message.
     */
    @TruffleBoundary
    public static void runModuleAsMain(BytepyContext ctx, String name, Node node) {
        String[] realName = new String[1];
        Found found;
        try {
            found = mainModuleDetails(ctx, name, realName, node);
        } catch (MainModuleError e) {
            throw new PyException(new org.bytepy.runtime.PyBaseException(PyTypes.SYSTEM_EXIT, org.bytepy.runtime.PyTuple.of("bytepy: " + e.getMessage())), node);
        }
        PyCode code = compile(ctx, found.file(), node);
        String path = found.file().getPath();
        int dot = realName[0].lastIndexOf('.');
        String parent = dot < 0 ? "" : realName[0].substring(0, dot);
        PyDict g = ctx.getMainModule().dict;
        g.put("__name__", "__main__");
        g.put("__file__", path);
        g.put("__cached__", PyNone.NONE);
        g.put("__doc__", PyNone.NONE);
        g.put("__loader__", PyNone.NONE);
        g.put("__package__", parent);
        g.put("__spec__", spec(realName[0], path, parent, null));
        if (ctx.getSysModule().dict.getStr("argv") instanceof PyList argv && argv.size() > 0) {
            argv.set(0, path);
        }
        org.bytepy.runtime.PyThreadState ts = ctx.getThreadState();
        int depth = ts.enter(node);
        try {
            code.getCallTarget().call(new PyFunction(code, g, new Object[0], null, null));
        } finally {
            ts.exit(depth);
        }
    }

    /** runpy's {@code _Error}: a module that {@code -m} cannot run. */
    private static final class MainModuleError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MainModuleError(String message) {
            super(message, null, false, false);
        }
    }

    /** runpy's {@code _get_module_details}: the source of the module {@code -m name} runs. */
    private static Found mainModuleDetails(BytepyContext ctx, String name, String[] realName, Node node) {
        if (name.startsWith(".")) {
            throw new MainModuleError("Relative module names not supported");
        }
        PyDict sysModules = ctx.getSysModules();
        int dot = name.lastIndexOf('.');
        Object searchPath;
        if (dot >= 0) {
            String pkg = name.substring(0, dot);
            try {
                importModule(ctx, pkg, node);
            } catch (PyException e) {
                if (!e.getType().isSubtypeOf(PyTypes.IMPORT_ERROR)) {
                    throw e;
                }
            }
            Object p = sysModules.getStr(pkg);
            searchPath = p == null || p == PyNone.NONE ? null : PyObjects.lookupAttr(p, "__path__");
            if (searchPath == null) {
                throw new MainModuleError("Error while finding module specification for '" + name + "' (ModuleNotFoundError: No module named '" + pkg + "')");
            }
        } else {
            if (NativeModules.get(name) != null || name.equals("sys") || name.equals("builtins")) {
                throw new MainModuleError("No code object available for " + name);
            }
            searchPath = ctx.getSysModule().dict.getStr("path");
        }
        Found found = find(ctx, name.substring(dot + 1), searchPath, node);
        if (found == null) {
            throw new MainModuleError("No module named " + name);
        }
        if (found.packageDir() != null) {
            if (name.equals("__main__") || name.endsWith(".__main__")) {
                throw new MainModuleError("Cannot use package as __main__ module");
            }
            try {
                return mainModuleDetails(ctx, name + ".__main__", realName, node);
            } catch (MainModuleError e) {
                if (sysModules.getStr(name) == null) {
                    throw e;
                }
                throw new MainModuleError(e.getMessage() + "; '" + name + "' is a package and cannot be directly executed");
            }
        }
        realName[0] = name;
        return found;
    }

    private static void putIfAbsent(PyDict d, String key, Object value) {
        if (d.getStr(key) == null) {
            d.put(key, value);
        }
    }

    private static PyException notFound(Node node, String name, String message) {
        PyException e = PyErrors.format(PyTypes.MODULE_NOT_FOUND_ERROR, node, "%s", message);
        e.getValue().setAttribute("name", name);
        return e;
    }

    /** A module found on the path: its source file, and for a package its directory. */
    record Found(TruffleFile file, TruffleFile packageDir) {
    }

    static Found find(BytepyContext ctx, String last, Object searchPath, Node node) {
        var it = PyObjects.iter(searchPath, node);
        for (Object entry = it.next(); entry != null; entry = it.next()) {
            if (!(entry instanceof String dirName)) {
                continue;
            }
            TruffleFile dir = ctx.resolvePath(dirName.isEmpty() ? "." : dirName);
            if (dir == null) {
                continue;
            }
            try {
                TruffleFile pkg = dir.resolve(last);
                TruffleFile init = pkg.resolve("__init__.py");
                if (init.isRegularFile()) {
                    return new Found(init, pkg);
                }
                TruffleFile file = dir.resolve(last + ".py");
                if (file.isRegularFile()) {
                    return new Found(file, null);
                }
            } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
                // this path entry cannot be read in this context: skip it, as CPython skips bad entries
            }
        }
        return null;
    }

    private static PyModule load(BytepyContext ctx, String name, Found found, Node node) {
        String path = found.file().getPath();
        PyDict dict = new PyDict();
        PyModule module = new PyModule(name, dict);
        boolean isPackage = found.packageDir() != null;
        String parent = isPackage ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        PyObject spec = spec(name, path, parent, isPackage ? new PyList(new Object[]{found.packageDir().getPath()}) : null);
        spec.setAttribute("_initializing", Boolean.TRUE);
        dict.put("__doc__", PyNone.NONE);
        dict.put("__package__", parent);
        dict.put("__loader__", PyNone.NONE);
        dict.put("__spec__", spec);
        if (isPackage) {
            dict.put("__path__", new PyList(new Object[]{found.packageDir().getPath()}));
        }
        dict.put("__file__", path);
        dict.put("__cached__", PyNone.NONE);
        dict.put("__builtins__", ctx.getBuiltinsModule());
        PyCode code = compile(ctx, found.file(), node);
        PyDict sysModules = ctx.getSysModules();
        sysModules.put(name, module);
        try {
            code.getCallTarget().call(new PyFunction(code, dict, new Object[0], null, null));
        } catch (PyException e) {
            sysModules.remove(name);
            throw e;
        } finally {
            spec.setAttribute("_initializing", Boolean.FALSE);
        }
        return module;
    }

    static PyObject spec(String name, String origin, String parent, PyList searchLocations) {
        PyObject spec = new PyObject(MODULE_SPEC);
        spec.setAttribute("name", name);
        spec.setAttribute("origin", origin);
        spec.setAttribute("loader", PyNone.NONE);
        spec.setAttribute("parent", parent != null ? parent : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        spec.setAttribute("submodule_search_locations", searchLocations != null ? searchLocations : PyNone.NONE);
        spec.setAttribute("has_location", parent != null);
        spec.setAttribute("cached", PyNone.NONE);
        spec.setAttribute("loader_state", PyNone.NONE);
        return spec;
    }

    /** Reads and compiles a module's source (or takes its cached bytecode). */
    private static PyCode compile(BytepyContext ctx, TruffleFile file, Node node) {
        return BytecodeCache.load(ctx, file, node);
    }
}
