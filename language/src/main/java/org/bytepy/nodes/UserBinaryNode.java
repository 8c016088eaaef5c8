package org.bytepy.nodes;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PySpecial;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * A binary operator whose left operand is an instance of a user class defining the operator's method
 * ({@code v - w} with {@code Vector.__sub__}): the method is called directly (a {@link DirectCallNode},
 * so Graal can inline it), cached per pair of operand types while both types keep their attributes.
 * The reflected method comes first when CPython's rule says so (the right operand's type is a subclass
 * overriding it); those pairs, and everything else, take the generic path.
 */
@GenerateInline(false)
public abstract class UserBinaryNode extends Node {
    public static final int ADD = 0, SUB = 1, MUL = 2, TRUEDIV = 3, FLOORDIV = 4, MOD = 5, POW = 6, LSHIFT = 7, RSHIFT = 8, AND = 9, OR = 10, XOR = 11, MATMUL = 12;
    private static final String[] NAMES = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"};
    private static final String[] SYMBOLS = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};

    final int op;

    UserBinaryNode(int op) {
        this.op = op;
    }

    public static UserBinaryNode create(int op) {
        return UserBinaryNodeGen.create(op);
    }

    public abstract Object execute(Object a, Object b);

    @Specialization(guards = {"a.getPyType() == cachedA", "a.nativeValue == null", "typeOf(b) == cachedB", "fn != null"}, assumptions = {"stableA", "stableB"}, limit = "3")
    Object doCached(PyObject a, Object b,
                    @Cached("a.getPyType()") PyType cachedA,
                    @Cached("typeOf(b)") PyType cachedB,
                    @Cached("cachedA.getAttributesStable()") Assumption stableA,
                    @Cached("cachedB.getAttributesStable()") Assumption stableB,
                    @Cached("leftMethod(cachedA, cachedB)") PyFunction fn,
                    @Cached("callFor(fn)") DirectCallNode call) {
        Object r = PyRootNode.callCounted(call, new Object[]{fn, a, b}, this);
        if (r == PySingleton.NOT_IMPLEMENTED) {
            return afterLeft(op, a, b, this);
        }
        return r;
    }

    /** Other operands, and pairs beyond the cache (which stays in use for the pairs it holds). */
    @Specialization
    Object doGeneric(Object a, Object b) {
        return generic(op, a, b, this);
    }

    static PyType typeOf(Object o) {
        return PyTypes.typeOf(o);
    }

    /**
     * The left operand's method when calling it first is right and it is a plain Python function of
     * two parameters; null otherwise.
     */
    @TruffleBoundary
    final PyFunction leftMethod(PyType a, PyType b) {
        String name = "__" + NAMES[op] + "__";
        String rname = "__r" + NAMES[op] + "__";
        if (a.isBuiltin() || (a.metaclass != null && !a.metaclass.isBuiltin())) {
            return null;
        }
        if (!(PySpecial.lookupInType(a, name) instanceof PyFunction f)) {
            return null;
        }
        PyCode code = f.code;
        if (code.argCount != 2 || code.kwOnlyArgCount != 0 || code.hasVarargs || code.hasVarkwargs || code.isGenerator()) {
            return null;
        }
        if (a != b && b.isSubtypeOf(a)) {
            Object fb = PySpecial.lookupInType(b, rname);
            if (fb != null && fb != PySpecial.lookupInType(a, rname)) {
                return null; // the subclass's reflected method comes first
            }
        }
        return f;
    }

    static DirectCallNode callFor(PyFunction f) {
        return f == null ? null : DirectCallNode.create(f.code.getCallTarget());
    }

    @TruffleBoundary
    static Object afterLeft(int op, Object a, Object b, Node node) {
        return PyObjects.binaryDunderAfterLeft(a, b, "__" + NAMES[op] + "__", "__r" + NAMES[op] + "__", SYMBOLS[op], node);
    }

    @TruffleBoundary
    static Object generic(int op, Object a, Object b, Node node) {
        return switch (op) {
            case ADD -> PyNumber.add(a, b, node);
            case SUB -> PyNumber.sub(a, b, node);
            case MUL -> PyNumber.mul(a, b, node);
            case TRUEDIV -> PyNumber.trueDiv(a, b, node);
            case FLOORDIV -> PyNumber.floorDiv(a, b, node);
            case MOD -> PyNumber.mod(a, b, node);
            case POW -> PyNumber.pow(a, b, node);
            case LSHIFT -> PyNumber.lshift(a, b, node);
            case RSHIFT -> PyNumber.rshift(a, b, node);
            case AND -> PyNumber.bitAnd(a, b, node);
            case OR -> PyNumber.bitOr(a, b, node);
            case XOR -> PyNumber.bitXor(a, b, node);
            default -> PyNumber.matMul(a, b, node);
        };
    }
}
