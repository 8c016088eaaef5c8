package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.modules.BytepyDisModule;

/** The {@code co_*} attributes of code objects. */
public final class PyCodeAttributes {
    private PyCodeAttributes() {
    }

    @TruffleBoundary
    public static Object get(PyCode c, String name) {
        switch (name) {
            case "co_name":
                return c.name;
            case "co_qualname":
                return c.qualname;
            case "co_filename":
                return c.filename;
            case "co_firstlineno":
                return (long) c.firstLineno;
            case "co_argcount":
                return (long) c.argCount;
            case "co_posonlyargcount":
                return (long) c.posOnlyArgCount;
            case "co_kwonlyargcount":
                return (long) c.kwOnlyArgCount;
            case "co_nlocals":
                return (long) c.coVarnames().length;
            case "co_varnames":
                return strings(c.coVarnames());
            case "co_consts":
                return new PyTuple(c.consts.clone());
            case "co_names":
                return strings(c.names);
            case "co_code":
            case "_co_code_adaptive":
                return BytepyDisModule.coCode(c);
            case "co_stacksize":
                return (long) stackSize(c);
            case "co_linetable":
            case "co_exceptiontable":
            case "co_lnotab":
                return new byte[0];
            case "co_cellvars":
                return strings(c.cellvars);
            case "co_freevars":
                return strings(c.freevars);
            case "co_flags":
                return (long) c.flags;
            case "__class__":
                return PyTypes.CODE;
            default:
                // methods (replace, co_lines, co_positions) and the rest of the type's attributes
                Object attr = PyTypes.CODE.lookup(name);
                if (attr instanceof PyBuiltinFunction f && f.owner != null) {
                    return new PyBoundMethod(c, f);
                }
                return attr;
        }
    }

    /**
     * {@code co_stacksize}: the operand stack slots of our frame (the frame's slots beyond the locals),
     * at least 1.
     */
    private static int stackSize(PyCode c) {
        if (c.getCallTarget() == null) {
            return 1;
        }
        com.oracle.truffle.api.bytecode.BytecodeNode bc = BytepyDisModule.bytecode(c);
        int slots = c.getCallTarget().getRootNode().getFrameDescriptor().getNumberOfSlots();
        int locals = bc == null ? 0 : bc.getLocals().size();
        return Math.max(1, slots - locals);
    }

    private static PyTuple strings(String[] names) {
        return new PyTuple(names.clone());
    }
}
