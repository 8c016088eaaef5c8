package org.bytepy.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.BytecodeRootNode;
import com.oracle.truffle.api.bytecode.Instruction;
import com.oracle.truffle.api.bytecode.LocalVariable;
import com.oracle.truffle.api.dsl.Introspection;
import com.oracle.truffle.api.source.SourceSection;

import org.bytepy.builtins.Args;
import org.bytepy.nodes.PyRootNode;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;

/**
 * {@code _bytepy_dis}: the instructions of a code object's Bytecode DSL bytecode, named and decoded
 * as CPython's {@code dis} shows its own. {@code dis.py} (language/src/main/python) formats them.
 *
 * <p>Our instruction set is the DSL's: one instruction per operation of {@code PyRootNode} plus the
 * DSL's built-ins (load.constant, load.local, branch, ...). Each gets a CPython-style name
 * ({@link #OPNAMES}); operations that CPython folds into one instruction with an argument (the
 * arithmetic operators into BINARY_OP, the comparisons into COMPARE_OP) share that name and get
 * CPython's argument. Offsets are byte offsets into our bytecode. Quickened (specialized)
 * instructions, which the DSL rewrites as it sees operand types, are shown with {@code adaptive=True}.
 */
public final class BytepyDisModule {
    private BytepyDisModule() {
    }

    /** DSL instruction (base name) to dis opname. */
    private static final Map<String, String> OPNAMES = new LinkedHashMap<>();
    /** dis opname to opcode, in opcode order (1, 2, ...; 0 is CACHE, the filler of operand bytes in co_code). */
    private static final Map<String, Integer> OPCODES = new LinkedHashMap<>();
    private static final String[] BINARY_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final int[] CMP_MASKS = {2, 10, 8, 6, 4, 12};

    private static void op(String dsl, String opname) {
        OPNAMES.put(dsl, opname);
        OPCODES.putIfAbsent(opname, OPCODES.size() + 1);
    }

    static {
        OPCODES.put("CACHE", 0);
        op("pop", "POP_TOP");
        op("dup", "COPY");
        op("load.constant", "LOAD_CONST");
        op("load.null", "PUSH_NULL");
        op("load.argument", "LOAD_ARGUMENT");
        op("load.local", "LOAD_FAST");
        op("store.local", "STORE_FAST");
        op("clear.local", "DELETE_FAST");
        op("c.CheckLocal", "CHECK_FAST");
        op("c.LoadGlobal", "LOAD_GLOBAL");
        op("c.StoreGlobal", "STORE_GLOBAL");
        op("c.DeleteGlobal", "DELETE_GLOBAL");
        op("c.LoadClassName", "LOAD_NAME");
        op("c.StoreClassName", "STORE_NAME");
        op("c.DeleteClassName", "DELETE_NAME");
        op("c.CheckName", "CHECK_NAME");
        op("c.MakeCell", "MAKE_CELL");
        op("c.MakeEmptyCell", "MAKE_EMPTY_CELL");
        op("c.LoadClosureCell", "LOAD_CLOSURE");
        op("c.LoadCellValue", "LOAD_DEREF");
        op("c.StoreCellValue", "STORE_DEREF");
        op("c.Locals", "LOAD_LOCALS");
        op("c.ClassNamespace", "LOAD_NAMESPACE");
        op("c.GetAttr", "LOAD_ATTR");
        op("c.SetAttr", "STORE_ATTR");
        op("c.DelAttr", "DELETE_ATTR");
        op("c.GetItem", "BINARY_SUBSCR");
        op("c.SetItem", "STORE_SUBSCR");
        op("c.DelItem", "DELETE_SUBSCR");
        for (String a : new String[]{"Add", "BitAnd", "FloorDiv", "LShift", "MatMul", "Mul", "Mod", "BitOr", "Pow", "RShift", "Sub", "TrueDiv", "BitXor", "InplaceAdd", "InplaceOp"}) {
            op("c." + a, "BINARY_OP");
        }
        for (String c : new String[]{"Lt", "Le", "Eq", "Ne", "Gt", "Ge"}) {
            op("c." + c, "COMPARE_OP");
        }
        op("c.Is", "IS_OP");
        op("c.IsNot", "IS_OP");
        op("c.In", "CONTAINS_OP");
        op("c.NotIn", "CONTAINS_OP");
        op("c.Not", "UNARY_NOT");
        op("c.Neg", "UNARY_NEGATIVE");
        op("c.Pos", "UNARY_POSITIVE");
        op("c.Invert", "UNARY_INVERT");
        op("c.IsTrue", "TO_BOOL");
        op("branch", "JUMP_FORWARD");
        op("branch.backward", "JUMP_BACKWARD");
        op("branch.false", "POP_JUMP_IF_FALSE");
        op("sc.BoolAnd", "JUMP_IF_FALSE_OR_POP");
        op("sc.BoolOr", "JUMP_IF_TRUE_OR_POP");
        op("sc.CmpAnd", "COMPARE_AND");
        op("merge.conditional", "MERGE_CONDITIONAL");
        op("return", "RETURN_VALUE");
        op("yield", "YIELD_VALUE");
        op("throw", "THROW");
        op("load.exception", "LOAD_EXCEPTION");
        op("c.BuildTuple", "BUILD_TUPLE");
        op("c.BuildList", "BUILD_LIST");
        op("c.BuildSet", "BUILD_SET");
        op("c.BuildConstSet", "BUILD_SET");
        op("c.BuildDict", "BUILD_MAP");
        op("c.BuildSlice", "BUILD_SLICE");
        op("c.BuildString", "BUILD_STRING");
        op("c.FormatValue", "FORMAT_VALUE");
        op("c.BuildListUnpack", "BUILD_LIST_UNPACK");
        op("c.BuildDictUnpack", "BUILD_MAP_UNPACK");
        op("c.ListToTuple", "LIST_TO_TUPLE");
        op("c.ListToSet", "LIST_TO_SET");
        op("c.ListAppend", "LIST_APPEND");
        op("c.SetAdd", "SET_ADD");
        op("load.variadic", "LOAD_VARIADIC");
        op("create.variadic", "CREATE_VARIADIC");
        op("empty.variadic", "EMPTY_VARIADIC");
        op("c.Call", "CALL");
        op("c.CallKw", "CALL_KW");
        op("c.CallEx", "CALL_FUNCTION_EX");
        op("c.MakeFunction", "MAKE_FUNCTION");
        op("c.BuildClass", "BUILD_CLASS");
        op("c.GetIter", "GET_ITER");
        op("c.ForNext", "FOR_ITER");
        op("c.GetYieldFromIter", "GET_YIELD_FROM_ITER");
        op("c.YieldFromNext", "SEND");
        op("c.CheckResume", "CHECK_RESUME");
        op("c.UnpackSequence", "UNPACK_SEQUENCE");
        op("c.UnpackEx", "UNPACK_EX");
        op("c.ArrayItem", "UNPACKED_ITEM");
        op("c.Raise", "RAISE_VARARGS");
        op("c.RaiseCurrent", "RAISE_CURRENT");
        op("c.Reraise", "RERAISE");
        op("c.RaiseAssertion", "RAISE_ASSERTION");
        op("c.ExceptionMatch", "CHECK_EXC_MATCH");
        op("c.ExceptionValue", "EXCEPTION_VALUE");
        op("c.EnterHandler", "PUSH_EXC_INFO");
        op("c.ExitHandler", "POP_EXCEPT");
        op("c.ChainAndRethrow", "CHAIN_AND_RERAISE");
        op("c.WithExit", "BEFORE_WITH");
        op("c.WithEnter", "WITH_ENTER");
        op("c.WithExitNormal", "WITH_EXIT");
        op("c.WithExitException", "WITH_EXCEPT_START");
        op("c.ImportModule", "IMPORT_NAME");
        op("c.ImportFrom", "IMPORT_FROM");
        op("c.ImportStar", "IMPORT_STAR");
        op("c.Unset", "LOAD_UNBOUND");
        op("tag.enter", "INSTRUMENTED_ENTER");
        op("tag.leave", "INSTRUMENTED_LEAVE");
        op("tag.leaveVoid", "INSTRUMENTED_LEAVE");
        op("tag.resume", "INSTRUMENTED_RESUME");
        op("tag.yield", "INSTRUMENTED_YIELD");
        op("invalidate", "NOP");
        op("c.PadConstants", "NOP");
    }

    public static PyModule create() {
        PyModule m = new PyModule("_bytepy_dis", new PyDict());
        PyDict d = m.dict;
        Args.def(d, "instructions", (args, kw) -> {
            Args.count("instructions", args, null, 2, 2);
            return instructions(code(args[0]), PyObjects.isTrue(args[1]));
        });
        Args.def(d, "opmap", (args, kw) -> {
            PyDict out = new PyDict();
            for (Map.Entry<String, Integer> e : OPCODES.entrySet()) {
                out.put(e.getKey(), (long) e.getValue());
            }
            return out;
        });
        Args.def(d, "nested_codes", (args, kw) -> {
            Args.count("nested_codes", args, kw, 1, 1);
            return nestedCodes(code(args[0]));
        });
        Args.def(d, "code_of", (args, kw) -> {
            Args.count("code_of", args, kw, 1, 1);
            if (args[0] instanceof org.bytepy.runtime.PyGenerator g) {
                return g.getCode();
            }
            return PyNone.NONE;
        });
        Args.def(d, "status", (args, kw) -> {
            Args.count("status", args, kw, 1, 1);
            return status(code(args[0]));
        });
        return m;
    }

    private static PyCode code(Object o) {
        if (o instanceof PyCode c) {
            return c;
        }
        throw PyErrors.typeError(null, "expected a code object, not %s", PyObjects.typeName(o));
    }

    /** The current bytecode of a code object (it changes when the interpreter moves from the uncached to the cached tier). */
    public static BytecodeNode bytecode(PyCode c) {
        RootCallTarget ct = c.getCallTarget();
        if (ct == null || !(ct.getRootNode() instanceof BytecodeRootNode root)) {
            return null;
        }
        return root.getBytecodeNode();
    }

    private static String baseName(String dslName) {
        int i = dslName.indexOf('$');
        String b = i < 0 ? dslName : dslName.substring(0, i);
        return b.startsWith("invalidate") ? "invalidate" : b;
    }

    /** The dis opname of a DSL instruction (base form). */
    static String opname(String dslBase, PyCode code) {
        boolean module = (code.flags & 0x1) == 0;
        switch (dslBase) {
            case "c.LoadGlobal":
                return module ? "LOAD_NAME" : "LOAD_GLOBAL";
            case "c.StoreGlobal":
                return module ? "STORE_NAME" : "STORE_GLOBAL";
            case "c.DeleteGlobal":
                return module ? "DELETE_NAME" : "DELETE_GLOBAL";
            default:
                break;
        }
        String n = OPNAMES.get(dslBase);
        if (n != null) {
            return n;
        }
        // an instruction added since this table was written: its name in upper snake case
        String s = dslBase.startsWith("c.") ? dslBase.substring(2) : dslBase;
        s = s.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
        synchronized (OPCODES) {
            OPCODES.putIfAbsent(s, OPCODES.size());
        }
        return s;
    }

    private static int opcode(String opname) {
        synchronized (OPCODES) {
            Integer i = OPCODES.get(opname);
            if (i == null) {
                i = OPCODES.size();
                OPCODES.put(opname, i);
            }
            return i;
        }
    }

    /** The specialized name of a quickened instruction: {@code c.Add$Long} is BINARY_OP_ADD_LONG. */
    private static String adaptiveName(String dslName, String opname) {
        int i = dslName.indexOf('$');
        if (i < 0) {
            return opname;
        }
        String base = dslName.substring(0, i);
        String suffix = dslName.substring(i + 1).replace('$', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
        if (opname.equals("BINARY_OP") || opname.equals("COMPARE_OP")) {
            String op = base.substring(2).replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
            return opname + "_" + op + "_" + suffix;
        }
        return opname + "_" + suffix;
    }

    private static int indexOf(Object[] table, Object v) {
        for (int i = 0; i < table.length; i++) {
            Object t = table[i];
            if (t == v || (t != null && v != null && t.getClass() == v.getClass() && !(t instanceof PyCode) && t.equals(v))) {
                return i;
            }
        }
        return -1;
    }

    private static String localName(BytecodeNode bc, Instruction.Argument a, int bci) {
        int offset = a.getKind() == Instruction.Argument.Kind.LOCAL_OFFSET ? a.asLocalOffset() : -1;
        int index = a.getKind() == Instruction.Argument.Kind.LOCAL_INDEX ? a.asLocalIndex() : -1;
        for (LocalVariable lv : bc.getLocals()) {
            if ((offset >= 0 && lv.getLocalOffset() == offset) || (index >= 0 && lv.getLocalIndex() == index)) {
                Object n = lv.getName();
                return n == null ? ".l" + lv.getLocalIndex() : n.toString();
            }
        }
        return offset >= 0 ? ".l" + offset : ".l" + index;
    }

    /**
     * One tuple per instruction: (opname, opcode, arg, argval, argrepr, offset, lineno, end_lineno,
     * col, end_col, jump_target, length, specializations).
     */
    @TruffleBoundary
    static PyList instructions(PyCode code, boolean adaptive) {
        BytecodeNode bc = bytecode(code);
        PyList out = new PyList();
        if (bc == null) {
            return out;
        }
        String[] varnames = code.coVarnames();
        SourceSection rootSection = code.getCallTarget().getRootNode().getSourceSection();
        for (Instruction ins : bc.getInstructions()) {
            if (ins.isInstrumentation() && !adaptive) {
                continue;
            }
            String dsl = ins.getName();
            String base = baseName(dsl);
            String opname = opname(base, code);
            int bci = ins.getBytecodeIndex();
            Object arg = PyNone.NONE;
            Object argval = PyNone.NONE;
            String argrepr = "";
            Object jump = PyNone.NONE;
            List<String> specializations = new ArrayList<>();
            List<Object> consts = new ArrayList<>();
            List<Integer> ints = new ArrayList<>();
            String local = null;
            for (Instruction.Argument a : ins.getArguments()) {
                switch (a.getKind()) {
                    case CONSTANT -> {
                        if (a.asConstant() instanceof com.oracle.truffle.api.nodes.RootNode) {
                            // a yield's continuation: no argument of its own
                        } else if (a.asConstant() instanceof com.oracle.truffle.api.bytecode.LocalAccessor la) {
                            Object n = la.getLocalName(bc);
                            local = n == null ? la.toString() : n.toString();
                        } else {
                            consts.add(a.asConstant());
                        }
                    }
                    case INTEGER -> ints.add(a.asInteger());
                    case BYTECODE_INDEX -> {
                        if (a.getName().equals("branch_target")) {
                            jump = (long) a.asBytecodeIndex();
                        }
                    }
                    case LOCAL_OFFSET, LOCAL_INDEX -> local = localName(bc, a, bci);
                    case NODE_PROFILE -> {
                        List<Introspection.SpecializationInfo> infos = adaptive ? a.getSpecializationInfo() : null;
                        if (infos != null) {
                            for (Introspection.SpecializationInfo si : infos) {
                                if (si.isActive()) {
                                    specializations.add(si.getMethodName());
                                }
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            switch (opname) {
                case "LOAD_CONST" -> {
                    Object v = consts.isEmpty() ? PyNone.NONE : pythonValue(consts.get(0));
                    int i = indexOf(code.consts, v);
                    arg = i >= 0 ? (Object) (long) i : PyNone.NONE;
                    argval = v;
                    argrepr = PyObjects.repr(v);
                }
                case "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "IMPORT_NAME", "IMPORT_FROM",
                                "LOAD_DEREF", "CHECK_FAST", "CHECK_NAME" -> {
                    String name = consts.isEmpty() ? local : String.valueOf(consts.get(0));
                    if (opname.equals("LOAD_DEREF") && local != null) {
                        name = local;
                    }
                    int i = indexOf(code.names, name);
                    if (opname.equals("LOAD_DEREF") || opname.equals("CHECK_FAST")) {
                        i = indexOf(varnames, name);
                    }
                    arg = i >= 0 ? (Object) (long) i : PyNone.NONE;
                    argval = name == null ? PyNone.NONE : name;
                    argrepr = name == null ? "" : name;
                }
                case "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "FOR_ITER", "SEND" -> {
                    String name = local;
                    if (name == null) {
                        for (Object c : consts) {
                            name = String.valueOf(c);
                        }
                    }
                    if (opname.equals("FOR_ITER") || opname.equals("SEND")) {
                        argrepr = name == null ? "" : name;
                        argval = name == null ? PyNone.NONE : name;
                    } else {
                        int i = indexOf(varnames, name);
                        arg = i >= 0 ? (Object) (long) i : PyNone.NONE;
                        argval = name == null ? PyNone.NONE : name;
                        argrepr = name == null ? "" : name;
                    }
                }
                case "LOAD_ARGUMENT" -> {
                    int i = ints.isEmpty() ? 0 : ints.get(0);
                    arg = (long) i;
                    argval = (long) i;
                    argrepr = i == 0 ? "function" : i - 1 < varnames.length ? varnames[i - 1] : "";
                }
                case "BINARY_OP" -> {
                    int nb = binaryCode(base, consts);
                    arg = (long) nb;
                    argval = (long) nb;
                    argrepr = nb >= 13 ? BINARY_SYMBOLS[nb - 13] + "=" : BINARY_SYMBOLS[nb];
                }
                case "COMPARE_OP" -> {
                    int i = Arrays.asList("c.Lt", "c.Le", "c.Eq", "c.Ne", "c.Gt", "c.Ge").indexOf(base);
                    arg = (long) ((i << 4) | CMP_MASKS[i]);
                    argval = CMP_SYMBOLS[i];
                    argrepr = CMP_SYMBOLS[i];
                }
                case "IS_OP", "CONTAINS_OP" -> {
                    long v = base.equals("c.IsNot") || base.equals("c.NotIn") ? 1 : 0;
                    arg = v;
                    argval = v;
                }
                case "MAKE_FUNCTION" -> {
                    if (!consts.isEmpty() && consts.get(0) instanceof PyCode c) {
                        int i = indexOf(code.consts, c);
                        arg = i >= 0 ? (Object) (long) i : PyNone.NONE;
                        argval = c;
                        argrepr = PyObjects.repr(c);
                    }
                }
                default -> {
                    if (jump != PyNone.NONE) {
                        long target = (Long) jump;
                        if (opname.equals("JUMP_FORWARD") && target <= bci) {
                            opname = "JUMP_BACKWARD";
                        }
                        arg = target;
                        argval = target;
                        argrepr = "to " + target;
                    } else if (!ints.isEmpty()) {
                        arg = (long) ints.get(0);
                        argval = arg;
                    } else if (!consts.isEmpty() && !(consts.get(0) instanceof PyRootNode.PoolPad)) {
                        StringBuilder sb = new StringBuilder();
                        List<Object> vals = new ArrayList<>();
                        for (Object c : consts) {
                            Object v = pythonValue(c);
                            vals.add(v);
                            if (sb.length() > 0) {
                                sb.append(", ");
                            }
                            sb.append(v instanceof String s ? s : PyObjects.repr(v));
                        }
                        if (vals.size() == 1 && vals.get(0) instanceof Long l) {
                            arg = l;
                        }
                        argval = vals.size() == 1 ? vals.get(0) : new PyTuple(vals.toArray());
                        argrepr = sb.toString();
                    }
                    if (local != null) {
                        argrepr = argrepr.isEmpty() ? local : argrepr + ", " + local;
                    }
                }
            }
            String shown = adaptive ? adaptiveName(dsl, opname) : opname;
            if (adaptive && !specializations.isEmpty()) {
                argrepr = argrepr.isEmpty() ? "[" + String.join(", ", specializations) + "]" : argrepr + " [" + String.join(", ", specializations) + "]";
            }
            Object line = PyNone.NONE, endLine = PyNone.NONE, col = PyNone.NONE, endCol = PyNone.NONE;
            SourceSection ss = ins.getSourceSection();
            if (ss != null && bci > 0 && ss.equals(rootSection)) {
                ss = null; // glue code of the root (loop back edges, implicit returns): no line of its own
            }
            if (ss != null && ss.isAvailable()) {
                line = (long) ss.getStartLine();
                endLine = (long) ss.getEndLine();
                col = utf8Column(ss.getSource(), ss.getStartLine(), ss.getStartColumn() - 1);
                endCol = utf8Column(ss.getSource(), ss.getEndLine(), ss.getEndColumn());
            }
            out.append(new PyTuple(new Object[]{shown, (long) opcode(opname), arg, argval, argrepr, (long) bci, line, endLine, col, endCol, jump, (long) ins.getLength(),
                            dsl}));
        }
        return out;
    }

    /** A column (chars from the line start) as CPython counts it: UTF-8 bytes. */
    private static long utf8Column(com.oracle.truffle.api.source.Source source, int line, int column) {
        CharSequence text = source.getCharacters(line);
        int n = Math.min(column, text.length());
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            bytes += ch < 0x80 ? 1 : ch < 0x800 ? 2 : Character.isSurrogate(ch) ? 2 : 3;
        }
        return bytes + Math.max(0, column - n);
    }

    /** CPython's NB_* code of a binary operator instruction; the in-place forms are 13 higher. */
    private static int binaryCode(String base, List<Object> consts) {
        String[] order = {"c.Add", "c.BitAnd", "c.FloorDiv", "c.LShift", "c.MatMul", "c.Mul", "c.Mod", "c.BitOr", "c.Pow", "c.RShift", "c.Sub", "c.TrueDiv", "c.BitXor"};
        if (base.equals("c.InplaceAdd")) {
            return 13;
        }
        if (base.equals("c.InplaceOp")) {
            // the operand is the ordinal of Ast.BinOpKind: ADD SUB MULT MATMULT DIV MOD POW LSHIFT RSHIFT BITOR BITXOR BITAND FLOORDIV
            String[] kinds = {"c.Add", "c.Sub", "c.Mul", "c.MatMul", "c.TrueDiv", "c.Mod", "c.Pow", "c.LShift", "c.RShift", "c.BitOr", "c.BitXor", "c.BitAnd", "c.FloorDiv"};
            int k = !consts.isEmpty() && consts.get(0) instanceof Integer i ? i : 0;
            return 13 + Arrays.asList(order).indexOf(kinds[Math.max(0, Math.min(k, kinds.length - 1))]);
        }
        return Math.max(0, Arrays.asList(order).indexOf(base));
    }

    /** Java operand values as Python objects. */
    private static Object pythonValue(Object c) {
        if (c instanceof Integer i) {
            return (long) i;
        } else if (c instanceof String[] names) {
            return new PyTuple(Arrays.copyOf(names, names.length, Object[].class));
        } else if (c instanceof boolean[] flags) {
            Object[] o = new Object[flags.length];
            for (int i = 0; i < flags.length; i++) {
                o[i] = flags[i];
            }
            return new PyTuple(o);
        } else if (c == null) {
            return PyNone.NONE;
        }
        if (c instanceof String || c instanceof Long || c instanceof Double || c instanceof Boolean || c instanceof java.math.BigInteger || c instanceof PyNone || c instanceof PyCode ||
                        c instanceof PyTuple || c instanceof byte[] || c.getClass().getName().startsWith("org.bytepy.runtime")) {
            return c;
        }
        return c.toString();
    }

    /** The code objects this code creates (functions, lambdas, classes, comprehensions), in order. */
    @TruffleBoundary
    static PyList nestedCodes(PyCode code) {
        PyList out = new PyList();
        BytecodeNode bc = bytecode(code);
        if (bc == null) {
            return out;
        }
        List<PyCode> seen = new ArrayList<>();
        for (Instruction ins : bc.getInstructions()) {
            for (Instruction.Argument a : ins.getArguments()) {
                if (a.getKind() == Instruction.Argument.Kind.CONSTANT && a.asConstant() instanceof PyCode c && !seen.contains(c)) {
                    seen.add(c);
                    out.append(c);
                }
            }
        }
        return out;
    }

    /** (tier, JIT state): the interpreter tier of the current bytecode and whether the call target is compiled. */
    @TruffleBoundary
    static PyTuple status(PyCode code) {
        BytecodeNode bc = bytecode(code);
        String tier = bc == null ? "none" : bc.getTier().name().toLowerCase();
        return new PyTuple(new Object[]{tier, jitState(code.getCallTarget())});
    }

    /** "compiled", "not compiled", or "unknown" when the optimizing runtime is not there (interpreter-only). */
    private static String jitState(RootCallTarget ct) {
        if (ct == null) {
            return "unknown";
        }
        if (ct.getClass().getName().endsWith("DefaultCallTarget")) {
            return "off (interpreter only)";
        }
        try {
            java.lang.reflect.Method m = ct.getClass().getMethod("isValid");
            return Boolean.TRUE.equals(m.invoke(ct)) ? "compiled" : "not compiled";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown";
        }
    }

    // ================================================================== code attributes

    /** {@code co_code}: per instruction its opcode and the low byte of its argument, then CACHE (0) bytes for its operands: offsets are ours. */
    @TruffleBoundary
    public static byte[] coCode(PyCode code) {
        PyList ins = instructions(code, false);
        int size = 0;
        for (int i = 0; i < ins.size(); i++) {
            PyTuple t = (PyTuple) ins.get(i);
            size = Math.max(size, (int) (long) (Long) t.get(5) + (int) (long) (Long) t.get(11));
        }
        byte[] out = new byte[size];
        for (int i = 0; i < ins.size(); i++) {
            PyTuple t = (PyTuple) ins.get(i);
            int off = (int) (long) (Long) t.get(5);
            out[off] = (byte) (long) (Long) t.get(1);
            if (off + 1 < size && t.get(2) instanceof Long a) {
                out[off + 1] = (byte) (long) a;
            }
        }
        return out;
    }

    /** {@code co_lines()}: (start, end, line) ranges of byte offsets, consecutive instructions of one line merged. */
    @TruffleBoundary
    public static PyList coLines(PyCode code) {
        PyList ins = instructions(code, false);
        PyList out = new PyList();
        long start = -1, end = -1;
        Object line = null;
        for (int i = 0; i < ins.size(); i++) {
            PyTuple t = (PyTuple) ins.get(i);
            long off = (Long) t.get(5);
            long len = (Long) t.get(11);
            Object l = t.get(6);
            if (line != null && PyObjects.eq(line, l) && off == end) {
                end = off + len;
                continue;
            }
            if (line != null) {
                out.append(new PyTuple(new Object[]{start, end, line}));
            }
            start = off;
            end = off + len;
            line = l;
        }
        if (line != null) {
            out.append(new PyTuple(new Object[]{start, end, line}));
        }
        return out;
    }

    /** {@code co_positions()}: (lineno, end_lineno, col, end_col) for every 2-byte code unit, as CPython. */
    @TruffleBoundary
    public static PyList coPositions(PyCode code) {
        PyList ins = instructions(code, false);
        PyList out = new PyList();
        for (int i = 0; i < ins.size(); i++) {
            PyTuple t = (PyTuple) ins.get(i);
            PyTuple pos = new PyTuple(new Object[]{t.get(6), t.get(7), t.get(8), t.get(9)});
            long units = Math.max(1, (Long) t.get(11) / 2);
            for (long k = 0; k < units; k++) {
                out.append(pos);
            }
        }
        return out;
    }
}
