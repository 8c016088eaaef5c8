package org.bytepy.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Python {@code set} and {@code frozenset}: a hash set keyed by Python equality (keys normalized as
 * {@link PyDict} does). {@code frozen} decides the type and whether it may change.
 */
public final class PySet implements TruffleObject, PyObjectBase {
    private final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();
    private final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    public boolean isFrozen() {
        return frozen;
    }

    @TruffleBoundary
    public void add(Object item) {
        Object k = PyDict.normalize(item);
        map.putIfAbsent(k, item);
    }

    @TruffleBoundary
    public boolean contains(Object item) {
        return map.containsKey(PyDict.normalize(item));
    }

    @TruffleBoundary
    public boolean remove(Object item) {
        return map.remove(PyDict.normalize(item)) != null;
    }

    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
    }

    /** The items in iteration order. */
    @TruffleBoundary
    public Object[] toArray() {
        List<Object> out = new ArrayList<>(map.values());
        return out.toArray();
    }

    @Override
    public PyType getPyType() {
        return frozen ? PyTypes.FROZENSET : PyTypes.SET;
    }
}
