package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.bytepy.BytepyContext;

/**
 * The run-time part of {@code match} (PEP 634), as CPython 3.12's MATCH_SEQUENCE, MATCH_MAPPING,
 * MATCH_KEYS and MATCH_CLASS: each test returns the values the sub-patterns go on to match, or null
 * when the subject does not match.
 */
public final class PyMatch {
    private PyMatch() {
    }

    /** Types whose instances match {@code int(x)} with the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF, inherited). */
    private static final PyType[] MATCH_SELF = {PyTypes.BOOL, PyByteArray.TYPE, PyTypes.BYTES, PyTypes.DICT, PyTypes.FLOAT, PyTypes.FROZENSET, PyTypes.INT, PyTypes.LIST, PyTypes.SET,
                    PyTypes.STR, PyTypes.TUPLE};

    /** {@code isinstance(o, collections.abc.<abc>)} when {@code _collections_abc} has been imported (registered and derived classes). */
    private static boolean isAbcInstance(Object o, String abc, Node node) {
        BytepyContext ctx = BytepyContext.get(node);
        if (!(ctx.getSysModules().get("_collections_abc") instanceof PyModule m)) {
            return false;
        }
        Object cls = m.dict.getStr(abc);
        Object isinstance = ctx.getBuiltins().getStr("isinstance");
        if (cls == null || isinstance == null) {
            return false;
        }
        return PyObjects.isTrue(PyCalls.call(isinstance, new Object[]{o, cls}, null, node));
    }

    private static final int SEQUENCE = 1, MAPPING = 2;
    private static final long TPFLAGS_SEQUENCE = 1L << 5, TPFLAGS_MAPPING = 1L << 6;

    /**
     * Whether instances of {@code o}'s type are sequences or mappings for pattern matching: CPython's
     * Py_TPFLAGS_SEQUENCE/MAPPING, which a class inherits from the first class in its MRO that has one
     * (list, tuple, range, dict, and the ABCs with {@code __abc_tpflags__}: collections.abc.Sequence and
     * Mapping). Classes registered with those ABCs are found with isinstance.
     */
    @TruffleBoundary
    private static int collectionKind(Object o, Node node) {
        PyType t = PyTypes.typeOf(o);
        Object abcs = BytepyContext.get(node).getSysModules().get("_collections_abc");
        Object seqAbc = abcs instanceof PyModule m ? m.dict.getStr("Sequence") : null;
        Object mapAbc = abcs instanceof PyModule m ? m.dict.getStr("Mapping") : null;
        for (PyType c : t.getMro()) {
            if (c == PyTypes.LIST || c == PyTypes.TUPLE || c == PyTypes.RANGE || c == seqAbc) {
                return SEQUENCE;
            } else if (c == PyTypes.DICT || c == mapAbc) {
                return MAPPING;
            } else if (c == PyTypes.STR || c == PyTypes.BYTES || c == PyByteArray.TYPE) {
                return 0;
            } else if (!c.isBuiltin()) {
                Object flags = c.getDict().get("__abc_tpflags__");
                if (flags instanceof Long f && (f & TPFLAGS_SEQUENCE) != 0) {
                    return SEQUENCE;
                } else if (flags instanceof Long f && (f & TPFLAGS_MAPPING) != 0) {
                    return MAPPING;
                }
            }
        }
        if (t.isBuiltin() && (o instanceof PyNone || o instanceof Long || o instanceof Double || o instanceof Boolean || t == PyTypes.SET || t == PyTypes.FROZENSET)) {
            return 0;
        }
        if (isAbcInstance(o, "Sequence", node)) {
            return SEQUENCE;
        }
        return isAbcInstance(o, "Mapping", node) ? MAPPING : 0;
    }

    /** A sequence for pattern matching: list, tuple, range and collections.abc.Sequence, but not str, bytes or bytearray. */
    public static boolean isSequence(Object o, Node node) {
        return collectionKind(o, node) == SEQUENCE;
    }

    /** A mapping for pattern matching: dict and collections.abc.Mapping. */
    public static boolean isMapping(Object o, Node node) {
        return collectionKind(o, node) == MAPPING;
    }

    /**
     * {@code [p0, p1, *rest, pn]}: {@code count} sub-patterns, the one at {@code star} (or -1) a star
     * pattern. The items, with the star part as a list (None for {@code *_}), or null.
     */
    @TruffleBoundary
    public static Object[] sequence(Object subject, int count, int star, boolean starWildcard, Node node) {
        if (!isSequence(subject, node)) {
            return null;
        }
        if (count == 1 && starWildcard) {
            return new Object[]{PyNone.NONE}; // [*_]: any sequence, without asking its length
        }
        long n = PyObjects.len(subject, node);
        if (n == 0 && count == 0) {
            return new Object[0];
        }
        if (star < 0 ? n != count : n < count - 1) {
            return null;
        }
        if (starWildcard) {
            // [a, *_, b]: the items around the star by index, without going through the rest (as CPython)
            Object[] out = new Object[count];
            out[star] = PyNone.NONE;
            for (int i = 0; i < star; i++) {
                out[i] = PyObjects.getItem(subject, (long) i, node);
            }
            for (int i = star + 1; i < count; i++) {
                out[i] = PyObjects.getItem(subject, n - (count - i), node);
            }
            return out;
        }
        Object[] items = subject instanceof PyTuple tu ? tu.items() : PyObjects.toArray(subject, node);
        if (star < 0) {
            return items.length == count ? items : null;
        }
        int before = star;
        int after = count - star - 1;
        if (items.length < before + after) {
            return null;
        }
        Object[] out = new Object[count];
        System.arraycopy(items, 0, out, 0, before);
        out[before] = new PyList(java.util.Arrays.copyOfRange(items, before, items.length - after));
        System.arraycopy(items, items.length - after, out, before + 1, after);
        return out;
    }

    /**
     * {@code {k0: p0, ..., **rest}}: the values of the keys (looked up with the subject's {@code get}),
     * then with {@code rest} a dict of the other items; or null.
     */
    @TruffleBoundary
    public static Object[] mapping(Object subject, Object[] keys, boolean rest, Node node) {
        if (!isMapping(subject, node)) {
            return null;
        }
        if (keys.length > 0 && PyObjects.len(subject, node) < keys.length) {
            return null;
        }
        Object[] out = new Object[keys.length + (rest ? 1 : 0)];
        if (keys.length > 0) {
            PyDict seen = new PyDict();
            Object get = PyObjects.getAttr(subject, "get", node);
            Object dummy = new PyObject(PyTypes.OBJECT);
            for (int i = 0; i < keys.length; i++) {
                if (PyObjects.contains(seen, keys[i], node)) {
                    throw PyErrors.valueError(node, "mapping pattern checks duplicate key (%s)", PyObjects.repr(keys[i]));
                }
                PyObjects.setItem(seen, keys[i], PyNone.NONE, node);
                Object v = PyCalls.call(get, new Object[]{keys[i], dummy}, null, node);
                if (v == dummy) {
                    return null;
                }
                out[i] = v;
            }
        }
        if (rest) {
            Object copy = PyCalls.call(PyTypes.DICT, new Object[]{subject}, null, node);
            for (Object k : keys) {
                PyObjects.delItem(copy, k, node);
            }
            out[keys.length] = copy;
        }
        return out;
    }

    /**
     * {@code Cls(p0, p1, kw=p2)}: the attributes named by {@code __match_args__} for the {@code positional}
     * sub-patterns, then the keyword attributes; or null.
     */
    @TruffleBoundary
    public static Object[] classPattern(Object subject, Object cls, int positional, String[] keywords, Node node) {
        if (!(cls instanceof PyType type)) {
            throw PyErrors.typeError(node, "called match pattern must be a class");
        }
        Object isinstance = BytepyContext.get(node).getBuiltins().getStr("isinstance");
        if (!PyObjects.isTrue(PyCalls.call(isinstance, new Object[]{subject, cls}, null, node))) {
            return null;
        }
        Object[] out = new Object[positional + keywords.length];
        java.util.List<String> seen = new java.util.ArrayList<>();
        if (positional > 0) {
            Object matchArgs = PyObjects.lookupAttr(type, "__match_args__");
            boolean matchSelf = false;
            Object[] names;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple mt)) {
                    throw PyErrors.typeError(node, "%s.__match_args__ must be a tuple (got %s)", type.getName(), PyObjects.typeName(matchArgs));
                }
                names = mt.items();
            } else {
                names = new Object[0];
                for (PyType t : MATCH_SELF) {
                    if (type.isSubtypeOf(t)) {
                        matchSelf = true;
                        break;
                    }
                }
            }
            int allowed = matchSelf ? 1 : names.length;
            if (allowed < positional) {
                throw PyErrors.typeError(node, "%s() accepts %d positional sub-pattern%s (%d given)", type.getName(), allowed, allowed == 1 ? "" : "s", positional);
            }
            if (matchSelf) {
                out[0] = subject;
            } else {
                for (int i = 0; i < positional; i++) {
                    if (!(names[i] instanceof String name)) {
                        throw PyErrors.typeError(node, "__match_args__ elements must be strings (got %s)", PyObjects.typeName(names[i]));
                    }
                    Object v = attribute(subject, type, name, seen, node);
                    if (v == null) {
                        return null;
                    }
                    out[i] = v;
                }
            }
        }
        for (int i = 0; i < keywords.length; i++) {
            Object v = attribute(subject, type, keywords[i], seen, node);
            if (v == null) {
                return null;
            }
            out[positional + i] = v;
        }
        return out;
    }

    private static Object attribute(Object subject, PyType type, String name, java.util.List<String> seen, Node node) {
        if (seen.contains(name)) {
            throw PyErrors.typeError(node, "%s() got multiple sub-patterns for attribute %s", type.getName(), PyObjects.repr(name));
        }
        seen.add(name);
        try {
            return PyObjects.getAttr(subject, name, node);
        } catch (PyException e) {
            if (e.getType().isSubtypeOf(PyTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }
}
