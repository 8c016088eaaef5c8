package org.bytepy.runtime;

/**
 * The descriptors that built-in types show for their data attributes ({@code FunctionType.__code__} is a
 * {@code getset_descriptor}, {@code FunctionType.__globals__} a {@code member_descriptor}); reading
 * one through an instance reads the attribute.
 */
public final class PyAttributeDescriptor {
    private PyAttributeDescriptor() {
    }

    public static final PyType GETSET = new PyType("getset_descriptor", false, PyTypes.OBJECT);
    public static final PyType MEMBER = new PyType("member_descriptor", false, PyTypes.OBJECT);

    static {
        for (PyType t : new PyType[]{GETSET, MEMBER}) {
            t.getDict().put("__module__", "builtins");
            t.getDict().put("__get__", new PyBuiltinFunction("__get__", t, (a, kw) -> {
                PyObject self = (PyObject) a[0];
                if (a.length < 2 || a[1] instanceof PyNone) {
                    return self;
                }
                return PyObjects.getAttr(a[1], (String) self.getAttribute("__name__"), null);
            }));
            t.getDict().put("__repr__", new PyBuiltinFunction("__repr__", t, (a, kw) -> {
                PyObject self = (PyObject) a[0];
                String kind = self.getPyType() == GETSET ? "attribute" : "member";
                return "<" + kind + " '" + self.getAttribute("__name__") + "' of '" + ((PyType) self.getAttribute("__objclass__")).getName() + "' objects>";
            }));
        }
    }

    /** Puts descriptors for {@code names} into built-in type {@code owner}'s dict. */
    public static void install(PyType owner, PyType kind, String... names) {
        for (String n : names) {
            PyObject d = new PyObject(kind);
            d.setAttribute("__name__", n);
            d.setAttribute("__objclass__", owner);
            owner.getDict().putIfAbsent(n, d);
        }
    }
}
