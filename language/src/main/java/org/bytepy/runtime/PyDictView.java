package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code dict_keys}, {@code dict_values} and {@code dict_items}: live views of a dict. */
public final class PyDictView extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public enum Kind {
        KEYS, VALUES, ITEMS
    }

    public static final PyType KEYS_TYPE = new PyType("dict_keys", true, PyTypes.OBJECT);
    public static final PyType VALUES_TYPE = new PyType("dict_values", true, PyTypes.OBJECT);
    public static final PyType ITEMS_TYPE = new PyType("dict_items", true, PyTypes.OBJECT);
    public static final PyType KEY_ITERATOR = PyTypes.DICT_KEY_ITERATOR;
    public static final PyType VALUE_ITERATOR = new PyType("dict_valueiterator", true, PyTypes.OBJECT);
    public static final PyType ITEM_ITERATOR = new PyType("dict_itemiterator", true, PyTypes.OBJECT);
    public static final PyType SET_ITERATOR = new PyType("set_iterator", true, PyTypes.OBJECT);

    public final PyDict dict;
    public final Kind kind;

    public PyDictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public boolean isSetLike() {
        return kind != Kind.VALUES;
    }

    @Override
    public PyType getPyType() {
        return kind == Kind.KEYS ? KEYS_TYPE : kind == Kind.VALUES ? VALUES_TYPE : ITEMS_TYPE;
    }

    @TruffleBoundary
    public Object[] toArray() {
        Object[] out = new Object[dict.size()];
        int i = 0;
        for (PyDict.Entry e : dict.entries()) {
            out[i++] = project(e);
        }
        return out;
    }

    Object project(PyDict.Entry e) {
        return switch (kind) {
            case KEYS -> e.key;
            case VALUES -> e.value;
            case ITEMS -> PyTuple.of(e.key, e.value);
        };
    }

    @TruffleBoundary
    public boolean contains(Object item) {
        switch (kind) {
            case KEYS:
                return dict.containsKey(item);
            case ITEMS:
                if (!(item instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                PyDict.Entry e = dict.getEntry(t.get(0));
                return e != null && PyObjects.isOrEq(e.value, t.get(1));
            default:
                for (Object v : dict.values()) {
                    if (PyObjects.isOrEq(v, item)) {
                        return true;
                    }
                }
                return false;
        }
    }

    @TruffleBoundary
    public String repr() {
        StringBuilder sb = new StringBuilder(getPyType().getName()).append("([");
        Object[] items = toArray();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyObjects.repr(items[i]));
        }
        return sb.append("])").toString();
    }

    /** An iterator over the dict that fails when the dict changes size during iteration. */
    @TruffleBoundary
    public static PyIterators.PyIterator iterator(PyDict d, Kind kind) {
        PyDict.Entry[] entries = d.entries().toArray(new PyDict.Entry[0]);
        int size = d.size();
        int version = d.keysVersion;
        PyType type = kind == Kind.KEYS ? KEY_ITERATOR : kind == Kind.VALUES ? VALUE_ITERATOR : ITEM_ITERATOR;
        int[] index = {0};
        boolean[] failed = {false};
        PyDictView view = new PyDictView(d, kind);
        return new PyIterators.FunctionIterator(type, () -> {
            if (failed[0]) {
                return null;
            }
            if (d.size() != size) {
                failed[0] = true;
                throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "dictionary changed size during iteration", null);
            }
            if (d.keysVersion != version && index[0] < entries.length) {
                failed[0] = true;
                throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "dictionary keys changed during iteration", null);
            }
            if (index[0] >= entries.length) {
                return null;
            }
            return view.project(entries[index[0]++]);
        }, () -> failed[0] || d.size() != size ? 0 : entries.length - index[0]);
    }
}
