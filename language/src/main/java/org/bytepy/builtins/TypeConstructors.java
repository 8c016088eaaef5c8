package org.bytepy.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyRange;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * What calling a built-in type does: {@code int("3")}, {@code list(xs)}, {@code range(10)}, ....
 * Each constructor receives the type being constructed as its first argument.
 */
final class TypeConstructors {
    private TypeConstructors() {
    }

    static void install() {
        PyTypes.INT.constructor = TypeConstructors::newInt;
        PyTypes.CELL.constructor = (args, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErrors.typeError(null, "cell() takes no keyword arguments");
            }
            if (args.length > 2) {
                throw PyErrors.typeError(null, "cell expected at most 1 argument, got %d", args.length - 1);
            }
            return new org.bytepy.runtime.PyCell(args.length == 2 ? args[1] : null);
        };
        PyTypes.BOOL.constructor = (args, kw) -> {
            Args.count("bool", rest(args), kw, 0, 1);
            return args.length > 1 && PyObjects.isTrue(args[1]);
        };
        PyTypes.FLOAT.constructor = TypeConstructors::newFloat;
        PyTypes.STR.constructor = (args, kw) -> {
            Args.onlyKeywords("str", kw, "object", "encoding", "errors");
            if (args.length > 4) {
                throw PyErrors.typeError(null, "str() takes at most 3 arguments (%d given)", args.length - 1);
            }
            Object o = args.length > 1 ? args[1] : Args.kw(kw, "object");
            Object enc = args.length > 2 ? args[2] : Args.kw(kw, "encoding");
            Object err = args.length > 3 ? args[3] : Args.kw(kw, "errors");
            if (enc == null && err == null) {
                return o == null ? "" : PyObjects.str(o);
            }
            // str(object, encoding, errors): decodes a bytes-like object
            if (o == null) {
                return "";
            }
            if (org.bytepy.runtime.PyObject.unwrap(o) instanceof String) {
                throw PyErrors.typeError(null, "decoding str is not supported");
            }
            byte[] b = org.bytepy.runtime.BuiltinTypeOps.bytesOf(o);
            if (b == null) {
                throw PyErrors.typeError(null, "decoding to str: need a bytes-like object, %s found", PyObjects.typeName(o));
            }
            return BytesBuiltins.decode(b, enc == null ? "utf-8" : Args.str(enc, "str"), err == null ? "strict" : Args.str(err, "str"));
        };
        PyTypes.LIST.constructor = (args, kw) -> {
            Args.count("list", rest(args), kw, 0, 1);
            return args.length == 1 ? new PyList() : new PyList(PyObjects.toArrayHinted(args[1], null));
        };
        PyTypes.TUPLE.constructor = (args, kw) -> {
            Args.count("tuple", rest(args), kw, 0, 1);
            if (args.length == 1) {
                return PyTuple.EMPTY;
            }
            return args[1] instanceof PyTuple t ? t : PyTuple.of(PyObjects.toArrayHinted(args[1], null));
        };
        PyTypes.DICT.constructor = TypeConstructors::newDict;
        PyTypes.RANGE.constructor = TypeConstructors::newRange;
        PyTypes.TYPE.constructor = (args, kw) -> PyCalls.typeNew((PyType) args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw, null);
        Args.method(PyTypes.TYPE, "__new__", (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyType meta) || !meta.isSubtypeOf(PyTypes.TYPE)) {
                throw PyErrors.typeError(null, "type.__new__(X): X is not a type object (%s)", args.length == 0 ? "NULL" : PyObjects.typeName(args[0]));
            }
            return PyCalls.typeNew(meta, java.util.Arrays.copyOfRange(args, 1, args.length), kw, null);
        });
        Args.method(PyTypes.TYPE, "__init__", (args, kw) -> PyNone.NONE);
        Args.method(PyTypes.TYPE, "__setattr__", (args, kw) -> {
            Args.methodCount("__setattr__", args, kw, 2, 2);
            PyObjects.typeSetAttr(typeSelf(args[0], "__setattr__"), Args.str(args[1], "setattr"), args[2], null);
            return PyNone.NONE;
        });
        Args.method(PyTypes.TYPE, "__delattr__", (args, kw) -> {
            Args.methodCount("__delattr__", args, kw, 1, 1);
            PyObjects.typeDelAttr(typeSelf(args[0], "__delattr__"), Args.str(args[1], "delattr"), null);
            return PyNone.NONE;
        });
        Args.method(PyTypes.TYPE, "__call__", (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyType t)) {
                throw PyErrors.typeError(null, "descriptor '__call__' requires a 'type' object");
            }
            return PyCalls.construct(t, java.util.Arrays.copyOfRange(args, 1, args.length), kw, null);
        });
        Args.method(PyTypes.TYPE, "__instancecheck__", (args, kw) -> BuiltinsModule.isInstance(args[1], args[0], "isinstance"));
        Args.method(PyTypes.TYPE, "__subclasscheck__", (args, kw) -> {
            if (!(args[1] instanceof PyType sub)) {
                throw PyErrors.typeError(null, "issubclass() arg 1 must be a class");
            }
            return BuiltinsModule.isSubclass(sub, args[0]);
        });
        // type.__prepare__(name, bases, **kwds): a new namespace (what super().__prepare__ in a metaclass calls)
        Args.method(PyTypes.TYPE, "__prepare__", (args, kw) -> new org.bytepy.runtime.PyDict());
        PyTypes.OBJECT.constructor = (args, kw) -> {
            if (args[0] == PyTypes.OBJECT) {
                if (args.length > 1 || (kw != null && kw.size() > 0)) {
                    throw PyErrors.typeError(null, "object() takes no arguments");
                }
                return new PlainObject();
            }
            throw PyErrors.typeError(null, "cannot create '%s' instances", ((PyType) args[0]).getName());
        };
        // NoneType(), ellipsis(), NotImplementedType(): the singleton
        for (Object single : new Object[]{org.bytepy.runtime.PyNone.NONE, org.bytepy.runtime.PySingleton.ELLIPSIS, org.bytepy.runtime.PySingleton.NOT_IMPLEMENTED}) {
            PyType st = PyTypes.typeOf(single);
            st.constructor = (args, kw) -> {
                if (args.length > 1 || (kw != null && kw.size() > 0)) {
                    throw PyErrors.typeError(null, "%s takes no arguments", single == org.bytepy.runtime.PySingleton.ELLIPSIS ? "EllipsisType" : st.getName());
                }
                return single;
            };
        }
        PyTypes.MODULE.constructor = (args, kw) -> {
            // module(name, doc=None): what importlib's module_from_spec and types.ModuleType(...) call
            if (args[0] != PyTypes.MODULE) {
                throw PyErrors.typeError(null, "cannot create '%s' instances", ((PyType) args[0]).getName());
            }
            Args.onlyKeywords("module", kw, "name", "doc");
            Object[] a = {args.length > 1 ? args[1] : Args.kw(kw, "name"), args.length > 2 ? args[2] : Args.kw(kw, "doc")};
            if (args.length > 3 || a[0] == null) {
                throw PyErrors.typeError(null, args.length > 3 ? "module() takes at most 2 arguments (%d given)" : "module() missing required argument 'name' (pos 1)", args.length - 1);
            }
            if (a[1] == null) {
                a[1] = PyNone.NONE;
            }
            if (!(a[0] instanceof String name)) {
                throw PyErrors.typeError(null, "module.__init__() argument 'name' must be str, not %s", PyObjects.typeName(a[0]));
            }
            org.bytepy.runtime.PyModule m = new org.bytepy.runtime.PyModule(name, new org.bytepy.runtime.PyDict());
            m.dict.put("__doc__", a[1]);
            m.dict.put("__package__", PyNone.NONE);
            m.dict.put("__loader__", PyNone.NONE);
            m.dict.put("__spec__", PyNone.NONE);
            return m;
        };
        PyTypes.SLICE.constructor = BuiltinsModule::slice;
        PyTypes.BYTES.constructor = (args, kw) -> {
            if (args.length == 1) {
                return new byte[0];
            }
            if (args[1] instanceof String s && args.length > 2) {
                return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            if (PyNumber.isInt(args[1])) {
                return new byte[(int) Args.index(args[1])];
            }
            Object[] items = PyObjects.toArray(args[1], null);
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                long v = Args.index(items[i]);
                if (v < 0 || v > 255) {
                    throw PyErrors.valueError(null, "bytes must be in range(0, 256)");
                }
                out[i] = (byte) v;
            }
            return out;
        };
        PyTypes.FUNCTION.constructor = TypeConstructors::newFunction;
        BuiltinsModule.ENUMERATE.constructor = BuiltinsModule::enumerate;
        BuiltinsModule.ZIP.constructor = BuiltinsModule::zip;
        BuiltinsModule.MAP.constructor = BuiltinsModule::map;
        BuiltinsModule.FILTER.constructor = BuiltinsModule::filter;
        BuiltinsModule.REVERSED.constructor = BuiltinsModule::reversed;
    }

    /** {@code function(code, globals, name=None, argdefs=None, closure=None)}. */
    @TruffleBoundary
    private static Object newFunction(Object[] args, PyDict kw) {
        String[] names = {"code", "globals", "name", "argdefs", "closure"};
        Object[] a = new Object[5];
        Object[] pos = rest(args);
        if (pos.length > 5) {
            throw PyErrors.typeError(null, "function() takes at most 5 arguments (%d given)", pos.length);
        }
        System.arraycopy(pos, 0, a, 0, pos.length);
        if (kw != null) {
            for (PyDict.Entry e : kw.entries()) {
                int i = java.util.Arrays.asList(names).indexOf(e.key);
                if (i < 0) {
                    throw PyErrors.typeError(null, "function() got an unexpected keyword argument '%s'", e.key);
                }
                if (a[i] != null) {
                    throw PyErrors.typeError(null, "argument for function() given by name ('%s') and position (%d)", e.key, i + 1);
                }
                a[i] = e.value;
            }
        }
        for (int i = 0; i < 2; i++) {
            if (a[i] == null) {
                throw PyErrors.typeError(null, "function() missing required argument '%s' (pos %d)", names[i], i + 1);
            }
        }
        if (!(a[0] instanceof org.bytepy.runtime.PyCode code)) {
            throw PyErrors.typeError(null, "function() argument 'code' must be code, not %s", a[0] == PyNone.NONE ? "None" : PyObjects.typeName(a[0]));
        }
        if (!(a[1] instanceof PyDict globals)) {
            throw PyErrors.typeError(null, "function() argument 'globals' must be dict, not %s", a[1] == PyNone.NONE ? "None" : PyObjects.typeName(a[1]));
        }
        Object[] defaults = new Object[0];
        if (a[3] != null && a[3] != PyNone.NONE) {
            if (!(a[3] instanceof PyTuple t)) {
                throw PyErrors.typeError(null, "arg 4 (defaults) must be None or tuple");
            }
            defaults = t.toArray();
        }
        org.bytepy.runtime.PyCell[] cells = null;
        int nfree = code.freevars.length;
        if (a[4] != null && a[4] != PyNone.NONE) {
            if (!(a[4] instanceof PyTuple t)) {
                throw PyErrors.typeError(null, "arg 5 (closure) must be tuple");
            }
            cells = new org.bytepy.runtime.PyCell[t.size()];
            for (int i = 0; i < cells.length; i++) {
                if (!(t.get(i) instanceof org.bytepy.runtime.PyCell c)) {
                    throw PyErrors.typeError(null, "arg 5 (closure) expected cell, found %s", PyObjects.typeName(t.get(i)));
                }
                cells[i] = c;
            }
        }
        if (nfree > 0 && cells == null) {
            throw PyErrors.typeError(null, "arg 5 (closure) must be tuple");
        }
        if ((cells == null ? 0 : cells.length) != nfree) {
            throw PyErrors.valueError(null, "%s requires closure of length %d, not %d", code.name, nfree, cells == null ? 0 : cells.length);
        }
        org.bytepy.runtime.PyFunction f = new org.bytepy.runtime.PyFunction(code, globals, defaults, null, cells);
        if (a[2] != null && a[2] != PyNone.NONE) {
            if (!(a[2] instanceof String n)) {
                throw PyErrors.typeError(null, "arg 3 (name) must be None or string");
            }
            f.name = n;
        }
        return f;
    }

    /** An instance of {@code object()}: identity only. */
    static final class PlainObject implements com.oracle.truffle.api.interop.TruffleObject, org.bytepy.runtime.PyObjectBase {
        @Override
        public PyType getPyType() {
            return PyTypes.OBJECT;
        }
    }

    static Object[] rest(Object[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    @TruffleBoundary
    private static Object newInt(Object[] args, PyDict kw) {
        Args.onlyKeywords("int", kw, "base");
        Object x = args.length > 1 ? args[1] : null;
        if (org.bytepy.runtime.PyObject.hasNative(x) && org.bytepy.runtime.PySpecial.lookup(x, "__int__") == null && org.bytepy.runtime.PySpecial.lookup(x, "__index__") == null) {
            x = org.bytepy.runtime.PyObject.unwrap(x); // an instance of a subclass of int/str/float/bytes
        }
        Object baseObj = args.length > 2 ? args[2] : Args.kw(kw, "base");
        if (args.length > 3) {
            throw PyErrors.typeError(null, "int() takes at most 2 arguments (%d given)", args.length - 1);
        }
        if (x == null) {
            if (baseObj != null) {
                throw PyErrors.typeError(null, "int() missing string argument");
            }
            return 0L;
        }
        if (baseObj != null) {
            Object bi = org.bytepy.runtime.PyObject.unwrap(baseObj);
            long base = PyNumber.isInt(bi) && !PyNumber.fitsLong(bi) ? -1 : Args.index(baseObj);
            if (base != 0 && (base < 2 || base > 36)) {
                throw PyErrors.valueError(null, "int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof byte[] || x instanceof org.bytepy.runtime.PyByteArray) {
                byte[] xb = org.bytepy.runtime.BuiltinTypeOps.bytesOf(x);
                Object r = PyNumber.parseIntLimited(new String(xb, java.nio.charset.StandardCharsets.ISO_8859_1), (int) base, null);
                if (r == null) {
                    throw PyErrors.valueError(null, "invalid literal for int() with base %d: %s", base, repr200(x));
                }
                return r;
            }
            if (!(x instanceof String s)) {
                throw PyErrors.typeError(null, "int() can't convert non-string with explicit base");
            }
            Object r = PyNumber.parseIntLimited(s, (int) base, null);
            if (r == null) {
                throw PyErrors.valueError(null, "invalid literal for int() with base %d: %s", base, repr200(s));
            }
            return r;
        }
        if (org.bytepy.runtime.PyConvert.intDunder(x, null) instanceof Object ir) {
            return ir;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (PyNumber.isInt(x)) {
            return x;
        } else if (x instanceof Double d) {
            return PyNumber.floatToInt(d, null);
        } else if (x instanceof String s) {
            Object r = PyNumber.parseIntLimited(s, 10, null);
            if (r == null) {
                throw PyErrors.valueError(null, "invalid literal for int() with base 10: %s", repr200(s));
            }
            return r;
        } else if (x instanceof byte[] b) {
            Object r = PyNumber.parseIntLimited(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), 10, null);
            if (r == null) {
                throw PyErrors.valueError(null, "invalid literal for int() with base 10: %s", repr200(b));
            }
            return r;
        }
        throw PyErrors.typeError(null, "int() argument must be a string, a bytes-like object or a real number, not '%s'", PyObjects.typeName(x));
    }

    @TruffleBoundary
    private static Object newFloat(Object[] args, PyDict kw) {
        Args.count("float", rest(args), kw, 0, 1);
        if (args.length == 1) {
            return 0.0;
        }
        Object x = args[1];
        if (org.bytepy.runtime.PyObject.hasNative(x) && org.bytepy.runtime.PySpecial.lookup(x, "__float__") == null) {
            x = org.bytepy.runtime.PyObject.unwrap(x); // an instance of a subclass of float/int/str
        }
        if (org.bytepy.runtime.PyConvert.floatDunder(x, null) instanceof Object fr) {
            return fr;
        }
        if (x instanceof Double) {
            return x;
        } else if (PyNumber.isInt(x)) {
            return PyNumber.toDouble(x, null);
        } else if (x instanceof String s) {
            Double d = PyNumber.parseFloat(s);
            if (d == null) {
                throw PyErrors.valueError(null, "could not convert string to float: %s", PyObjects.repr(s));
            }
            return d;
        } else if (org.bytepy.runtime.BuiltinTypeOps.bytesOf(x) instanceof byte[] b) {
            // bytes-like: parsed as ASCII text, as CPython's PyFloat_FromString
            Double d = PyNumber.parseFloat(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
            if (d == null) {
                throw PyErrors.valueError(null, "could not convert string to float: %s", PyObjects.repr(x));
            }
            return d;
        }
        throw PyErrors.typeError(null, "float() argument must be a string or a real number, not '%s'", PyObjects.typeName(x));
    }

    @TruffleBoundary
    private static Object newDict(Object[] args, PyDict kw) {
        PyDict d = new PyDict();
        if (args.length > 2) {
            throw PyErrors.typeError(null, "dict expected at most 1 argument, got %d", args.length - 1);
        }
        if (args.length == 2) {
            DictBuiltins.update(d, args[1]);
        }
        if (kw != null) {
            for (PyDict.Entry e : kw.entries()) {
                d.put(e.key, e.value);
            }
        }
        return d;
    }

    @TruffleBoundary
    private static Object newRange(Object[] args, PyDict kw) {
        Object[] a = rest(args);
        for (int i = 0; i < a.length; i++) {
            a[i] = org.bytepy.runtime.PyObject.unwrap(a[i]); // instances of subclasses of int
            if (org.bytepy.runtime.PyConvert.index(a[i], null) instanceof Object ix) {
                a[i] = ix;
            }
        }
        if (kw != null && kw.size() > 0) {
            throw PyErrors.typeError(null, "range() takes no keyword arguments");
        }
        if (a.length == 0) {
            throw PyErrors.typeError(null, "range expected at least 1 argument, got 0");
        }
        if (a.length > 3) {
            throw PyErrors.typeError(null, "range expected at most 3 arguments, got %d", a.length);
        }
        for (Object o : a) {
            if (!PyNumber.isInt(o)) {
                throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(o));
            }
            if (!PyNumber.fitsLong(o)) {
                java.math.BigInteger[] b = new java.math.BigInteger[3];
                b[0] = a.length == 1 ? java.math.BigInteger.ZERO : PyNumber.toBig(a[0]);
                b[1] = PyNumber.toBig(a.length == 1 ? a[0] : a[1]);
                b[2] = a.length == 3 ? PyNumber.toBig(a[2]) : java.math.BigInteger.ONE;
                if (b[2].signum() == 0) {
                    throw PyErrors.valueError(null, "range() arg 3 must not be zero");
                }
                return new org.bytepy.runtime.PyBigRange(b[0], b[1], b[2]);
            }
        }
        long start = 0, stop, step = 1;
        if (a.length == 1) {
            stop = PyNumber.asLong(a[0]);
        } else {
            start = PyNumber.asLong(a[0]);
            stop = PyNumber.asLong(a[1]);
            if (a.length == 3) {
                step = PyNumber.asLong(a[2]);
                if (step == 0) {
                    throw PyErrors.valueError(null, "range() arg 3 must not be zero");
                }
            }
        }
        return new PyRange(start, stop, step);
    }



    /** CPython's {@code %.200R}: the repr cut to 200 characters. */
    private static String repr200(Object o) {
        String r = PyObjects.repr(o);
        return r.length() > 200 ? r.substring(0, 200) : r;
    }

    private static PyType typeSelf(Object o, String method) {
        if (!(o instanceof PyType t)) {
            throw PyErrors.typeError(null, "descriptor '%s' requires a 'type' object but received a '%s'", method, PyObjects.typeName(o));
        }
        return t;
    }
}
