package org.bytepy.modules;

import static org.bytepy.modules.CollectionsSupport.method;
import static org.bytepy.modules.CollectionsSupport.self;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyConvert;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/** The {@code _operator} module: the operators as functions, itemgetter, attrgetter, methodcaller. */
public final class OperatorModule {
    private OperatorModule() {
    }

    private static void unary(PyDict d, String name, UnaryOperator<Object> op) {
        Args.def(d, name, (a, kw) -> {
            Args.count(name, a, kw, 1, 1);
            return op.apply(a[0]);
        });
    }

    private static void binary(PyDict d, String name, BinaryOperator<Object> op) {
        Args.def(d, name, (a, kw) -> {
            Args.count(name, a, kw, 2, 2);
            return op.apply(a[0], a[1]);
        });
    }

    private static boolean isSequence(Object o) {
        Object u = PyObject.unwrap(o);
        if (u instanceof String || u instanceof org.bytepy.runtime.PySequence || u instanceof byte[] || u instanceof org.bytepy.runtime.PyByteArray || u instanceof org.bytepy.runtime.PyRange) {
            return true;
        }
        if (u instanceof PyDict || u instanceof org.bytepy.runtime.PySet) {
            return false;
        }
        return PyObjects.lookupAttr(o, "__getitem__") != null;
    }

    public static PyModule create(PyDict builtins) {
        PyModule m = new PyModule("_operator", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\n"
                        + "is equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
        Object abs = builtins.getStr("abs");
        unary(d, "abs", x -> PyCalls.call(abs, new Object[]{x}, null, null));
        unary(d, "index", x -> {
            Object r = PyConvert.asIndex(x, null);
            if (r == null) {
                throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(x));
            }
            return r;
        });
        unary(d, "neg", x -> PyNumber.neg(x, null));
        unary(d, "pos", x -> PyNumber.pos(x, null));
        unary(d, "inv", x -> PyNumber.invert(x, null));
        unary(d, "invert", x -> PyNumber.invert(x, null));
        unary(d, "not_", x -> !PyObjects.isTrue(x));
        unary(d, "truth", x -> PyObjects.isTrue(x));
        binary(d, "add", (x, y) -> PyNumber.add(x, y, null));
        binary(d, "sub", (x, y) -> PyNumber.sub(x, y, null));
        binary(d, "mul", (x, y) -> PyNumber.mul(x, y, null));
        binary(d, "truediv", (x, y) -> PyNumber.trueDiv(x, y, null));
        binary(d, "floordiv", (x, y) -> PyNumber.floorDiv(x, y, null));
        binary(d, "mod", (x, y) -> PyNumber.mod(x, y, null));
        binary(d, "pow", (x, y) -> PyNumber.pow(x, y, null));
        binary(d, "lshift", (x, y) -> PyNumber.lshift(x, y, null));
        binary(d, "rshift", (x, y) -> PyNumber.rshift(x, y, null));
        binary(d, "and_", (x, y) -> PyNumber.bitAnd(x, y, null));
        binary(d, "or_", (x, y) -> PyNumber.bitOr(x, y, null));
        binary(d, "xor", (x, y) -> PyNumber.bitXor(x, y, null));
        binary(d, "matmul", (x, y) -> PyNumber.matMul(x, y, null));
        String[] inplace = {"iadd", "isub", "imul", "imatmul", "itruediv", "imod", "ipow", "ilshift", "irshift", "ior", "ixor", "iand", "ifloordiv"};
        for (int i = 0; i < inplace.length; i++) {
            int op = i;
            binary(d, inplace[i], (x, y) -> inplace(op, x, y));
        }
        binary(d, "concat", (x, y) -> {
            if (!isSequence(x)) {
                throw PyErrors.typeError(null, "'%s' object can't be concatenated", PyObjects.typeName(x));
            }
            return PyNumber.add(x, y, null);
        });
        binary(d, "iconcat", (x, y) -> {
            if (!isSequence(x)) {
                throw PyErrors.typeError(null, "'%s' object can't be concatenated", PyObjects.typeName(x));
            }
            return inplace(0, x, y);
        });
        binary(d, "eq", (x, y) -> PyObjects.richCompareValue(x, y, "==", null));
        binary(d, "ne", (x, y) -> PyObjects.richCompareValue(x, y, "!=", null));
        binary(d, "lt", (x, y) -> PyObjects.richCompareValue(x, y, "<", null));
        binary(d, "le", (x, y) -> PyObjects.richCompareValue(x, y, "<=", null));
        binary(d, "gt", (x, y) -> PyObjects.richCompareValue(x, y, ">", null));
        binary(d, "ge", (x, y) -> PyObjects.richCompareValue(x, y, ">=", null));
        binary(d, "is_", (x, y) -> PyObjects.is(x, y));
        binary(d, "is_not", (x, y) -> !PyObjects.is(x, y));
        binary(d, "contains", (x, y) -> PyObjects.contains(x, y, null));
        binary(d, "getitem", (x, y) -> PyObjects.getItem(x, y, null));
        binary(d, "delitem", (x, y) -> {
            PyObjects.delItem(x, y, null);
            return PyNone.NONE;
        });
        Args.def(d, "setitem", (a, kw) -> {
            Args.count("setitem", a, kw, 3, 3);
            PyObjects.setItem(a[0], a[1], a[2], null);
            return PyNone.NONE;
        });
        binary(d, "countOf", (x, y) -> {
            PyIterator it = PyObjects.iter(x, null);
            long n = 0;
            for (Object v = it.next(); v != null; v = it.next()) {
                if (PyObjects.isOrEq(v, y)) {
                    n++;
                }
            }
            return n;
        });
        binary(d, "indexOf", (x, y) -> {
            PyIterator it = PyObjects.iter(x, null);
            long n = 0;
            for (Object v = it.next(); v != null; v = it.next()) {
                if (PyObjects.isOrEq(v, y)) {
                    return n;
                }
                n++;
            }
            throw PyErrors.valueError(null, "sequence.index(x): x not in sequence");
        });
        Args.def(d, "length_hint", (a, kw) -> {
            Args.count("length_hint", a, kw, 1, 2);
            return lengthHint(a[0], a.length == 2 ? a[1] : 0L);
        });
        Args.def(d, "call", (a, kw) -> {
            if (a.length < 1) {
                throw PyErrors.typeError(null, "call() missing 1 required positional argument: 'obj'");
            }
            return PyCalls.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw, null);
        });
        Args.def(d, "_compare_digest", (a, kw) -> {
            Args.count("_compare_digest", a, kw, 2, 2);
            return compareDigest(a[0], a[1]);
        });
        d.put("itemgetter", ITEMGETTER);
        d.put("attrgetter", ATTRGETTER);
        d.put("methodcaller", METHODCALLER);
        return m;
    }

    /** {@code x op= y}: lists grow in place, as the bytecode's augmented assignment does. */
    static Object inplace(int op, Object x, Object y) {
        if (x instanceof PyList l && (op == 0 || op == 2)) {
            if (op == 0) {
                for (Object o : PyObjects.toArray(y, null)) {
                    l.append(o);
                }
            } else {
                Object[] items = l.toArray();
                long n = CollectionsSupport.asLong(y);
                l.clear();
                for (long i = 0; i < n; i++) {
                    for (Object o : items) {
                        l.append(o);
                    }
                }
            }
            return l;
        }
        return PyNumber.inplace(op, x, y, null);
    }

    static Object lengthHint(Object o, Object dflt) {
        return PyObjects.lengthHint(o, dflt);
    }

    private static Object compareDigest(Object a, Object b) {
        byte[] x, y;
        if (a instanceof String s && b instanceof String t) {
            for (String u : new String[]{s, t}) {
                for (int i = 0; i < u.length(); i++) {
                    if (u.charAt(i) > 127) {
                        throw PyErrors.typeError(null, "comparing strings with non-ASCII characters is not supported");
                    }
                }
            }
            x = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            y = t.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        } else {
            x = BuiltinTypeOps.bytesOf(a);
            y = BuiltinTypeOps.bytesOf(b);
            if (x == null || y == null) {
                if (a instanceof String || b instanceof String) {
                    throw PyErrors.typeError(null, "unsupported operand types(s) or combination of types: '%s' and '%s'", PyObjects.typeName(a), PyObjects.typeName(b));
                }
                throw PyErrors.typeError(null, "unsupported operand types(s) or combination of types: '%s' and '%s'", PyObjects.typeName(a), PyObjects.typeName(b));
            }
        }
        return java.security.MessageDigest.isEqual(x, y);
    }

    // ------------------------------------------------------------------ itemgetter, attrgetter, methodcaller

    static final class Getter extends CollectionsSupport.State {
        final Object[] items;
        /** attrgetter: each attribute path split at the dots. */
        final String[][] paths;

        Getter(Object[] items, String[][] paths) {
            this.items = items;
            this.paths = paths;
        }
    }

    static final class Caller extends CollectionsSupport.State {
        final String name;
        final Object[] args;
        final PyDict kwargs;

        Caller(String name, Object[] args, PyDict kwargs) {
            this.name = name;
            this.args = args;
            this.kwargs = kwargs;
        }
    }

    static final PyType ITEMGETTER = CollectionsSupport.protocolType("operator", "itemgetter");
    static final PyType ATTRGETTER = CollectionsSupport.protocolType("operator", "attrgetter");
    static final PyType METHODCALLER = CollectionsSupport.protocolType("operator", "methodcaller");

    private static String qualifiedName(PyType t) {
        return CollectionsSupport.tpName(t);
    }

    private static Object[] withoutFirst(Object[] a) {
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    static {
        CollectionsSupport.newMethod(ITEMGETTER, (a, kw) -> {
            CollectionsSupport.noKeywords("itemgetter", kw);
            if (a.length < 2) {
                throw PyErrors.typeError(null, "itemgetter expected 1 argument, got 0");
            }
            return CollectionsSupport.wrap((PyType) a[0], new Getter(withoutFirst(a), null));
        });
        method(ITEMGETTER, "__call__", (a, kw) -> {
            Getter g = self(a, Getter.class, "__call__", "operator.itemgetter");
            Object[] args = withoutFirst(a);
            CollectionsSupport.noKeywords("itemgetter", kw);
            if (args.length != 1) {
                throw PyErrors.typeError(null, "itemgetter expected 1 argument, got %d", args.length);
            }
            if (g.items.length == 1) {
                return PyObjects.getItem(args[0], g.items[0], null);
            }
            Object[] out = new Object[g.items.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = PyObjects.getItem(args[0], g.items[i], null);
            }
            return new PyTuple(out);
        });
        method(ITEMGETTER, "__repr__", (a, kw) -> {
            Getter g = self(a, Getter.class, "__repr__", "operator.itemgetter");
            return qualifiedName(g.self.getPyType()) + "(" + reprList(g.items) + ")";
        });
        method(ITEMGETTER, "__reduce__", (a, kw) -> {
            Getter g = self(a, Getter.class, "__reduce__", "operator.itemgetter");
            return PyTuple.of(g.self.getPyType(), new PyTuple(g.items.clone()));
        });

        CollectionsSupport.newMethod(ATTRGETTER, (a, kw) -> {
            CollectionsSupport.noKeywords("attrgetter", kw);
            if (a.length < 2) {
                throw PyErrors.typeError(null, "attrgetter expected 1 argument, got 0");
            }
            Object[] names = withoutFirst(a);
            String[][] paths = new String[names.length][];
            for (int i = 0; i < names.length; i++) {
                if (!(names[i] instanceof String s)) {
                    throw PyErrors.typeError(null, "attribute name must be a string");
                }
                paths[i] = s.split("\\.", -1);
            }
            return CollectionsSupport.wrap((PyType) a[0], new Getter(names, paths));
        });
        method(ATTRGETTER, "__call__", (a, kw) -> {
            Getter g = self(a, Getter.class, "__call__", "operator.attrgetter");
            Object[] args = withoutFirst(a);
            CollectionsSupport.noKeywords("attrgetter", kw);
            if (args.length != 1) {
                throw PyErrors.typeError(null, "attrgetter expected 1 argument, got %d", args.length);
            }
            if (g.paths.length == 1) {
                return getPath(args[0], g.paths[0]);
            }
            Object[] out = new Object[g.paths.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = getPath(args[0], g.paths[i]);
            }
            return new PyTuple(out);
        });
        method(ATTRGETTER, "__repr__", (a, kw) -> {
            Getter g = self(a, Getter.class, "__repr__", "operator.attrgetter");
            return qualifiedName(g.self.getPyType()) + "(" + reprList(g.items) + ")";
        });
        method(ATTRGETTER, "__reduce__", (a, kw) -> {
            Getter g = self(a, Getter.class, "__reduce__", "operator.attrgetter");
            return PyTuple.of(g.self.getPyType(), new PyTuple(g.items.clone()));
        });

        CollectionsSupport.newMethod(METHODCALLER, (a, kw) -> {
            if (a.length < 2) {
                throw PyErrors.typeError(null, "methodcaller needs at least one argument, the method name");
            }
            if (!(a[1] instanceof String name)) {
                throw PyErrors.typeError(null, "method name must be a string");
            }
            PyDict k = kw == null ? new PyDict() : FunctoolsModule.copy(kw);
            return CollectionsSupport.wrap((PyType) a[0], new Caller(name, java.util.Arrays.copyOfRange(a, 2, a.length), k));
        });
        method(METHODCALLER, "__call__", (a, kw) -> {
            Caller c = self(a, Caller.class, "__call__", "operator.methodcaller");
            Object[] args = withoutFirst(a);
            CollectionsSupport.noKeywords("methodcaller", kw);
            if (args.length != 1) {
                throw PyErrors.typeError(null, "methodcaller expected 1 argument, got %d", args.length);
            }
            Object fn = PyObjects.getAttr(args[0], c.name, null);
            return PyCalls.call(fn, c.args, c.kwargs.size() == 0 ? null : FunctoolsModule.copy(c.kwargs), null);
        });
        method(METHODCALLER, "__repr__", (a, kw) -> {
            Caller c = self(a, Caller.class, "__repr__", "operator.methodcaller");
            StringBuilder sb = new StringBuilder(qualifiedName(c.self.getPyType())).append('(').append(PyObjects.repr(c.name));
            for (Object o : c.args) {
                sb.append(", ").append(PyObjects.repr(o));
            }
            for (PyDict.Entry e : c.kwargs.entries()) {
                sb.append(", ").append(PyObjects.str(e.key)).append('=').append(PyObjects.repr(e.value));
            }
            return sb.append(')').toString();
        });
        method(METHODCALLER, "__reduce__", (a, kw) -> {
            Caller c = self(a, Caller.class, "__reduce__", "operator.methodcaller");
            Object[] args = new Object[c.args.length + 1];
            args[0] = c.name;
            System.arraycopy(c.args, 0, args, 1, c.args.length);
            return PyTuple.of(c.self.getPyType(), new PyTuple(args));
        });
    }

    private static Object getPath(Object o, String[] path) {
        for (String p : path) {
            o = PyObjects.getAttr(o, p, null);
        }
        return o;
    }

    private static String reprList(Object[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyObjects.repr(items[i]));
        }
        return sb.toString();
    }
}
