package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code co_*} attributes of code objects. */
public final class PyCodeAttributes {
    private PyCodeAttributes() {
    }

    @TruffleBoundary
    public static Object get(PyCode c, String name) {
        switch (name) {
            case "co_name":
                return c.name;
            case "co_qualname":
                return c.qualname;
            case "co_filename":
                return c.filename;
            case "co_firstlineno":
                return (long) c.firstLineno;
            case "co_argcount":
                return (long) c.argCount;
            case "co_posonlyargcount":
                return (long) c.posOnlyArgCount;
            case "co_kwonlyargcount":
                return (long) c.kwOnlyArgCount;
            case "co_nlocals":
                return (long) c.varnames.length;
            case "co_varnames":
                return strings(c.varnames);
            case "co_cellvars":
                return strings(c.cellvars);
            case "co_freevars":
                return strings(c.freevars);
            case "co_flags":
                return (long) c.flags;
            default:
                return null;
        }
    }

    private static PyTuple strings(String[] names) {
        return new PyTuple(names.clone());
    }
}
