package org.bytepy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Calling Python callables from the generic paths, and CPython's argument binding: positional and
 * keyword arguments, defaults, {@code *args}, {@code **kwargs}, keyword-only and positional-only
 * parameters, with CPython's {@code TypeError} messages.
 *
 * <p>A function's frame arguments are {@code [function, p0 .. pN-1, kwonly.., *args tuple?, **kwargs dict?]}.
 */
public final class PyCalls {
    private PyCalls() {
    }

    @TruffleBoundary
    public static Object call(Object callee, Object[] args, PyDict kwargs, Node node) {
        if (callee instanceof PyFunction f) {
            return f.callBound(bind(f, args, kwargs, node), node);
        } else if (callee instanceof PyBuiltinFunction b) {
            args = unwrapSelf(b, args);
            if (node == null) {
                return b.body.call(args, kwargs);
            }
            com.oracle.truffle.api.nodes.EncapsulatingNodeReference ref = com.oracle.truffle.api.nodes.EncapsulatingNodeReference.getCurrent();
            Node prev = ref.set(node);
            try {
                return b.body.call(args, kwargs);
            } finally {
                ref.set(prev);
            }
        } else if (callee instanceof PyBoundMethod m) {
            Object[] full = new Object[args.length + 1];
            full[0] = m.self;
            System.arraycopy(args, 0, full, 1, args.length);
            return call(m.function, full, kwargs, node);
        } else if (callee instanceof PyType t) {
            if (t.metaclass != null && !t.metaclass.isBuiltin()) {
                Object metaCall = PySpecial.lookupInType(t.metaclass, "__call__");
                if (metaCall != null) {
                    return call(new PyBoundMethod(t, metaCall), args, kwargs, node);
                }
            }
            return construct(t, args, kwargs, node);
        } else if (callee instanceof PyDescriptors.StaticMethod s) {
            return call(s.function, args, kwargs, node);
        } else if (PySpecial.isUserObject(callee)) {
            Object m = PySpecial.lookup(callee, "__call__");
            if (m != null) {
                // the descriptor protocol: a staticmethod or a callable object as __call__ gets no self
                return call(PySpecial.bind(m, callee, PyTypes.typeOf(callee)), args, kwargs, node);
            }
        }
        throw PyErrors.typeError(node, "'%s' object is not callable", PyObjects.typeName(callee));
    }

    @TruffleBoundary
    public static Object construct(PyType t, Object[] args, PyDict kwargs, Node node) {
        if (!t.isBuiltin() && t.constructor != null) {
            // a type implemented in Java that dispatches like a user class (mappingproxy, memoryview, ...)
            return t.constructor.call(withType(t, args), kwargs);
        }
        if (!t.isBuiltin()) {
            return constructUser(t, args, kwargs, node);
        }
        if (t.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
            if (kwargs != null && kwargs.size() > 0) {
                // ImportError(msg, name=, path=), AttributeError(msg, name=, obj=), NameError(msg, name=)
                String[] allowed = t.isSubtypeOf(PyTypes.IMPORT_ERROR) ? new String[]{"name", "path"}
                                : t.isSubtypeOf(PyTypes.ATTRIBUTE_ERROR) ? new String[]{"name", "obj"}
                                                : t.isSubtypeOf(PyTypes.NAME_ERROR) ? new String[]{"name"} : null;
                if (allowed == null) {
                    throw PyErrors.typeError(node, "%s() takes no keyword arguments", t.getName());
                }
                PyBaseException e = new PyBaseException(t, new PyTuple(args.clone()));
                for (Object k : kwargs.keys()) {
                    if (!java.util.Arrays.asList(allowed).contains(k)) {
                        throw PyErrors.typeError(node, "'%s' is an invalid keyword argument for %s()", k, t.getName());
                    }
                    e.setAttribute((String) k, kwargs.get(k));
                }
                return e;
            }
            if (t == PyTypes.OS_ERROR && args.length >= 2 && args.length <= 5 && PyNumber.fitsLong(args[0])) {
                t = PyTypes.osErrorType(PyNumber.asLong(args[0])); // OSError(2, ...) is a FileNotFoundError
            }
            return osErrorInit(new PyBaseException(t, new PyTuple(args.clone())));
        }
        for (PyType c : t.getMro()) {
            if (c.constructor != null) {
                return c.constructor.call(withType(t, args), kwargs);
            }
        }
        throw PyErrors.typeError(node, "cannot create '%s' instances", t.getName());
    }

    /** OSError(errno, strerror[, filename[, winerror[, filename2]]]): sets the attributes, keeps (errno, strerror) as args. */
    static PyBaseException osErrorInit(PyBaseException e) {
        if (!e.getType().isSubtypeOf(PyTypes.OS_ERROR)) {
            return e;
        }
        PyTuple args = e.getArgs();
        int n = args.size();
        Object none = PyNone.NONE;
        e.setAttribute("errno", n >= 2 && n <= 5 ? args.get(0) : none);
        e.setAttribute("strerror", n >= 2 && n <= 5 ? args.get(1) : none);
        e.setAttribute("filename", n >= 3 && n <= 5 ? args.get(2) : none);
        e.setAttribute("filename2", n == 5 ? args.get(4) : none);
        if (n >= 3 && n <= 5) {
            e.setArgs(PyTuple.of(args.get(0), args.get(1)));
        }
        return e;
    }

    /** Instantiates a user-defined class: {@code __new__}, then {@code __init__} when the result is an instance. */
    @TruffleBoundary
    static Object constructUser(PyType t, Object[] args, PyDict kwargs, Node node) {
        Object newFn = PySpecial.lookupInType(t, "__new__");
        Object init = PySpecial.lookupInType(t, "__init__");
        Object obj;
        if (newFn != null) {
            Object fn = newFn instanceof PyDescriptors.StaticMethod s ? s.function : newFn;
            obj = call(fn, withType(t, args), kwargs, node);
            if (!PyTypes.typeOf(obj).isSubtypeOf(t)) {
                return obj;
            }
        } else {
            obj = allocate(t, args, kwargs, node);
            boolean hasArgs = args.length > 0 || (kwargs != null && kwargs.size() > 0);
            if (init == null && hasArgs && !(obj instanceof PyBaseException) && !(obj instanceof PyType) && !PyObject.hasNative(obj)) {
                throw PyErrors.typeError(node, "%s() takes no arguments", t.getName());
            }
        }
        if (init != null) {
            Object r = call(new PyBoundMethod(obj, init), args, kwargs, node);
            if (!(r instanceof PyNone)) {
                throw PyErrors.typeError(node, "__init__() should return None, not '%s'", PyObjects.typeName(r));
            }
        }
        return obj;
    }

    /** {@code type.__new__(meta, name, bases, ns, **kw)}, and {@code type(x)} with one argument. */
    @TruffleBoundary
    public static Object typeNew(PyType meta, Object[] args, PyDict kwargs, Node node) {
        if (args.length == 1 && meta == PyTypes.TYPE && (kwargs == null || kwargs.size() == 0)) {
            return PyTypes.typeOf(args[0]);
        }
        if (args.length != 3) {
            throw PyErrors.typeError(node, "type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof String name)) {
            throw PyErrors.typeError(node, "type.__new__() argument 1 must be str, not %s", PyObjects.typeName(args[0]));
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw PyErrors.typeError(node, "type.__new__() argument 2 must be tuple, not %s", PyObjects.typeName(args[1]));
        }
        PyType winner = PyClasses.winner(meta, bases.items(), node);
        if (winner != meta && !winner.isBuiltin() && PySpecial.lookupInType(winner, "__new__") != null) {
            // type(name, bases, ns) where a base has a more derived metaclass: that metaclass makes the class
            return call(winner, args, kwargs, node);
        }
        return PyClasses.createClass(meta, name, bases.items(), args[2], kwargs, node);
    }

    /** {@code object.__new__(t)}: a fresh instance of a user class, on the representation of its built-in base. */
    @TruffleBoundary
    public static Object allocate(PyType t, Object[] args, Node node) {
        return allocate(t, args, null, node);
    }

    /** {@code object.__new__(t)}, with the arguments the constructor of the built-in base (if any) receives. */
    @TruffleBoundary
    public static Object allocate(PyType t, Object[] args, PyDict kwargs, Node node) {
        if (t.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
            return osErrorInit(new PyBaseException(t, new PyTuple(args.clone())));
        }
        if (t.isSubtypeOf(PyTypes.TYPE)) {
            return typeNew(t, args, kwargs, node);
        }
        checkNotAbstract(t, node);
        PyType base = nativeBase(t);
        PyObject obj = new PyObject(t);
        if (base != null) {
            boolean mutable = base == PyTypes.LIST || base == PyTypes.DICT || base == PyTypes.SET;
            if (mutable && PySpecial.lookupInType(t, "__init__") != null) {
                // list.__new__ makes an empty container; __init__ (super().__init__(...)) fills it
                args = new Object[0];
                kwargs = null;
            }
            obj.nativeValue = construct(base, args, kwargs, node);
        }
        return obj;
    }

    /** CPython's Py_TPFLAGS_IS_ABSTRACT check of object.__new__: the class's own non-empty __abstractmethods__. */
    private static void checkNotAbstract(PyType t, Node node) {
        Object names = t.getDict().get("__abstractmethods__");
        if (names == null || !PyObjects.isTrue(names)) {
            return;
        }
        java.util.List<String> sorted = new java.util.ArrayList<>();
        for (Object n : PyObjects.toArray(names, node)) {
            sorted.add(PyObjects.str(n));
        }
        java.util.Collections.sort(sorted);
        throw PyErrors.typeError(node, "Can't instantiate abstract class %s without an implementation for abstract method%s '%s'",
                        t.getName(), sorted.size() > 1 ? "s" : "", String.join("', '", sorted));
    }

    /**
     * A method of a built-in type called on an instance of a user subclass of it acts on the built-in
     * value the instance carries ({@code object}'s methods still see the instance).
     */
    public static Object[] unwrapSelf(PyBuiltinFunction b, Object[] args) {
        if (args.length > 0 && args[0] instanceof PyObject po && po.nativeValue != null && b.owner != null && b.owner != PyTypes.OBJECT
                        && !(b.owner == PyTypes.DICT && b.name.equals("__getitem__"))) { // dict.__getitem__ calls the subclass's __missing__
            Object[] a = args.clone();
            a[0] = po.nativeValue;
            return a;
        }
        return args;
    }

    /** The built-in type (other than object) whose representation instances of {@code t} use, or null. */
    public static PyType nativeBase(PyType t) {
        for (PyType base : t.getMro()) {
            if (base.isBuiltin() && base != PyTypes.OBJECT) {
                return base;
            }
        }
        return null;
    }

    /** Constructors receive the type being constructed first, as {@code __new__} does. */
    private static Object[] withType(PyType t, Object[] args) {
        Object[] full = new Object[args.length + 1];
        full[0] = t;
        System.arraycopy(args, 0, full, 1, args.length);
        return full;
    }

    public static boolean isCallable(Object o) {
        if (PySpecial.isUserObject(o)) {
            return PySpecial.lookup(o, "__call__") != null;
        }
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod || o instanceof PyType;
    }

    /** Binds call arguments to a function's parameters; returns the frame arguments. */
    @TruffleBoundary
    public static Object[] bind(PyFunction fn, Object[] args, PyDict kwargs, Node node) {
        PyCode code = fn.code;
        int argc = code.argCount;
        int kwonly = code.kwOnlyArgCount;
        if (kwargs == null && args.length == argc && kwonly == 0 && !code.hasVarargs && !code.hasVarkwargs) {
            Object[] frame = new Object[argc + 1];
            frame[0] = fn;
            System.arraycopy(args, 0, frame, 1, argc);
            return frame;
        }
        Object[] frame = new Object[code.totalArgs() + 1];
        frame[0] = fn;
        String[] names = code.varnames;
        int npos = Math.min(args.length, argc);
        System.arraycopy(args, 0, frame, 1, npos);
        int slot = 1 + argc + kwonly;
        if (code.hasVarargs) {
            Object[] rest = args.length > argc ? java.util.Arrays.copyOfRange(args, argc, args.length) : new Object[0];
            frame[slot++] = new PyTuple(rest);
        } else if (args.length > argc) {
            throw tooManyPositional(fn, args.length, kwargs, node);
        }
        PyDict extra = code.hasVarkwargs ? new PyDict() : null;
        List<String> posOnlyAsKw = null;
        if (kwargs != null) {
            for (PyDict.Entry e : kwargs.entries()) {
                if (!(PyObject.unwrap(e.key) instanceof String key)) {
                    throw PyErrors.typeError(node, "keywords must be strings");
                }
                int idx = -1;
                for (int i = code.posOnlyArgCount; i < argc + kwonly; i++) {
                    if (names[i].equals(key)) {
                        idx = i;
                        break;
                    }
                }
                if (idx < 0) {
                    if (extra != null) {
                        extra.put(key, e.value);
                        continue;
                    }
                    boolean isPosOnly = false;
                    for (int i = 0; i < code.posOnlyArgCount; i++) {
                        isPosOnly |= names[i].equals(key);
                    }
                    if (isPosOnly) {
                        if (posOnlyAsKw == null) {
                            posOnlyAsKw = new ArrayList<>();
                        }
                        posOnlyAsKw.add(key);
                        continue;
                    }
                    throw PyErrors.typeError(node, "%s() got an unexpected keyword argument '%s'", fn.qualname, key);
                }
                if (frame[idx + 1] != null) {
                    throw PyErrors.typeError(node, "%s() got multiple values for argument '%s'", fn.qualname, key);
                }
                frame[idx + 1] = e.value;
            }
        }
        if (posOnlyAsKw != null) {
            throw PyErrors.typeError(node, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.qualname, String.join(", ", posOnlyAsKw));
        }
        if (extra != null) {
            frame[slot] = extra;
        }
        // defaults for positional parameters
        Object[] defaults = fn.defaults;
        int firstDefault = argc - defaults.length;
        List<String> missing = null;
        for (int i = 0; i < argc; i++) {
            if (frame[i + 1] == null) {
                if (i >= firstDefault) {
                    frame[i + 1] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(fn, missing, "positional", node);
        }
        for (int i = argc; i < argc + kwonly; i++) {
            if (frame[i + 1] == null) {
                Object d = fn.kwDefaults == null ? null : fn.kwDefaults.getStr(names[i]);
                if (d != null) {
                    frame[i + 1] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(fn, missing, "keyword-only", node);
        }
        return frame;
    }

    private static PyException missingArgs(PyFunction fn, List<String> missing, String kind, Node node) {
        StringBuilder sb = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return PyErrors.typeError(node, "%s() missing %d required %s argument%s: %s", fn.qualname, n, kind, n == 1 ? "" : "s", sb);
    }

    private static PyException tooManyPositional(PyFunction fn, int given, PyDict kwargs, Node node) {
        PyCode code = fn.code;
        int argc = code.argCount;
        int withDefault = fn.defaults.length;
        String takes;
        if (withDefault > 0) {
            takes = "from " + (argc - withDefault) + " to " + argc;
        } else {
            takes = String.valueOf(argc);
        }
        int kwGiven = 0;
        if (kwargs != null) {
            for (int i = argc; i < argc + code.kwOnlyArgCount; i++) {
                if (kwargs.containsKey(code.varnames[i])) {
                    kwGiven++;
                }
            }
        }
        String plural = (withDefault == 0 && argc == 1) ? "" : "s";
        String givenText = String.valueOf(given);
        if (kwGiven > 0) {
            givenText = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ")";
        }
        return PyErrors.typeError(node, "%s() takes %s positional argument%s but %s %s given", fn.qualname, takes, plural, givenText, given == 1 && kwGiven == 0 ? "was" : "were");
    }
}
