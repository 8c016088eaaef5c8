package org.bytepy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * Bodies of the hottest builtins that Graal compiles into their callers ({@link PyBuiltinFunction#fast1},
 * {@link PyBuiltinFunction#fast2}): {@code len(xs)}, {@code abs(x)}, {@code min(a, b)},
 * {@code isinstance(o, C)}, {@code xs.append(v)}, {@code math.sqrt(x)}, .... Each handles the common
 * operand types without a boundary and hands every other case to the builtin's full body, so the
 * semantics are the body's.
 */
public final class FastPaths {
    private FastPaths() {
    }

    /** The builtins module's functions. */
    static void installBuiltins(PyDict d) {
        PyBuiltinFunction len = fn(d, "len");
        len.fast1 = (a, node) -> {
            if (a instanceof PyList l) {
                return (long) l.size();
            } else if (a instanceof PyTuple t) {
                return (long) t.size();
            } else if (a instanceof PyDict m) {
                return (long) m.size();
            }
            return slow1(len, a, node);
        };
        PyBuiltinFunction abs = fn(d, "abs");
        abs.fast1 = (a, node) -> {
            if (a instanceof Long l && l != Long.MIN_VALUE) {
                return Math.abs(l);
            } else if (a instanceof Double x) {
                return Math.abs(x);
            }
            return slow1(abs, a, node);
        };
        PyBuiltinFunction min = fn(d, "min");
        min.fast2 = (a, b, node) -> {
            // min() keeps the first of equal items: b only when b < a
            if (a instanceof Long x && b instanceof Long y) {
                return y < x ? b : a;
            } else if (a instanceof Double x && b instanceof Double y) {
                return y < x ? b : a;
            }
            return slow2(min, a, b, node);
        };
        PyBuiltinFunction max = fn(d, "max");
        max.fast2 = (a, b, node) -> {
            if (a instanceof Long x && b instanceof Long y) {
                return y > x ? b : a;
            } else if (a instanceof Double x && b instanceof Double y) {
                return y > x ? b : a;
            }
            return slow2(max, a, b, node);
        };
        PyBuiltinFunction isinstance = fn(d, "isinstance");
        isinstance.fast2 = (o, cls, node) -> {
            // as CPython, an instance of the class itself (or a subclass) needs no __instancecheck__
            if (cls instanceof PyType t && PyTypes.typeOf(o).isSubtypeOf(t)) {
                return true;
            }
            return slow2(isinstance, o, cls, node);
        };
    }

    /** The list type's methods. */
    static void installList() {
        PyBuiltinFunction append = (PyBuiltinFunction) PyTypes.LIST.getDict().get("append");
        append.fast2 = (self, v, node) -> {
            if (self instanceof PyList l) {
                l.append(v);
                return PyNone.NONE;
            }
            return slow2(append, self, v, node);
        };
    }

    /** A math function of one float whose result needs no domain or range check when finite. */
    static void installMathUnary(PyDict d, String name, java.util.function.DoubleUnaryOperator f) {
        PyBuiltinFunction fn = fn(d, name);
        fn.fast1 = (a, node) -> {
            if (a instanceof Double x) {
                double r = f.applyAsDouble(x);
                if (!Double.isNaN(r) && !Double.isInfinite(r)) {
                    return r;
                }
            }
            return slow1(fn, a, node);
        };
    }

    private static PyBuiltinFunction fn(PyDict d, String name) {
        return (PyBuiltinFunction) d.getStr(name);
    }

    /** The full body, with the call's node as the location of what it raises. */
    @TruffleBoundary
    static Object slow1(PyBuiltinFunction f, Object a, Node node) {
        return call(f, new Object[]{a}, node);
    }

    @TruffleBoundary
    static Object slow2(PyBuiltinFunction f, Object a, Object b, Node node) {
        return call(f, new Object[]{a, b}, node);
    }

    private static Object call(PyBuiltinFunction f, Object[] args, Node node) {
        EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
        Node prev = ref.set(node);
        try {
            return f.body.call(PyCalls.unwrapSelf(f, args), null);
        } finally {
            ref.set(prev);
        }
    }
}
