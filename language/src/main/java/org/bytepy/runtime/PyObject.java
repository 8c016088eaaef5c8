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

    /**
     * The instance's {@code __dict__} once Python code asked for it: from then on the attributes live
     * in this dict (so writes through {@code obj.__dict__} are seen), and the shape holds none.
     */
    public PyDict instanceDict;

    @TruffleBoundary
    public Object getAttribute(String name) {
        if (instanceDict != null) {
            return instanceDict.getStr(name);
        }
        return DynamicObjectLibrary.getUncached().getOrDefault(this, name, null);
    }

    @TruffleBoundary
    public void setAttribute(String name, Object value) {
        if (instanceDict != null) {
            instanceDict.put(name, value);
            return;
        }
        DynamicObjectLibrary.getUncached().put(this, name, value);
    }

    @TruffleBoundary
    public boolean removeAttribute(String name) {
        if (instanceDict != null) {
            return instanceDict.remove(name) != null;
        }
        return DynamicObjectLibrary.getUncached().removeKey(this, name);
    }

    /** {@code obj.__dict__}: switches the instance to dict storage (once) and returns the live dict. */
    @TruffleBoundary
    public PyDict liveDict() {
        if (instanceDict == null) {
            PyDict d = new PyDict();
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            for (Object k : lib.getKeyArray(this)) {
                d.put(k, lib.getOrDefault(this, k, null));
            }
            for (Object k : lib.getKeyArray(this)) {
                lib.removeKey(this, k);
            }
            instanceDict = d;
        }
        return instanceDict;
    }

    /** {@code obj.__dict__ = d}. */
    @TruffleBoundary
    public void replaceDict(PyDict d) {
        liveDict();
        instanceDict = d;
    }

    /** The instance attributes as a new dict ({@code __dict__}, read-only snapshot). */
    @TruffleBoundary
    public PyDict attributes() {
        if (instanceDict != null) {
            PyDict copy = new PyDict();
            for (PyDict.Entry e : instanceDict.entries()) {
                copy.put(e.key, e.value);
            }
            return copy;
        }
        PyDict d = new PyDict();
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (Object k : lib.getKeyArray(this)) {
            d.put(k, lib.getOrDefault(this, k, null));
        }
        return d;
    }
}
