package org.bytepy.nodes;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.BytecodeRootNode;
import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.GenerateBytecode;
import com.oracle.truffle.api.bytecode.LocalAccessor;
import com.oracle.truffle.api.bytecode.Operation;
import com.oracle.truffle.api.bytecode.ShortCircuitOperation;
import com.oracle.truffle.api.bytecode.ShortCircuitOperation.Operator;
import com.oracle.truffle.api.bytecode.Variadic;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

import org.bytepy.BytepyContext;
import org.bytepy.BytepyLanguage;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyCell;
import org.bytepy.runtime.PyBoundMethod;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyFormat;
import org.bytepy.runtime.PyFunction;
import org.bytepy.runtime.PyGenerator;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyIterators.RangeIterator;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PySet;
import org.bytepy.runtime.PySlice;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;
import org.bytepy.runtime.Tracebacks;

/**
 * The bytepy instruction set: one Bytecode DSL root node per Python code object (module, function,
 * class body, comprehension). Each nested class is one operation; its specializations are the
 * quickened forms the interpreter rewrites itself into as it sees operand types.
 */
@GenerateBytecode(languageClass = BytepyLanguage.class, //
                enableUncachedInterpreter = true, //
                enableBlockScoping = false, //
                enableTagInstrumentation = true, //
                tagTreeNodeLibrary = PyScopeExports.class, //
                enableYield = true, //
                enableSerialization = true, //
                storeBytecodeIndexInFrame = true, //
                boxingEliminationTypes = {long.class, double.class, boolean.class}, //
                defaultLocalValue = "null")
@ShortCircuitOperation(name = "BoolAnd", operator = Operator.AND_RETURN_VALUE, booleanConverter = PyRootNode.IsTrue.class)
@ShortCircuitOperation(name = "BoolOr", operator = Operator.OR_RETURN_VALUE, booleanConverter = PyRootNode.IsTrue.class)
@ShortCircuitOperation(name = "CmpAnd", operator = Operator.AND_RETURN_CONVERTED, booleanConverter = PyRootNode.IsTrue.class)
public abstract class PyRootNode extends RootNode implements BytecodeRootNode {

    /** Not serialized: the bytecode cache sets it on deserialized roots (see imports/BytecodeCache). */
    private transient PyCode code;

    protected PyRootNode(BytepyLanguage language, FrameDescriptor frameDescriptor) {
        super(language, frameDescriptor);
    }

    public PyCode getCode() {
        return code;
    }

    public void setCode(PyCode code) {
        this.code = code;
    }

    @Override
    public String getName() {
        return code == null ? "<unknown>" : code.qualname;
    }

    @Override
    public String toString() {
        return getName();
    }

    @Override
    public boolean isCaptureFramesForTrace(boolean compiledFrame) {
        return false;
    }

    @Override
    public AbstractTruffleException interceptTruffleException(AbstractTruffleException ex, VirtualFrame frame, BytecodeNode bytecodeNode, int bci) {
        if (ex instanceof PyException pe && code != null) {
            Tracebacks.record(pe, code, bytecodeNode, bci, frame.materialize());
        }
        return ex;
    }

    @Override
    public Throwable interceptInternalException(Throwable t, VirtualFrame frame, BytecodeNode bytecodeNode, int bci) {
        if (t instanceof StackOverflowError soe) {
            CompilerDirectives.transferToInterpreter();
            return org.bytepy.runtime.PyThreadState.recursionError(bytecodeNode, org.bytepy.runtime.PyThreadState.overflowContext(soe));
        }
        if (t instanceof OutOfMemoryError) {
            // The allocation that failed is gone: there is room again for the exception object.
            CompilerDirectives.transferToInterpreter();
            return org.bytepy.runtime.PyErrors.raise(PyTypes.MEMORY_ERROR, null, bytecodeNode);
        }
        return t;
    }

    // ================================================================== conversions

    /** Python truth value of any object. */
    @Operation
    public static final class IsTrue {
        @Specialization
        static boolean doBoolean(boolean b) {
            return b;
        }

        @Specialization
        static boolean doLong(long l) {
            return l != 0;
        }

        @Specialization
        static boolean doDouble(double d) {
            return d != 0;
        }

        @Specialization
        static boolean doString(String s) {
            return !s.isEmpty();
        }

        @Specialization
        static boolean doList(PyList l) {
            return l.size() != 0;
        }

        @Specialization
        static boolean doNone(@SuppressWarnings("unused") PyNone n) {
            return false;
        }

        @Fallback
        static boolean doGeneric(Object o) {
            return PyObjects.isTrue(o);
        }
    }

    @Operation
    public static final class Not {
        @Specialization
        static boolean doBoolean(boolean b) {
            return !b;
        }

        @Specialization
        static boolean doLong(long l) {
            return l == 0;
        }

        @Fallback
        static boolean doGeneric(Object o) {
            return !PyObjects.isTrue(o);
        }
    }

    // ================================================================== arithmetic

    @Operation
    public static final class Add {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a + b;
        }

        @Specialization
        static double doLongDouble(long a, double b) {
            return a + b;
        }

        @Specialization
        static double doDoubleLong(double a, long b) {
            return a + b;
        }

        @Specialization
        @TruffleBoundary
        static String doString(String a, String b) {
            return a.concat(b);
        }

        static final int USER_OP = UserBinaryNode.ADD;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.add(a, b, node);
        }
    }

    /** {@code +=}: like Add, except that a list is extended in place. */
    @Operation
    public static final class InplaceAdd {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a + b;
        }

        @Specialization
        @TruffleBoundary
        static String doString(String a, String b) {
            return a.concat(b);
        }

        @Specialization
        static Object doList(PyList a, Object b, @Bind Node node) {
            extend(a, b, node);
            return a;
        }

        @TruffleBoundary
        static void extend(PyList a, Object b, Node node) {
            for (Object x : PyObjects.toArray(b, node)) {
                a.append(x);
            }
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.inplace(0, a, b, node);
        }
    }

    @Operation
    public static final class Sub {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.subtractExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a - b;
        }

        @Specialization
        static double doLongDouble(long a, double b) {
            return a - b;
        }

        @Specialization
        static double doDoubleLong(double a, long b) {
            return a - b;
        }

        static final int USER_OP = UserBinaryNode.SUB;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.sub(a, b, node);
        }
    }

    @Operation
    public static final class Mul {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.multiplyExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a * b;
        }

        @Specialization
        static double doLongDouble(long a, double b) {
            return a * b;
        }

        @Specialization
        static double doDoubleLong(double a, long b) {
            return a * b;
        }

        static final int USER_OP = UserBinaryNode.MUL;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.mul(a, b, node);
        }
    }

    @Operation
    public static final class TrueDiv {
        @Specialization(guards = "nonZero(b)")
        static double doDouble(double a, double b) {
            return a / b;
        }

        static boolean nonZero(double d) {
            return d != 0;
        }

        @Specialization(guards = {"b != 0", "fitsDouble(a)", "fitsDouble(b)"})
        static double doLong(long a, long b) {
            return (double) a / (double) b;
        }

        static boolean fitsDouble(long v) {
            return v > -(1L << 53) && v < (1L << 53);
        }

        static final int USER_OP = UserBinaryNode.TRUEDIV;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.trueDiv(a, b, node);
        }
    }

    @Operation
    public static final class FloorDiv {
        @Specialization(guards = {"b > 0"})
        static long doLong(long a, long b) {
            return Math.floorDiv(a, b);
        }

        static final int USER_OP = UserBinaryNode.FLOORDIV;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.floorDiv(a, b, node);
        }
    }

    @Operation
    public static final class Mod {
        @Specialization(guards = {"b > 0"})
        static long doLong(long a, long b) {
            return Math.floorMod(a, b);
        }

        @Specialization(guards = {"positive(b)", "nonNegative(a)"})
        static double doDouble(double a, double b) {
            return a % b;
        }

        static boolean positive(double d) {
            return d > 0;
        }

        static boolean nonNegative(double d) {
            return d >= 0;
        }

        static final int USER_OP = UserBinaryNode.MOD;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.mod(a, b, node);
        }
    }

    @Operation
    public static final class Pow {
        @Specialization
        static double doDouble(double a, double b, @Bind Node node) {
            if (a > 0 && !Double.isInfinite(b)) {
                double r = Math.pow(a, b);
                if (!Double.isInfinite(r)) {
                    return r;
                }
            }
            return PyNumber.floatPow(a, b, node);
        }

        static final int USER_OP = UserBinaryNode.POW;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.pow(a, b, node);
        }
    }

    @Operation
    public static final class LShift {
        @Specialization
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.lshift(a, b, node);
        }
    }

    @Operation
    public static final class RShift {
        @Specialization(guards = {"b >= 0", "b < 64"})
        static long doLong(long a, long b) {
            return a >> b;
        }

        static final int USER_OP = UserBinaryNode.RSHIFT;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.rshift(a, b, node);
        }
    }

    @Operation
    public static final class BitAnd {
        @Specialization
        static long doLong(long a, long b) {
            return a & b;
        }

        static final int USER_OP = UserBinaryNode.AND;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.bitAnd(a, b, node);
        }
    }

    @Operation
    public static final class BitOr {
        @Specialization
        static long doLong(long a, long b) {
            return a | b;
        }

        static final int USER_OP = UserBinaryNode.OR;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.bitOr(a, b, node);
        }
    }

    @Operation
    public static final class BitXor {
        @Specialization
        static long doLong(long a, long b) {
            return a ^ b;
        }

        static final int USER_OP = UserBinaryNode.XOR;

        @Specialization(excludeForUncached = true)
        static Object doUser(PyObject a, Object b, @Cached("create(USER_OP)") UserBinaryNode user) {
            return user.execute(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.bitXor(a, b, node);
        }
    }

    @Operation
    public static final class MatMul {
        @Specialization
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumber.matMul(a, b, node);
        }
    }

    @Operation
    public static final class Neg {
        @Specialization(guards = "a != MIN")
        static long doLong(long a) {
            return -a;
        }

        static final long MIN = Long.MIN_VALUE;

        @Specialization
        static double doDouble(double a) {
            return -a;
        }

        @Fallback
        static Object doGeneric(Object a, @Bind Node node) {
            return PyNumber.neg(a, node);
        }
    }

    @Operation
    public static final class Pos {
        @Specialization
        static Object doGeneric(Object a, @Bind Node node) {
            return PyNumber.pos(a, node);
        }
    }

    @Operation
    public static final class Invert {
        @Specialization
        static long doLong(long a) {
            return ~a;
        }

        @Fallback
        static Object doGeneric(Object a, @Bind Node node) {
            return PyNumber.invert(a, node);
        }
    }

    // ================================================================== comparisons

    /** A value whose {@code ==} may be user code (an instance of a user class, a foreign object). */
    static boolean isUserObject(Object o) {
        return org.bytepy.runtime.PySpecial.isUserObject(o) || PyTypes.typeOf(o) == PyTypes.FOREIGN;
    }

    /** A long that converts to double exactly, so that comparing it with a float as doubles is exact. */
    static boolean exactDouble(long a) {
        return a >= -(1L << 53) && a <= (1L << 53);
    }

    @Operation
    @ImportStatic(PyRootNode.class)
    public static final class Eq {
        @Specialization
        static boolean doLong(long a, long b) {
            return a == b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a == b;
        }

        @Specialization(guards = "exactDouble(a)")
        static boolean doLongDouble(long a, double b) {
            return a == b;
        }

        @Specialization(guards = "exactDouble(b)")
        static boolean doDoubleLong(double a, long b) {
            return a == b;
        }

        @Specialization
        static boolean doString(String a, String b) {
            return a.equals(b);
        }

        /** {@code x == None} with a built-in value: identity. */
        @Specialization(guards = "!isUserObject(b)")
        static boolean doNoneLeft(PyNone a, Object b) {
            return b == a;
        }

        @Specialization(guards = "!isUserObject(a)")
        static boolean doNoneRight(Object a, PyNone b) {
            return a == b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjects.richCompareValue(a, b, "==", node);
        }
    }

    @Operation
    @ImportStatic(PyRootNode.class)
    public static final class Ne {
        @Specialization
        static boolean doLong(long a, long b) {
            return a != b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a != b;
        }

        @Specialization(guards = "exactDouble(a)")
        static boolean doLongDouble(long a, double b) {
            return a != b;
        }

        @Specialization(guards = "exactDouble(b)")
        static boolean doDoubleLong(double a, long b) {
            return a != b;
        }

        @Specialization
        static boolean doString(String a, String b) {
            return !a.equals(b);
        }

        @Specialization(guards = "!isUserObject(b)")
        static boolean doNoneLeft(PyNone a, Object b) {
            return b != a;
        }

        @Specialization(guards = "!isUserObject(a)")
        static boolean doNoneRight(Object a, PyNone b) {
            return a != b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjects.richCompareValue(a, b, "!=", node);
        }
    }

    @Operation
    @ImportStatic(PyRootNode.class)
    public static final class Lt {
        @Specialization
        static boolean doLong(long a, long b) {
            return a < b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a < b;
        }

        @Specialization(guards = "exactDouble(a)")
        static boolean doLongDouble(long a, double b) {
            return a < b;
        }

        @Specialization(guards = "exactDouble(b)")
        static boolean doDoubleLong(double a, long b) {
            return a < b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjects.richCompareValue(a, b, "<", node);
        }
    }

    @Operation
    @ImportStatic(PyRootNode.class)
    public static final class Le {
        @Specialization
        static boolean doLong(long a, long b) {
            return a <= b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a <= b;
        }

        @Specialization(guards = "exactDouble(a)")
        static boolean doLongDouble(long a, double b) {
            return a <= b;
        }

        @Specialization(guards = "exactDouble(b)")
        static boolean doDoubleLong(double a, long b) {
            return a <= b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjects.richCompareValue(a, b, "<=", node);
        }
    }

    @Operation
    @ImportStatic(PyRootNode.class)
    public static final class Gt {
        @Specialization
        static boolean doLong(long a, long b) {
            return a > b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a > b;
        }

        @Specialization(guards = "exactDouble(a)")
        static boolean doLongDouble(long a, double b) {
            return a > b;
        }

        @Specialization(guards = "exactDouble(b)")
        static boolean doDoubleLong(double a, long b) {
            return a > b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjects.richCompareValue(a, b, ">", node);
        }
    }

    @Operation
    @ImportStatic(PyRootNode.class)
    public static final class Ge {
        @Specialization
        static boolean doLong(long a, long b) {
            return a >= b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a >= b;
        }

        @Specialization(guards = "exactDouble(a)")
        static boolean doLongDouble(long a, double b) {
            return a >= b;
        }

        @Specialization(guards = "exactDouble(b)")
        static boolean doDoubleLong(double a, long b) {
            return a >= b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjects.richCompareValue(a, b, ">=", node);
        }
    }

    @Operation
    public static final class Is {
        @Specialization
        static boolean doGeneric(Object a, Object b) {
            return isSame(a, b);
        }
    }

    @Operation
    public static final class IsNot {
        @Specialization
        static boolean doGeneric(Object a, Object b) {
            return !isSame(a, b);
        }
    }

    /** Identity as Python sees it: boxed ints, floats and bools of equal value are the same object. */
    public static boolean isSame(Object a, Object b) {
        return PyObjects.is(a, b);
    }

    @Operation
    public static final class In {
        @Specialization
        static boolean doGeneric(Object item, Object container, @Bind Node node) {
            return PyObjects.contains(container, item, node);
        }
    }

    @Operation
    public static final class NotIn {
        @Specialization
        static boolean doGeneric(Object item, Object container, @Bind Node node) {
            return !PyObjects.contains(container, item, node);
        }
    }

    // ================================================================== names

    /** A global (module-level) or builtin name. */
    @Operation
    @ConstantOperand(type = String.class)
    public static final class LoadGlobal {
        /**
         * The entry of the name (in globals, or in builtins when globals lack it) is cached: reading
         * it is a field load. Valid while the globals' keys do not change and the entry stays in its dict.
         */
        @Specialization(guards = {"globalsOf(frame) == cachedGlobals", "entry != null", "!entry.removed"}, assumptions = "keysStable", limit = "2")
        static Object doCached(VirtualFrame frame, String name,
                        @Cached("globalsOf(frame)") PyDict cachedGlobals,
                        @Cached("cachedGlobals.keysStableAssumption()") com.oracle.truffle.api.Assumption keysStable,
                        @Cached("findEntry(cachedGlobals, name, $node)") PyDict.Entry entry) {
            return entry.value;
        }

        @Specialization(replaces = "doCached")
        static Object doLoad(VirtualFrame frame, String name, @Bind Node node) {
            PyFunction fn = (PyFunction) frame.getArguments()[0];
            return lookup(fn.globals, name, node);
        }

        static PyDict globalsOf(VirtualFrame frame) {
            return ((PyFunction) frame.getArguments()[0]).globals;
        }

        @TruffleBoundary
        static PyDict.Entry findEntry(PyDict globals, String name, Node node) {
            PyDict.Entry e = globals.getEntry(name);
            return e != null ? e : BytepyContext.get(node).getBuiltins().getEntry(name);
        }

        @TruffleBoundary
        static Object lookup(PyDict globals, String name, Node node) {
            Object v = globals.getStr(name);
            if (v == null) {
                v = BytepyContext.get(node).getBuiltins().getStr(name);
                if (v == null) {
                    throw PyErrors.nameError(node, name);
                }
            }
            return v;
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class StoreGlobal {
        @Specialization
        static void doStore(VirtualFrame frame, String name, Object value) {
            PyFunction fn = (PyFunction) frame.getArguments()[0];
            fn.globals.put(name, value);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class DeleteGlobal {
        @Specialization
        static void doDelete(VirtualFrame frame, String name, @Bind Node node) {
            PyFunction fn = (PyFunction) frame.getArguments()[0];
            if (fn.globals.remove(name) == null) {
                throw PyErrors.nameError(node, name);
            }
        }
    }

    /** A name in a class body: the class namespace (frame argument 1), then globals, then builtins. */
    @Operation
    @ConstantOperand(type = String.class)
    public static final class LoadClassName {
        @Specialization
        static Object doLoad(VirtualFrame frame, String name, @Bind Node node) {
            Object[] args = frame.getArguments();
            return lookup(args[1], ((PyFunction) args[0]).globals, name, node);
        }

        @TruffleBoundary
        static Object lookup(Object ns, PyDict globals, String name, Node node) {
            Object v = org.bytepy.runtime.PyClasses.getItem(ns, name, node);
            return v != null ? v : LoadGlobal.lookup(globals, name, node);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class StoreClassName {
        @Specialization
        static void doStore(VirtualFrame frame, String name, Object value, @Bind Node node) {
            Object ns = frame.getArguments()[1];
            if (ns instanceof PyDict d) {
                d.put(name, value);
            } else {
                org.bytepy.runtime.PyClasses.setItem(ns, name, value, node);
            }
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class DeleteClassName {
        @Specialization
        static void doDelete(VirtualFrame frame, String name, @Bind Node node) {
            if (!org.bytepy.runtime.PyClasses.delItem(frame.getArguments()[1], name, node)) {
                throw PyErrors.nameError(node, name);
            }
        }
    }

    /**
     * {@code class Name(bases, **kw): body}: runs the body function on a fresh namespace and makes
     * the type from it.
     */
    @Operation
    @ConstantOperand(type = String.class)
    @ConstantOperand(type = String.class)
    public static final class BuildClass {
        @Specialization
        @TruffleBoundary
        static Object doBuild(String name, String qualname, PyFunction body, Object bases, Object kwargs, @Bind Node node) {
            if (org.bytepy.runtime.BuiltinCallProfiling.isActive()) {
                // a profiler sees CPython's call of builtins.__build_class__
                return org.bytepy.runtime.BuiltinCallProfiling.around(org.bytepy.runtime.BuiltinCallProfiling.BUILD_CLASS, () -> build(name, qualname, body, bases, kwargs, node));
            }
            return build(name, qualname, body, bases, kwargs, node);
        }

        private static Object build(String name, String qualname, PyFunction body, Object bases, Object kwargs, Node node) {
            org.bytepy.runtime.PyClasses.Prepared p = org.bytepy.runtime.PyClasses.prepare(name, ((PyTuple) bases).items(), kwargs, node);
            Object ns = p.namespace();
            Object module = body.globals.getStr("__name__");
            org.bytepy.runtime.PyClasses.setItem(ns, "__module__", module == null ? "__main__" : module, node);
            org.bytepy.runtime.PyClasses.setItem(ns, "__qualname__", qualname, node);
            body.code.getCallTarget().call(node, body, ns);
            return org.bytepy.runtime.PyClasses.finish(name, p, node);
        }
    }

    /** Augmented assignment other than {@code +=}: fast paths for numbers, then {@code __iop__}, then the binary operator. */
    @Operation
    @ConstantOperand(type = int.class)
    public static final class InplaceOp {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(int op, long a, long b) {
            switch (op) {
                case OP_SUB:
                    return Math.subtractExact(a, b);
                case OP_MUL:
                    return Math.multiplyExact(a, b);
                case OP_FLOORDIV:
                    if (b > 0) {
                        return Math.floorDiv(a, b);
                    }
                    throw new ArithmeticException();
                case OP_MOD:
                    if (b > 0) {
                        return Math.floorMod(a, b);
                    }
                    throw new ArithmeticException();
                case OP_AND:
                    return a & b;
                case OP_OR:
                    return a | b;
                case OP_XOR:
                    return a ^ b;
                case OP_RSHIFT:
                    if (b >= 0 && b < 64) {
                        return a >> b;
                    }
                    throw new ArithmeticException();
                default:
                    throw new ArithmeticException();
            }
        }

        @Specialization(rewriteOn = ArithmeticException.class)
        static double doDouble(int op, double a, double b) {
            switch (op) {
                case OP_SUB:
                    return a - b;
                case OP_MUL:
                    return a * b;
                case OP_DIV:
                    if (b != 0) {
                        return a / b;
                    }
                    throw new ArithmeticException();
                default:
                    throw new ArithmeticException();
            }
        }

        @Specialization(replaces = {"doLong", "doDouble"})
        static Object doGeneric(int op, Object a, Object b, @Bind Node node) {
            return PyNumber.inplace(op, a, b, node);
        }
    }

    public static final int OP_SUB = 1, OP_MUL = 2, OP_MATMUL = 3, OP_DIV = 4, OP_MOD = 5, OP_POW = 6, OP_LSHIFT = 7, OP_RSHIFT = 8, OP_OR = 9, OP_XOR = 10, OP_AND = 11, OP_FLOORDIV = 12;

    /** {@code locals()} in a function: the bound local variables (cells unwrapped) as a new dict. */
    @Operation
    public static final class Locals {
        @Specialization
        static PyDict doLocals(VirtualFrame frame, @Bind BytecodeNode bytecode, @Bind("$bytecodeIndex") int bci) {
            return collect(frame.materialize(), bytecode, bci);
        }

        /** The bound local variables at {@code bci} (cells unwrapped, temporaries left out); also {@code f_locals} and {@code locals()} of a caller. */
        @TruffleBoundary
        static PyDict collect(com.oracle.truffle.api.frame.MaterializedFrame frame, BytecodeNode bytecode, int bci) {
            return toDict(bytecode.getLocalNames(bci), bytecode.getLocalValues(bci, frame));
        }

        /** Local names and values as a dict: cells unwrapped, unbound ones and temporaries left out. */
        @TruffleBoundary
        public static PyDict toDict(Object[] names, Object[] values) {
            PyDict d = new PyDict();
            for (int i = 0; i < names.length && i < values.length; i++) {
                if (names[i] instanceof String n && !n.startsWith(".") && values[i] != null) {
                    Object v = values[i];
                    if (v instanceof PyCell c) {
                        if (c.value == null) {
                            continue;
                        }
                        v = c.value;
                    }
                    d.put(n, v);
                }
            }
            return d;
        }
    }

    /** The namespace of the running class body ({@code locals()} there). */
    @Operation
    public static final class ClassNamespace {
        @Specialization
        static Object doGet(VirtualFrame frame) {
            return frame.getArguments()[1];
        }
    }

    /**
     * Does nothing; its eight constant operands fill the first slots of a generator's constant pool.
     * Truffle's builder (25.0, {@code BytecodeSupport.ConstantsBuffer}) indexes its first eight
     * constants for de-duplication only when the eighth comes from {@code add}; when a {@code yield}
     * reserves that slot instead, whether later constants are shared depends on the size of a map
     * kept from earlier builds, and a reparse for instrumentation can lay the pool out differently
     * from the first parse (its continuations are then read from the wrong slots). Emitted before a
     * generator's first {@code yield}, with {@link #POOL_PADDING}, distinct objects no other
     * constant equals.
     */
    @Operation
    @ConstantOperand(type = Object.class, name = "p0")
    @ConstantOperand(type = Object.class, name = "p1")
    @ConstantOperand(type = Object.class, name = "p2")
    @ConstantOperand(type = Object.class, name = "p3")
    @ConstantOperand(type = Object.class, name = "p4")
    @ConstantOperand(type = Object.class, name = "p5")
    @ConstantOperand(type = Object.class, name = "p6")
    @ConstantOperand(type = Object.class, name = "p7")
    public static final class PadConstants {
        @Specialization
        @SuppressWarnings("unused")
        static void doNothing(Object p0, Object p1, Object p2, Object p3, Object p4, Object p5, Object p6, Object p7) {
        }
    }

    /** An operand of {@link PadConstants}: equal only to itself. */
    public static final class PoolPad {
        public final int index;

        PoolPad(int index) {
            this.index = index;
        }
    }

    /** The operands of {@link PadConstants}. */
    public static final PoolPad[] POOL_PADDING = {new PoolPad(0), new PoolPad(1), new PoolPad(2), new PoolPad(3), new PoolPad(4), new PoolPad(5), new PoolPad(6), new PoolPad(7)};

    /** Raises UnboundLocalError when a local is read before assignment. */
    @Operation
    @ConstantOperand(type = String.class)
    public static final class CheckLocal {
        @Specialization
        static long doLong(@SuppressWarnings("unused") String name, long v) {
            return v;
        }

        @Specialization
        static double doDouble(@SuppressWarnings("unused") String name, double v) {
            return v;
        }

        @Specialization
        static boolean doBoolean(@SuppressWarnings("unused") String name, boolean v) {
            return v;
        }

        @Specialization
        static Object doObject(String name, Object v, @Bind Node node) {
            if (v == null) {
                throw PyErrors.unboundLocal(node, name);
            }
            return v;
        }
    }

    /** Raises NameError for a name deleted by {@code del} (or never set) in a scope without locals. */
    @Operation
    @ConstantOperand(type = String.class)
    public static final class CheckName {
        @Specialization
        static Object doObject(String name, Object v, @Bind Node node) {
            if (v == null) {
                throw PyErrors.nameError(node, name);
            }
            return v;
        }
    }

    // ================================================================== cells (closures)

    @Operation
    public static final class MakeCell {
        @Specialization
        static PyCell doMake(Object initial) {
            return new PyCell(initial);
        }
    }

    @Operation
    public static final class MakeEmptyCell {
        @Specialization
        static PyCell doMake() {
            return new PyCell(null);
        }
    }

    /** The {@code index}-th free variable cell of the running function. */
    @Operation
    @ConstantOperand(type = int.class)
    public static final class LoadClosureCell {
        @Specialization
        static PyCell doLoad(VirtualFrame frame, int index) {
            return ((PyFunction) frame.getArguments()[0]).closure[index];
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class LoadCellValue {
        @Specialization
        static Object doLoad(String name, PyCell cell, @Bind Node node) {
            Object v = cell.value;
            if (v == null) {
                throw freeVarError(name, node);
            }
            return v;
        }

        @TruffleBoundary
        static PyException freeVarError(String name, Node node) {
            return PyErrors.format(PyTypes.NAME_ERROR, node, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
        }
    }

    @Operation
    public static final class StoreCellValue {
        @Specialization
        static void doStore(PyCell cell, Object value) {
            cell.value = value;
        }
    }

    // ================================================================== attributes and items

    @Operation
    @ConstantOperand(type = String.class)
    public static final class GetAttr {
        /**
         * An attribute of an instance of a user class: the instance's shape first, then the class
         * attribute found when specializing. Valid while the class (and its bases) keep their attributes.
         */
        @Specialization(guards = {"obj.getPyType() == cachedType", "plan != null"}, assumptions = "typeStable", limit = "4")
        static Object doInstance(String name, PyObject obj,
                        @Cached("obj.getPyType()") PyType cachedType,
                        @Cached("cachedType.getAttributesStable()") com.oracle.truffle.api.Assumption typeStable,
                        @Cached("planFor(cachedType, name)") Object plan,
                        @com.oracle.truffle.api.library.CachedLibrary("obj") com.oracle.truffle.api.object.DynamicObjectLibrary lib,
                        @Bind Node node) {
            Object v = lib.getOrDefault(obj, name, null);
            if (v != null) {
                return v;
            }
            if (plan instanceof PyFunction f && obj.instanceDict == null) {
                return new org.bytepy.runtime.PyBoundMethod(obj, f);
            }
            return PyObjects.getAttr(obj, name, node);
        }

        /**
         * How a cached instance lookup finishes when the instance lacks the name: the class's function
         * (bound), {@code NO_CLASS_ATTR} (generic path), or null when the cache must not be used
         * (custom {@code __getattribute__}, a data descriptor, other class attributes).
         */
        @TruffleBoundary
        static Object planFor(PyType type, String name) {
            if (type.isBuiltin() || org.bytepy.runtime.PySpecial.lookupInType(type, "__getattribute__") != null || name.equals("__class__") || name.equals("__dict__")) {
                return null;
            }
            Object attr = type.lookup(name);
            if (attr == null) {
                return NO_CLASS_ATTR;
            }
            if (attr instanceof PyFunction) {
                return attr;
            }
            return null;
        }

        static final Object NO_CLASS_ATTR = new Object();

        /**
         * A method of a value of a built-in type ({@code xs.append}): the bound method is made here,
         * without a boundary, so that with the call right after it escape analysis removes it.
         */
        @Specialization(guards = {"typeOf(obj) == cachedType", "method != null"}, limit = "4")
        static Object doBuiltinMethod(String name, Object obj,
                        @Cached("builtinTypeOf(obj)") PyType cachedType,
                        @Cached("builtinMethod(cachedType, name)") PyBuiltinFunction method) {
            return new PyBoundMethod(obj, method);
        }

        static PyType typeOf(Object obj) {
            return PyTypes.typeOf(obj);
        }

        /** The type of a value of a built-in type (not a user subclass, type or module), else null. */
        static PyType builtinTypeOf(Object obj) {
            PyType t = PyTypes.typeOf(obj);
            return t.isBuiltin() && !(obj instanceof PyType) && !(obj instanceof org.bytepy.runtime.PyModule) && !(obj instanceof org.bytepy.runtime.PyDescriptors.Super) ? t : null;
        }

        /** A method a built-in type defines for its instances, or null. */
        @TruffleBoundary
        static PyBuiltinFunction builtinMethod(PyType type, String name) {
            if (type == null) {
                return null;
            }
            return type.lookup(name) instanceof PyBuiltinFunction f && f.owner != null ? f : null;
        }

        /** {@code math.sqrt}: the module dict's entry, while the module's keys stay. */
        @Specialization(guards = {"module == cachedModule", "entry != null", "!entry.removed"}, assumptions = "keysStable", limit = "2")
        static Object doModule(String name, org.bytepy.runtime.PyModule module,
                        @Cached("module") org.bytepy.runtime.PyModule cachedModule,
                        @Cached("cachedModule.dict.keysStableAssumption()") com.oracle.truffle.api.Assumption keysStable,
                        @Cached("moduleEntry(cachedModule, name)") PyDict.Entry entry) {
            return entry.value;
        }

        @TruffleBoundary
        static PyDict.Entry moduleEntry(org.bytepy.runtime.PyModule module, String name) {
            return module.dict.getEntry(name);
        }

        /**
         * {@code Vector.UP}: a plain value (no descriptor) found on a user class, constant while the class
         * and the value's class keep their attributes.
         */
        @Specialization(guards = {"cls == cachedType", "value != null"}, assumptions = {"typeStable", "valueTypeStable"}, limit = "3")
        static Object doClassAttr(String name, PyType cls,
                        @Cached("cls") PyType cachedType,
                        @Cached("cachedType.getAttributesStable()") com.oracle.truffle.api.Assumption typeStable,
                        @Cached("plainClassAttr(cachedType, name)") Object value,
                        @Cached("valueTypeStable(value)") com.oracle.truffle.api.Assumption valueTypeStable) {
            return value;
        }

        @TruffleBoundary
        static Object plainClassAttr(PyType t, String name) {
            if (t.isBuiltin() || (t.metaclass != null && t.metaclass != PyTypes.TYPE) || name.startsWith("__") || name.equals("mro")) {
                return null;
            }
            Object v = t.lookup(name);
            if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean || v instanceof PyNone || v instanceof PyTuple || v instanceof PyFunction || v instanceof PyType) {
                return v;
            }
            if (v instanceof PyObject o && org.bytepy.runtime.PySpecial.lookupInType(o.getPyType(), "__get__") == null) {
                return v;
            }
            return null;
        }

        /** A value's class keeps its attributes (it gains no {@code __get__}); always valid for built-in values. */
        static com.oracle.truffle.api.Assumption valueTypeStable(Object v) {
            return v instanceof PyObject o ? o.getPyType().getAttributesStable() : com.oracle.truffle.api.Assumption.ALWAYS_VALID;
        }

        @Specialization(replaces = {"doInstance", "doBuiltinMethod", "doModule", "doClassAttr"})
        static Object doGeneric(String name, Object obj, @Bind Node node) {
            return PyObjects.getAttr(obj, name, node);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class SetAttr {
        /** Storing into an instance of a user class without {@code __setattr__}, descriptors or slots: a shape write. */
        @Specialization(guards = {"obj.getPyType() == cachedType", "plainStore", "obj.instanceDict == null"}, assumptions = "typeStable", limit = "4")
        static void doInstance(String name, PyObject obj, Object value,
                        @Cached("obj.getPyType()") PyType cachedType,
                        @Cached("cachedType.getAttributesStable()") com.oracle.truffle.api.Assumption typeStable,
                        @Cached("isPlainStore(cachedType, name)") boolean plainStore,
                        @com.oracle.truffle.api.library.CachedLibrary("obj") com.oracle.truffle.api.object.DynamicObjectLibrary lib) {
            lib.put(obj, name, value);
        }

        @TruffleBoundary
        static boolean isPlainStore(PyType type, String name) {
            if (type.isBuiltin() || org.bytepy.runtime.PySpecial.lookupInType(type, "__setattr__") != null || name.equals("__class__")) {
                return false;
            }
            for (PyType t : type.getMro()) {
                if (!t.isBuiltin() && t.slots != null) {
                    return false;
                }
            }
            Object attr = type.lookup(name);
            return attr == null || !org.bytepy.runtime.PySpecial.isDataDescriptor(attr);
        }

        @Specialization(replaces = "doInstance")
        static void doGeneric(String name, Object obj, Object value, @Bind Node node) {
            PyObjects.setAttr(obj, name, value, node);
        }
    }

    @Operation
    public static final class GetItem {
        @Specialization(guards = {"i >= 0", "i < list.size()"})
        static Object doList(PyList list, long i) {
            return list.get((int) i);
        }

        /** {@code xs[-1]}. */
        @Specialization(guards = {"i < 0", "fromEndInBounds(list, i)"})
        static Object doListFromEnd(PyList list, long i) {
            return list.get((int) (list.size() + i));
        }

        static boolean fromEndInBounds(PyList list, long i) {
            return list.size() + i >= 0;
        }

        @Specialization(guards = {"i >= 0", "i < tuple.size()"})
        static Object doTuple(PyTuple tuple, long i) {
            return tuple.get((int) i);
        }

        /** {@code s[i]} of a string without surrogates (code points are chars): one char, no boundary. */
        @Specialization(guards = {"i >= 0", "i < s.length()"}, excludeForUncached = true)
        static Object doStr(String s, long i, @Cached(inline = false) StrKindMemo memo, @Bind Node node) {
            if (memo.isBmp(s)) {
                return org.bytepy.runtime.PyStr.charString(s.charAt((int) i));
            }
            return PyObjects.getItem(s, i, node);
        }

        @Fallback
        static Object doGeneric(Object obj, Object key, @Bind Node node) {
            return PyObjects.getItem(obj, key, node);
        }
    }

    @Operation
    public static final class SetItem {
        @Specialization(guards = {"i >= 0", "i < list.size()"})
        static void doList(PyList list, long i, Object value) {
            list.set((int) i, value);
        }

        @Fallback
        static void doGeneric(Object obj, Object key, Object value, @Bind Node node) {
            PyObjects.setItem(obj, key, value, node);
        }
    }

    @Operation
    public static final class DelItem {
        @Specialization
        static void doGeneric(Object obj, Object key, @Bind Node node) {
            PyObjects.delItem(obj, key, node);
        }
    }

    // ================================================================== building values

    @Operation
    public static final class BuildList {
        @Specialization
        static PyList doBuild(@Variadic Object[] items) {
            return new PyList(items.clone());
        }
    }

    @Operation
    public static final class BuildTuple {
        @Specialization
        static PyTuple doBuild(@Variadic Object[] items) {
            return PyTuple.of(items.clone());
        }
    }

    /** {@code {k1: v1, k2: v2}} from the operands k1, v1, k2, v2, .... */
    @Operation
    public static final class BuildDict {
        @Specialization
        @TruffleBoundary
        static PyDict doBuild(@Variadic Object[] keysAndValues) {
            PyDict d = new PyDict();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                d.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return d;
        }
    }

    /**
     * A list display or argument list with {@code *iterable} parts: {@code starred[i]} says whether
     * operand i is unpacked.
     */
    @Operation
    @ConstantOperand(type = boolean[].class)
    public static final class BuildListUnpack {
        @Specialization
        @TruffleBoundary
        static PyList doBuild(boolean[] starred, @Variadic Object[] parts, @Bind Node node) {
            PyList out = new PyList();
            for (int i = 0; i < parts.length; i++) {
                if (starred[i]) {
                    for (Object x : PyObjects.toArrayHinted(parts[i], node)) {
                        out.append(x);
                    }
                } else {
                    out.append(parts[i]);
                }
            }
            return out;
        }
    }

    @Operation
    public static final class BuildSet {
        @Specialization
        @TruffleBoundary
        static PySet doBuild(@Variadic Object[] items) {
            return PySet.fromItems(false, items);
        }
    }

    /**
     * A set display of three or more constants, built as CPython builds it ({@code BUILD_SET 0}, a frozenset
     * constant, {@code SET_UPDATE}): the frozenset first, then the set merged from it, so that the iteration
     * order is CPython's.
     */
    @Operation
    public static final class BuildConstSet {
        @Specialization
        @TruffleBoundary
        static PySet doBuild(@Variadic Object[] items) {
            PySet set = new PySet(false);
            set.update(PySet.fromItems(true, items));
            return set;
        }
    }

    @Operation
    public static final class SetAdd {
        @Specialization
        static void doAdd(PySet set, Object value) {
            set.add(value);
        }
    }

    @Operation
    public static final class ListToSet {
        @Specialization
        @TruffleBoundary
        static PySet doConvert(PyList list) {
            PySet set = new PySet(false);
            for (Object o : list.toArray()) {
                set.add(o);
            }
            return set;
        }
    }

    /** {@code yield from x}: a generator itself, or {@code iter(x)}. */
    @Operation
    public static final class GetYieldFromIter {
        @Specialization
        static Object doGet(Object o, @Bind Node node) {
            if (o instanceof PyGenerator) {
                return o;
            }
            return PyObjects.iter(o, node);
        }
    }

    @Operation
    public static final class ListToTuple {
        @Specialization
        static PyTuple doConvert(PyList list) {
            return new PyTuple(list.toArray());
        }
    }

    /**
     * A dict display or keyword arguments with {@code **mapping} parts: operands come in pairs
     * (key, value); a pair whose key is {@code null}... is encoded by {@code unpack[i]} = true, value = mapping.
     */
    @Operation
    @ConstantOperand(type = boolean[].class)
    public static final class BuildDictUnpack {
        @Specialization
        @TruffleBoundary
        static PyDict doBuild(boolean[] unpack, @Variadic Object[] keysAndValues, @Bind Node node) {
            PyDict d = new PyDict();
            for (int i = 0; i < unpack.length; i++) {
                Object k = keysAndValues[2 * i], v = keysAndValues[2 * i + 1];
                if (unpack[i]) {
                    if (!(v instanceof PyDict m)) {
                        // any mapping: keys(), then [key] for each
                        Object keys = PyObjects.lookupAttr(v, "keys");
                        if (keys == null) {
                            throw PyErrors.typeError(node, "'%s' object is not a mapping", PyObjects.typeName(v));
                        }
                        for (Object key : PyObjects.toArray(PyCalls.call(keys, new Object[0], null, node), node)) {
                            d.put(key, PyObjects.getItem(v, key, node));
                        }
                        continue;
                    }
                    for (PyDict.Entry e : m.entries()) {
                        d.put(e.key, e.value);
                    }
                } else {
                    d.put(k, v);
                }
            }
            return d;
        }
    }

    @Operation
    public static final class BuildSlice {
        @Specialization
        static PySlice doBuild(Object lower, Object upper, Object step) {
            return new PySlice(lower, upper, step);
        }
    }

    /** Formats one f-string field: conversion ('s', 'r', 'a' or -1), then the format spec. */
    @Operation
    @ConstantOperand(type = int.class)
    public static final class FormatValue {
        @Specialization
        @TruffleBoundary
        static String doFormat(int conversion, Object value, Object spec, @Bind Node node) {
            Object v = value;
            if (conversion == 'r' || conversion == 'a') {
                v = PyObjects.repr(v);
                if (conversion == 'a') {
                    v = BytepyContext.asciiEscape((String) v);
                }
            } else if (conversion == 's') {
                v = PyObjects.str(v);
            }
            return PyFormat.format(v, spec instanceof String s ? s : "", node);
        }
    }

    @Operation
    public static final class BuildString {
        @Specialization
        @TruffleBoundary
        static String doBuild(@Variadic Object[] parts) {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                sb.append((String) p);
            }
            return sb.toString();
        }
    }

    // ================================================================== functions and calls

    /** Creates a function from a code object, its defaults (tuple or None), keyword defaults (dict or None) and closure (tuple of cells or None). */
    @Operation
    @ConstantOperand(type = PyCode.class)
    public static final class MakeFunction {
        @Specialization
        static PyFunction doMake(VirtualFrame frame, PyCode code, Object defaults, Object kwDefaults, Object closure) {
            PyFunction current = (PyFunction) frame.getArguments()[0];
            return create(code, current.globals, defaults, kwDefaults, closure);
        }

        @TruffleBoundary
        static PyFunction create(PyCode code, PyDict globals, Object defaults, Object kwDefaults, Object closure) {
            Object[] defs = defaults instanceof PyTuple t ? t.items() : new Object[0];
            PyDict kwd = kwDefaults instanceof PyDict d ? d : null;
            PyCell[] cells = null;
            if (closure instanceof PyTuple t) {
                cells = new PyCell[t.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = (PyCell) t.get(i);
                }
            }
            return new PyFunction(code, globals, defs, kwd, cells);
        }
    }

    /** {@code f(a, b, ...)} with positional arguments only. */
    @Operation
    public static final class Call {
        static boolean isSimple(PyCode code) {
            return code.kwOnlyArgCount == 0 && !code.hasVarargs && !code.hasVarkwargs;
        }

        @Specialization(guards = {"fn.code == cachedCode", "args.length == cachedCode.argCount", "isSimple(cachedCode)"}, limit = "4")
        static Object doDirect(PyFunction fn, @Variadic Object[] args,
                        @Cached("fn.code") PyCode cachedCode,
                        @Cached("create(cachedCode.getCallTarget())") DirectCallNode callNode, @Bind Node node) {
            Object[] frameArgs = new Object[args.length + 1];
            frameArgs[0] = fn;
            System.arraycopy(args, 0, frameArgs, 1, args.length);
            Object r = callCounted(callNode, frameArgs, node);
            if (cachedCode.isGenerator()) {
                return cachedCode.wrapResult(r);
            }
            return r;
        }

        /** {@code f(a)} for {@code def f(a, b=1)}: a direct call, the missing arguments from the function's defaults. */
        @Specialization(guards = {"fn.code == cachedCode", "isSimple(cachedCode)", "coveredByDefaults(fn, args.length, 0)"}, limit = "4", excludeForUncached = true)
        static Object doDirectDefaults(PyFunction fn, @Variadic Object[] args,
                        @Cached("fn.code") PyCode cachedCode,
                        @Cached("create(cachedCode.getCallTarget())") DirectCallNode callNode, @Bind Node node) {
            Object r = callCounted(callNode, withDefaults(fn, null, args), node);
            if (cachedCode.isGenerator()) {
                return cachedCode.wrapResult(r);
            }
            return r;
        }

        /** {@code obj.method(a)} for {@code def method(self, a, b=1)}: as {@link #doDirectDefaults}, self first. */
        @Specialization(guards = {"codeOf(method) == cachedCode", "cachedCode != null", "isSimple(cachedCode)", "coveredByDefaults(method, args.length)"}, limit = "4", excludeForUncached = true)
        static Object doMethodDefaults(PyBoundMethod method, @Variadic Object[] args,
                        @Cached("codeOf(method)") PyCode cachedCode,
                        @Cached("create(cachedCode.getCallTarget())") DirectCallNode callNode, @Bind Node node) {
            Object r = callCounted(callNode, withDefaults((PyFunction) method.function, method.self, args), node);
            if (cachedCode.isGenerator()) {
                return cachedCode.wrapResult(r);
            }
            return r;
        }

        /** Whether {@code given} positional arguments (after {@code lead} bound ones) leave only parameters that have defaults. */
        static boolean coveredByDefaults(PyFunction fn, int given, int lead) {
            int argc = fn.code.argCount;
            int n = given + lead;
            return n < argc && n >= argc - fn.defaults.length;
        }

        static boolean coveredByDefaults(PyBoundMethod m, int given) {
            return m.function instanceof PyFunction f && coveredByDefaults(f, given, 1);
        }

        /** The frame arguments: the function, self (if any), the given arguments, then the defaults of the rest. */
        static Object[] withDefaults(PyFunction fn, Object self, Object[] args) {
            int argc = fn.code.argCount;
            Object[] frameArgs = new Object[argc + 1];
            frameArgs[0] = fn;
            int lead = self != null ? 1 : 0;
            if (self != null) {
                frameArgs[1] = self;
            }
            System.arraycopy(args, 0, frameArgs, 1 + lead, args.length);
            Object[] defaults = fn.defaults;
            int given = args.length + lead;
            System.arraycopy(defaults, defaults.length - (argc - given), frameArgs, 1 + given, argc - given);
            return frameArgs;
        }

        /** {@code obj.method(args)}: the bound method's function called directly, self first. */
        @Specialization(guards = {"codeOf(method) == cachedCode", "isSimpleMethod(cachedCode, args)"}, limit = "4")
        static Object doMethod(PyBoundMethod method, @Variadic Object[] args,
                        @Cached("codeOf(method)") PyCode cachedCode,
                        @Cached("create(cachedCode.getCallTarget())") DirectCallNode callNode, @Bind Node node) {
            Object[] frameArgs = new Object[args.length + 2];
            frameArgs[0] = method.function;
            frameArgs[1] = method.self;
            System.arraycopy(args, 0, frameArgs, 2, args.length);
            Object r = callCounted(callNode, frameArgs, node);
            if (cachedCode.isGenerator()) {
                return cachedCode.wrapResult(r);
            }
            return r;
        }

        /** {@code xs.append(v)} (a built-in method with a fast body): compiled into the caller. */
        @Specialization(guards = {"isSame(method, cachedFn)", "args.length == 1", "cachedFn.fast2 != null"}, limit = "3", excludeForUncached = true)
        static Object doFastMethod1(PyBoundMethod method, @Variadic Object[] args,
                        @Cached("builtinOf(method)") PyBuiltinFunction cachedFn, @Bind Node node) {
            if (org.bytepy.runtime.BuiltinCallProfiling.isActive()) {
                return doBuiltinMethod(method, args, node);
            }
            return cachedFn.fast2.call(method.self, args[0], node);
        }

        /** {@code s.strip()} (a built-in method with a fast body, no arguments): compiled into the caller. */
        @Specialization(guards = {"isSame(method, cachedFn)", "args.length == 0", "cachedFn.fast1 != null"}, limit = "3", excludeForUncached = true)
        static Object doFastMethod0(PyBoundMethod method, @Variadic Object[] args,
                        @Cached("builtinOf(method)") PyBuiltinFunction cachedFn, @Bind Node node) {
            if (org.bytepy.runtime.BuiltinCallProfiling.isActive()) {
                return doBuiltinMethod(method, args, node);
            }
            return cachedFn.fast1.call(method.self, node);
        }

        static boolean isSame(PyBoundMethod m, PyBuiltinFunction f) {
            return m.function == f;
        }

        static PyBuiltinFunction builtinOf(PyBoundMethod m) {
            return m.function instanceof PyBuiltinFunction f ? f : null;
        }

        /** {@code len(xs)} (a builtin with a fast body, one argument): compiled into the caller. */
        @Specialization(guards = {"fn == cachedFn", "args.length == 1", "cachedFn.fast1 != null"}, limit = "3", excludeForUncached = true)
        static Object doFast1(PyBuiltinFunction fn, @Variadic Object[] args,
                        @Cached("fn") PyBuiltinFunction cachedFn, @Bind Node node) {
            if (org.bytepy.runtime.BuiltinCallProfiling.isActive()) {
                return callBuiltin(fn, args, null, node);
            }
            return cachedFn.fast1.call(args[0], node);
        }

        /** {@code min(a, b)} (a builtin with a fast body, two arguments): compiled into the caller. */
        @Specialization(guards = {"fn == cachedFn", "args.length == 2", "cachedFn.fast2 != null"}, limit = "3", excludeForUncached = true)
        static Object doFast2(PyBuiltinFunction fn, @Variadic Object[] args,
                        @Cached("fn") PyBuiltinFunction cachedFn, @Bind Node node) {
            if (org.bytepy.runtime.BuiltinCallProfiling.isActive()) {
                return callBuiltin(fn, args, null, node);
            }
            return cachedFn.fast2.call(args[0], args[1], node);
        }

        /** A bound method of a built-in type ({@code xs.append(v)}): the Java body with self first. */
        @Specialization(guards = "isBuiltinMethod(method)")
        static Object doBuiltinMethod(PyBoundMethod method, @Variadic Object[] args, @Bind Node node) {
            if (org.bytepy.runtime.BuiltinCallProfiling.isActive()) {
                return org.bytepy.runtime.BuiltinCallProfiling.call(method, args, null, node); // the profiler sees self
            }
            Object[] full = new Object[args.length + 1];
            full[0] = method.self;
            System.arraycopy(args, 0, full, 1, args.length);
            return callBuiltin((PyBuiltinFunction) method.function, full, null, node);
        }

        static boolean isBuiltinMethod(PyBoundMethod m) {
            return m.function instanceof PyBuiltinFunction;
        }

        @Specialization(replaces = {"doMethod", "doBuiltinMethod"})
        static Object doMethodGeneric(PyBoundMethod method, @Variadic Object[] args, @Bind Node node) {
            return callFromPython(method, args, null, node);
        }

        /** A plain Python function taking exactly self and the given arguments. */
        static boolean isSimpleMethod(PyCode code, Object[] args) {
            return code != null && code.argCount == args.length + 1 && isSimple(code);
        }

        static PyCode codeOf(PyBoundMethod m) {
            return m.function instanceof PyFunction f ? f.code : null;
        }

        @Specialization(replaces = "doDirect")
        static Object doFunction(PyFunction fn, @Variadic Object[] args, @Cached IndirectCallNode callNode, @Bind Node node) {
            org.bytepy.runtime.PyThreadState ts = BytepyContext.get(node).getThreadState();
            int depth = ts.enter(node);
            try {
                return fn.code.wrapResult(callNode.call(fn.code.getCallTarget(), PyCalls.bind(fn, args, null, node)));
            } finally {
                ts.exit(depth);
            }
        }

        @Specialization
        static Object doBuiltin(PyBuiltinFunction fn, @Variadic Object[] args, @Bind Node node) {
            return callBuiltin(fn, args, null, node);
        }

        /**
         * {@code C(args)} for a plain user class (no {@code __new__}, metaclass {@code type}, no built-in
         * base): the instance is made here and its {@code __init__} called directly, while the class
         * keeps its attributes.
         */
        @Specialization(guards = {"cls == cachedType", "init != null"}, assumptions = "typeStable", limit = "3", excludeForUncached = true)
        static Object doNewInstance(PyType cls, @Variadic Object[] args,
                        @Cached("cls") PyType cachedType,
                        @Cached("cachedType.getAttributesStable()") com.oracle.truffle.api.Assumption typeStable,
                        @Cached("plainInit(cachedType, args.length)") PyFunction init,
                        @Cached("directCallFor(init)") DirectCallNode callNode, @Bind Node node) {
            PyObject obj = new PyObject(cachedType);
            Object[] frameArgs = new Object[args.length + 2];
            frameArgs[0] = init;
            frameArgs[1] = obj;
            System.arraycopy(args, 0, frameArgs, 2, args.length);
            Object r = callCounted(callNode, frameArgs, node);
            if (r != PyNone.NONE) {
                throw initReturned(r, node);
            }
            return obj;
        }

        /** The {@code __init__} of a class whose instances {@link #doNewInstance} may make, taking {@code argc} arguments; else null. */
        @TruffleBoundary
        static PyFunction plainInit(PyType t, int argc) {
            if (t.isBuiltin() || t.constructor != null || (t.metaclass != null && t.metaclass != PyTypes.TYPE) || PyCalls.nativeBase(t) != null) {
                return null;
            }
            if (org.bytepy.runtime.PySpecial.lookupInType(t, "__new__") != null || t.getDict().get("__abstractmethods__") != null) {
                return null;
            }
            if (org.bytepy.runtime.PySpecial.lookupInType(t, "__init__") instanceof PyFunction f && f.code.argCount == argc + 1 && isSimple(f.code) && !f.code.isGenerator()) {
                return f;
            }
            return null;
        }

        /** A call node for a function's bytecode, or null without a function (a cache that does not apply). */
        static DirectCallNode directCallFor(PyFunction f) {
            return f == null ? null : DirectCallNode.create(f.code.getCallTarget());
        }

        /** Other classes, and classes beyond the cache (which stays in use for those it holds). */
        @Specialization
        static Object doType(PyType cls, @Variadic Object[] args, @Bind Node node) {
            return callFromPython(cls, args, null, node);
        }

        @TruffleBoundary
        static PyException initReturned(Object r, Node node) {
            return PyErrors.typeError(node, "__init__() should return None, not '%s'", PyObjects.typeName(r));
        }

        @Fallback
        static Object doGeneric(Object callee, @Variadic Object[] args, @Bind Node node) {
            return callFromPython(callee, args, null, node);
        }
    }

    /** A call made by Python code on a generic path: a profiler ({@code cProfile}), when enabled, sees built-in callees. */
    static Object callFromPython(Object callee, Object[] args, PyDict kwargs, Node node) {
        if (org.bytepy.runtime.BuiltinCallProfiling.isActive()) {
            return org.bytepy.runtime.BuiltinCallProfiling.call(callee, args, kwargs, node);
        }
        return PyCalls.call(callee, args, kwargs, node);
    }

    /** A direct call of a Python function's bytecode, counted against the recursion limit. */
    static Object callCounted(DirectCallNode callNode, Object[] frameArgs, Node node) {
        org.bytepy.runtime.PyThreadState ts = BytepyContext.get(node).getThreadState();
        int depth = ts.enter(node);
        try {
            return callNode.call(frameArgs);
        } finally {
            ts.exit(depth);
        }
    }

    /** Runs a Java builtin with the call's node as the location of any exception it raises. */
    static Object callBuiltin(PyBuiltinFunction fn, Object[] args, PyDict kwargs, Node node) {
        EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
        Node prev = ref.set(node);
        try {
            if (org.bytepy.runtime.BuiltinCallProfiling.isActive()) {
                return org.bytepy.runtime.BuiltinCallProfiling.call(fn, args, kwargs, node);
            }
            return callBody(fn, args, kwargs);
        } finally {
            ref.set(prev);
        }
    }

    @TruffleBoundary
    private static Object callBody(PyBuiltinFunction fn, Object[] args, PyDict kwargs) {
        return fn.body.call(org.bytepy.runtime.PyCalls.unwrapSelf(fn, args), kwargs);
    }

    /** {@code f(a, b, x=1, y=2)}: the last {@code kwNames.length} operands are keyword arguments. */
    @Operation
    @ConstantOperand(type = String[].class)
    public static final class CallKw {
        @Specialization
        static Object doCall(String[] kwNames, Object callee, @Variadic Object[] args, @Bind Node node) {
            return callWithKeywords(callee, args, kwNames, node);
        }

        @TruffleBoundary
        static Object callWithKeywords(Object callee, Object[] args, String[] kwNames, Node node) {
            int npos = args.length - kwNames.length;
            Object[] pos = java.util.Arrays.copyOf(args, npos);
            PyDict kw = new PyDict();
            for (int i = 0; i < kwNames.length; i++) {
                kw.put(kwNames[i], args[npos + i]);
            }
            return callFromPython(callee, pos, kw, node);
        }
    }

    /** {@code f(*args, **kwargs)}: positional arguments as a tuple/list, keywords as a dict or None. */
    @Operation
    public static final class CallEx {
        @Specialization
        @TruffleBoundary
        static Object doCall(Object callee, Object args, Object kwargs, @Bind Node node) {
            Object[] pos = PyObjects.toArray(args, node);
            PyDict kw = kwargs instanceof PyDict d && d.size() > 0 ? d : null;
            if (kw != null) {
                for (Object k : kw.keys()) {
                    if (!(k instanceof String)) {
                        throw PyErrors.typeError(node, "keywords must be strings");
                    }
                }
            }
            return callFromPython(callee, pos, kw, node);
        }
    }

    // ================================================================== iteration and unpacking

    @Operation
    public static final class GetIter {
        @Specialization
        static PyIterator doGeneric(Object o, @Bind Node node) {
            return PyObjects.iter(o, node);
        }
    }

    /** Advances an iterator: stores the next item into the local and returns true, or returns false at the end. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class ForNext {
        @Specialization
        static boolean doRange(VirtualFrame frame, LocalAccessor target, RangeIterator it, @Bind BytecodeNode bytecode) {
            if (it.remaining <= 0) {
                return false;
            }
            it.remaining--;
            long v = it.next;
            it.next += it.step;
            target.setLong(bytecode, frame, v);
            return true;
        }

        /** Lists and tuples: no boundary, the loop body and the item access compile together. */
        @Specialization
        static boolean doSequence(VirtualFrame frame, LocalAccessor target, org.bytepy.runtime.PyIterators.SequenceIterator it, @Bind BytecodeNode bytecode) {
            Object v = it.next();
            if (v == null) {
                return false;
            }
            target.setObject(bytecode, frame, v);
            return true;
        }

        /** Generators: resumed without a boundary, so the generator's body can compile into the loop. */
        @Specialization(excludeForUncached = true)
        static boolean doGenerator(VirtualFrame frame, LocalAccessor target, PyGenerator g,
                        @Cached GeneratorResumeNode resume, @Bind BytecodeNode bytecode) {
            Object v = resume.execute(g, PyNone.NONE);
            if (v == null) {
                return false;
            }
            target.setObject(bytecode, frame, v);
            return true;
        }

        @Specialization(replaces = {"doRange", "doSequence"})
        static boolean doGeneric(VirtualFrame frame, LocalAccessor target, PyIterator it, @Bind BytecodeNode bytecode) {
            Object v = next(it);
            if (v == null) {
                return false;
            }
            target.setObject(bytecode, frame, v);
            return true;
        }

        @TruffleBoundary
        static Object next(PyIterator it) {
            return it.next();
        }
    }

    /** {@code a, b = value}: exactly {@code count} items, as an array. */
    @Operation
    @ConstantOperand(type = int.class)
    public static final class UnpackSequence {
        @TruffleBoundary
        static Object[] unpackable(Object value, Node node) {
            try {
                return PyObjects.toArray(value, node);
            } catch (PyException e) {
                if (e.getType() == PyTypes.TYPE_ERROR && String.valueOf(PyObjects.str(e.getValue())).endsWith("object is not iterable")) {
                    throw PyErrors.typeError(node, "cannot unpack non-iterable %s object", PyObjects.typeName(value));
                }
                throw e;
            }
        }

        @Specialization
        @TruffleBoundary
        static Object[] doUnpack(int count, Object value, @Bind Node node) {
            Object[] items = value instanceof PyTuple t ? t.items() : unpackable(value, node);
            if (items.length != count) {
                if (items.length > count) {
                    throw PyErrors.valueError(node, "too many values to unpack (expected %d)", count);
                }
                throw PyErrors.valueError(node, "not enough values to unpack (expected %d, got %d)", count, items.length);
            }
            return items;
        }
    }

    /** {@code a, *b, c = value}: {@code before} items, a list of the rest, then {@code after} items. */
    @Operation
    @ConstantOperand(type = int.class)
    @ConstantOperand(type = int.class)
    public static final class UnpackEx {
        @Specialization
        @TruffleBoundary
        static Object[] doUnpack(int before, int after, Object value, @Bind Node node) {
            Object[] items;
            if (org.bytepy.runtime.PySpecial.isUserObject(value)) {
                // CPython: the first items by next(), then list() of the rest, which asks the iterator's length hint
                PyIterator it = PyObjects.iter(value, node);
                Object[] head = new Object[before];
                for (int i = 0; i < before; i++) {
                    head[i] = it.next();
                    if (head[i] == null) {
                        throw PyErrors.valueError(node, "not enough values to unpack (expected at least %d, got %d)", before + after, i);
                    }
                }
                Object[] rest = PyObjects.toArrayHinted(it, node);
                items = java.util.Arrays.copyOf(head, before + rest.length);
                System.arraycopy(rest, 0, items, before, rest.length);
            } else {
                items = UnpackSequence.unpackable(value, node);
            }
            if (items.length < before + after) {
                throw PyErrors.valueError(node, "not enough values to unpack (expected at least %d, got %d)", before + after, items.length);
            }
            Object[] out = new Object[before + after + 1];
            System.arraycopy(items, 0, out, 0, before);
            out[before] = new PyList(java.util.Arrays.copyOfRange(items, before, items.length - after));
            System.arraycopy(items, items.length - after, out, before + 1, after);
            return out;
        }
    }

    @Operation
    @ConstantOperand(type = int.class)
    public static final class ArrayItem {
        @Specialization
        static Object doGet(int index, Object[] array) {
            return array[index];
        }
    }

    // ================================================================== exceptions

    /** {@code raise exc [from cause]}; {@code cause} is null when there is no {@code from}. */
    @Operation
    public static final class Raise {
        @Specialization
        static Object doRaise(Object exc, Object cause, @Bind Node node) {
            throw createException(exc, cause, node);
        }

        /** {@code raise T}: T(), which a {@code __new__} may make something else than an exception. */
        private static PyBaseException instantiated(PyType t, Node node) {
            Object v = PyCalls.construct(t, new Object[0], null, node);
            if (!(v instanceof PyBaseException e)) {
                throw PyErrors.typeError(node, "calling %s should have returned an instance of BaseException, not %s", PyObjects.repr(t), PyObjects.repr(PyTypes.typeOf(v)));
            }
            return e;
        }

        @TruffleBoundary
        static PyException createException(Object exc, Object cause, Node node) {
            PyBaseException value;
            if (exc instanceof PyType t && t.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
                value = instantiated(t, node);
            } else if (exc instanceof PyBaseException e) {
                value = e;
            } else {
                throw PyErrors.typeError(node, "exceptions must derive from BaseException");
            }
            // implicit chaining at the raise, as CPython's _PyErr_SetObject: the exception being
            // handled becomes the context (also when the new one is caught before leaving the handler)
            PyBaseException handled = BytepyContext.get(node).getHandledException();
            if (handled != null && handled != value) {
                value.context = null;
                ChainAndRethrow.chain(value, handled);
            }
            if (cause != null) {
                if (cause instanceof PyNone) {
                    value.cause = null;
                    value.suppressContext = true;
                    return new PyException(value, node);
                } else if (cause instanceof PyType t && t.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
                    value.cause = instantiated(t, node);
                } else if (cause instanceof PyBaseException c) {
                    value.cause = c;
                } else {
                    throw PyErrors.typeError(node, "exception causes must derive from BaseException");
                }
                value.suppressContext = true;
            }
            return new PyException(value, node);
        }
    }

    /** The Python exception object of a caught throwable (foreign exceptions are wrapped as RuntimeError... later). */
    @Operation
    public static final class ExceptionValue {
        @Specialization
        static Object doPy(PyException e) {
            return e.getValue();
        }

        @Fallback
        static Object doOther(Object e) {
            return PyNone.NONE;
        }
    }

    /** {@code except T:} — does the caught exception match T (a type or a tuple of types)? */
    @Operation
    public static final class ExceptionMatch {
        @Specialization
        @TruffleBoundary
        static boolean doMatch(Object caught, Object type, @Bind Node node) {
            if (!(caught instanceof PyException e)) {
                return false;
            }
            return matches(e.getValue().getType(), type, node);
        }

        static boolean matches(PyType excType, Object type, Node node) {
            if (type instanceof PyType t && t.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
                return excType.isSubtypeOf(t);
            } else if (type instanceof PyTuple tuple) {
                for (Object o : tuple.items()) {
                    if (matches(excType, o, node)) {
                        return true;
                    }
                }
                return false;
            }
            throw PyErrors.typeError(node, "catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** Re-raises a caught throwable unchanged (keeping its traceback). */
    @Operation
    public static final class Reraise {
        @Specialization
        static Object doReraise(Object caught) {
            if (caught instanceof PyException e) {
                e.getValue().reraised = true;
            }
            throw rethrow(caught);
        }

        @TruffleBoundary
        static RuntimeException rethrow(Object caught) {
            if (caught instanceof RuntimeException r) {
                throw r;
            }
            if (caught instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("not a throwable: " + caught);
        }
    }

    /** Bare {@code raise}: re-raises the exception being handled. */
    @Operation
    public static final class RaiseCurrent {
        @Specialization
        @TruffleBoundary
        static Object doRaise(@Bind Node node) {
            PyBaseException current = BytepyContext.get(node).getHandledException();
            if (current == null) {
                throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "No active exception to reraise", node);
            }
            if (current.lastThrown != null) {
                current.reraised = true;
                throw current.lastThrown;
            }
            throw new PyException(current, node);
        }
    }

    /** Entering an {@code except} block: makes the caught exception current; returns the previous one. */
    @Operation
    public static final class EnterHandler {
        @Specialization
        static Object doEnter(Object caught, @Bind Node node) {
            BytepyContext ctx = BytepyContext.get(node);
            Object prev = ctx.getHandledException();
            if (caught instanceof PyException e) {
                ctx.setHandledException(e.getValue());
            } else if (caught instanceof PyBaseException v) {
                ctx.setHandledException(v); // an except* handler: the matched group
            }
            return prev == null ? PyNone.NONE : prev;
        }
    }

    /** Leaving an {@code except} block: restores the previously handled exception. */
    @Operation
    public static final class ExitHandler {
        @Specialization
        static void doExit(Object prev, @Bind Node node) {
            BytepyContext.get(node).setHandledException(prev instanceof PyBaseException p ? p : null);
        }
    }

    /**
     * An exception escaping an {@code except} block: its {@code __context__} becomes the exception that
     * block was handling (CPython's implicit chaining); then it propagates.
     */
    @Operation
    public static final class ChainAndRethrow {
        @Specialization
        @TruffleBoundary
        static Object doChain(Object escaping, Object handled) {
            if (escaping instanceof PyException e) {
                if (handled instanceof PyException h) {
                    chain(e.getValue(), h.getValue());
                }
                e.getValue().reraised = true;
            }
            throw Reraise.rethrow(escaping);
        }

        static void chain(PyBaseException e, PyBaseException handled) {
            if (e == handled || e.context != null) {
                return;
            }
            // avoid cycles: cut handled's chain where it reaches e; stop at a cycle already in the
            // chain (Floyd's tortoise and hare, as CPython's _PyErr_SetObject)
            PyBaseException slow = handled;
            boolean toggle = false;
            for (PyBaseException c = handled; c.context != null;) {
                if (c.context == e) {
                    c.context = null;
                    break;
                }
                c = c.context;
                if (c == slow) {
                    break;
                }
                if (toggle) {
                    slow = slow.context;
                }
                toggle = !toggle;
            }
            e.context = handled;
        }
    }

    /** {@code with}: looks up {@code __exit__} of the manager (bound), failing as CPython does. */
    @Operation
    public static final class WithExit {
        @Specialization
        @TruffleBoundary
        static Object doLookup(Object mgr, @Bind Node node) {
            Object enter = PyObjects.lookupAttr(mgr, "__enter__");
            Object exit = PyObjects.lookupAttr(mgr, "__exit__");
            if (enter == null) {
                throw PyErrors.typeError(node, "'%s' object does not support the context manager protocol", PyObjects.typeName(mgr));
            }
            if (exit == null) {
                throw PyErrors.typeError(node, "'%s' object does not support the context manager protocol (missed __exit__ method)", PyObjects.typeName(mgr));
            }
            return exit;
        }
    }

    /** {@code with}: calls {@code __enter__}. */
    @Operation
    public static final class WithEnter {
        @Specialization
        @TruffleBoundary
        static Object doEnter(Object mgr, @Bind Node node) {
            return PyCalls.call(PyObjects.getAttr(mgr, "__enter__", node), new Object[0], null, node);
        }
    }

    /** {@code with} left normally (or by break/continue/return): {@code exit(None, None, None)}. */
    @Operation
    public static final class WithExitNormal {
        @Specialization
        @TruffleBoundary
        static void doExit(Object exit, @Bind Node node) {
            // a CALL in CPython 3.12 (a profiler sees a built-in __exit__), unlike the exceptional exit
            callFromPython(exit, new Object[]{PyNone.NONE, PyNone.NONE, PyNone.NONE}, null, node);
        }
    }

    /** {@code with} left by an exception: {@code exit(type, value, tb)}; re-raises unless it returned true. */
    @Operation
    public static final class WithExitException {
        @Specialization
        @TruffleBoundary
        static void doExit(Object exit, Object caught, @Bind Node node) {
            if (!(caught instanceof PyException e)) {
                throw Reraise.rethrow(caught);
            }
            PyBaseException v = e.getValue();
            Object r;
            try {
                r = PyCalls.call(exit, new Object[]{v.getType(), v, org.bytepy.runtime.PyTraceback.of(v)}, null, node);
            } catch (PyException raised) {
                ChainAndRethrow.chain(raised.getValue(), v);
                throw raised;
            }
            if (!PyObjects.isTrue(r)) {
                v.reraised = true; // this frame is already in the traceback
                throw e;
            }
        }
    }

    /** {@code def f(a: int) -> str}: sets {@code f.__annotations__} and returns f. */
    @Operation
    public static final class SetFunctionAnnotations {
        @Specialization
        static Object doSet(Object function, Object annotations) {
            ((PyFunction) function).annotations = annotations;
            return function;
        }
    }

    // ================================================================== coroutines

    /** {@code await x}: the iterator to delegate to (a coroutine itself, or {@code x.__await__()}). */
    @Operation
    public static final class GetAwaitable {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object o, @Bind Node node) {
            if (o instanceof PyGenerator g && (g.isCoroutine() || g.isIterableCoroutine())) {
                return o;
            }
            if (o instanceof org.bytepy.runtime.PyAsyncGenOp) {
                return o;
            }
            Object m = o instanceof PyGenerator ? null : PyObjects.lookupAttr(o, "__await__");
            if (m == null || o instanceof PyGenerator) {
                throw PyErrors.typeError(node, "object %s can't be used in 'await' expression", PyObjects.typeName(o));
            }
            Object it = PyCalls.call(m, new Object[0], null, node);
            if (it instanceof PyGenerator g && g.isCoroutine()) {
                throw PyErrors.typeError(node, "__await__() returned a coroutine");
            }
            if (!(it instanceof PyIterator) && PyObjects.lookupAttr(it, "__next__") == null) {
                throw PyErrors.typeError(node, "__await__() returned non-iterator of type '%s'", PyObjects.typeName(it));
            }
            return it instanceof PyIterator ? it : PyObjects.iter(it, node);
        }
    }

    /** An async generator's {@code yield v}: marks the value as yielded (not passed up by an await). */
    @Operation
    public static final class AsyncGenWrap {
        @Specialization
        static Object doWrap(Object value) {
            return new PyGenerator.AsyncGenWrapped(value);
        }
    }

    /** {@code async with}: checks the protocol and returns the bound {@code __aexit__}. */
    @Operation
    public static final class AsyncWithExit {
        @Specialization
        @TruffleBoundary
        static Object doLookup(Object mgr, @Bind Node node) {
            Object enter = PyObjects.lookupAttr(mgr, "__aenter__");
            Object exit = PyObjects.lookupAttr(mgr, "__aexit__");
            if (enter == null) {
                throw PyErrors.typeError(node, "'%s' object does not support the asynchronous context manager protocol", PyObjects.typeName(mgr));
            }
            if (exit == null) {
                throw PyErrors.typeError(node, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                                PyObjects.typeName(mgr));
            }
            return exit;
        }
    }

    /** {@code async with}: {@code mgr.__aenter__()}, to be awaited. */
    @Operation
    public static final class AsyncWithEnter {
        @Specialization
        @TruffleBoundary
        static Object doEnter(Object mgr, @Bind Node node) {
            return PyCalls.call(PyObjects.getAttr(mgr, "__aenter__", node), new Object[0], null, node);
        }
    }

    /** {@code async with}: {@code exit(None, None, None)} or {@code exit(type, value, tb)}, to be awaited. */
    @Operation
    public static final class AsyncWithExitCall {
        @Specialization
        @TruffleBoundary
        static Object doCall(Object exit, Object caught, @Bind Node node) {
            if (caught instanceof PyException e) {
                PyBaseException v = e.getValue();
                return PyCalls.call(exit, new Object[]{v.getType(), v, org.bytepy.runtime.PyTraceback.of(v)}, null, node);
            }
            if (caught instanceof PyNone) {
                return PyCalls.call(exit, new Object[]{PyNone.NONE, PyNone.NONE, PyNone.NONE}, null, node);
            }
            throw Reraise.rethrow(caught);
        }
    }

    /** {@code async with} left by an exception: re-raises it unless the awaited {@code __aexit__} returned true. */
    @Operation
    public static final class AsyncWithExitCheck {
        @Specialization
        @TruffleBoundary
        static void doCheck(Object result, Object caught) {
            if (!PyObjects.isTrue(result)) {
                if (caught instanceof PyException e) {
                    e.getValue().reraised = true; // this frame is already in the traceback
                }
                throw Reraise.rethrow(caught);
            }
        }
    }

    /** {@code async for}: {@code x.__aiter__()}. */
    @Operation
    public static final class GetAIter {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object o, @Bind Node node) {
            Object m = PyObjects.lookupAttr(o, "__aiter__");
            if (m == null) {
                throw PyErrors.typeError(node, "'async for' requires an object with __aiter__ method, got %s", PyObjects.typeName(o));
            }
            return PyCalls.call(m, new Object[0], null, node);
        }
    }

    /** {@code async for}: {@code it.__anext__()}, to be awaited. */
    @Operation
    public static final class GetANext {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object it, @Bind Node node) {
            Object m = PyObjects.lookupAttr(it, "__anext__");
            if (m == null) {
                throw PyErrors.typeError(node, "'async for' received an object from __aiter__ that does not implement __anext__: %s", PyObjects.typeName(it));
            }
            return PyCalls.call(m, new Object[0], null, node);
        }
    }

    /** {@code async for}: the loop ends on StopAsyncIteration; any other exception goes on. */
    @Operation
    public static final class CheckStopAsyncIteration {
        @Specialization
        @TruffleBoundary
        static void doCheck(Object caught) {
            if (!(caught instanceof PyException e && e.getType().isSubtypeOf(PyTypes.STOP_ASYNC_ITERATION))) {
                throw Reraise.rethrow(caught);
            }
        }
    }

    // ================================================================== pattern matching

    /** {@code case [a, *b, c]}: the items (the star part as a list) or null; see {@link org.bytepy.runtime.PyMatch}. */
    @Operation
    @ConstantOperand(type = int.class)
    @ConstantOperand(type = int.class)
    @ConstantOperand(type = int.class)
    public static final class MatchSequence {
        @Specialization
        static Object doMatch(int count, int star, int starWildcard, Object subject, @Bind Node node) {
            return org.bytepy.runtime.PyMatch.sequence(subject, count, star, starWildcard != 0, node);
        }
    }

    /** {@code case {k: v, **rest}}: the values of the keys (then the rest dict) or null. */
    @Operation
    @ConstantOperand(type = int.class)
    public static final class MatchMapping {
        @Specialization
        static Object doMatch(int rest, Object subject, @Variadic Object[] keys, @Bind Node node) {
            return org.bytepy.runtime.PyMatch.mapping(subject, keys, rest != 0, node);
        }
    }

    /** {@code case Cls(a, b=c)}: the attributes the sub-patterns match, or null. */
    @Operation
    @ConstantOperand(type = int.class)
    @ConstantOperand(type = String[].class)
    public static final class MatchClass {
        @Specialization
        static Object doMatch(int positional, String[] keywords, Object subject, Object cls, @Bind Node node) {
            return org.bytepy.runtime.PyMatch.classPattern(subject, cls, positional, keywords, node);
        }
    }

    /**
     * A global name read in a PEP 695 annotation scope of a class body: the class namespace first,
     * then globals and builtins (CPython's LOAD_FROM_DICT_OR_GLOBALS).
     */
    @Operation
    @ConstantOperand(type = String.class)
    public static final class LoadClassDictOrGlobal {
        @Specialization
        static Object doLoad(VirtualFrame frame, String name, Object classDict, @Bind Node node) {
            Object v = org.bytepy.runtime.PyClasses.getItem(classDict, name, node);
            if (v != null) {
                return v;
            }
            return LoadGlobal.lookup(((PyFunction) frame.getArguments()[0]).globals, name, node);
        }
    }

    /** Whether a MatchSequence/MatchMapping/MatchClass test succeeded. */
    @Operation
    public static final class IsMatch {
        @Specialization
        static boolean doCheck(Object items) {
            return items != null;
        }
    }

    // ================================================================== generators

    /** After a {@code yield}: raises what {@code throw()}/{@code close()} sent in, else passes the sent value on. */
    @Operation
    public static final class CheckResume {
        @Specialization
        static Object doCheck(Object value, @Bind Node node) {
            if (value instanceof PyGenerator.ThrowMarker t) {
                throw raiseMarker(t, node);
            }
            return value;
        }

        @TruffleBoundary
        static PyException raiseMarker(PyGenerator.ThrowMarker t, Node node) {
            return new PyException(t.exception(), node);
        }
    }

    /**
     * One step of {@code yield from it}: passes what the generator was resumed with on to the
     * delegate. Returns true with the value to yield in {@code out}, or false with the delegate's
     * return value in {@code out}.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class YieldFromNext {
        /** Delegating to a generator ({@code yield from gen}) and sending it a value: resumed without a boundary. */
        @Specialization(guards = "!isThrow(sent)", excludeForUncached = true)
        static boolean doGenerator(VirtualFrame frame, LocalAccessor out, PyGenerator g, Object sent,
                        @Cached GeneratorResumeNode resume, @Bind BytecodeNode bytecode) {
            Object v = resume.execute(g, sent);
            if (v == null) {
                out.setObject(bytecode, frame, g.getReturnValue());
                return false;
            }
            out.setObject(bytecode, frame, v);
            return true;
        }

        static boolean isThrow(Object sent) {
            return sent instanceof PyGenerator.ThrowMarker;
        }

        @Specialization
        static boolean doStep(VirtualFrame frame, LocalAccessor out, Object it, Object sent, @Bind Node node, @Bind BytecodeNode bytecode) {
            Object[] result = step(it, sent, node);
            out.setObject(bytecode, frame, result[1]);
            return result[0] == Boolean.TRUE;
        }

        @TruffleBoundary
        static Object[] step(Object it, Object sent, Node node) {
            try {
                Object v;
                if (it instanceof PyGenerator g) {
                    if (sent instanceof PyGenerator.ThrowMarker t) {
                        if (t.exception().getType().isSubtypeOf(PyTypes.GENERATOR_EXIT)) {
                            g.close(node);
                            throw new PyException(t.exception(), node);
                        }
                        v = g.throwInto(t.exception(), node);
                    } else {
                        v = g.resume(sent, node, true);
                    }
                } else {
                    if (sent instanceof PyGenerator.ThrowMarker t) {
                        // the delegate's close() or throw(), when it has one
                        Object target = it instanceof org.bytepy.runtime.PySpecial.UserIterator ui ? ui.obj : it;
                        boolean exit = t.exception().getType().isSubtypeOf(PyTypes.GENERATOR_EXIT);
                        Object m = PyObjects.lookupAttr(target, exit ? "close" : "throw");
                        if (m == null || exit) {
                            if (m != null) {
                                PyCalls.call(m, new Object[0], null, node);
                            }
                            throw new PyException(t.exception(), node);
                        }
                        return new Object[]{true, PyCalls.call(m, new Object[]{t.exception()}, null, node)};
                    }
                    if (!(sent instanceof PyNone)) {
                        return new Object[]{true, PyCalls.call(PyObjects.getAttr(it, "send", node), new Object[]{sent}, null, node)};
                    }
                    v = ((PyIterator) it).next();
                    if (v == null) {
                        return new Object[]{false, PyNone.NONE};
                    }
                }
                return new Object[]{true, v};
            } catch (PyException e) {
                if (e.getType().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                    Object value = e.getValue().getAttribute("value");
                    if (value == null) {
                        value = e.getValue().getArgs().size() > 0 ? e.getValue().getArgs().get(0) : PyNone.NONE;
                    }
                    return new Object[]{false, value};
                }
                throw e;
            }
        }
    }

    /** {@code assert test, msg}: raised when the test failed; msg is null when absent. */
    @Operation
    public static final class RaiseAssertion {
        @Specialization
        @TruffleBoundary
        static Object doRaise(Object msg, @Bind Node node) {
            PyTuple args = msg == null ? PyTuple.EMPTY : PyTuple.of(msg);
            throw new PyException(new PyBaseException(PyTypes.ASSERTION_ERROR, args), node);
        }
    }

    /** The "no value" marker: an unbound local after {@code del}, or an absent optional operand. */
    @Operation
    public static final class Unset {
        @Specialization
        static Object doUnset() {
            return null;
        }
    }

    // ================================================================== imports

    /**
     * {@code import name} (level 0) or a relative import: returns the top-level package, or the named
     * module itself when {@code wantModule} ({@code import a.b as c}, {@code from a.b import x}).
     */
    @Operation
    @ConstantOperand(type = String.class)
    @ConstantOperand(type = int.class)
    @ConstantOperand(type = boolean.class)
    public static final class ImportModule {
        @Specialization
        static Object doImport(VirtualFrame frame, String name, int level, boolean wantModule, @Bind Node node) {
            PyDict globals = ((PyFunction) frame.getArguments()[0]).globals;
            return org.bytepy.imports.Importer.importName(BytepyContext.get(node), name, globals, level, wantModule, node);
        }
    }

    /** {@code from module import name}: the attribute, or the submodule. */
    @Operation
    @ConstantOperand(type = String.class)
    public static final class ImportFrom {
        @Specialization
        static Object doImport(String name, Object mod, @Bind Node node) {
            return org.bytepy.imports.Importer.importFrom(BytepyContext.get(node), mod, name, node);
        }
    }

    /** {@code from module import *}: {@code __all__} or the public names, into the current globals. */
    @Operation
    public static final class ImportStar {
        @Specialization
        static void doImport(VirtualFrame frame, Object mod, @Bind Node node) {
            org.bytepy.imports.Importer.importStar(BytepyContext.get(node), mod, ((PyFunction) frame.getArguments()[0]).globals, node);
        }
    }

    // ================================================================== containers

    @Operation
    public static final class ListAppend {
        @Specialization
        static void doAppend(PyList list, Object value) {
            list.append(value);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class DelAttr {
        @Specialization
        @TruffleBoundary
        static void doDelete(String name, Object obj, @Bind Node node) {
            PyObjects.delAttr(obj, name, node);
        }
    }
}
