package org.bytepy.modules.io;

import java.util.function.Function;

import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.HiddenKey;

/**
 * Types of native modules that behave like CPython's heap types: their instances are ordinary
 * {@link PyObject}s (so Python code can subclass them, override methods and call {@code super()}),
 * their methods and getters are Java functions in the type's dict, and the Java state of an instance
 * sits under a hidden key of the object (invisible in {@code __dict__}).
 */
public final class Heap {
    private Heap() {
    }

    private static final HiddenKey STATE = new HiddenKey("native state");

    /** A new type {@code module.name} with the given bases. */
    public static PyType type(String module, String name, PyType... bases) {
        PyType t = new PyType(name, false, bases);
        t.getDict().put("__module__", module);
        t.getDict().put("__qualname__", name);
        t.getDict().put("__doc__", PyNone.NONE);
        return t;
    }

    public static PyObject make(PyType type, Object state) {
        PyObject o = new PyObject(type);
        if (state != null) {
            setState(o, state);
        }
        return o;
    }

    /** The Java state of an instance, or null. */
    @TruffleBoundary
    public static Object state(Object self) {
        if (self instanceof PyObject po) {
            return DynamicObjectLibrary.getUncached().getOrDefault(po, STATE, null);
        }
        return null;
    }

    @TruffleBoundary
    public static void setState(PyObject o, Object state) {
        DynamicObjectLibrary.getUncached().put(o, STATE, state);
    }

    public static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.getDict().put(name, new PyBuiltinFunction(name, null, body));
    }

    /** A read-only attribute computed from the instance. */
    public static void getter(PyType t, String name, Function<Object, Object> get) {
        PyBuiltinFunction fget = new PyBuiltinFunction(name, null, (args, kw) -> get.apply(args[0]));
        t.getDict().put(name, new PyDescriptors.Property(fget, PyNone.NONE, PyNone.NONE, PyNone.NONE));
    }

    /** A read-write attribute. */
    public static void property(PyType t, String name, Function<Object, Object> get, java.util.function.BiConsumer<Object, Object> set) {
        PyBuiltinFunction fget = new PyBuiltinFunction(name, null, (args, kw) -> get.apply(args[0]));
        PyBuiltinFunction fset = new PyBuiltinFunction(name, null, (args, kw) -> {
            set.accept(args[0], args[1]);
            return PyNone.NONE;
        });
        t.getDict().put(name, new PyDescriptors.Property(fget, fset, PyNone.NONE, PyNone.NONE));
    }
}
