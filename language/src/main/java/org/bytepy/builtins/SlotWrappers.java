package org.bytepy.builtins;

import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyComplex;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySet;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * The special methods of the built-in types as entries of their type dicts ({@code int.__add__},
 * {@code str.__len__}, {@code list.__hash__ is None}, ...), CPython's "slot wrappers".
 *
 * <p>
 * The interpreter never goes through them for built-in values: operators and builtins run their Java
 * code directly, and {@code PySpecial.lookupInType} stops at a built-in type. They exist for Python code
 * that looks the methods up ({@code hasattr(x, '__len__')}, {@code int.__add__(1, 2)},
 * {@code super().__eq__(other)}, {@code functools.total_ordering}, {@code collections.abc}'s
 * {@code __hash__} check) and follow CPython's contract: a binary method returns
 * {@code NotImplemented} for an operand of a type it does not handle. Only methods a type lacks are
 * added, so the hand-written ones in the other builtins classes win. {@code self} arrives unwrapped
 * (an instance of a subclass as its built-in value, see {@code PyCalls.unwrapSelf}).
 */
final class SlotWrappers {
    private SlotWrappers() {
    }

    @FunctionalInterface
    private interface Binary {
        Object apply(Object a, Object b);
    }

    @FunctionalInterface
    private interface Accepts {
        boolean test(Object other);
    }

    private static final Object NI = PySingleton.NOT_IMPLEMENTED;

    static void install(PyDict builtins) {
        PyType bytearray = org.bytepy.runtime.PyByteArray.TYPE;
        Accepts ints = PyNumber::isInt;
        Accepts reals = PyNumber::isNumber;
        Accepts complexes = o -> PyNumber.isNumber(o) || o instanceof PyComplex;

        Binary divmod = (a, b) -> callBuiltin(builtins, "divmod", a, b);
        Binary pow = (a, b) -> callBuiltin(builtins, "pow", a, b);
        String[][] intOps = {{"add"}, {"sub"}, {"mul"}, {"truediv"}, {"floordiv"}, {"mod"}, {"divmod"}, {"pow"},
                        {"lshift"}, {"rshift"}, {"and"}, {"or"}, {"xor"}};
        for (String[] op : intOps) {
            numeric(builtins, PyTypes.INT, op[0], ints, op(op[0], divmod, pow));
        }
        for (String op : new String[]{"and", "or", "xor"}) {
            numeric(builtins, PyTypes.BOOL, op, ints, op(op, divmod, pow));
        }
        for (String op : new String[]{"add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "pow"}) {
            numeric(builtins, PyTypes.FLOAT, op, reals, op(op, divmod, pow));
        }
        for (String op : new String[]{"add", "sub", "mul", "truediv", "pow"}) {
            numeric(builtins, PyTypes.COMPLEX, op, complexes, op(op, divmod, pow));
        }
        for (PyType t : new PyType[]{PyTypes.INT, PyTypes.FLOAT}) {
            unary(t, "__neg__", a -> PyNumber.neg(a, null));
            unary(t, "__pos__", a -> PyNumber.pos(a, null));
            unary(t, "__abs__", a -> callBuiltin(builtins, "abs", a));
            unary(t, "__bool__", a -> PyObjects.isTrue(a));
            unary(t, "__trunc__", a -> callBuiltin(builtins, "int", a));
            unary(t, "__round__", a -> callBuiltin(builtins, "round", a));
            unary(t, "__hash__", a -> PyObjects.hash(a, null));
        }
        unary(PyTypes.INT, "__invert__", a -> PyNumber.invert(a, null));
        unary(PyTypes.INT, "__floor__", a -> a instanceof Boolean b ? (Object) (b ? 1L : 0L) : a);
        unary(PyTypes.INT, "__ceil__", a -> a instanceof Boolean b ? (Object) (b ? 1L : 0L) : a);
        unary(PyTypes.FLOAT, "__floor__", a -> PyNumber.floatToInt(Math.floor((Double) a), null));
        unary(PyTypes.FLOAT, "__ceil__", a -> PyNumber.floatToInt(Math.ceil((Double) a), null));
        unary(PyTypes.COMPLEX, "__neg__", a -> PyNumber.neg(a, null));
        unary(PyTypes.COMPLEX, "__pos__", a -> PyNumber.pos(a, null));
        unary(PyTypes.COMPLEX, "__abs__", a -> callBuiltin(builtins, "abs", a));
        unary(PyTypes.COMPLEX, "__bool__", a -> PyObjects.isTrue(a));
        unary(PyTypes.COMPLEX, "__hash__", a -> PyObjects.hash(a, null));

        comparisons(PyTypes.INT, ints, true);
        comparisons(PyTypes.FLOAT, reals, true);
        comparisons(PyTypes.COMPLEX, complexes, false);
        comparisons(PyTypes.STR, o -> o instanceof String, true);
        comparisons(PyTypes.BYTES, o -> o instanceof byte[] || PyTypes.typeOf(o) == bytearray, true);
        comparisons(bytearray, o -> o instanceof byte[] || PyTypes.typeOf(o) == bytearray, true);
        comparisons(PyTypes.LIST, o -> o instanceof PyList, true);
        comparisons(PyTypes.TUPLE, o -> o instanceof PyTuple, true);
        comparisons(PyTypes.DICT, o -> o instanceof PyDict, false);
        comparisons(PyTypes.SET, o -> o instanceof PySet, true);
        comparisons(PyTypes.FROZENSET, o -> o instanceof PySet, true);
        comparisons(PyTypes.RANGE, o -> PyTypes.typeOf(o) == PyTypes.RANGE, false);
        comparisons(PyTypes.SLICE, o -> PyTypes.typeOf(o) == PyTypes.SLICE, true);

        for (PyType t : new PyType[]{PyTypes.STR, PyTypes.BYTES, bytearray, PyTypes.LIST, PyTypes.TUPLE, PyTypes.RANGE}) {
            container(t);
        }
        for (PyType t : new PyType[]{PyTypes.DICT, PyTypes.SET, PyTypes.FROZENSET}) {
            unary(t, "__iter__", a -> PyObjects.iter(a, null));
            unary(t, "__len__", a -> PyObjects.len(a, null));
        }
        for (PyType t : new PyType[]{PyTypes.STR, PyTypes.BYTES, bytearray, PyTypes.LIST, PyTypes.TUPLE}) {
            method(t, "__add__", 2, a -> PyNumber.add(a[0], PyObject.unwrap(a[1]), null));
            method(t, "__mul__", 2, a -> PyNumber.mul(a[0], PyObject.unwrap(a[1]), null));
            method(t, "__rmul__", 2, a -> PyNumber.mul(a[0], PyObject.unwrap(a[1]), null));
        }
        for (PyType t : new PyType[]{PyTypes.STR, PyTypes.BYTES, bytearray}) {
            method(t, "__mod__", 2, a -> PyNumber.mod(a[0], PyObject.unwrap(a[1]), null));
            method(t, "__rmod__", 2, a -> PyTypes.typeOf(a[1]) == PyTypes.typeOf(a[0]) ? PyNumber.mod(PyObject.unwrap(a[1]), a[0], null) : NI);
        }
        for (PyType t : new PyType[]{PyTypes.STR, PyTypes.BYTES, PyTypes.TUPLE, PyTypes.FROZENSET, PyTypes.RANGE, PyTypes.SLICE}) {
            unary(t, "__hash__", a -> PyObjects.hash(a, null));
        }
        for (PyType t : new PyType[]{PyTypes.LIST, PyTypes.DICT, PyTypes.SET, bytearray}) {
            if (t.getDict().get("__hash__") == null) {
                t.getDict().put("__hash__", PyNone.NONE);
            }
        }
        for (PyType t : new PyType[]{PyTypes.LIST, bytearray}) {
            method(t, "__setitem__", 3, a -> {
                PyObjects.setItem(a[0], a[1], a[2], null);
                return PyNone.NONE;
            });
            method(t, "__delitem__", 2, a -> {
                PyObjects.delItem(a[0], a[1], null);
                return PyNone.NONE;
            });
            method(t, "__iadd__", 2, a -> {
                callMethod(a[0], "extend", a[1]);
                return a[0];
            });
            method(t, "__imul__", 2, a -> {
                // sq_inplace_repeat: an index, the object repeated in place
                Object self = org.bytepy.runtime.PyObject.unwrap(a[0]);
                Object n = org.bytepy.runtime.PyConvert.asIndex(a[1], null);
                if (n == null) {
                    throw org.bytepy.runtime.PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(a[1]));
                }
                Object r = PyNumber.mul(self, n, null);
                if (self instanceof org.bytepy.runtime.PyList l) {
                    l.setAll(((org.bytepy.runtime.PyList) r).toArray());
                } else {
                    ((org.bytepy.runtime.PyByteArray) self).setAll(((org.bytepy.runtime.PyByteArray) r).bytes());
                }
                return a[0];
            });
        }
        unary(PyTypes.RANGE, "__bool__", a -> PyObjects.isTrue(a));
        for (PyType t : new PyType[]{PyTypes.SET, PyTypes.FROZENSET, PyTypes.RANGE, PyTypes.SLICE, bytearray, PyTypes.BOOL}) {
            unary(t, "__repr__", a -> PyObjects.repr(a));
        }
        for (PyType t : new PyType[]{PyTypes.LIST, PyTypes.RANGE, PyTypes.DICT}) {
            unary(t, "__reversed__", a -> callBuiltin(builtins, "reversed", a));
        }
        for (PyType t : new PyType[]{PyTypes.LIST, PyTypes.TUPLE, PyTypes.DICT, PyTypes.SET, PyTypes.FROZENSET}) {
            if (t.getDict().get("__class_getitem__") == null) {
                t.getDict().put("__class_getitem__", new org.bytepy.runtime.PyDescriptors.ClassMethod(new PyBuiltinFunction("__class_getitem__", null, (a, kw) -> {
                    Args.count("__class_getitem__", a, kw, 2, 2);
                    return org.bytepy.runtime.PyGenericAlias.of(a[0], a[1]);
                })));
            }
        }
        Accepts dicts = o -> o instanceof PyDict;
        numericLike(PyTypes.DICT, "or", dicts, (a, b) -> PyNumber.bitOr(a, b, null));
        Accepts sets = o -> o instanceof PySet;
        for (PyType t : new PyType[]{PyTypes.SET, PyTypes.FROZENSET}) {
            numericLike(t, "and", sets, (a, b) -> PyNumber.bitAnd(a, b, null));
            numericLike(t, "or", sets, (a, b) -> PyNumber.bitOr(a, b, null));
            numericLike(t, "xor", sets, (a, b) -> PyNumber.bitXor(a, b, null));
            numericLike(t, "sub", sets, (a, b) -> PyNumber.sub(a, b, null));
        }
        for (String op : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            method(PyTypes.OBJECT, op, 2, a -> NI);
        }
    }

    /** {@code __op__}/{@code __rop__}: NotImplemented unless the other operand is accepted; t may define one of them already. */
    private static void numericLike(PyType t, String op, Accepts accepts, Binary f) {
        method(t, "__" + op + "__", 2, a -> {
            Object other = PyObject.unwrap(a[1]);
            return accepts.test(other) ? f.apply(a[0], other) : NI;
        });
        method(t, "__r" + op + "__", 2, a -> {
            Object other = PyObject.unwrap(a[1]);
            return accepts.test(other) ? f.apply(other, a[0]) : NI;
        });
    }

    private static Binary op(String name, Binary divmod, Binary pow) {
        switch (name) {
            case "add":
                return (a, b) -> PyNumber.add(a, b, null);
            case "sub":
                return (a, b) -> PyNumber.sub(a, b, null);
            case "mul":
                return (a, b) -> PyNumber.mul(a, b, null);
            case "truediv":
                return (a, b) -> PyNumber.trueDiv(a, b, null);
            case "floordiv":
                return (a, b) -> PyNumber.floorDiv(a, b, null);
            case "mod":
                return (a, b) -> PyNumber.mod(a, b, null);
            case "divmod":
                return divmod;
            case "pow":
                return pow;
            case "lshift":
                return (a, b) -> PyNumber.lshift(a, b, null);
            case "rshift":
                return (a, b) -> PyNumber.rshift(a, b, null);
            case "and":
                return (a, b) -> PyNumber.bitAnd(a, b, null);
            case "or":
                return (a, b) -> PyNumber.bitOr(a, b, null);
            default:
                return (a, b) -> PyNumber.bitXor(a, b, null);
        }
    }

    /** {@code __op__} and {@code __rop__}: NotImplemented unless the other operand is accepted. */
    private static void numeric(PyDict builtins, PyType t, String op, Accepts accepts, Binary f) {
        if (op.equals("pow")) {
            Args.method(t, "__pow__", (args, kw) -> {
                Args.count("__pow__", args, kw, 2, 3);
                Object other = PyObject.unwrap(args[1]);
                if (!accepts.test(other)) {
                    return NI;
                }
                if (args.length == 3 && args[2] != PyNone.NONE) {
                    return callBuiltin(builtins, "pow", args[0], other, PyObject.unwrap(args[2]));
                }
                return f.apply(args[0], other);
            });
            Args.method(t, "__rpow__", (args, kw) -> {
                Args.count("__rpow__", args, kw, 2, 3);
                Object other = PyObject.unwrap(args[1]);
                if (!accepts.test(other)) {
                    return NI;
                }
                if (args.length == 3 && args[2] != PyNone.NONE) {
                    return callBuiltin(builtins, "pow", other, args[0], PyObject.unwrap(args[2]));
                }
                return f.apply(other, args[0]);
            });
            return;
        }
        numericLike(t, op, accepts, f);
    }

    private static void comparisons(PyType t, Accepts accepts, boolean ordered) {
        method(t, "__eq__", 2, a -> {
            Object other = PyObject.unwrap(a[1]);
            return accepts.test(other) ? (Object) PyObjects.eq(a[0], other) : NI;
        });
        method(t, "__ne__", 2, a -> {
            Object other = PyObject.unwrap(a[1]);
            return accepts.test(other) ? (Object) !PyObjects.eq(a[0], other) : NI;
        });
        String[][] ops = {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}};
        for (String[] op : ops) {
            method(t, op[0], 2, a -> {
                Object other = PyObject.unwrap(a[1]);
                return ordered && accepts.test(other) ? (Object) PyObjects.compare(a[0], other, op[1], null) : NI;
            });
        }
    }

    private static void container(PyType t) {
        unary(t, "__len__", a -> PyObjects.len(a, null));
        unary(t, "__iter__", a -> PyObjects.iter(a, null));
        method(t, "__getitem__", 2, a -> PyObjects.getItem(a[0], a[1], null));
        method(t, "__contains__", 2, a -> PyObjects.contains(a[0], a[1], null));
    }

    private interface Unary {
        Object apply(Object a);
    }

    private interface Nary {
        Object apply(Object[] a);
    }

    private static void unary(PyType t, String name, Unary f) {
        method(t, name, 1, a -> f.apply(a[0]));
    }

    /** Adds {@code name} to t's dict unless t defines it already; n counts self. */
    private static void method(PyType t, String name, int n, Nary f) {
        if (t.getDict().get(name) != null) {
            return;
        }
        Args.method(t, name, (args, kw) -> {
            Args.count(name, args, kw, n, n);
            return f.apply(args);
        });
    }

    private static Object callBuiltin(PyDict builtins, String name, Object... args) {
        return ((PyBuiltinFunction) builtins.getStr(name)).body.call(args, null);
    }

    private static void callMethod(Object self, String name, Object arg) {
        Object m = PyTypes.typeOf(self).lookup(name);
        ((PyBuiltinFunction) m).body.call(new Object[]{self, arg}, null);
    }
}
