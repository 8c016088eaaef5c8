package org.bytepy.runtime;

import java.lang.invoke.MethodHandles;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a user-defined class: its attributes live in the object's shape (Truffle's
 * {@link DynamicObject}), so instances of one class with the same attributes share a layout.
 */
public final class PyObject extends DynamicObject implements PyObjectBase {
    public static final Shape ROOT_SHAPE = Shape.newBuilder().layout(PyObject.class, MethodHandles.lookup()).build();

    private PyType type;
    /** For instances of subclasses of int/str/float/tuple/bytes/list/dict/set: the built-in value they carry. */
    public Object nativeValue;
    /** The Java state of an instance of a type implemented in Java but dispatched like a user class (e.g. mappingproxy). */
    public Object hidden;

    public PyObject(PyType type) {
        super(ROOT_SHAPE);
        this.type = type;
    }

    /** The built-in value of an instance of a subclass of a built-in type, else {@code o} itself. */
    public static Object unwrap(Object o) {
        return o instanceof PyObject po && po.nativeValue != null ? po.nativeValue : o;
    }

    public static boolean hasNative(Object o) {
        return o instanceof PyObject po && po.nativeValue != null;
    }

    @Override
    public PyType getPyType() {
        return type;
    }

    public void setPyType(PyType type) {
        this.type = type;
    }

    @TruffleBoundary
    public Object getAttribute(String name) {
        return DynamicObjectLibrary.getUncached().getOrDefault(this, name, null);
    }

    @TruffleBoundary
    public void setAttribute(String name, Object value) {
        DynamicObjectLibrary.getUncached().put(this, name, value);
    }

    @TruffleBoundary
    public boolean removeAttribute(String name) {
        return DynamicObjectLibrary.getUncached().removeKey(this, name);
    }

    /** The instance attributes as a new dict ({@code __dict__}, read-only snapshot). */
    @TruffleBoundary
    public PyDict attributes() {
        PyDict d = new PyDict();
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (Object k : lib.getKeyArray(this)) {
            d.put(k, lib.getOrDefault(this, k, null));
        }
        return d;
    }
}
