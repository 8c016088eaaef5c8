package org.bytepy.runtime;


/** A module object: a name and a namespace dict. */
public final class PyModule extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public final String name;
    public final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        dict.put("__name__", name);
    }

    @Override
    public PyType getPyType() {
        return PyTypes.MODULE;
    }
}
