package org.bytepy.builtins;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.BytepyContext;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PySpecial;
import org.bytepy.runtime.PyFormat;
import org.bytepy.runtime.PyIterators;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyRange;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PySlice;
import org.bytepy.runtime.PyTextStream;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/** The {@code builtins} module: the functions, types and constants every Python program sees. */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    static final PyType ENUMERATE = new PyType("enumerate", true, PyTypes.OBJECT);
    static final PyType ZIP = new PyType("zip", true, PyTypes.OBJECT);
    static final PyType MAP = new PyType("map", true, PyTypes.OBJECT);
    static final PyType FILTER = new PyType("filter", true, PyTypes.OBJECT);
    static final PyType REVERSED = new PyType("list_reverseiterator", true, PyTypes.OBJECT);

    public static void install(BytepyContext ctx, PyDict d) {
        // types
        for (PyType t : new PyType[]{PyTypes.OBJECT, PyTypes.TYPE, PyTypes.INT, PyTypes.BOOL, PyTypes.FLOAT, PyTypes.COMPLEX, PyTypes.STR, PyTypes.LIST, PyTypes.TUPLE, PyTypes.DICT, PyTypes.RANGE,
                        PyTypes.SLICE, PyTypes.BYTES, PyTypes.SET, PyTypes.FROZENSET, org.bytepy.runtime.PyByteArray.TYPE}) {
            d.put(t.getName(), t);
        }
        for (PyType t : new PyType[]{ENUMERATE, ZIP, MAP, FILTER}) {
            d.put(t.getName(), t);
        }
        d.put("reversed", REVERSED);
        d.put("memoryview", org.bytepy.runtime.PyMemoryView.TYPE);
        for (PyType t : new PyType[]{PyTypes.INT, PyTypes.FLOAT, PyTypes.STR, PyTypes.COMPLEX, PyTypes.BYTES, PyTypes.TUPLE, PyTypes.LIST, PyTypes.DICT}) {
            // int.__repr__ etc. on the built-in value (what enum's ReprEnum and subclasses' super() calls reach)
            t.getDict().putIfAbsent("__repr__", new org.bytepy.runtime.PyBuiltinFunction("__repr__", t, (args, kw) -> PyObjects.repr(org.bytepy.runtime.PyObject.unwrap(args[0]))));
            t.getDict().putIfAbsent("__str__", new org.bytepy.runtime.PyBuiltinFunction("__str__", t, (args, kw) -> PyObjects.str(org.bytepy.runtime.PyObject.unwrap(args[0]))));
            if (t != PyTypes.STR) {
                t.getDict().putIfAbsent("__format__", new org.bytepy.runtime.PyBuiltinFunction("__format__", t,
                                (args, kw) -> {
                                    Args.methodCount(t.getName() + ".__format__", args, kw, 1, 1);
                                    if (!(args[1] instanceof String spec)) {
                                        throw PyErrors.typeError(null, "__format__() argument must be str, not %s", args[1] == PyNone.NONE ? "None" : PyObjects.typeName(args[1]));
                                    }
                                    if (spec.isEmpty()) {
                                        return PyObjects.str(args[0]); // as CPython: str(self), a subclass's __str__ included
                                    }
                                    return org.bytepy.runtime.PyFormat.format(org.bytepy.runtime.PyObject.unwrap(args[0]), spec, null);
                                }));
            }
        }
        PyTypes.METHOD.constructor = (args, kw) -> {
            if (args.length != 3) {
                throw PyErrors.typeError(null, "method expected 2 arguments, got %d", args.length - 1);
            }
            if (!org.bytepy.runtime.PyCalls.isCallable(args[1])) {
                throw PyErrors.typeError(null, "first argument must be callable");
            }
            if (args[2] instanceof PyNone) {
                throw PyErrors.typeError(null, "instance must not be None");
            }
            return new org.bytepy.runtime.PyBoundMethod(args[2], args[1]);
        };
        Args.method(PyTypes.FUNCTION, "__get__", (args, kw) -> {
            Object obj = args.length > 1 ? args[1] : PyNone.NONE;
            return obj instanceof PyNone ? args[0] : new org.bytepy.runtime.PyBoundMethod(obj, args[0]);
        });
        for (PyType t : new PyType[]{PyTypes.LIST_ITERATOR, PyTypes.TUPLE_ITERATOR, PyTypes.STR_ITERATOR, PyTypes.RANGE_ITERATOR, PyTypes.DICT_KEY_ITERATOR,
                        org.bytepy.runtime.PyDictView.VALUE_ITERATOR, org.bytepy.runtime.PyDictView.ITEM_ITERATOR, org.bytepy.runtime.PyDictView.SET_ITERATOR, PyTypes.ITERATOR, PyTypes.BYTES_ITERATOR, PyTypes.BYTEARRAY_ITERATOR, REVERSED}) {
            // pickling and copying an iterator over a finite collection: iter(what is left)
            Args.method(t, "__reduce__", (args, kw) -> {
                Object r = args[0] instanceof org.bytepy.runtime.PyIterators.PyIterator it ? org.bytepy.runtime.PyIterators.reduce(it, d.getStr("iter")) : null;
                if (r == null) {
                    throw PyErrors.typeError(null, "cannot pickle '%s' object", PyObjects.typeName(args[0]));
                }
                return r;
            });
        }
        for (PyType t : new PyType[]{MAP, FILTER, ZIP}) {
            // map(fn, *iterators), filter(fn, iterator), zip(*iterators[, True]): rebuilt on their sources
            Args.method(t, "__reduce__", (args, kw) -> {
                Object r = args[0] instanceof PyIterators.FunctionIterator fi ? fi.reduceValue() : null;
                if (r == null) {
                    throw PyErrors.typeError(null, "cannot pickle '%s' object", PyObjects.typeName(args[0]));
                }
                return r;
            });
        }
        Args.method(ZIP, "__setstate__", (args, kw) -> {
            Args.methodCount("zip.__setstate__", args, kw, 1, 1);
            if (!(args[0] instanceof PyIterators.FunctionIterator fi) || !fi.setState(args[1])) {
                throw PyErrors.typeError(null, "descriptor '__setstate__' requires a 'zip' object");
            }
            return PyNone.NONE;
        });
        for (PyType t : new PyType[]{PyTypes.RANGE, PyTypes.SLICE}) {
            // range(start, stop, step), slice(start, stop, step)
            Args.method(t, "__reduce__", (args, kw) -> PyTuple.of(t, PyTuple.of(PyObjects.getAttr(args[0], "start", null), PyObjects.getAttr(args[0], "stop", null),
                            PyObjects.getAttr(args[0], "step", null))));
        }
        Args.method(PyTypes.BUILTIN_FUNCTION, "__reduce__", (args, kw) -> {
            // pickled by name (a module's function), or as getattr(type, name) (a method of a type)
            org.bytepy.runtime.PyBuiltinFunction f = (org.bytepy.runtime.PyBuiltinFunction) args[0];
            return f.owner == null ? f.name : PyTuple.of(d.getStr("getattr"), PyTuple.of(f.owner, f.name));
        });
        for (PyType t : new PyType[]{PyTypes.FUNCTION, PyTypes.BUILTIN_FUNCTION, PyTypes.METHOD}) {
            // f.__call__(...): the slot wrapper of callables
            Args.method(t, "__call__", (args, kw) -> org.bytepy.runtime.PyCalls.call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw, null));
        }
        Args.method(org.bytepy.runtime.PyDescriptors.PROPERTY, "__set__", (args, kw) -> {
            org.bytepy.runtime.PyDescriptors.Property p = (org.bytepy.runtime.PyDescriptors.Property) args[0];
            if (p.fset == null || p.fset instanceof PyNone) {
                throw PyErrors.attributeError(null, "property has no setter");
            }
            org.bytepy.runtime.PyCalls.call(p.fset, new Object[]{args[1], args[2]}, null, null);
            return PyNone.NONE;
        });
        Args.method(org.bytepy.runtime.PyDescriptors.PROPERTY, "__delete__", (args, kw) -> {
            org.bytepy.runtime.PyDescriptors.Property p = (org.bytepy.runtime.PyDescriptors.Property) args[0];
            if (p.fdel == null || p.fdel instanceof PyNone) {
                throw PyErrors.attributeError(null, "property has no deleter");
            }
            org.bytepy.runtime.PyCalls.call(p.fdel, new Object[]{args[1]}, null, null);
            return PyNone.NONE;
        });
        for (PyType t : new PyType[]{org.bytepy.runtime.PyDescriptors.PROPERTY, org.bytepy.runtime.PyDescriptors.CLASSMETHOD, org.bytepy.runtime.PyDescriptors.STATICMETHOD}) {
            Args.method(t, "__get__", (args, kw) -> {
                Object obj = args.length > 1 ? args[1] : PyNone.NONE;
                Object type = args.length > 2 ? args[2] : PyNone.NONE;
                PyType owner = type instanceof PyType tt ? tt : PyTypes.typeOf(obj);
                return org.bytepy.runtime.PySpecial.bind(args[0], obj instanceof PyNone ? null : obj, owner);
            });
        }
        for (PyType t : new PyType[]{PyTypes.INT, PyTypes.BOOL, PyTypes.FLOAT, PyTypes.COMPLEX, PyTypes.STR, PyTypes.LIST, PyTypes.TUPLE, PyTypes.DICT, PyTypes.RANGE,
                        PyTypes.SLICE, PyTypes.BYTES, PyTypes.SET, PyTypes.FROZENSET, org.bytepy.runtime.PyByteArray.TYPE}) {
            // int.__new__(cls, ...) etc.: what enum's data types and subclasses with __new__ call
            t.getDict().putIfAbsent("__new__", new org.bytepy.runtime.PyBuiltinFunction("__new__", null, (args, kw) -> {
                if (args.length == 0 || !(args[0] instanceof PyType cls)) {
                    throw PyErrors.typeError(null, "%s.__new__(): not enough arguments", t.getName());
                }
                if (!cls.isSubtypeOf(t)) {
                    throw PyErrors.typeError(null, "%s.__new__(%s): %s is not a subtype of %s", t.getName(), cls.getName(), cls.getName(), t.getName());
                }
                Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
                return cls.isBuiltin() ? org.bytepy.runtime.PyCalls.construct(cls, rest, kw, null) : org.bytepy.runtime.PyCalls.allocate(cls, rest, kw, null);
            }));
        }
        org.bytepy.runtime.PyAttributeDescriptor.install(PyTypes.FUNCTION, org.bytepy.runtime.PyAttributeDescriptor.GETSET, "__code__", "__defaults__", "__kwdefaults__",
                        "__annotations__", "__dict__", "__name__", "__qualname__", "__type_params__");
        org.bytepy.runtime.PyAttributeDescriptor.install(PyTypes.TYPE, org.bytepy.runtime.PyAttributeDescriptor.GETSET, "__mro__", "__dict__", "__name__",
                        "__qualname__", "__bases__", "__module__", "__doc__", "__annotations__", "__type_params__");
        org.bytepy.runtime.PyAttributeDescriptor.install(PyTypes.FUNCTION, org.bytepy.runtime.PyAttributeDescriptor.MEMBER, "__globals__", "__closure__", "__doc__", "__module__",
                        "__builtins__");
        Args.method(PyTypes.SLICE, "indices", (args, kw) -> {
            Args.methodCount("indices", args, kw, 1, 1);
            long n = Args.index(args[1]);
            if (n < 0) {
                throw PyErrors.valueError(null, "length should not be negative");
            }
            long[] ix = ((org.bytepy.runtime.PySlice) args[0]).indices(n, null);
            return PyTuple.of(ix[0], ix[1], ix[2]);
        });
        for (var e : PyTypes.exceptionTypes().entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        d.put("EnvironmentError", PyTypes.OS_ERROR);
        d.put("IOError", PyTypes.OS_ERROR);
        d.put("open", org.bytepy.modules.io.IoModule.OPEN); // _io.open, the same object
        d.put("None", PyNone.NONE);
        d.put("True", true);
        d.put("False", false);
        d.put("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        d.put("Ellipsis", PySingleton.ELLIPSIS);
        d.put("__name__", "builtins");
        d.put("__debug__", true);

        TypeConstructors.install();
        ListBuiltins.install();
        StrBuiltins.install();
        DictBuiltins.install();
        NumberBuiltins.install();
        ComplexBuiltins.install();
        GeneratorBuiltins.install();
        RangeBuiltins.install();
        EvalBuiltins.install(ctx, d);
        IntrospectionBuiltins.install(ctx, d);
        ObjectBuiltins.install(d);
        SetBuiltins.install();
        BytesBuiltins.install();

        Args.def(d, "print", (args, kw) -> print(ctx, args, kw));
        Args.def(d, "len", (args, kw) -> {
            Args.count("len", args, kw, 1, 1);
            return PyObjects.len(args[0], null);
        });
        Args.def(d, "repr", (args, kw) -> {
            Args.count("repr", args, kw, 1, 1);
            return PyObjects.repr(args[0]);
        });
        Args.def(d, "ascii", (args, kw) -> {
            Args.count("ascii", args, kw, 1, 1);
            return BytepyContext.asciiEscape(PyObjects.repr(args[0]));
        });
        Args.def(d, "abs", (args, kw) -> {
            Args.count("abs", args, kw, 1, 1);
            return abs(args[0]);
        });
        Args.def(d, "min", (args, kw) -> minMax("min", args, kw, true));
        Args.def(d, "max", (args, kw) -> minMax("max", args, kw, false));
        Args.def(d, "sum", BuiltinsModule::sum);
        Args.def(d, "isinstance", (args, kw) -> {
            Args.count("isinstance", args, kw, 2, 2);
            return isInstance(args[0], args[1], "isinstance");
        });
        FastPaths.installBuiltins(d);
        FastPaths.installList();
        Args.def(d, "issubclass", (args, kw) -> {
            Args.count("issubclass", args, kw, 2, 2);
            if (!(args[0] instanceof PyType t)) {
                throw PyErrors.typeError(null, "issubclass() arg 1 must be a class");
            }
            return isSubclass(t, args[1]);
        });
        Args.def(d, "iter", (args, kw) -> {
            Args.count("iter", args, kw, 1, 2);
            if (args.length == 2) {
                return callableIterator(args[0], args[1]);
            }
            return PyObjects.iter(args[0], null);
        });
        Args.def(d, "next", (args, kw) -> {
            Args.count("next", args, kw, 1, 2);
            if (PySpecial.isUserObject(args[0]) && PySpecial.lookup(args[0], "__next__") instanceof Object nextMethod) {
                Object v = args.length == 2 ? new PySpecial.UserIterator(args[0], nextMethod).next() : PySpecial.call(args[0], nextMethod, null);
                return v == null ? args[1] : v;
            }
            if (!(args[0] instanceof PyIterator it)) {
                throw PyErrors.typeError(null, "'%s' object is not an iterator", PyObjects.typeName(args[0]));
            }
            if (it instanceof org.bytepy.runtime.PyGenerator g && args.length == 1) {
                return g.resume(PyNone.NONE, null, true);
            }
            Object v = it.next();
            if (v == null) {
                if (args.length == 2) {
                    return args[1];
                }
                throw new PyException(new PyBaseException(PyTypes.STOP_ITERATION, PyTuple.EMPTY), null);
            }
            return v;
        });
        Args.def(d, "sorted", (args, kw) -> {
            if (args.length != 1) {
                throw PyErrors.typeError(null, "sorted expected 1 argument, got %d", args.length);
            }
            Args.onlyKeywords("sort", kw, "key", "reverse");
            PyList l = new PyList(PyObjects.toArrayHinted(args[0], null));
            ListBuiltins.sort(l, Args.kw(kw, "key"), Args.kw(kw, "reverse"));
            return l;
        });
        Args.def(d, "any", (args, kw) -> {
            Args.count("any", args, kw, 1, 1);
            PyIterator it = PyObjects.iter(args[0], null);
            for (Object x = it.next(); x != null; x = it.next()) {
                if (PyObjects.isTrue(x)) {
                    return true;
                }
            }
            return false;
        });
        Args.def(d, "all", (args, kw) -> {
            Args.count("all", args, kw, 1, 1);
            PyIterator it = PyObjects.iter(args[0], null);
            for (Object x = it.next(); x != null; x = it.next()) {
                if (!PyObjects.isTrue(x)) {
                    return false;
                }
            }
            return true;
        });
        Args.def(d, "chr", (args, kw) -> {
            Args.count("chr", args, kw, 1, 1);
            Object arg = args[0];
            if (org.bytepy.runtime.PyNumber.isInt(arg) && (!org.bytepy.runtime.PyNumber.fitsLong(arg) || org.bytepy.runtime.PyNumber.asLong(arg) != (int) org.bytepy.runtime.PyNumber.asLong(arg))) {
                throw PyErrors.overflow(null, "Python int too large to convert to C int");
            }
            long i = Args.index(arg);
            if (i < 0 || i > 0x10ffff) {
                throw PyErrors.valueError(null, "chr() arg not in range(0x110000)");
            }
            return Character.toString((int) i);
        });
        Args.def(d, "ord", (args, kw) -> {
            Args.count("ord", args, kw, 1, 1);
            Object c = org.bytepy.runtime.PyObject.unwrap(args[0]); // a str or bytes subclass instance counts
            if (c instanceof String s) {
                int n = s.codePointCount(0, s.length());
                if (n != 1) {
                    throw PyErrors.typeError(null, "ord() expected a character, but string of length %d found", n);
                }
                return (long) s.codePointAt(0);
            }
            if (c instanceof byte[] || c instanceof org.bytepy.runtime.PyByteArray) {
                byte[] b = org.bytepy.runtime.BuiltinTypeOps.bytesOf(c);
                if (b.length != 1) {
                    throw PyErrors.typeError(null, "ord() expected a character, but string of length %d found", b.length);
                }
                return (long) (b[0] & 0xff);
            }
            throw PyErrors.typeError(null, "ord() expected string of length 1, but %s found", PyObjects.typeName(args[0]));
        });
        Args.def(d, "hex", (args, kw) -> radix("hex", args, kw, 16, "0x"));
        Args.def(d, "oct", (args, kw) -> radix("oct", args, kw, 8, "0o"));
        Args.def(d, "bin", (args, kw) -> radix("bin", args, kw, 2, "0b"));
        Args.def(d, "round", BuiltinsModule::round);
        Args.def(d, "divmod", (args, kw) -> {
            Args.count("divmod", args, kw, 2, 2);
            if (PySpecial.isUserObject(args[0]) || PySpecial.isUserObject(args[1])) {
                Object r = PySpecial.binary(args[0], args[1], "__divmod__", "__rdivmod__", null);
                if (r != null) {
                    return r;
                }
                if (PyObject.hasNative(args[0]) || PyObject.hasNative(args[1])) {
                    Object x = PyObject.unwrap(args[0]), y = PyObject.unwrap(args[1]);
                    if (PyNumber.isNumber(x) && PyNumber.isNumber(y)) {
                        return PyTuple.of(PyNumber.floorDiv(x, y, null), PyNumber.mod(x, y, null));
                    }
                }
                throw PyErrors.typeError(null, "unsupported operand type(s) for divmod(): '%s' and '%s'", PyObjects.typeName(args[0]), PyObjects.typeName(args[1]));
            }
            if (!(PyNumber.isNumber(args[0]) && PyNumber.isNumber(args[1]))) {
                throw PyErrors.typeError(null, "unsupported operand type(s) for divmod(): '%s' and '%s'", PyObjects.typeName(args[0]), PyObjects.typeName(args[1]));
            }
            if ((args[0] instanceof Double || args[1] instanceof Double) && PyNumber.toDouble(args[1], null) == 0) {
                throw PyErrors.zeroDivision(null, "float divmod()");
            }
            return PyTuple.of(PyNumber.floorDiv(args[0], args[1], null), PyNumber.mod(args[0], args[1], null));
        });
        Args.def(d, "pow", BuiltinsModule::pow);
        Args.def(d, "hash", (args, kw) -> {
            Args.count("hash", args, kw, 1, 1);
            return PyObjects.hash(args[0], null);
        });
        Args.def(d, "id", (args, kw) -> {
            Args.count("id", args, kw, 1, 1);
            return (long) System.identityHashCode(args[0]) * 16L;
        });
        Args.def(d, "callable", (args, kw) -> {
            Args.count("callable", args, kw, 1, 1);
            return PyCalls.isCallable(args[0]);
        });
        Args.def(d, "getattr", (args, kw) -> {
            Args.count("getattr", args, kw, 2, 3);
            String name = attrName(args[1], "getattr");
            Object v;
            try {
                v = PyObjects.lookupAttr(args[0], name);
            } catch (PyException e) {
                if (args.length == 3 && e.getType().isSubtypeOf(PyTypes.ATTRIBUTE_ERROR)) {
                    return args[2];
                }
                throw e;
            }
            if (v == null) {
                if (args.length == 3) {
                    return args[2];
                }
                throw PyObjects.attributeError(args[0], name, null);
            }
            return v;
        });
        Args.def(d, "hasattr", (args, kw) -> {
            Args.count("hasattr", args, kw, 2, 2);
            try {
                return PyObjects.lookupAttr(args[0], attrName(args[1], "hasattr")) != null;
            } catch (PyException e) {
                if (e.getType().isSubtypeOf(PyTypes.ATTRIBUTE_ERROR)) {
                    return false;
                }
                throw e;
            }
        });
        Args.def(d, "setattr", (args, kw) -> {
            Args.count("setattr", args, kw, 3, 3);
            PyObjects.setAttr(args[0], attrName(args[1], "setattr"), args[2], null);
            return PyNone.NONE;
        });
        Args.def(d, "delattr", (args, kw) -> {
            Args.count("delattr", args, kw, 2, 2);
            PyObjects.delAttr(args[0], attrName(args[1], "delattr"), null);
            return PyNone.NONE;
        });
        Args.def(d, "format", (args, kw) -> {
            Args.count("format", args, kw, 1, 2);
            return PyFormat.format(args[0], args.length > 1 ? Args.str(args[1], "format") : "", null);
        });
        Args.def(d, "input", (args, kw) -> input(ctx, args, kw));
        d.put("exit", quitter("exit"));
        d.put("quit", quitter("quit"));
        SlotWrappers.install(d);
    }

    /** The type of {@code exit} and {@code quit}: site.py's {@code _sitebuiltins.Quitter}. */
    static final org.bytepy.runtime.PyType QUITTER = new org.bytepy.runtime.PyType("Quitter", false, PyTypes.OBJECT);

    static {
        QUITTER.getDict().put("__module__", "_sitebuiltins");
        QUITTER.getDict().put("__repr__", new org.bytepy.runtime.PyBuiltinFunction("__repr__", QUITTER,
                        (a, kw) -> "Use " + ((org.bytepy.runtime.PyObject) a[0]).getAttribute("name") + "() or Ctrl-D (i.e. EOF) to exit"));
        QUITTER.getDict().put("__call__", new org.bytepy.runtime.PyBuiltinFunction("__call__", QUITTER, (a, kw) -> {
            Object code = a.length > 1 ? a[1] : Args.kw(kw, "code");
            throw new PyException(new PyBaseException(PyTypes.SYSTEM_EXIT, PyTuple.of(code == null ? PyNone.NONE : code)), null);
        }));
    }

    private static Object quitter(String name) {
        org.bytepy.runtime.PyObject q = new org.bytepy.runtime.PyObject(QUITTER);
        q.setAttribute("name", name);
        q.setAttribute("eof", "Ctrl-D (i.e. EOF)");
        return q;
    }

    @TruffleBoundary
    private static Object print(BytepyContext ctx, Object[] args, PyDict kw) {
        Args.onlyKeywords("print", kw, "sep", "end", "file", "flush");
        Object sepObj = Args.kw(kw, "sep");
        Object endObj = Args.kw(kw, "end");
        Object file = Args.kw(kw, "file");
        String sep = sepObj == null || sepObj instanceof PyNone ? " " : checkStr(sepObj, "sep");
        String end = endObj == null || endObj instanceof PyNone ? "\n" : checkStr(endObj, "end");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(PyObjects.str(args[i]));
        }
        sb.append(end);
        boolean flush = PyObjects.isTrue(Args.kw(kw, "flush") == null ? false : Args.kw(kw, "flush"));
        if (file == null || file instanceof PyNone) {
            file = ctx.getSysModule().dict.getStr("stdout");
        }
        if (file instanceof PyTextStream ts) {
            var s = ts.stream();
            s.print(sb);
            if (flush) {
                s.flush();
            }
        } else {
            Object write = PyObjects.getAttr(file, "write", null);
            PyCalls.call(write, new Object[]{sb.toString()}, null, null);
            if (flush) {
                PyCalls.call(PyObjects.getAttr(file, "flush", null), new Object[0], null, null);
            }
        }
        return PyNone.NONE;
    }

    private static String checkStr(Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "%s must be None or a string, not %s", what, PyObjects.typeName(o));
    }

    private static String attrName(Object o, String fname) {
        if (o instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "attribute name must be string, not '%s'", PyObjects.typeName(o));
    }

    @TruffleBoundary
    private static Object input(BytepyContext ctx, Object[] args, PyDict kw) {
        Args.count("input", args, kw, 0, 1);
        if (args.length == 1) {
            ctx.out().print(PyObjects.str(args[0]));
            ctx.out().flush();
        }
        try {
            String line = ctx.stdin().readLine();
            if (line == null) {
                throw PyErrors.raise(PyTypes.EOF_ERROR, "EOF when reading a line", null);
            }
            return line;
        } catch (IOException e) {
            throw PyErrors.raise(PyTypes.OS_ERROR, e.getMessage(), null);
        }
    }

    static Object abs(Object o) {
        Object m = org.bytepy.runtime.PySpecial.lookup(o, "__abs__");
        if (m != null) {
            return org.bytepy.runtime.PySpecial.call(o, m, null);
        }
        o = org.bytepy.runtime.PyObject.unwrap(o);
        if (o instanceof Double d) {
            return Math.abs(d);
        } else if (o instanceof org.bytepy.runtime.PyComplex c) {
            return c.abs(null);
        } else if (PyNumber.isInt(o)) {
            if (PyNumber.fitsLong(o) && PyNumber.asLong(o) != Long.MIN_VALUE) {
                return Math.abs(PyNumber.asLong(o));
            }
            return PyNumber.normalize(PyNumber.toBig(o).abs());
        }
        throw PyErrors.typeError(null, "bad operand type for abs(): '%s'", PyObjects.typeName(o));
    }

    @TruffleBoundary
    private static Object minMax(String name, Object[] args, PyDict kw, boolean min) {
        Args.onlyKeywords(name, kw, "key", "default");
        Object key = Args.kw(kw, "key");
        if (key instanceof PyNone) {
            key = null;
        }
        Object dflt = Args.kw(kw, "default");
        Object[] items;
        if (args.length == 0) {
            throw PyErrors.typeError(null, "%s expected at least 1 argument, got 0", name);
        } else if (args.length == 1) {
            items = PyObjects.toArray(args[0], null);
            if (items.length == 0) {
                if (dflt != null) {
                    return dflt;
                }
                throw PyErrors.valueError(null, "%s() iterable argument is empty", name);
            }
        } else {
            if (dflt != null) {
                throw PyErrors.typeError(null, "Cannot specify a default for %s() with multiple positional arguments", name);
            }
            items = args;
        }
        Object best = items[0];
        Object bestKey = key == null ? best : PyCalls.call(key, new Object[]{best}, null, null);
        for (int i = 1; i < items.length; i++) {
            Object k = key == null ? items[i] : PyCalls.call(key, new Object[]{items[i]}, null, null);
            boolean better = min ? PyObjects.compare(k, bestKey, "<", null) : PyObjects.compare(k, bestKey, ">", null);
            if (better) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    @TruffleBoundary
    private static Object sum(Object[] args, PyDict kw) {
        Args.onlyKeywords("sum", kw, "start");
        if (args.length < 1 || args.length > 2) {
            throw PyErrors.typeError(null, "sum() takes at least 1 positional argument (%d given)", args.length);
        }
        Object acc = args.length == 2 ? args[1] : (Args.kw(kw, "start") != null ? Args.kw(kw, "start") : (Object) 0L);
        if (acc instanceof String) {
            throw PyErrors.typeError(null, "sum() can't sum strings [use ''.join(seq) instead]");
        } else if (acc instanceof byte[]) {
            throw PyErrors.typeError(null, "sum() can't sum bytes [use b''.join(seq) instead]");
        } else if (acc instanceof org.bytepy.runtime.PyByteArray) {
            throw PyErrors.typeError(null, "sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyIterator it = PyObjects.iter(args[0], null);
        for (Object x = it.next(); x != null; x = it.next()) {
            acc = PyNumber.add(acc, x, null);
        }
        return acc;
    }

    static boolean isInstance(Object o, Object cls, String fname) {
        if (cls instanceof PyType t) {
            if (PyTypes.typeOf(o).isSubtypeOf(t)) {
                return true;
            }
            Object check = org.bytepy.runtime.PySpecial.lookupMeta(t, "__instancecheck__");
            if (check != null) {
                return PyObjects.isTrue(org.bytepy.runtime.PySpecial.call(t, check, null, o));
            }
            if (org.bytepy.runtime.PySpecial.isUserObject(o)) {
                // an instance whose __class__ is a property (mock objects, proxies)
                Object c = PyObjects.lookupAttr(o, "__class__");
                if (c instanceof PyType ct && ct != PyTypes.typeOf(o)) {
                    return ct.isSubtypeOf(t);
                }
            }
            return false;
        } else if (cls instanceof org.bytepy.runtime.PyUnionType u) {
            for (Object c : u.args.items()) {
                if (c instanceof PyType && isInstance(o, c, fname)) {
                    return true;
                }
            }
            return false;
        } else if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items()) {
                if (isInstance(o, c, fname)) {
                    return true;
                }
            }
            return false;
        }
        Object check = org.bytepy.runtime.PySpecial.lookup(cls, "__instancecheck__");
        if (check != null) {
            // an object that is not a class but defines __instancecheck__ (typing.Union[...])
            return PyObjects.isTrue(org.bytepy.runtime.PySpecial.call(cls, check, null, o));
        }
        throw PyErrors.typeError(null, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
    }

    static boolean isSubclass(PyType t, Object cls) {
        if (cls instanceof PyType c) {
            Object check = org.bytepy.runtime.PySpecial.lookupMeta(c, "__subclasscheck__");
            if (check != null) {
                return PyObjects.isTrue(org.bytepy.runtime.PySpecial.call(c, check, null, t));
            }
            return t.isSubtypeOf(c);
        } else if (cls instanceof org.bytepy.runtime.PyUnionType u) {
            for (Object c : u.args.items()) {
                if (isSubclass(t, c)) {
                    return true;
                }
            }
            return false;
        } else if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items()) {
                if (isSubclass(t, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = org.bytepy.runtime.PySpecial.lookup(cls, "__subclasscheck__");
        if (check != null) {
            return PyObjects.isTrue(org.bytepy.runtime.PySpecial.call(cls, check, null, t));
        }
        throw PyErrors.typeError(null, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static Object radix(String name, Object[] args, PyDict kw, int radix, String prefix) {
        Args.count(name, args, kw, 1, 1);
        Object iv = org.bytepy.runtime.PyConvert.asIndex(args[0], null);
        if (iv == null) {
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(args[0]));
        }
        BigInteger v = PyNumber.toBig(iv);
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }

    @TruffleBoundary
    private static Object round(Object[] args, PyDict kw) {
        Args.onlyKeywords("round", kw, "number", "ndigits");
        if (args.length > 2) {
            throw PyErrors.typeError(null, "round() takes at most 2 arguments (%d given)", args.length);
        }
        Object x = args.length > 0 ? args[0] : Args.kw(kw, "number");
        Object nd = args.length > 1 ? args[1] : Args.kw(kw, "ndigits");
        if (x == null) {
            throw PyErrors.typeError(null, "round() missing required argument 'number' (pos 1)");
        }
        boolean noDigits = nd == null || nd instanceof PyNone;
        Object roundM = org.bytepy.runtime.PySpecial.lookup(x, "__round__");
        if (roundM != null) {
            return noDigits ? org.bytepy.runtime.PySpecial.call(x, roundM, null) : org.bytepy.runtime.PySpecial.call(x, roundM, null, nd);
        }
        x = org.bytepy.runtime.PyObject.unwrap(x);
        if (PyNumber.isInt(x)) {
            if (noDigits) {
                return x instanceof Boolean b ? (b ? 1L : 0L) : x;
            }
            long n = clampedIndex(nd);
            if (n >= 0) {
                return x instanceof Boolean b ? (b ? 1L : 0L) : x;
            }
            if (-n > PyNumber.toBig(x).abs().toString().length()) {
                return 0L;
            }
            BigDecimal r = new BigDecimal(PyNumber.toBig(x)).setScale((int) n, RoundingMode.HALF_EVEN);
            return PyNumber.normalize(r.toBigInteger());
        } else if (x instanceof Double d) {
            if (noDigits) {
                double r = Math.rint(d);
                return PyNumber.floatToInt(r, null);
            }
            long n = clampedIndex(nd);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                return d;
            }
            if (n > 320) {
                return d;
            }
            if (n < -320) {
                return Math.copySign(0.0, d);
            }
            double r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
            if (r == 0) {
                r = Math.copySign(0.0, d);
            }
            return r;
        }
        throw PyErrors.typeError(null, "type %s doesn't define __round__ method", PyObjects.typeName(x));
    }

    /** An index argument clamped to the range of a Java long (ndigits of round()). */
    private static long clampedIndex(Object o) {
        Object i = org.bytepy.runtime.PyConvert.asIndex(o, null);
        if (i == null) {
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(o));
        }
        if (PyNumber.fitsLong(i)) {
            return PyNumber.asLong(i);
        }
        return ((java.math.BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    @TruffleBoundary
    private static Object pow(Object[] args, PyDict kw) {
        Args.onlyKeywords("pow", kw, "base", "exp", "mod");
        if (args.length > 3) {
            throw PyErrors.typeError(null, "pow() takes from 2 to 3 positional arguments but %d were given", args.length);
        }
        if (args.length < 2 || (kw != null && kw.size() > 0)) {
            // pow(base, exp, mod=None) by keyword; as Argument Clinic: a missing argument, then one given twice
            String[] names = {"base", "exp", "mod"};
            Object[] bound = {null, null, PyNone.NONE};
            System.arraycopy(args, 0, bound, 0, args.length);
            for (int i = args.length; i < names.length; i++) {
                Object v = Args.kw(kw, names[i]);
                if (v != null) {
                    bound[i] = v;
                } else if (i < 2) {
                    throw PyErrors.typeError(null, "pow() missing required argument '%s' (pos %d)", names[i], i + 1);
                }
            }
            for (int i = 0; i < args.length; i++) {
                if (Args.kw(kw, names[i]) != null) {
                    throw PyErrors.typeError(null, "argument for pow() given by name ('%s') and position (%d)", names[i], i + 1);
                }
            }
            args = bound;
        }
        if (args.length == 2 || args[2] instanceof PyNone) {
            return PyNumber.pow(args[0], args[1], null);
        }
        if (!(PyNumber.isNumber(args[0]) && PyNumber.isNumber(args[1]) && PyNumber.isNumber(args[2]))) {
            throw PyErrors.typeError(null, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", PyObjects.typeName(args[0]),
                            PyObjects.typeName(args[1]), PyObjects.typeName(args[2]));
        }
        if (!(PyNumber.isInt(args[0]) && PyNumber.isInt(args[1]) && PyNumber.isInt(args[2]))) {
            throw PyErrors.typeError(null, "pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger m = PyNumber.toBig(args[2]);
        if (m.signum() == 0) {
            throw PyErrors.valueError(null, "pow() 3rd argument cannot be 0");
        }
        BigInteger base = PyNumber.toBig(args[0]);
        BigInteger e = PyNumber.toBig(args[1]);
        BigInteger am = m.abs();
        BigInteger r;
        if (e.signum() < 0) {
            try {
                r = base.modInverse(am).modPow(e.negate(), am);
            } catch (ArithmeticException ex) {
                throw PyErrors.valueError(null, "base is not invertible for the given modulus");
            }
        } else {
            r = base.modPow(e, am);
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PyNumber.normalize(r);
    }

    // ------------------------------------------------------------------ iterator types

    @TruffleBoundary
    static Object enumerate(Object[] args, PyDict kw) {
        Args.onlyKeywords("enumerate", kw, "iterable", "start");
        Object iterable = args.length > 1 ? args[1] : Args.kw(kw, "iterable");
        Object start = args.length > 2 ? args[2] : Args.kw(kw, "start");
        if (iterable == null) {
            throw PyErrors.typeError(null, "enumerate() missing required argument 'iterable' (pos 1)");
        }
        PyIterator it = PyObjects.iter(iterable, null);
        Object[] counter = {start == null ? (Object) 0L : start};
        return new PyIterators.FunctionIterator(ENUMERATE, () -> {
            Object v = it.next();
            if (v == null) {
                return null;
            }
            Object i = counter[0];
            counter[0] = PyNumber.add(i, 1L, null);
            return PyTuple.of(i, v);
        });
    }

    @TruffleBoundary
    static Object zip(Object[] args, PyDict kw) {
        Args.onlyKeywords("zip", kw, "strict");
        boolean[] strictFlag = {Args.kw(kw, "strict") != null && PyObjects.isTrue(Args.kw(kw, "strict"))};
        PyIterator[] its = new PyIterator[args.length - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = PyObjects.iter(args[i + 1], null);
        }
        return new PyIterators.FunctionIterator(ZIP, () -> {
            boolean strict = strictFlag[0];
            if (its.length == 0) {
                return null;
            }
            Object[] row = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                row[i] = its[i].next();
                if (row[i] == null) {
                    if (strict) {
                        if (i > 0) {
                            throw PyErrors.valueError(null, "zip() argument %d is shorter than argument%s%s", i + 1, i == 1 ? " " : "s 1-", i);
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (its[j].next() != null) {
                                throw PyErrors.valueError(null, "zip() argument %d is longer than argument%s%s", j + 1, j == 1 ? " " : "s 1-", j);
                            }
                        }
                    }
                    return null;
                }
            }
            return new PyTuple(row);
        }).withReduce(() -> strictFlag[0] ? PyTuple.of(ZIP, new PyTuple(its.clone()), true) : PyTuple.of(ZIP, new PyTuple(its.clone()))).withSetState(state -> strictFlag[0] = PyObjects.isTrue(state));
    }

    @TruffleBoundary
    static Object map(Object[] args, PyDict kw) {
        if (args.length < 3) {
            throw PyErrors.typeError(null, "map() must have at least two arguments.");
        }
        Object fn = args[1];
        PyIterator[] its = new PyIterator[args.length - 2];
        for (int i = 0; i < its.length; i++) {
            its[i] = PyObjects.iter(args[i + 2], null);
        }
        return new PyIterators.FunctionIterator(MAP, () -> {
            Object[] row = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                row[i] = its[i].next();
                if (row[i] == null) {
                    return null;
                }
            }
            return PyCalls.call(fn, row, null, null);
        }).withReduce(() -> {
            Object[] r = new Object[its.length + 1];
            r[0] = fn;
            System.arraycopy(its, 0, r, 1, its.length);
            return PyTuple.of(MAP, new PyTuple(r));
        });
    }

    @TruffleBoundary
    static Object filter(Object[] args, PyDict kw) {
        if (args.length != 3) {
            throw PyErrors.typeError(null, "filter expected 2 arguments, got %d", args.length - 1);
        }
        Object fn = args[1];
        PyIterator it = PyObjects.iter(args[2], null);
        return new PyIterators.FunctionIterator(FILTER, () -> {
            for (Object v = it.next(); v != null; v = it.next()) {
                Object test = fn instanceof PyNone ? v : PyCalls.call(fn, new Object[]{v}, null, null);
                if (PyObjects.isTrue(test)) {
                    return v;
                }
            }
            return null;
        }).withReduce(() -> PyTuple.of(FILTER, PyTuple.of(fn, it)));
    }

    @TruffleBoundary
    static Object reversed(Object[] args, PyDict kw) {
        if (args.length != 2) {
            throw PyErrors.typeError(null, "reversed expected 1 argument, got %d", args.length - 1);
        }
        Object seq = args[1];
        Object[] items;
        Object rev = org.bytepy.runtime.PySpecial.lookup(seq, "__reversed__");
        if (rev == null) {
            rev = org.bytepy.runtime.PySpecial.lookupMeta(seq, "__reversed__");
        }
        if (rev != null) {
            return org.bytepy.runtime.PySpecial.call(seq, rev, null);
        }
        if (org.bytepy.runtime.PySpecial.isUserObject(seq) && org.bytepy.runtime.PySpecial.lookup(seq, "__getitem__") != null && org.bytepy.runtime.PySpecial.lookup(seq, "__len__") != null) {
            long[] i = {PyObjects.len(seq, null) - 1};
            return new PyIterators.FunctionIterator(REVERSED, () -> i[0] < 0 ? null : PyObjects.getItem(seq, i[0]--, null));
        }
        if (seq instanceof PyRange r) {
            long n = r.length();
            long[] i = {n - 1};
            return new PyIterators.FunctionIterator(PyTypes.RANGE_ITERATOR, () -> i[0] < 0 ? null : (Object) r.item(i[0]--));
        } else if (seq instanceof PyList || seq instanceof PyTuple || seq instanceof String || seq instanceof PyDict || seq instanceof org.bytepy.runtime.PyDictView
                        || seq instanceof byte[] || seq instanceof org.bytepy.runtime.PyByteArray) {
            items = PyObjects.toArray(seq, null);
        } else {
            throw PyErrors.typeError(null, "'%s' object is not reversible", PyObjects.typeName(seq));
        }
        int[] i = {items.length - 1};
        return new PyIterators.FunctionIterator(REVERSED, () -> i[0] < 0 ? null : items[i[0]--], () -> i[0] + 1);
    }

    static List<Object> list(Object iterable) {
        List<Object> out = new ArrayList<>();
        for (Object o : PyObjects.toArray(iterable, null)) {
            out.add(o);
        }
        return out;
    }

    static Object slice(Object[] args, PyDict kw) {
        Args.count("slice", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 1, 3);
        if (args.length == 2) {
            return new PySlice(PyNone.NONE, args[1], PyNone.NONE);
        }
        return new PySlice(args[1], args[2], args.length > 3 ? args[3] : PyNone.NONE);
    }

    private static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", true, PyTypes.OBJECT);

    /** {@code iter(callable, sentinel)}. */
    private static Object callableIterator(Object fn, Object sentinel) {
        if (!PyCalls.isCallable(fn)) {
            throw PyErrors.typeError(null, "iter(object, sentinel): object must be callable");
        }
        return new PyIterators.FunctionIterator(CALLABLE_ITERATOR, () -> {
            Object v;
            try {
                v = PyCalls.call(fn, new Object[0], null, null);
            } catch (PyException e) {
                if (e.getType().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                    return null;
                }
                throw e;
            }
            return PyObjects.eq(v, sentinel) ? null : v;
        });
    }
}
