package org.bytepy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.bytecode.BytecodeLocation;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import org.bytepy.BytepyContext;
import org.bytepy.nodes.PyRootNode;

/**
 * A frame object ({@code sys._getframe()}, {@code tb.tb_frame}): materialized on request from a
 * Truffle frame on the stack or from a traceback entry. {@code f_locals} of a function frame is a
 * snapshot dict taken when it is read; of a module frame its globals; of a class body its namespace.
 */
public final class PyFrame extends org.bytepy.interop.PyInteropObject implements PyObjectBase, PyComputedAttributes {
    public static final PyType TYPE = new PyType("frame", true, PyTypes.OBJECT);

    private static final int CO_OPTIMIZED = 0x1;

    public final PyCode code;
    private final Object[] arguments;
    private final Frame frame;
    private final BytecodeNode bytecode;
    private final int bci;
    private final int lineno;
    /** The calling frame, null for None. */
    PyFrame back;

    PyFrame(PyCode code, Object[] arguments, Frame frame, BytecodeNode bytecode, int bci, int lineno) {
        this.code = code;
        this.arguments = arguments;
        this.frame = frame;
        this.bytecode = bytecode;
        this.bci = bci;
        this.lineno = lineno;
    }

    @Override
    public PyType getPyType() {
        return TYPE;
    }

    public int getLineno() {
        return currentLine();
    }

    /** The bytecode index the frame is at now (frames keep it in a slot), else where it was seen. */
    private int currentBci() {
        if (frame != null && bytecode != null) {
            try {
                int now = bytecode.getBytecodeIndex(frame);
                if (now >= 0) {
                    return now;
                }
            } catch (RuntimeException e) {
                // not readable: fall back to the index recorded when the frame object was made
            }
        }
        return bci;
    }

    /** {@code f_lineno}: the line of the instruction the frame is executing (or last executed). */
    @TruffleBoundary
    private int currentLine() {
        int now = currentBci();
        if (now >= 0 && now != bci && bytecode != null) {
            try {
                SourceSection ss = bytecode.getSourceLocation(now);
                // an instruction of no statement (exception cleanup code) has only the function's own
                // section: like CPython's instructions without a line, it keeps the last line
                if (ss != null && ss.isAvailable() && !ss.equals(bytecode.getRootNode().getSourceSection())) {
                    return ss.getStartLine();
                }
            } catch (RuntimeException e) {
                // keep the recorded line
            }
        }
        return lineno;
    }

    public PyDict getGlobals() {
        return globalsOf(arguments);
    }

    static PyDict globalsOf(Object[] args) {
        if (args != null && args.length > 0 && args[0] instanceof PyFunction fn) {
            return fn.globals;
        }
        return new PyDict();
    }

    @Override
    @TruffleBoundary
    public Object getAttribute(String name) {
        switch (name) {
            case "f_code":
                return code;
            case "f_lineno":
                return (long) currentLine();
            case "f_lasti":
                return (long) Math.max(0, currentBci());
            case "f_back":
                return back == null ? PyNone.NONE : back;
            case "f_globals":
                return getGlobals();
            case "f_locals":
                return locals();
            case "f_builtins":
                return builtins();
            case "f_trace":
                return PyNone.NONE;
            case "f_trace_lines":
                return true;
            case "f_trace_opcodes":
                return false;
            case "clear":
                // frame.clear() (traceback.clear_frames, unittest's assertRaises): locals are not kept alive by frames here
                return new PyBuiltinFunction("clear", null, (a, kw) -> PyNone.NONE);
            default:
                return null;
        }
    }

    private Object builtins() {
        Object b = getGlobals().getStr("__builtins__");
        if (b instanceof PyModule m) {
            return m.dict;
        } else if (b instanceof PyDict d) {
            return d;
        }
        return BytepyContext.get(null).getBuiltins();
    }

    /** {@code f_locals}: the namespace of a module or class body, a snapshot of a function's locals. */
    @TruffleBoundary
    public PyDict locals() {
        if ((code.flags & CO_OPTIMIZED) == 0) {
            if (arguments != null && arguments.length > 1 && arguments[1] instanceof PyDict ns) {
                return ns;
            }
            return getGlobals();
        }
        if (frame == null || bytecode == null || bci < 0) {
            return new PyDict();
        }
        try {
            return org.bytepy.nodes.PyRootNode.Locals.toDict(bytecode.getLocalNames(bci), bytecode.getLocalValues(bci, frame));
        } catch (RuntimeException e) {
            return new PyDict(); // the frame is no longer readable (e.g. its bytecode was replaced)
        }
    }

    // ------------------------------------------------------------------ the stack

    /** {@code sys._getframe(depth)}. */
    @TruffleBoundary
    public static Object getFrame(long depth) {
        List<PyFrame> stack = stack();
        if (depth < 0) {
            depth = 0;
        }
        if (depth >= stack.size()) {
            throw PyErrors.valueError(null, "call stack is not deep enough");
        }
        return stack.get((int) depth);
    }

    /** The Python frames on the Truffle stack, innermost first, linked through {@code f_back}. */
    @TruffleBoundary
    public static List<PyFrame> stack() {
        List<PyFrame> frames = new ArrayList<>();
        Node current = EncapsulatingNodeReference.getCurrent().get();
        Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            PyFrame f = fromFrameInstance(fi, frames.isEmpty() ? current : null);
            if (f != null) {
                if (!frames.isEmpty()) {
                    frames.get(frames.size() - 1).back = f;
                }
                frames.add(f);
            }
            return null;
        });
        return frames;
    }

    private static PyFrame fromFrameInstance(FrameInstance fi, Node current) {
        BytecodeNode bytecode = null;
        try {
            bytecode = BytecodeNode.get(fi);
            if (bytecode == null && current != null) {
                bytecode = BytecodeNode.get(current);
            }
            if (bytecode == null && fi.getCallTarget() instanceof RootCallTarget rct && rct.getRootNode() instanceof PyRootNode r) {
                bytecode = r.getBytecodeNode();
            }
        } catch (RuntimeException e) {
            return null;
        }
        if (bytecode == null || !(bytecode.getBytecodeRootNode() instanceof PyRootNode root) || root.getCode() == null) {
            return null;
        }
        Frame frame = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
        Object[] args = frame.getArguments();
        if (args.length > 0 && args[0] instanceof Frame generatorFrame) {
            // a resumed generator: the continuation's arguments are (generator frame, sent value)
            frame = generatorFrame;
            args = generatorFrame.getArguments();
        }
        BytecodeLocation location = null;
        try {
            location = bytecode.getBytecodeLocation(fi);
            if ((location == null || location.getBytecodeIndex() < 0) && current != null && BytecodeNode.get(current) == bytecode) {
                location = bytecode.getBytecodeLocation(fi.getFrame(FrameInstance.FrameAccess.READ_ONLY), current);
            }
        } catch (RuntimeException e) {
            location = null;
        }
        int bci = location == null ? -1 : location.getBytecodeIndex();
        PyCode code = root.getCode();
        int line = code.firstLineno;
        if (location != null && bci >= 0) {
            SourceSection ss = location.getSourceLocation();
            if (ss != null && ss.isAvailable()) {
                line = ss.getStartLine();
            }
        }
        return new PyFrame(code, args, frame, bytecode, bci, line);
    }

    /** The frame object of a traceback entry ({@code tb.tb_frame}). */
    static PyFrame ofTracebackEntry(Tracebacks.Frame entry) {
        return new PyFrame(entry.code(), entry.arguments(), entry.frame(), entry.bytecode(), entry.bci(), entry.line());
    }
}
