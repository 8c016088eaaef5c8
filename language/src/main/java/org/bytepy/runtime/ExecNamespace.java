package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.BytepyContext;

/**
 * The namespace of code run by {@code exec(code, globals, locals)} and {@code eval} with a separate
 * locals mapping: CPython's LOAD_NAME (locals, then globals, then builtins), STORE_NAME and
 * DELETE_NAME. Code compiled for a mapping namespace gets this object as frame argument 1 and calls
 * the builtins below (constants of its bytecode) for its module-level names. The locals may be any
 * mapping: a dict is read directly, anything else through {@code __getitem__}/{@code __setitem__}/
 * {@code __delitem__}.
 */
public final class ExecNamespace {
    public final Object locals;
    public final PyDict globals;

    public ExecNamespace(Object locals, PyDict globals) {
        this.locals = locals;
        this.globals = globals;
    }

    private static ExecNamespace ns(Object o) {
        return (ExecNamespace) o;
    }

    /** {@code LOAD_NAME}: locals, globals, builtins. */
    public static final PyBuiltinFunction LOAD_NAME = new PyBuiltinFunction("<load_name>", null, (args, kw) -> load(ns(args[0]), (String) args[1]));
    /** {@code STORE_NAME}: {@code locals[name] = value}. */
    public static final PyBuiltinFunction STORE_NAME = new PyBuiltinFunction("<store_name>", null, (args, kw) -> {
        store(ns(args[0]), (String) args[1], args[2]);
        return PyNone.NONE;
    });
    /** {@code DELETE_NAME}: {@code del locals[name]}, NameError when missing. */
    public static final PyBuiltinFunction DELETE_NAME = new PyBuiltinFunction("<delete_name>", null, (args, kw) -> {
        delete(ns(args[0]), (String) args[1]);
        return PyNone.NONE;
    });
    /** {@code locals()} at module level: the locals mapping itself. */
    public static final PyBuiltinFunction LOCALS = new PyBuiltinFunction("<locals>", null, (args, kw) -> ns(args[0]).locals);
    /** Echo of an expression statement compiled in 'single' mode: {@code sys.displayhook(value)}. */
    public static final PyBuiltinFunction DISPLAYHOOK = new PyBuiltinFunction("<displayhook>", null, (args, kw) -> displayhook(args[0]));

    @TruffleBoundary
    static Object load(ExecNamespace ns, String name) {
        Object v;
        if (ns.locals instanceof PyDict d) {
            v = d.getStr(name);
        } else {
            v = mappingGet(ns.locals, name);
        }
        if (v != null) {
            return v;
        }
        v = ns.globals.getStr(name);
        if (v != null) {
            return v;
        }
        v = BytepyContext.get(null).getBuiltins().getStr(name);
        if (v == null) {
            throw PyErrors.nameError(null, name);
        }
        return v;
    }

    private static Object mappingGet(Object mapping, String name) {
        try {
            return PyObjects.getItem(mapping, name, null);
        } catch (PyException e) {
            if (e.getType().isSubtypeOf(PyTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    static void store(ExecNamespace ns, String name, Object value) {
        if (ns.locals instanceof PyDict d) {
            d.put(name, value);
        } else {
            PyObjects.setItem(ns.locals, name, value, null);
        }
    }

    @TruffleBoundary
    static void delete(ExecNamespace ns, String name) {
        if (ns.locals instanceof PyDict d) {
            if (d.remove(name) == null) {
                throw PyErrors.nameError(null, name);
            }
            return;
        }
        try {
            PyObjects.delItem(ns.locals, name, null);
        } catch (PyException e) {
            if (e.getType().isSubtypeOf(PyTypes.KEY_ERROR)) {
                throw PyErrors.nameError(null, name);
            }
            throw e;
        }
    }

    /** {@code sys.displayhook} if set, else the default: print the repr of a non-None value and bind it to {@code builtins._}. */
    @TruffleBoundary
    public static Object displayhook(Object value) {
        BytepyContext ctx = BytepyContext.get(null);
        PyModule sys = ctx.getSysModule();
        Object hook = sys == null ? null : sys.dict.getStr("displayhook");
        if (hook != null && hook != DEFAULT_DISPLAYHOOK) {
            return PyCalls.call(hook, new Object[]{value}, null, null);
        }
        return defaultDisplayhook(value);
    }

    /** {@code sys.__displayhook__}. */
    public static final PyBuiltinFunction DEFAULT_DISPLAYHOOK = new PyBuiltinFunction("displayhook", null, (args, kw) -> {
        if (args.length != 1) {
            throw PyErrors.typeError(null, "displayhook() takes exactly one argument (%d given)", args.length);
        }
        return defaultDisplayhook(args[0]);
    });

    @TruffleBoundary
    static Object defaultDisplayhook(Object value) {
        if (value instanceof PyNone) {
            return PyNone.NONE;
        }
        BytepyContext ctx = BytepyContext.get(null);
        PyDict builtins = ctx.getBuiltins();
        builtins.put("_", PyNone.NONE);
        String text = PyObjects.repr(value);
        PyCalls.call(builtins.getStr("print"), new Object[]{text}, null, null);
        builtins.put("_", value);
        return PyNone.NONE;
    }
}
