package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code types.MappingProxyType}: a read-only view of a mapping ({@code cls.__dict__}). Its methods are
 * Java functions on a type that dispatches like a user class, so every protocol (len, iteration,
 * indexing, {@code in}) goes through them and nothing reaches the wrapped mapping's mutators.
 */
public final class PyMappingProxy {
    private PyMappingProxy() {
    }

    public static final PyType TYPE = new PyType("mappingproxy", false, PyTypes.OBJECT);

    static {
        TYPE.getDict().put("__module__", "builtins");
        def("__getitem__", (a, kw) -> PyObjects.getItem(m(a), a[1], null));
        def("__len__", (a, kw) -> PyObjects.len(m(a), null));
        def("__iter__", (a, kw) -> PyObjects.iter(m(a), null));
        def("__contains__", (a, kw) -> PyObjects.contains(m(a), a[1], null));
        def("__repr__", (a, kw) -> "mappingproxy(" + PyObjects.repr(m(a)) + ")");
        def("__str__", (a, kw) -> PyObjects.str(m(a)));
        def("__eq__", (a, kw) -> PyObjects.eq(m(a), a[1] instanceof PyObject po && po.getPyType() == TYPE ? po.hidden : a[1]));
        def("__or__", (a, kw) -> PyNumber.bitOr(m(a), a[1] instanceof PyObject po && po.getPyType() == TYPE ? po.hidden : a[1], null));
        def("keys", (a, kw) -> call(m(a), "keys"));
        def("values", (a, kw) -> call(m(a), "values"));
        def("items", (a, kw) -> call(m(a), "items"));
        def("copy", (a, kw) -> call(m(a), "copy"));
        def("get", (a, kw) -> PyCalls.call(PyObjects.getAttr(m(a), "get", null), java.util.Arrays.copyOfRange(a, 1, a.length), null, null));
        TYPE.constructor = (a, kw) -> {
            if (a.length != 2) {
                throw PyErrors.typeError(null, "mappingproxy() missing required argument 'mapping' (pos 1)");
            }
            Object mapping = a[1];
            if (!(mapping instanceof PyDict) && !(PySpecial.isUserObject(mapping) && PyObjects.lookupAttr(mapping, "keys") != null) || mapping instanceof PyList || mapping instanceof PyTuple) {
                throw PyErrors.typeError(null, "mappingproxy() argument must be a mapping, not %s", PyObjects.typeName(mapping));
            }
            return of(mapping);
        };
    }

    private static void def(String name, PyBuiltinFunction.Body body) {
        TYPE.getDict().put(name, new PyBuiltinFunction(name, TYPE, body));
    }

    private static Object m(Object[] a) {
        return ((PyObject) a[0]).hidden;
    }

    private static Object call(Object o, String name) {
        return PyCalls.call(PyObjects.getAttr(o, name, null), new Object[0], null, null);
    }

    @TruffleBoundary
    public static PyObject of(Object mapping) {
        PyObject p = new PyObject(TYPE);
        p.hidden = mapping;
        return p;
    }

    /** {@code cls.__dict__}: a view of a snapshot of the type's attributes. */
    @TruffleBoundary
    public static PyObject ofType(PyType t) {
        PyDict d = new PyDict();
        for (var e : t.getDict().entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return of(d);
    }
}
