package org.bytepy.modules;

import static org.bytepy.modules.CollectionsSupport.property;
import static org.bytepy.modules.CollectionsSupport.rawMethod;
import static org.bytepy.modules.CollectionsSupport.self;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.bytepy.BytepyContext;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code _contextvars} module (PEP 567): {@code ContextVar}, {@code Token}, {@code Context} and
 * {@code copy_context}. A context is a mapping from variables to values; each thread of each
 * bytepy context has a current one. {@code ContextVar.set} replaces the current context's mapping by
 * a changed copy, so a mapping once handed out (items(), a copy) never changes, as with CPython's HAMT.
 */
public final class ContextvarsModule {
    private ContextvarsModule() {
    }

    static final PyType CONTEXT_VAR = CollectionsSupport.protocolType("_contextvars", "ContextVar");
    static final PyType TOKEN = CollectionsSupport.protocolType("_contextvars", "Token");
    static final PyType CONTEXT = CollectionsSupport.protocolType("_contextvars", "Context");

    /** A context variable. */
    static final class Var extends CollectionsSupport.State {
        final String name;
        /** The default, or null. */
        final Object dflt;

        Var(String name, Object dflt) {
            this.name = name;
            this.dflt = dflt;
        }
    }

    /** A context: an immutable mapping replaced on each set. */
    static final class Ctx extends CollectionsSupport.State {
        LinkedHashMap<Var, Object> vars = new LinkedHashMap<>();
        boolean entered;
    }

    static final class Tok extends CollectionsSupport.State {
        final Ctx ctx;
        final Var var;
        /** The value before set, or null when the variable had none. */
        final Object old;
        boolean used;

        Tok(Ctx ctx, Var var, Object old) {
            this.ctx = ctx;
            this.var = var;
            this.old = old;
        }
    }

    /** {@code Token.MISSING}. */
    private static final PyType MISSING_TYPE = CollectionsSupport.protocolType("_contextvars", "Token.MISSING");
    private static final PyObject MISSING = new PyObject(MISSING_TYPE);

    /** The current context of each thread, per bytepy context. */
    private static final Map<BytepyContext, Map<Thread, Ctx>> CURRENT = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    @TruffleBoundary
    private static Map<Thread, Ctx> threads() {
        return CURRENT.computeIfAbsent(BytepyContext.get(null), k -> java.util.Collections.synchronizedMap(new WeakHashMap<>()));
    }

    @TruffleBoundary
    static Ctx current() {
        return threads().computeIfAbsent(Thread.currentThread(), t -> {
            Ctx c = new Ctx();
            CollectionsSupport.wrap(CONTEXT, c);
            return c;
        });
    }

    private static Ctx newContext(LinkedHashMap<Var, Object> vars) {
        Ctx c = new Ctx();
        c.vars = vars;
        CollectionsSupport.wrap(CONTEXT, c);
        return c;
    }

    private static PyException raiseWith(PyType type, Object arg) {
        return new PyException(new PyBaseException(type, PyTuple.of(arg)), null);
    }

    private static String varRepr(Var v) {
        StringBuilder sb = new StringBuilder("<ContextVar name=").append(PyObjects.repr(v.name));
        if (v.dflt != null) {
            sb.append(" default=").append(PyObjects.repr(v.dflt));
        }
        return sb.append(" at ").append(PyObjects.address(v.self)).append('>').toString();
    }

    private static String tokenRepr(Tok t) {
        return "<Token" + (t.used ? " used" : "") + " var=" + varRepr(t.var) + " at " + PyObjects.address(t.self) + ">";
    }

    private static String contextRepr(Ctx c) {
        return "<_contextvars.Context object at " + PyObjects.address(c.self) + ">";
    }

    private static Var var(Object[] a, String m) {
        return self(a, Var.class, m, "_contextvars.ContextVar");
    }

    private static Ctx ctx(Object[] a, String m) {
        return self(a, Ctx.class, m, "_contextvars.Context");
    }

    private static Tok tok(Object[] a, String m) {
        return self(a, Tok.class, m, "_contextvars.Token");
    }

    /** A key of a Context: must be a ContextVar. */
    private static Var key(Object k) {
        if (k instanceof PyObject po && po.nativeValue instanceof Var v) {
            return v;
        }
        throw PyErrors.typeError(null, "a ContextVar key was expected, got %s", PyObjects.repr(k));
    }

    @TruffleBoundary
    static Object get(Var v, Object dflt) {
        Object r = current().vars.get(v);
        if (r != null) {
            return r;
        }
        if (dflt != null) {
            return dflt;
        }
        if (v.dflt != null) {
            return v.dflt;
        }
        throw raiseWith(PyTypes.LOOKUP_ERROR, v.self);
    }

    @TruffleBoundary
    static Object set(Var v, Object value) {
        Ctx c = current();
        Object old = c.vars.get(v);
        LinkedHashMap<Var, Object> m = new LinkedHashMap<>(c.vars);
        m.put(v, value);
        c.vars = m;
        return CollectionsSupport.wrap(TOKEN, new Tok(c, v, old));
    }

    @TruffleBoundary
    static void reset(Var v, Tok t) {
        if (t.used) {
            throw PyErrors.raise(PyTypes.RUNTIME_ERROR, tokenRepr(t) + " has already been used once", null);
        }
        if (t.var != v) {
            throw PyErrors.raise(PyTypes.VALUE_ERROR, tokenRepr(t) + " was created by a different ContextVar", null);
        }
        Ctx c = current();
        if (t.ctx != c) {
            throw PyErrors.raise(PyTypes.VALUE_ERROR, tokenRepr(t) + " was created in a different Context", null);
        }
        t.used = true;
        LinkedHashMap<Var, Object> m = new LinkedHashMap<>(c.vars);
        if (t.old == null) {
            m.remove(v);
        } else {
            m.put(v, t.old);
        }
        c.vars = m;
    }

    @TruffleBoundary
    static Object run(Ctx c, Object[] a, PyDict kw) {
        if (a.length < 2) {
            throw PyErrors.typeError(null, "run() missing 1 required positional argument");
        }
        if (c.entered) {
            throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "cannot enter context: " + contextRepr(c) + " is already entered", null);
        }
        Map<Thread, Ctx> th = threads();
        Thread me = Thread.currentThread();
        Ctx prev = current();
        c.entered = true;
        th.put(me, c);
        try {
            return PyCalls.call(a[1], java.util.Arrays.copyOfRange(a, 2, a.length), kw, null);
        } finally {
            c.entered = false;
            th.put(me, prev);
        }
    }

    private static PyList list(Iterable<?> items) {
        PyList l = new PyList();
        for (Object o : items) {
            l.append(o);
        }
        return l;
    }

    @TruffleBoundary
    private static PyList keys(Ctx c) {
        PyList l = new PyList();
        for (Var v : c.vars.keySet()) {
            l.append(v.self);
        }
        return l;
    }

    @TruffleBoundary
    private static PyList items(Ctx c) {
        PyList l = new PyList();
        for (Map.Entry<Var, Object> e : c.vars.entrySet()) {
            l.append(PyTuple.of(e.getKey().self, e.getValue()));
        }
        return l;
    }

    private static void classGetitem(PyType t) {
        CollectionsSupport.classGetitem(t);
    }

    static {
        // ContextVar
        CollectionsSupport.newMethod(CONTEXT_VAR, (a, kw) -> {
            Object[] p = CollectionsSupport.parse("ContextVar", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 1, "name", "$default");
            if (!(PyObject.unwrap(p[0]) instanceof String s)) {
                throw PyErrors.typeError(null, "context variable name must be a str");
            }
            Var v = new Var(s, p[1]);
            return CollectionsSupport.wrap(CONTEXT_VAR, v);
        });
        property(CONTEXT_VAR, "name", (a, kw) -> var(a, "name").name, null);
        rawMethod(CONTEXT_VAR, "get", (a, kw) -> {
            CollectionsSupport.noKeywords("get", kw);
            if (a.length > 2) {
                throw PyErrors.typeError(null, "get expected at most 1 argument, got %d", a.length - 1);
            }
            return get(var(a, "get"), a.length > 1 ? a[1] : null);
        });
        rawMethod(CONTEXT_VAR, "set", (a, kw) -> {
            Args1.exactlyOne("set", a, kw);
            return set(var(a, "set"), a[1]);
        });
        rawMethod(CONTEXT_VAR, "reset", (a, kw) -> {
            Args1.exactlyOne("reset", a, kw);
            Object t = a[1];
            if (!(t instanceof PyObject po && po.nativeValue instanceof Tok tk)) {
                throw PyErrors.typeError(null, "expected an instance of Token, got %s", PyObjects.repr(t));
            }
            reset(var(a, "reset"), tk);
            return PyNone.NONE;
        });
        rawMethod(CONTEXT_VAR, "__repr__", (a, kw) -> varRepr(var(a, "__repr__")));
        rawMethod(CONTEXT_VAR, "__hash__", (a, kw) -> (long) System.identityHashCode(var(a, "__hash__")));
        classGetitem(CONTEXT_VAR);

        // Token
        CollectionsSupport.newMethod(TOKEN, (a, kw) -> {
            throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "Tokens can only be created by ContextVars", null);
        });
        TOKEN.getDict().put("MISSING", MISSING);
        property(TOKEN, "var", (a, kw) -> tok(a, "var").var.self, null);
        property(TOKEN, "old_value", (a, kw) -> {
            Object o = tok(a, "old_value").old;
            return o == null ? MISSING : o;
        }, null);
        rawMethod(TOKEN, "__repr__", (a, kw) -> tokenRepr(tok(a, "__repr__")));
        classGetitem(TOKEN);
        MISSING_TYPE.getDict().put("__repr__", new PyBuiltinFunction("__repr__", null, (a, kw) -> "<Token.MISSING>"));

        // Context
        CollectionsSupport.newMethod(CONTEXT, (a, kw) -> {
            if (a.length > 1 || (kw != null && kw.size() > 0)) {
                throw PyErrors.typeError(null, "Context() does not accept any arguments");
            }
            return newContext(new LinkedHashMap<>()).self;
        });
        rawMethod(CONTEXT, "run", (a, kw) -> run(ctx(a, "run"), a, kw));
        rawMethod(CONTEXT, "copy", (a, kw) -> {
            Args1.none("copy", a, kw);
            return newContext(ctx(a, "copy").vars).self;
        });
        rawMethod(CONTEXT, "get", (a, kw) -> {
            CollectionsSupport.noKeywords("get", kw);
            if (a.length < 2 || a.length > 3) {
                throw PyErrors.typeError(null, a.length < 2 ? "get expected at least 1 argument, got 0" : "get expected at most 2 arguments, got %d", a.length - 1);
            }
            Object r = ctx(a, "get").vars.get(key(a[1]));
            return r != null ? r : a.length > 2 ? a[2] : PyNone.NONE;
        });
        rawMethod(CONTEXT, "__getitem__", (a, kw) -> {
            Args1.exactlyOne("__getitem__", a, kw);
            Object r = ctx(a, "__getitem__").vars.get(key(a[1]));
            if (r == null) {
                throw raiseWith(PyTypes.KEY_ERROR, a[1]);
            }
            return r;
        });
        rawMethod(CONTEXT, "__contains__", (a, kw) -> {
            Args1.exactlyOne("__contains__", a, kw);
            return ctx(a, "__contains__").vars.containsKey(key(a[1]));
        });
        rawMethod(CONTEXT, "__len__", (a, kw) -> (long) ctx(a, "__len__").vars.size());
        rawMethod(CONTEXT, "__iter__", (a, kw) -> PyObjects.iter(keys(ctx(a, "__iter__")), null));
        rawMethod(CONTEXT, "keys", (a, kw) -> PyObjects.iter(keys(ctx(a, "keys")), null));
        rawMethod(CONTEXT, "values", (a, kw) -> PyObjects.iter(list(ctx(a, "values").vars.values()), null));
        rawMethod(CONTEXT, "items", (a, kw) -> PyObjects.iter(items(ctx(a, "items")), null));
        rawMethod(CONTEXT, "__eq__", (a, kw) -> {
            Ctx c = ctx(a, "__eq__");
            if (!(a[1] instanceof PyObject po && po.nativeValue instanceof Ctx o)) {
                return org.bytepy.runtime.PySingleton.NOT_IMPLEMENTED;
            }
            return mappingsEqual(c.vars, o.vars);
        });
        CONTEXT.getDict().put("__hash__", PyNone.NONE);
        rawMethod(CONTEXT, "__repr__", (a, kw) -> contextRepr(ctx(a, "__repr__")));
    }

    @TruffleBoundary
    private static boolean mappingsEqual(Map<Var, Object> x, Map<Var, Object> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Map.Entry<Var, Object> e : x.entrySet()) {
            Object o = y.get(e.getKey());
            if (o == null || !PyObjects.isOrEq(e.getValue(), o)) {
                return false;
            }
        }
        return true;
    }

    /** Argument-count checks of these methods ({@code a[0]} is self). */
    private static final class Args1 {
        static void exactlyOne(String name, Object[] a, PyDict kw) {
            CollectionsSupport.noKeywords(name, kw);
            if (a.length != 2) {
                throw PyErrors.typeError(null, "%s() takes exactly one argument (%d given)", name, a.length - 1);
            }
        }

        static void none(String name, Object[] a, PyDict kw) {
            CollectionsSupport.noKeywords(name, kw);
            if (a.length != 1) {
                throw PyErrors.typeError(null, "%s() takes no arguments (%d given)", name, a.length - 1);
            }
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("_contextvars", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "Context Variables");
        d.put("ContextVar", CONTEXT_VAR);
        d.put("Token", TOKEN);
        d.put("Context", CONTEXT);
        d.put("copy_context", new PyBuiltinFunction("copy_context", null, (a, kw) -> {
            CollectionsSupport.noKeywords("copy_context", kw);
            if (a.length != 0) {
                throw PyErrors.typeError(null, "copy_context() takes no arguments (%d given)", a.length);
            }
            return newContext(current().vars).self;
        }));
        return m;
    }
}
