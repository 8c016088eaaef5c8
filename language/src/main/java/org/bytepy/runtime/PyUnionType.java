package org.bytepy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code int | str}: {@code types.UnionType}, usable with isinstance and issubclass. */
public final class PyUnionType extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public static final PyType TYPE = new PyType("UnionType", true, PyTypes.OBJECT);

    public final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType getPyType() {
        return TYPE;
    }

    /** Can be an operand of {@code |} between types: a type, None, a union or a generic alias. */
    public static boolean isUnionable(Object o) {
        return o instanceof PyType || o instanceof PyNone || o instanceof PyUnionType || (o instanceof PyObjectBase b && b.getPyType().getName().equals("GenericAlias"));
    }

    /** {@code a | b}, flattened and without duplicates; a single type stays itself. */
    @TruffleBoundary
    public static Object of(Object a, Object b) {
        List<Object> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) {
            return items.get(0);
        }
        return new PyUnionType(new PyTuple(items.toArray()));
    }

    private static void add(List<Object> items, Object o) {
        if (o instanceof PyUnionType u) {
            for (Object x : u.args.items()) {
                add(items, x);
            }
            return;
        }
        if (o instanceof PyNone) {
            o = PyTypes.NONE_TYPE;
        }
        for (Object x : items) {
            if (x == o) {
                return;
            }
        }
        items.add(o);
    }

    @TruffleBoundary
    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (Object x : args.items()) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(typeRepr(x));
        }
        return sb.toString();
    }

    /** How typing shows a type: {@code int}, {@code None}, {@code mod.Name}. */
    static String typeRepr(Object x) {
        if (x == PyTypes.NONE_TYPE) {
            return "None";
        }
        if (x instanceof PyType t) {
            Object mod = t.isBuiltin() ? "builtins" : t.getDict().get("__module__");
            String q = t.getQualname();
            return "builtins".equals(mod) ? q : mod + "." + q;
        }
        return PyObjects.repr(x);
    }

    @TruffleBoundary
    public boolean equalsUnion(PyUnionType o) {
        if (o.args.size() != args.size()) {
            return false;
        }
        outer: for (Object x : args.items()) {
            for (Object y : o.args.items()) {
                if (x == y) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }
}
