package org.bytepy.runtime;


/** The built-in descriptor types: {@code property}, {@code staticmethod}, {@code classmethod}, and {@code super} objects. */
public final class PyDescriptors {
    private PyDescriptors() {
    }

    public static final PyType PROPERTY = new PyType("property", true, PyTypes.OBJECT);
    public static final PyType STATICMETHOD = new PyType("staticmethod", true, PyTypes.OBJECT);
    public static final PyType CLASSMETHOD = new PyType("classmethod", true, PyTypes.OBJECT);
    public static final PyType SUPER = new PyType("super", true, PyTypes.OBJECT);

    public static final class Property extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
        public Object fget;
        public Object fset;
        public Object fdel;
        public Object doc;

        public Property(Object fget, Object fset, Object fdel, Object doc) {
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
        }

        @Override
        public PyType getPyType() {
            return PROPERTY;
        }
    }

    public static final class StaticMethod extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
        public final Object function;
        private PyDict dict;

        public StaticMethod(Object function) {
            this.function = function;
        }

        /** {@code __dict__}: made on first use with the function's name, doc, ... (CPython's functools_wraps). */
        public PyDict dict() {
            if (dict == null) {
                dict = wrapsDict(function);
            }
            return dict;
        }

        @Override
        public PyType getPyType() {
            return STATICMETHOD;
        }
    }

    public static final class ClassMethod extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
        public final Object function;
        private PyDict dict;

        public ClassMethod(Object function) {
            this.function = function;
        }

        /** {@code __dict__}: made on first use with the function's name, doc, ... (CPython's functools_wraps). */
        public PyDict dict() {
            if (dict == null) {
                dict = wrapsDict(function);
            }
            return dict;
        }

        @Override
        public PyType getPyType() {
            return CLASSMETHOD;
        }
    }

    /** The attributes classmethod and staticmethod copy from the function they wrap. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static PyDict wrapsDict(Object function) {
        PyDict d = new PyDict();
        for (String name : new String[]{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            Object v = PyObjects.lookupAttr(function, name);
            if (v != null) {
                d.put(name, v);
            }
        }
        return d;
    }

    /** {@code super(type, obj)}: looks attributes up in obj's MRO after {@code type}. */
    public static final class Super extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
        public final PyType thisType;
        public final Object obj;

        public Super(PyType thisType, Object obj) {
            this.thisType = thisType;
            this.obj = obj;
        }

        @Override
        public PyType getPyType() {
            return SUPER;
        }
    }
}
