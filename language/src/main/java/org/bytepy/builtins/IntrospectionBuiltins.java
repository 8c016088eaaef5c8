package org.bytepy.builtins;

import java.util.TreeSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.FrameInstance;

import org.bytepy.BytepyContext;
import org.bytepy.nodes.PyRootNode;
import org.bytepy.runtime.PyCell;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySpecial;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/** {@code dir}, {@code vars} and {@code __import__}: looking at namespaces from Python. */
final class IntrospectionBuiltins {
    private IntrospectionBuiltins() {
    }

    static void install(BytepyContext ctx, PyDict d) {
        Args.def(d, "dir", (args, kw) -> {
            Args.count("dir", args, kw, 0, 1);
            TreeSet<String> names = new TreeSet<>();
            if (args.length == 0) {
                for (Object k : callerNamespace(ctx).keys()) {
                    names.add(PyObjects.str(k));
                }
            } else {
                // type(o).__dir__(o), sorted: a user class's or metaclass's __dir__ when there is one
                Object o = args[0];
                Object userDir = PySpecial.lookup(o, "__dir__");
                if (userDir == null) {
                    userDir = PySpecial.lookupMeta(o, "__dir__");
                }
                if (userDir != null) {
                    PyList result = new PyList(PyObjects.toArray(PySpecial.call(o, userDir, null), null));
                    ListBuiltins.sort(result, PyNone.NONE, false);
                    return result;
                }
                attributeNames(o, names);
            }
            return new PyList(names.toArray());
        });
        Args.def(d, "breakpoint", (args, kw) -> {
            Object hook = ctx.getSysModule().dict.getStr("breakpointhook");
            if (hook == null) {
                throw PyErrors.raise(org.bytepy.runtime.PyTypes.RUNTIME_ERROR, "lost sys.breakpointhook", null);
            }
            return org.bytepy.runtime.PyCalls.call(hook, args, kw, null);
        });
        Args.def(d, "vars", (args, kw) -> {
            Args.count("vars", args, kw, 0, 1);
            if (args.length == 0) {
                return callerNamespace(ctx);
            }
            Object v = PyObjects.lookupAttr(args[0], "__dict__");
            if (v == null) {
                throw PyErrors.typeError(null, "vars() argument must have __dict__ attribute");
            }
            return v;
        });
        Args.def(d, "__import__", (args, kw) -> {
            Args.onlyKeywords("__import__", kw, "name", "globals", "locals", "fromlist", "level");
            String[] params = {"name", "globals", "locals", "fromlist", "level"};
            if (args.length > params.length) {
                throw PyErrors.typeError(null, "__import__() takes at most 5 arguments (%d given)", args.length);
            }
            for (int i = 0; i < args.length; i++) {
                if (Args.kw(kw, params[i]) != null) {
                    throw PyErrors.typeError(null, "argument for __import__() given by name ('%s') and position (%d)", params[i], i + 1);
                }
            }
            Object name = args.length > 0 ? args[0] : Args.kw(kw, "name");
            if (!(name instanceof String n)) {
                throw PyErrors.typeError(null, "__import__() argument 1 must be str, not %s", PyObjects.typeName(name));
            }
            Object g = args.length > 1 ? args[1] : Args.kw(kw, "globals");
            Object fromlist = args.length > 3 ? args[3] : Args.kw(kw, "fromlist");
            Object lv = args.length > 4 ? args[4] : Args.kw(kw, "level");
            int level = lv == null ? 0 : (int) Args.index(lv);
            if (level < 0) {
                throw PyErrors.valueError(null, "level must be >= 0");
            }
            boolean withFrom = fromlist != null && fromlist != org.bytepy.runtime.PyNone.NONE && PyObjects.isTrue(fromlist);
            PyDict globals = g instanceof PyDict gd ? gd : null;
            Object m = org.bytepy.imports.Importer.importName(ctx, n, globals, level, withFrom, null);
            if (withFrom && m instanceof PyModule pm && pm.dict.getStr("__path__") != null) {
                var it = PyObjects.iter(fromlist, null);
                for (Object x = it.next(); x != null; x = it.next()) {
                    if (x instanceof String xs && !xs.equals("*") && PyObjects.lookupAttr(m, xs) == null) {
                        try {
                            org.bytepy.imports.Importer.importModule(ctx, pm.name + "." + xs, null);
                        } catch (org.bytepy.runtime.PyException e) {
                            if (!e.getType().isSubtypeOf(org.bytepy.runtime.PyTypes.MODULE_NOT_FOUND_ERROR)) {
                                throw e;
                            }
                        }
                    }
                }
            }
            return m;
        });
    }

    @TruffleBoundary
    static void attributeNames(Object o, TreeSet<String> names) {
        if (o instanceof PyModule m) {
            for (Object k : m.dict.keys()) {
                names.add(PyObjects.str(k));
            }
            return;
        }
        if (o instanceof PyObject po) {
            for (Object k : po.attributes().keys()) {
                names.add(PyObjects.str(k));
            }
        }
        PyType t = o instanceof PyType pt ? pt : PyTypes.typeOf(o);
        for (PyType c : t.getMro()) {
            names.addAll(c.getDict().keySet());
        }
        names.add("__class__");
        names.add("__doc__");
    }

    /** The namespace of the calling Python code: its locals in a function, else its globals. */
    @TruffleBoundary
    static PyDict callerNamespace(BytepyContext ctx) {
        PyDict found = Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            if (fi.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rct && rct.getRootNode() instanceof PyRootNode root && root.getCode() != null) {
                Object[] a = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
                if ((root.getCode().flags & 0x1) == 0) {
                    return a.length > 1 && a[1] instanceof PyDict ns ? ns : ((PyFunction) a[0]).globals;
                }
                PyDict locals = new PyDict();
                Object[] names = BytecodeNode.getLocalNames(fi);
                Object[] values = BytecodeNode.getLocalValues(fi);
                for (int i = 0; names != null && i < names.length; i++) {
                    if (names[i] instanceof String n && !n.startsWith(".") && values[i] != null) {
                        Object v = values[i] instanceof PyCell c ? c.value : values[i];
                        if (v != null) {
                            locals.put(n, v);
                        }
                    }
                }
                return locals;
            }
            return null;
        });
        return found != null ? found : ctx.getMainModule().dict;
    }

}
