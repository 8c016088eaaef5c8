package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.bytepy.runtime.PyDescriptors.ClassMethod;
import org.bytepy.runtime.PyDescriptors.Property;
import org.bytepy.runtime.PyDescriptors.StaticMethod;

/**
 * Special methods ({@code __add__}, {@code __eq__}, {@code __len__}, ...) defined by user classes, and
 * the descriptor protocol of class attributes. Built-in types keep their Java implementations: a
 * special method found on a built-in type is not looked up here.
 */
public final class PySpecial {
    private PySpecial() {
    }

    /** True for values whose type (or a base of it) is a user-defined class. */
    public static boolean isUserObject(Object o) {
        return o instanceof PyObject || (o instanceof PyBaseException e && !e.getType().isBuiltin());
    }

    /** A class whose metaclass is a user-defined subclass of {@code type}. */
    public static boolean hasUserMetaclass(Object o) {
        return o instanceof PyType t && t.metaclass != null && !t.metaclass.isBuiltin();
    }

    /** A special method that the user metaclass of class {@code t} defines; null if none. */
    @TruffleBoundary
    public static Object lookupMeta(Object t, String name) {
        return hasUserMetaclass(t) ? lookupInType(((PyType) t).metaclass, name) : null;
    }

    /** A special method defined by a user class in the MRO of {@code o}'s type; null if none. */
    @TruffleBoundary
    public static Object lookup(Object o, String name) {
        if (!isUserObject(o)) {
            return null;
        }
        return lookupInType(PyTypes.typeOf(o), name);
    }

    @TruffleBoundary
    public static Object lookupInType(PyType type, String name) {
        for (PyType t : type.getMro()) {
            Object v = t.getDict().get(name);
            if (v != null) {
                return t.isBuiltin() ? null : v;
            }
        }
        return null;
    }

    /** Calls a special method found by {@link #lookup} with self first. */
    @TruffleBoundary
    public static Object call(Object self, Object method, Node node, Object... args) {
        Object bound = bind(method, self, PyTypes.typeOf(self));
        return PyCalls.call(bound, args, null, node);
    }

    /** The descriptor protocol for an attribute found on a type, accessed through {@code obj} (null: through the type). */
    @TruffleBoundary
    public static Object bind(Object attr, Object obj, PyType type) {
        if (attr instanceof PyBuiltinFunction bf && bf.moduleFunction) {
            // a module's builtin function as a class attribute (isclose = math.isclose) does not
            // bind: CPython's builtin_function_or_method has no __get__
            return attr;
        } else if (attr instanceof PyFunction || attr instanceof PyBuiltinFunction) {
            return obj == null ? attr : new PyBoundMethod(obj, attr);
        } else if (attr instanceof StaticMethod s) {
            return s.function;
        } else if (attr instanceof ClassMethod c) {
            return new PyBoundMethod(type, c.function);
        } else if (attr instanceof Property p) {
            if (obj == null) {
                return p;
            }
            if (p.fget == null || p.fget instanceof PyNone) {
                throw PyErrors.attributeError(null, "property of '%s' object has no getter", type.getName());
            }
            return PyCalls.call(p.fget, new Object[]{obj}, null, null);
        } else if (attr instanceof PyObject d && obj != null) {
            Object get = lookupInType(d.getPyType(), "__get__");
            if (get != null) {
                return call(d, get, null, obj, type);
            }
        }
        return attr;
    }

    /** A data descriptor (has a setter) found on the type takes precedence over the instance dict. */
    public static boolean isDataDescriptor(Object attr) {
        if (attr instanceof Property) {
            return true;
        }
        return attr instanceof PyObject d && (lookupInType(d.getPyType(), "__set__") != null || lookupInType(d.getPyType(), "__delete__") != null);
    }

    /** Attribute lookup on an instance of a user class: data descriptors, the instance, then the type. */
    @TruffleBoundary
    public static Object getInstanceAttr(Object o, String name, Node node) {
        PyType type = PyTypes.typeOf(o);
        Object getattribute = lookupInType(type, "__getattribute__");
        if (getattribute != null) {
            try {
                return call(o, getattribute, node, name);
            } catch (PyException e) {
                if (e.getType().isSubtypeOf(PyTypes.ATTRIBUTE_ERROR)) {
                    Object getattr = lookupInType(type, "__getattr__");
                    if (getattr != null) {
                        return call(o, getattr, node, name);
                    }
                }
                throw e;
            }
        }
        Object v = genericGetAttr(o, name);
        if (v != null) {
            return v;
        }
        Object getattr = lookupInType(type, "__getattr__");
        if (getattr != null) {
            return call(o, getattr, node, name);
        }
        return null;
    }

    /** {@code object.__getattribute__}: null when absent. */
    @TruffleBoundary
    public static Object genericGetAttr(Object o, String name) {
        PyType type = PyTypes.typeOf(o);
        if (name.equals("__class__")) {
            return type;
        }
        Object typeAttr = type.lookup(name);
        if (typeAttr != null && isDataDescriptor(typeAttr)) {
            return bind(typeAttr, o, type);
        }
        if (o instanceof PyObject po) {
            if (name.equals("__dict__") && !slotsOnly(type)) {
                return po.liveDict();
            }
            Object v = po.getAttribute(name);
            if (v != null) {
                return v;
            }
        } else if (o instanceof PyBaseException e) {
            Object v = PyObjects.exceptionAttr(e, name);
            if (v != null) {
                return v;
            }
        }
        if (typeAttr != null) {
            return bind(typeAttr, o, type);
        }
        if (o instanceof PyObject po && PyObject.hasNative(po)) {
            // .real/.imag/.numerator/.denominator of an int, float or complex subclass instance
            Object v = PyObject.unwrap(po);
            if ((PyNumber.isNumber(v) || v instanceof PyComplex) && BuiltinTypeOps.numberAttr(v, name) instanceof Object r) {
                return r;
            }
        }
        return null;
    }

    @TruffleBoundary
    public static void setInstanceAttr(Object o, String name, Object value, Node node) {
        PyType type = PyTypes.typeOf(o);
        Object setattr = lookupInType(type, "__setattr__");
        if (setattr != null) {
            call(o, setattr, node, name, value);
            return;
        }
        genericSetAttr(o, name, value, node);
    }

    /** {@code object.__setattr__}. */
    @TruffleBoundary
    public static void genericSetAttr(Object o, String name, Object value, Node node) {
        PyType type = PyTypes.typeOf(o);
        if (name.equals("__dict__") && o instanceof PyObject po) {
            if (!(value instanceof PyDict d)) {
                throw PyErrors.typeError(node, "__dict__ must be set to a dictionary, not a '%s'", PyObjects.typeName(value));
            }
            po.replaceDict(d);
            return;
        }
        Object typeAttr = type.lookup(name);
        if (typeAttr != null && setThroughDescriptor(typeAttr, o, value, name, type, node)) {
            return;
        }
        if (name.equals("__class__")) {
            if (!(value instanceof PyType t)) {
                throw PyErrors.typeError(node, "__class__ must be set to a class, not '%s' object", PyObjects.typeName(value));
            }
            PyClasses.checkClassAssignment(type, t, node);
            if (o instanceof PyObject po) {
                po.setPyType(t);
                return;
            }
            throw PyErrors.typeError(node, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (o instanceof PyObject po) {
            checkSlots(type, name, node);
            po.setAttribute(name, value);
        } else if (o instanceof PyBaseException e) {
            PyObjects.setExceptionAttr(e, name, value, node);
        } else {
            throw PyErrors.attributeError(node, "'%s' object has no attribute '%s'", type.getName(), name);
        }
    }

    /**
     * Stores {@code o.name = value} through {@code d}, found on {@code type}, when it is a data descriptor (a
     * property, or an object whose class defines {@code __set__}); false when it is not one.
     */
    @TruffleBoundary
    public static boolean setThroughDescriptor(Object d, Object o, Object value, String name, PyType type, Node node) {
        if (d instanceof Property p) {
            if (p.fset == null || p.fset instanceof PyNone) {
                throw PyErrors.attributeError(node, "property '%s' of '%s' object has no setter", name, type.getName());
            }
            PyCalls.call(p.fset, new Object[]{o, value}, null, node);
            return true;
        } else if (d instanceof PyObject po) {
            Object set = lookupInType(po.getPyType(), "__set__");
            if (set != null) {
                call(po, set, node, o, value);
                return true;
            }
        }
        return false;
    }

    /** Whether instances have no {@code __dict__}: {@code __slots__} on every user class of the MRO, none of them {@code __dict__}. */
    public static boolean slotsOnly(PyType type) {
        boolean restricted = false;
        for (PyType t : type.getMro()) {
            if (t.isBuiltin()) {
                continue;
            }
            if (t.slots == null || t.slots.contains("__dict__")) {
                return false;
            }
            restricted = true;
        }
        return restricted;
    }

    /** With {@code __slots__} on every user class of the MRO and no {@code __dict__} slot, only slot names may be set. */
    private static void checkSlots(PyType type, String name, Node node) {
        boolean restricted = false;
        for (PyType t : type.getMro()) {
            if (t.isBuiltin()) {
                continue;
            }
            if (t.slots == null || t.slots.contains("__dict__")) {
                return;
            }
            restricted = true;
            if (t.slots.contains(name)) {
                return;
            }
        }
        if (restricted) {
            throw PyErrors.attributeError(node, "'%s' object has no attribute '%s'", type.getName(), name);
        }
    }

    @TruffleBoundary
    public static void delInstanceAttr(Object o, String name, Node node) {
        PyType type = PyTypes.typeOf(o);
        Object delattr = lookupInType(type, "__delattr__");
        if (delattr != null) {
            call(o, delattr, node, name);
            return;
        }
        genericDelAttr(o, name, node);
    }

    /** {@code object.__delattr__}. */
    @TruffleBoundary
    public static void genericDelAttr(Object o, String name, Node node) {
        PyType type = PyTypes.typeOf(o);
        if (name.equals("__class__")) {
            throw PyErrors.typeError(node, "can't delete __class__ attribute");
        }
        Object typeAttr = type.lookup(name);
        if (typeAttr instanceof Property p) {
            if (p.fdel == null || p.fdel instanceof PyNone) {
                throw PyErrors.attributeError(node, "property '%s' of '%s' object has no deleter", name, type.getName());
            }
            PyCalls.call(p.fdel, new Object[]{o}, null, node);
            return;
        } else if (typeAttr instanceof PyObject d) {
            Object del = lookupInType(d.getPyType(), "__delete__");
            if (del != null) {
                call(d, del, node, o);
                return;
            }
        }
        if (o instanceof PyObject po && po.removeAttribute(name)) {
            return;
        }
        if (o instanceof PyBaseException e && e.attributes != null && e.attributes.remove(name) != null) {
            return;
        }
        throw PyObjects.attributeError(o, name, node);
    }

    /** Attribute lookup on a user-defined class object: the MRO, with classmethods bound to the class. */
    @TruffleBoundary
    public static Object getTypeAttr(PyType t, String name) {
        Object metaAttr = null;
        if (t.metaclass != null && !t.metaclass.isBuiltin()) {
            metaAttr = lookupInType(t.metaclass, name);
            if (metaAttr != null && isDataDescriptor(metaAttr)) {
                return bind(metaAttr, t, t.metaclass);
            }
        }
        Object v = t.lookup(name);
        if (v == null) {
            return metaAttr == null ? null : bind(metaAttr, t, t.metaclass);
        }
        if (v instanceof ClassMethod c) {
            return new PyBoundMethod(t, c.function);
        } else if (v instanceof StaticMethod s) {
            return s.function;
        } else if (v instanceof PyObject d) {
            Object get = lookupInType(d.getPyType(), "__get__");
            if (get != null) {
                return call(d, get, null, PyNone.NONE, t);
            }
        }
        return v;
    }

    /**
     * A binary operator on at least one user object: {@code a.__op__(b)}, then {@code b.__rop__(a)}
     * (first when b's type is a subclass of a's that overrides it); null when neither applies.
     */
    @TruffleBoundary
    public static Object binary(Object a, Object b, String name, String rname, Node node) {
        PyType ta = PyTypes.typeOf(a), tb = PyTypes.typeOf(b);
        Object fa = lookup(a, name);
        Object fb = ta == tb ? null : lookup(b, rname);
        if (fb != null && tb.isSubtypeOf(ta) && fb != lookupInType(ta, rname)) {
            Object r = call(b, fb, node, a);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            Object r = call(a, fa, node, b);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            Object r = call(b, fb, node, a);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    /** {@link #binary} after the left operand's method returned NotImplemented (the reflected-first case excluded). */
    @TruffleBoundary
    public static Object binaryReflected(Object a, Object b, String rname, Node node) {
        Object fb = PyTypes.typeOf(a) == PyTypes.typeOf(b) ? null : lookup(b, rname);
        if (fb != null) {
            Object r = call(b, fb, node, a);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    /** Rich comparison with user objects; null when neither side implements it. */
    @TruffleBoundary
    public static Object richCompare(Object a, Object b, String name, String reflected, Node node) {
        PyType ta = PyTypes.typeOf(a), tb = PyTypes.typeOf(b);
        if (name.equals("__ne__")) {
            // object.__ne__ inverts the result of __eq__, so a class with only __eq__ answers != itself
            boolean bFirst = ta != tb && tb.isSubtypeOf(ta);
            Object r;
            if (bFirst && (r = callNe(b, a, node)) != null && r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            if ((r = callNe(a, b, node)) != null && r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            if (!bFirst && (r = callNe(b, a, node)) != null && r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            return null;
        }
        Object fb = lookup(b, reflected);
        if (fb != null && ta != tb && tb.isSubtypeOf(ta)) {
            Object r = call(b, fb, node, a);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        Object fa = lookup(a, name);
        if (fa != null) {
            Object r = call(a, fa, node, b);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            Object r = call(b, fb, node, a);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    /** {@code self.__ne__(other)}: the user's method, or the inverse of the user's {@code __eq__}; null if neither. */
    private static Object callNe(Object self, Object other, Node node) {
        Object ne = lookup(self, "__ne__");
        if (ne != null) {
            return call(self, ne, node, other);
        }
        Object eq = lookup(self, "__eq__");
        if (eq == null || PyObject.hasNative(self)) {
            return null; // a subclass of a built-in type inherits that type's __ne__
        }
        Object r = call(self, eq, node, other);
        return r == PySingleton.NOT_IMPLEMENTED ? r : (Object) !PyObjects.isTrue(r);
    }

    /** An iterator over a user object that defines {@code __next__}. */
    public static final class UserIterator extends PyIterators.PyIterator {
        public final Object obj;
        private final Object next;

        public UserIterator(Object obj, Object next) {
            this.obj = obj;
            this.next = next;
        }

        @Override
        public Object next() {
            try {
                return call(obj, next, null);
            } catch (PyException e) {
                if (e.getType().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public PyType getPyType() {
            return PyTypes.typeOf(obj);
        }
    }

    /** The old sequence protocol: {@code __getitem__(0)}, {@code (1)}, ... until IndexError. */
    public static final class GetItemIterator extends PyIterators.PyIterator {
        private final Object obj;
        private final Object getitem;
        private long index;

        public GetItemIterator(Object obj, Object getitem) {
            this.obj = obj;
            this.getitem = getitem;
        }

        @Override
        public Object next() {
            try {
                return call(obj, getitem, null, index++);
            } catch (PyException e) {
                if (e.getType().isSubtypeOf(PyTypes.INDEX_ERROR) || e.getType().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                    return null;
                }
                throw e;
            }
        }

        /** CPython's seqiter length hint: what {@code len()} of the sequence leaves; none without {@code __len__}. */
        @Override
        @TruffleBoundary
        public long lengthHint() {
            if (lookup(obj, "__len__") == null) {
                return -1;
            }
            return Math.max(0, PyObjects.len(obj, null) - index);
        }

        @Override
        public PyType getPyType() {
            return PyTypes.ITERATOR;
        }
    }
}
