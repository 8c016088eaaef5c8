package org.bytepy.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import org.bytepy.parser.PySyntaxError;

/** CPython's traceback text, built from the Truffle stack trace of the exception that carried it. */
public final class Tracebacks {
    private Tracebacks() {
    }

    /** One Python frame of a traceback. */
    public record Frame(String filename, int line, String name, SourceSection section) {
    }

    /**
     * Records that {@code e} passed through a frame of {@code code}, at instruction {@code bci}: called by
     * the root node for every frame an exception reaches, where it is caught or not.
     */
    @TruffleBoundary
    public static void record(PyException e, PyCode code, BytecodeNode bytecode, int bci) {
        PyBaseException v = e.getValue();
        if (v.reraised) {
            v.reraised = false;
            return;
        }
        if (bci >= 0 && "throw".equals(bytecode.getInstruction(bci).getName())) {
            return; // the rethrow that ends a finally block: this frame is already recorded
        }
        SourceSection ss = bci >= 0 ? bytecode.getSourceLocation(bci) : null;
        int line = ss != null && ss.isAvailable() ? ss.getStartLine() : code.firstLineno;
        if (v.traceback == null) {
            v.traceback = new ArrayList<>();
        }
        v.traceback.add(new Frame(code.filename, line, code.name, ss));
    }

    /** The frames of a traceback, outermost first (as printed). */
    @TruffleBoundary
    public static List<Frame> frames(PyBaseException e) {
        if (e.traceback == null) {
            return List.of();
        }
        List<Frame> out = new ArrayList<>(e.traceback);
        Collections.reverse(out);
        return out;
    }

    @TruffleBoundary
    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        chain(e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void chain(PyBaseException e, StringBuilder sb, IdentityHashMap<Object, Object> seen) {
        seen.put(e, e);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            chain(e.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            chain(e.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(e, sb);
    }

    private static void single(PyBaseException e, StringBuilder sb) {
        List<Frame> frames = frames(e);
        if (!frames.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (Frame f : frames) {
                sb.append("  File \"").append(f.filename).append("\", line ").append(f.line).append(", in ").append(f.name).append('\n');
                if (f.section != null && f.section.isAvailable() && !f.filename.startsWith("<")) {
                    String line = f.section.getSource().getCharacters(f.line).toString().strip();
                    if (!line.isEmpty()) {
                        sb.append("    ").append(line).append('\n');
                    }
                }
            }
        }
        if (e.getType().isSubtypeOf(PyTypes.SYNTAX_ERROR) && e.getAttribute("lineno") instanceof Long lineno) {
            Object filename = e.getAttribute("filename");
            sb.append("  File \"").append(filename instanceof String s ? s : "<string>").append("\", line ").append(lineno).append('\n');
            if (e.getAttribute("text") instanceof String text && !text.isBlank()) {
                String stripped = text.stripTrailing();
                int indent = stripped.length() - stripped.stripLeading().length();
                stripped = stripped.stripLeading();
                sb.append("    ").append(stripped).append('\n');
                long offset = e.getAttribute("offset") instanceof Long o ? o : 0;
                long endOffset = e.getAttribute("end_offset") instanceof Long o ? o : offset;
                long endLine = e.getAttribute("end_lineno") instanceof Long o ? o : lineno;
                if (offset > 0) {
                    long start = Math.max(0, offset - 1 - indent);
                    long width = endLine == lineno && endOffset > offset ? endOffset - offset : 1;
                    start = Math.min(start, stripped.length());
                    width = Math.max(1, Math.min(width, stripped.length() + 1 - start));
                    sb.append("    ").append(" ".repeat((int) start)).append("^".repeat((int) width)).append('\n');
                }
            }
            Object msg = e.getAttribute("msg");
            sb.append(e.getType().getName()).append(": ").append(msg instanceof String m ? m : PyObjects.str(e)).append('\n');
            return;
        }
        sb.append(PyObjects.formatExceptionLine(e)).append('\n');
    }

    /** The Python SyntaxError object for a front-end error. */
    @TruffleBoundary
    public static PyException syntaxErrorException(PySyntaxError err, Node location) {
        PyType type = switch (err.type) {
            case "IndentationError" -> PyTypes.INDENTATION_ERROR;
            case "TabError" -> PyTypes.TAB_ERROR;
            default -> PyTypes.SYNTAX_ERROR;
        };
        Object text = err.text == null ? PyNone.NONE : err.text;
        PyTuple details = PyTuple.of(err.filename, (long) err.lineno, (long) err.offset, text, (long) err.endLineno, (long) err.endOffset);
        PyBaseException value = new PyBaseException(type, PyTuple.of(err.msg, details));
        value.setAttribute("msg", err.msg);
        value.setAttribute("filename", err.filename);
        value.setAttribute("lineno", (long) err.lineno);
        value.setAttribute("offset", (long) err.offset);
        value.setAttribute("text", text);
        value.setAttribute("end_lineno", (long) err.endLineno);
        value.setAttribute("end_offset", (long) err.endOffset);
        value.setAttribute("print_file_and_line", PyNone.NONE);
        return new PyException(value, location);
    }
}
