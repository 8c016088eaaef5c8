package org.bytepy.builtins;

import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyDescriptors.Property;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyFormat;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PySpecial;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * The methods of {@code object} and {@code BaseException} that user classes inherit and call
 * explicitly ({@code super().__init__(...)}, {@code object.__setattr__(self, ...)}), and the
 * descriptor types {@code property}, {@code staticmethod}, {@code classmethod} and {@code super}.
 */
final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    /** {@code object.__reduce_ex__(protocol)}: copyreg's reductions, as CPython's typeobject.c delegates to them. */
    private static Object copyregReduce(Object self, Object protocol) {
        Object copyreg = org.bytepy.imports.Importer.importModule(org.bytepy.BytepyContext.get(null), "copyreg", null);
        long proto = org.bytepy.runtime.PyNumber.fitsLong(protocol) ? org.bytepy.runtime.PyNumber.asLong(protocol) : 0;
        if (proto < 2) {
            return PyCalls.call(PyObjects.getAttr(copyreg, "_reduce_ex", null), new Object[]{self, protocol}, null, null);
        }
        Object cls = PyObjects.lookupAttr(self, "__class__");
        Object newobj = PyObjects.getAttr(copyreg, "__newobj__", null);
        Object[] newargs = {cls};
        // CPython's reduce_newobj: the constructor arguments from __getnewargs_ex__ or __getnewargs__
        Object getnewargsEx = PyObjects.lookupAttr(self, "__getnewargs_ex__");
        Object getnewargs = getnewargsEx == null ? PyObjects.lookupAttr(self, "__getnewargs__") : null;
        if (getnewargsEx != null) {
            Object r = PyCalls.call(getnewargsEx, new Object[0], null, null);
            if (!(r instanceof org.bytepy.runtime.PyTuple rt) || rt.size() != 2) {
                throw PyErrors.typeError(null, "__getnewargs_ex__ should return a tuple of length 2, not '%s'", PyObjects.typeName(r));
            }
            if (!(rt.get(0) instanceof org.bytepy.runtime.PyTuple a)) {
                throw PyErrors.typeError(null, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", PyObjects.typeName(rt.get(0)));
            }
            if (!(rt.get(1) instanceof PyDict k)) {
                throw PyErrors.typeError(null, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", PyObjects.typeName(rt.get(1)));
            }
            if (k.size() > 0) {
                newobj = PyObjects.getAttr(copyreg, "__newobj_ex__", null);
                newargs = new Object[]{cls, a, k};
            } else {
                newargs = prepend(cls, a.items());
            }
        } else if (getnewargs != null) {
            Object r = PyCalls.call(getnewargs, new Object[0], null, null);
            if (!(r instanceof org.bytepy.runtime.PyTuple a)) {
                throw PyErrors.typeError(null, "__getnewargs__ should return a tuple, not '%s'", PyObjects.typeName(r));
            }
            newargs = prepend(cls, a.items());
        }
        Object getstate = PyObjects.getAttr(self, "__getstate__", null);
        Object state = PyCalls.call(getstate, new Object[0], null, null);
        Object listitems = self instanceof org.bytepy.runtime.PyList || (self instanceof org.bytepy.runtime.PyObject po && po.nativeValue instanceof org.bytepy.runtime.PyList)
                        ? PyObjects.iter(self, null) : PyNone.NONE;
        Object dictitems = self instanceof PyDict || (self instanceof org.bytepy.runtime.PyObject po2 && po2.nativeValue instanceof PyDict)
                        ? PyObjects.iter(PyCalls.call(PyObjects.getAttr(self, "items", null), new Object[0], null, null), null) : PyNone.NONE;
        return org.bytepy.runtime.PyTuple.of(newobj, new org.bytepy.runtime.PyTuple(newargs), state, listitems, dictitems);
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    static void install(PyDict builtins) {
        PyType o = PyTypes.OBJECT;
        // pickle saves a builtin function by name (module functions), else as getattr(self, name)
        for (String name : new String[]{"__reduce__", "__reduce_ex__"}) {
            Args.method(PyTypes.BUILTIN_FUNCTION, name, (args, kw) -> {
                if (args.length > 0 && args[0] instanceof org.bytepy.runtime.PyBoundMethod bm && bm.function instanceof org.bytepy.runtime.PyBuiltinFunction f) {
                    return org.bytepy.runtime.PyTuple.of(builtins.getStr("getattr"), org.bytepy.runtime.PyTuple.of(bm.self, f.name));
                } else if (args.length > 0 && args[0] instanceof org.bytepy.runtime.PyBuiltinFunction f) {
                    return f.owner == null ? f.name : org.bytepy.runtime.PyTuple.of(builtins.getStr("getattr"), org.bytepy.runtime.PyTuple.of(f.owner, f.name));
                }
                throw PyErrors.typeError(null, "cannot pickle '%s' object", args.length == 0 ? "NoneType" : PyObjects.typeName(args[0]));
            });
        }
        Args.method(o, "__init__", (args, kw) -> PyNone.NONE);
        Args.method(o, "__new__", (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyType t)) {
                throw PyErrors.typeError(null, "object.__new__(X): X is not a type object (%s)", args.length == 0 ? "NULL" : PyObjects.typeName(args[0]));
            }
            if (t.isBuiltin() && t != PyTypes.OBJECT) {
                throw PyErrors.typeError(null, "object.__new__(%s) is not safe, use %s.__new__()", t.getName(), t.getName());
            }
            if (t.isBuiltin()) {
                return PyCalls.construct(t, new Object[0], null, null);
            }
            return PyCalls.allocate(t, java.util.Arrays.copyOfRange(args, 1, args.length), null);
        });
        // The default repr: never the instance's own __repr__ (super().__repr__() from one must not recurse).
        Args.method(o, "__repr__", (args, kw) -> args[0] instanceof org.bytepy.runtime.PyObject po ? PyObjects.defaultRepr(po) : PyObjects.repr(args[0]));
        Args.method(o, "__sizeof__", (args, kw) -> 16L);
        Args.method(o, "__dir__", (args, kw) -> {
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            IntrospectionBuiltins.attributeNames(args[0], names);
            return new org.bytepy.runtime.PyList(names.toArray());
        });
        o.getDict().put("__subclasshook__", new org.bytepy.runtime.PyDescriptors.ClassMethod(
                        new org.bytepy.runtime.PyBuiltinFunction("__subclasshook__", null, (args, kw) -> PySingleton.NOT_IMPLEMENTED)));
        Args.method(o, "__getstate__", (args, kw) -> {
            Object self = args[0];
            if (self instanceof org.bytepy.runtime.PyObject po) {
                org.bytepy.runtime.PyDict d = po.attributes();
                if (d.size() != 0 && PySpecial.slotsOnly(PyTypes.typeOf(self))) {
                    return org.bytepy.runtime.PyTuple.of(PyNone.NONE, d); // (no __dict__, the slots' values)
                }
                return d.size() == 0 ? PyNone.NONE : d;
            }
            return PyNone.NONE;
        });
        Args.method(o, "__reduce__", (args, kw) -> copyregReduce(args[0], 0L));
        Object objectReduce = o.getDict().get("__reduce__");
        Args.method(o, "__reduce_ex__", (args, kw) -> {
            // a __reduce__ other than object's (a class's, a built-in iterator's) wins, as in CPython
            Object reduce = PyTypes.typeOf(args[0]).lookup("__reduce__");
            if (reduce != null && reduce != objectReduce) {
                return PyCalls.call(PyObjects.getAttr(args[0], "__reduce__", null), new Object[0], null, null);
            }
            return copyregReduce(args[0], args.length > 1 ? args[1] : 0L);
        });
        Args.method(o, "__str__", (args, kw) -> PyObjects.repr(args[0]));
        Args.method(o, "__format__", (args, kw) -> {
            Args.methodCount("__format__", args, kw, 1, 1);
            String spec = Args.str(args[1], "format");
            if (!spec.isEmpty()) {
                throw PyErrors.typeError(null, "unsupported format string passed to %s.__format__", PyObjects.typeName(args[0]));
            }
            return PyObjects.str(args[0]);
        });
        Args.method(o, "__eq__", (args, kw) -> args[0] == args[1] ? (Object) true : PySingleton.NOT_IMPLEMENTED);
        Args.method(o, "__ne__", (args, kw) -> {
            Object eq = PySpecial.lookup(args[0], "__eq__");
            if (eq != null) {
                Object r = PySpecial.call(args[0], eq, null, args[1]);
                return r == PySingleton.NOT_IMPLEMENTED ? r : (Object) !PyObjects.isTrue(r);
            }
            return args[0] != args[1];
        });
        Args.method(o, "__hash__", (args, kw) -> (long) (System.identityHashCode(args[0]) >> 4));
        Args.method(o, "__setattr__", (args, kw) -> {
            Args.methodCount("__setattr__", args, kw, 2, 2);
            PySpecial.genericSetAttr(args[0], Args.str(args[1], "setattr"), args[2], null);
            return PyNone.NONE;
        });
        Args.method(o, "__getattribute__", (args, kw) -> {
            Args.methodCount("__getattribute__", args, kw, 1, 1);
            String name = Args.str(args[1], "getattr");
            Object v = PySpecial.isUserObject(args[0]) ? PySpecial.genericGetAttr(args[0], name) : PyObjects.lookupAttr(args[0], name);
            if (v == null) {
                throw PyErrors.attributeError(null, "'%s' object has no attribute '%s'", PyObjects.typeName(args[0]), name);
            }
            return v;
        });
        Args.method(o, "__delattr__", (args, kw) -> {
            if (PySpecial.isUserObject(args[0])) {
                PySpecial.genericDelAttr(args[0], Args.str(args[1], "delattr"), null);
            } else {
                PyObjects.delAttr(args[0], Args.str(args[1], "delattr"), null);
            }
            return PyNone.NONE;
        });
        Args.method(o, "__init_subclass__", (args, kw) -> PyNone.NONE);

        PyType be = PyTypes.BASE_EXCEPTION;
        Args.method(be, "__init__", (args, kw) -> {
            ((PyBaseException) args[0]).setArgs(new PyTuple(java.util.Arrays.copyOfRange(args, 1, args.length)));
            return PyNone.NONE;
        });
        Args.method(be, "__str__", (args, kw) -> {
            PyBaseException e = (PyBaseException) args[0];
            PyTuple a = e.getArgs();
            return a.size() == 0 ? "" : a.size() == 1 ? PyObjects.str(a.get(0)) : PyObjects.repr(a);
        });
        Args.method(be, "__repr__", (args, kw) -> {
            PyBaseException e = (PyBaseException) args[0];
            PyTuple a = e.getArgs();
            String name = e.getType().getName();
            return a.size() == 1 ? name + "(" + PyObjects.repr(a.get(0)) + ")" : name + PyObjects.repr(a);
        });
        Args.method(be, "with_traceback", (args, kw) -> {
            Args.methodCount("with_traceback", args, kw, 1, 1);
            org.bytepy.runtime.PyTraceback.set((PyBaseException) args[0], args[1]);
            return args[0];
        });

        // descriptor types
        builtins.put("property", PyDescriptors.PROPERTY);
        builtins.put("staticmethod", PyDescriptors.STATICMETHOD);
        builtins.put("classmethod", PyDescriptors.CLASSMETHOD);
        builtins.put("super", PyDescriptors.SUPER);
        PyDescriptors.PROPERTY.constructor = (args, kw) -> {
            Args.onlyKeywords("property", kw, "fget", "fset", "fdel", "doc");
            Object fget = args.length > 1 ? args[1] : orNone(Args.kw(kw, "fget"));
            Object fset = args.length > 2 ? args[2] : orNone(Args.kw(kw, "fset"));
            Object fdel = args.length > 3 ? args[3] : orNone(Args.kw(kw, "fdel"));
            Object doc = args.length > 4 ? args[4] : orNone(Args.kw(kw, "doc"));
            return new Property(fget, fset, fdel, doc);
        };
        Args.method(PyDescriptors.PROPERTY, "setter", (args, kw) -> {
            Property p = (Property) args[0];
            return new Property(p.fget, args[1], p.fdel, p.doc);
        });
        Args.method(PyDescriptors.PROPERTY, "getter", (args, kw) -> {
            Property p = (Property) args[0];
            return new Property(args[1], p.fset, p.fdel, p.doc);
        });
        Args.method(PyDescriptors.PROPERTY, "deleter", (args, kw) -> {
            Property p = (Property) args[0];
            return new Property(p.fget, p.fset, args[1], p.doc);
        });
        Args.method(PyDescriptors.PROPERTY, "__get__", (args, kw) -> {
            Property p = (Property) args[0];
            if (args.length < 2 || args[1] instanceof PyNone) {
                return p;
            }
            return PyCalls.call(p.fget, new Object[]{args[1]}, null, null);
        });
        PyDescriptors.STATICMETHOD.constructor = (args, kw) -> {
            Args.count("staticmethod", TypeConstructors.rest(args), kw, 1, 1);
            return new PyDescriptors.StaticMethod(args[1]);
        };
        PyDescriptors.CLASSMETHOD.constructor = (args, kw) -> {
            Args.count("classmethod", TypeConstructors.rest(args), kw, 1, 1);
            return new PyDescriptors.ClassMethod(args[1]);
        };
        PyDescriptors.SUPER.constructor = (args, kw) -> {
            if (args.length == 1) {
                throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "super(): no arguments", null);
            }
            if (!(args[1] instanceof PyType t)) {
                throw PyErrors.typeError(null, "super() argument 1 must be a type, not %s", PyObjects.typeName(args[1]));
            }
            Object obj = args.length > 2 ? args[2] : PyNone.NONE;
            boolean ok = (obj instanceof PyType ot && ot.isSubtypeOf(t)) || PyTypes.typeOf(obj).isSubtypeOf(t);
            if (!ok) {
                throw PyErrors.typeError(null, "super(type, obj): obj must be an instance or subtype of type");
            }
            return new PyDescriptors.Super(t, obj);
        };
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }
}
