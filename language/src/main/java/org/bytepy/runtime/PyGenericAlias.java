package org.bytepy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code types.GenericAlias}: {@code list[int]}, {@code dict[str, int]}, {@code type[C]}. Its methods are
 * Java functions on a type that dispatches like a user class; the alias's state lives in its
 * attributes {@code __origin__}, {@code __args__}, {@code __parameters__}.
 */
public final class PyGenericAlias {
    private PyGenericAlias() {
    }

    public static final PyType TYPE = new PyType("GenericAlias", false, PyTypes.OBJECT);

    /** The built-in types that are generic ({@code list[int]}). */
    public static boolean isGenericBuiltin(PyType t) {
        return t == PyTypes.LIST || t == PyTypes.DICT || t == PyTypes.TUPLE || t == PyTypes.SET || t == PyTypes.FROZENSET || t == PyTypes.TYPE;
    }

    static {
        TYPE.getDict().put("__module__", "types");
        def("__repr__", (a, kw) -> repr((PyObject) a[0]));
        def("__call__", (a, kw) -> {
            Object origin = ((PyObject) a[0]).getAttribute("__origin__");
            Object r = PyCalls.call(origin, java.util.Arrays.copyOfRange(a, 1, a.length), kw, null);
            if (r instanceof PyObject po) {
                try {
                    po.setAttribute("__orig_class__", a[0]);
                } catch (PyException e) {
                    // objects that refuse attributes keep working
                }
            }
            return r;
        });
        def("__mro_entries__", (a, kw) -> PyTuple.of(((PyObject) a[0]).getAttribute("__origin__")));
        def("__eq__", (a, kw) -> {
            if (!(a[1] instanceof PyObject o) || o.getPyType() != TYPE) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyObject s = (PyObject) a[0];
            return PyObjects.eq(s.getAttribute("__origin__"), o.getAttribute("__origin__")) && PyObjects.eq(s.getAttribute("__args__"), o.getAttribute("__args__"));
        });
        def("__hash__", (a, kw) -> {
            PyObject s = (PyObject) a[0];
            return PyObjects.hash(s.getAttribute("__origin__"), null) ^ PyObjects.hash(s.getAttribute("__args__"), null);
        });
        def("__or__", (a, kw) -> PyUnionType.of(a[0], a[1]));
        def("__ror__", (a, kw) -> PyUnionType.of(a[1], a[0]));
        def("__instancecheck__", (a, kw) -> {
            throw PyErrors.typeError(null, "isinstance() argument 2 cannot be a parameterized generic");
        });
        def("__subclasscheck__", (a, kw) -> {
            throw PyErrors.typeError(null, "issubclass() argument 2 cannot be a parameterized generic");
        });
        def("__getitem__", (a, kw) -> {
            PyObject s = (PyObject) a[0];
            Object params = s.getAttribute("__parameters__");
            if (params instanceof PyTuple p && p.size() == 0) {
                throw PyErrors.typeError(null, "%s is not a generic class", repr(s));
            }
            throw PyErrors.typeError(null, "bytepy cannot substitute the parameters of %s yet", repr(s));
        });
        def("__getattr__", (a, kw) -> {
            String name = (String) a[1];
            if (name.startsWith("__") && name.endsWith("__")) {
                throw PyErrors.attributeError(null, "'types.GenericAlias' object has no attribute '" + name + "'");
            }
            return PyObjects.getAttr(((PyObject) a[0]).getAttribute("__origin__"), name, null);
        });
        TYPE.constructor = (a, kw) -> {
            if (a.length != 3) {
                throw PyErrors.typeError(null, "GenericAlias expected 2 arguments, got %d", a.length - 1);
            }
            return of(a[1], a[2]);
        };
    }

    private static void def(String name, PyBuiltinFunction.Body body) {
        TYPE.getDict().put(name, new PyBuiltinFunction(name, TYPE, body));
    }

    @TruffleBoundary
    public static PyObject of(Object origin, Object args) {
        PyTuple t = args instanceof PyTuple tu ? tu : PyTuple.of(args);
        PyObject alias = new PyObject(TYPE);
        alias.setAttribute("__origin__", origin);
        alias.setAttribute("__args__", t);
        List<Object> params = new ArrayList<>();
        for (Object x : t.items()) {
            Object p = PyObjects.lookupAttr(x, "__parameters__");
            if (isTypeVar(x)) {
                if (!params.contains(x)) {
                    params.add(x);
                }
            } else if (p instanceof PyTuple pt && !(x instanceof PyType)) {
                for (Object y : pt.items()) {
                    if (!params.contains(y)) {
                        params.add(y);
                    }
                }
            }
        }
        alias.setAttribute("__parameters__", new PyTuple(params.toArray()));
        alias.setAttribute("__unpacked__", Boolean.FALSE);
        return alias;
    }

    private static boolean isTypeVar(Object x) {
        String n = PyTypes.typeOf(x).getName();
        return n.equals("TypeVar") || n.equals("ParamSpec") || n.equals("TypeVarTuple");
    }

    @TruffleBoundary
    static String repr(PyObject alias) {
        StringBuilder sb = new StringBuilder(PyUnionType.typeRepr(alias.getAttribute("__origin__")));
        sb.append('[');
        Object[] args = ((PyTuple) alias.getAttribute("__args__")).items();
        if (args.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object x = args[i];
            sb.append(x == PySingleton.ELLIPSIS ? "..." : x instanceof PyList l ? listRepr(l) : PyUnionType.typeRepr(x));
        }
        return sb.append(']').toString();
    }

    private static String listRepr(PyList l) {
        StringBuilder sb = new StringBuilder("[");
        Object[] items = l.toArray();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyUnionType.typeRepr(items[i]));
        }
        return sb.append(']').toString();
    }
}
