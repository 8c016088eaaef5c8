package org.bytepy.builtins;

import org.bytepy.BytepyContext;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTextStream;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;

/** The {@code sys} module. */
public final class SysModule {
    private SysModule() {
    }

    /** The type of {@code sys.implementation} (CPython's types.SimpleNamespace). */
    static final org.bytepy.runtime.PyType IMPLEMENTATION_TYPE = new org.bytepy.runtime.PyType("SimpleNamespace", false, PyTypes.OBJECT);

    static {
        installSimpleNamespace(IMPLEMENTATION_TYPE);
    }

    /** types.SimpleNamespace: keyword arguments become attributes; repr, equality by {@code __dict__}, pickling. */
    private static void installSimpleNamespace(org.bytepy.runtime.PyType t) {
        t.getDict().put("__module__", "types");
        Args.method(t, "__init__", (args, kw) -> {
            if (args.length > 1) {
                throw org.bytepy.runtime.PyErrors.typeError(null, "no positional arguments expected");
            }
            if (kw != null) {
                for (PyDict.Entry e : kw.entries()) {
                    if (!(e.key instanceof String name)) {
                        throw org.bytepy.runtime.PyErrors.typeError(null, "keywords must be strings");
                    }
                    org.bytepy.runtime.PyObjects.setAttr(args[0], name, e.value, null);
                }
            }
            return org.bytepy.runtime.PyNone.NONE;
        });
        Args.method(t, "__repr__", (args, kw) -> {
            Object self = args[0];
            org.bytepy.runtime.PyType type = PyTypes.typeOf(self);
            String name = type == IMPLEMENTATION_TYPE ? "namespace" : type.getName();
            if (!org.bytepy.modules.FunctoolsModule.ReprGuard.enter(self)) {
                return name + "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder(name).append('(');
                boolean first = true;
                if (org.bytepy.runtime.PyObjects.getAttr(self, "__dict__", null) instanceof PyDict d) {
                    for (PyDict.Entry e : d.entries()) {
                        if (e.key instanceof String k) {
                            sb.append(first ? "" : ", ").append(k).append('=').append(org.bytepy.runtime.PyObjects.repr(e.value));
                            first = false;
                        }
                    }
                }
                return sb.append(')').toString();
            } finally {
                org.bytepy.modules.FunctoolsModule.ReprGuard.exit(self);
            }
        });
        Args.method(t, "__eq__", (args, kw) -> {
            if (!PyTypes.typeOf(args[0]).isSubtypeOf(IMPLEMENTATION_TYPE) || !PyTypes.typeOf(args[1]).isSubtypeOf(IMPLEMENTATION_TYPE)) {
                return org.bytepy.runtime.PySingleton.NOT_IMPLEMENTED;
            }
            return org.bytepy.runtime.PyObjects.eq(org.bytepy.runtime.PyObjects.getAttr(args[0], "__dict__", null), org.bytepy.runtime.PyObjects.getAttr(args[1], "__dict__", null));
        });
        Args.method(t, "__reduce__", (args, kw) -> PyTuple.of(PyTypes.typeOf(args[0]), PyTuple.EMPTY, org.bytepy.runtime.PyObjects.getAttr(args[0], "__dict__", null)));
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("sys", new PyDict());
        PyDict d = m.dict;
        String[] appArgs = ctx.getEnv().getApplicationArguments();
        Object[] argv = new Object[Math.max(1, appArgs.length)];
        argv[0] = "";
        for (int i = 0; i < appArgs.length; i++) {
            argv[i] = appArgs[i];
        }
        d.put("argv", new PyList(argv));
        PyTextStream out = new PyTextStream("<stdout>", ctx::out);
        PyTextStream err = new PyTextStream("<stderr>", ctx::err);
        d.put("stdout", out);
        d.put("stderr", err);
        d.put("__stdout__", out);
        d.put("__stderr__", err);
        Object in = SysStdin.create();
        d.put("stdin", in);
        d.put("__stdin__", in);
        d.put("path", new PyList());
        d.put("version", "3.12.0 (bytepy 0.1.0, Truffle Bytecode DSL)");
        d.put("version_info", PyTuple.of(3L, 12L, 0L, "final", 0L));
        d.put("maxsize", Long.MAX_VALUE);
        d.put("platform", "linux");
        d.put("byteorder", "little");
        d.put("implementation_name", "bytepy");
        org.bytepy.runtime.PyObject impl = new org.bytepy.runtime.PyObject(IMPLEMENTATION_TYPE);
        impl.setAttribute("name", "bytepy");
        impl.setAttribute("cache_tag", org.bytepy.imports.BytecodeCache.CACHE_TAG);
        impl.setAttribute("version", PyTuple.of(0L, 1L, 0L, "alpha", 0L));
        d.put("implementation", impl);
        Args.def(d, "getrecursionlimit", (args, kw) -> {
            Args.count("getrecursionlimit", args, kw, 0, 0);
            return (long) ctx.getThreadState().getRecursionLimit();
        });
        Args.def(d, "setrecursionlimit", (args, kw) -> {
            Args.count("setrecursionlimit", args, kw, 1, 1);
            Object n = PyNumber.isInt(args[0]) ? args[0] : org.bytepy.runtime.PyConvert.index(args[0], null);
            if (n == null) {
                throw org.bytepy.runtime.PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(args[0]));
            }
            if (n instanceof Boolean b) {
                n = b ? 1L : 0L;
            }
            if (!PyNumber.fitsLong(n) || PyNumber.asLong(n) > Integer.MAX_VALUE || PyNumber.asLong(n) < Integer.MIN_VALUE) {
                throw org.bytepy.runtime.PyErrors.raise(PyTypes.OVERFLOW_ERROR, "Python int too large to convert to C int", null);
            }
            ctx.getThreadState().setRecursionLimit(PyNumber.asLong(n), null);
            return PyNone.NONE;
        });
        Args.def(d, "_getframe", (args, kw) -> {
            Args.count("_getframe", args, kw, 0, 1);
            long depth = args.length == 0 ? 0 : Args.index(args[0]);
            return org.bytepy.runtime.PyFrame.getFrame(depth);
        });
        Args.def(d, "exit", (args, kw) -> {
            Args.count("exit", args, kw, 0, 1);
            throw new PyException(new PyBaseException(PyTypes.SYSTEM_EXIT, new PyTuple(args.clone())), null);
        });
        Args.def(d, "intern", (args, kw) -> args[0]);
        SysExtras.install(ctx, d);
        // -B, PYTHONDONTWRITEBYTECODE (the bytecode cache reads it at each import)
        d.put("dont_write_bytecode", org.bytepy.imports.BytecodeCache.dontWriteBytecode(ctx));
        Args.def(d, "exc_info", (args, kw) -> {
            Args.count("exc_info", args, kw, 0, 0);
            PyBaseException e = ctx.getHandledException();
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE) : PyTuple.of(e.getType(), e, PyObjects.lookupAttr(e, "__traceback__"));
        });
        Args.def(d, "exception", (args, kw) -> {
            Args.count("exception", args, kw, 0, 0);
            PyBaseException e = ctx.getHandledException();
            return e == null ? PyNone.NONE : e;
        });

        Args.method(PyTextStream.TYPE, "write", (args, kw) -> {
            Args.methodCount("write", args, kw, 1, 1);
            if (!(args[1] instanceof String s)) {
                throw org.bytepy.runtime.PyErrors.typeError(null, "write() argument must be str, not %s", PyObjects.typeName(args[1]));
            }
            ((PyTextStream) args[0]).stream().print(s);
            return (long) s.codePointCount(0, s.length());
        });
        // `with sys.stdout:` (e.g. json.tool's output file) flushes; the stream stays open
        Args.method(PyTextStream.TYPE, "__enter__", (args, kw) -> args[0]);
        Args.method(PyTextStream.TYPE, "__exit__", (args, kw) -> {
            ((PyTextStream) args[0]).stream().flush();
            return PyNone.NONE;
        });
        Args.method(PyTextStream.TYPE, "flush", (args, kw) -> {
            ((PyTextStream) args[0]).stream().flush();
            return PyNone.NONE;
        });
        return m;
    }
}
