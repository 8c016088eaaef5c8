package org.bytepy.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import org.bytepy.ast.Ast;
import org.bytepy.parser.PySyntaxError;

/** CPython's traceback text, built from the Truffle stack trace of the exception that carried it. */
public final class Tracebacks {
    private Tracebacks() {
    }

    /**
     * One Python frame of a traceback: what is printed (file, line, name, source section) and what
     * {@code tb.tb_frame} shows (code, frame arguments, the materialized frame and its bytecode index).
     */
    public static final class Frame {
        final String filename;
        final int line;
        final String name;
        final SourceSection section;
        private final PyCode code;
        private final Object[] arguments;
        private final MaterializedFrame frame;
        private final BytecodeNode bytecode;
        private final int bci;
        /** The traceback object of this entry, once asked for (kept so that it stays the same object). */
        PyTraceback tb;

        Frame(String filename, int line, String name, SourceSection section, PyCode code, Object[] arguments, MaterializedFrame frame, BytecodeNode bytecode, int bci) {
            this.filename = filename;
            this.line = line;
            this.name = name;
            this.section = section;
            this.code = code;
            this.arguments = arguments;
            this.frame = frame;
            this.bytecode = bytecode;
            this.bci = bci;
        }

        public String filename() {
            return filename;
        }

        public int line() {
            return line;
        }

        public String name() {
            return name;
        }

        public SourceSection section() {
            return section;
        }

        public PyCode code() {
            return code;
        }

        public Object[] arguments() {
            return arguments;
        }

        public MaterializedFrame frame() {
            return frame;
        }

        public BytecodeNode bytecode() {
            return bytecode;
        }

        public int bci() {
            return bci;
        }
    }

    /**
     * Records that {@code e} passed through a frame of {@code code}, at instruction {@code bci}: called by
     * the root node for every frame an exception reaches, where it is caught or not.
     */
    @TruffleBoundary
    public static void record(PyException e, PyCode code, BytecodeNode bytecode, int bci, MaterializedFrame frame) {
        PyBaseException v = e.getValue();
        if (v.reraised) {
            v.reraised = false;
            return;
        }
        if (bci >= 0 && "throw".equals(bytecode.getInstruction(bci).getName())) {
            return; // the rethrow that ends a finally block: this frame is already recorded
        }
        SourceSection ss = bci >= 0 ? bytecode.getSourceLocation(bci) : null;
        if (bci >= 0 && "branch.backward".equals(bytecode.getInstruction(bci).getName())) {
            ss = loopBodyLocation(bytecode, bci, ss);
        }
        int line = ss != null && ss.isAvailable() ? ss.getStartLine() : code.firstLineno;
        if (v.traceback == null) {
            v.traceback = new ArrayList<>();
        }
        v.traceback.add(new Frame(code.filename, line, code.name, ss, code, frame.getArguments(), frame, bytecode, bci));
    }

    /**
     * An exception at a loop's back edge (KeyboardInterrupt from a safepoint there) has only the
     * enclosing section of the whole code: it gets the location of the last instruction before it
     * that has one on a single line, the end of the loop body, as CPython's line.
     */
    private static SourceSection loopBodyLocation(BytecodeNode bytecode, int bci, SourceSection fallback) {
        SourceSection best = fallback;
        for (com.oracle.truffle.api.bytecode.Instruction ins : bytecode.getInstructions()) {
            if (ins.getBytecodeIndex() >= bci) {
                break;
            }
            SourceSection s = bytecode.getSourceLocation(ins.getBytecodeIndex());
            if (s != null && s.isAvailable() && s.getStartLine() == s.getEndLine()) {
                best = s;
            }
        }
        return best;
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

    /**
     * CPython's default sys.unraisablehook: an exception that cannot propagate (raised by a weakref callback,
     * a profiler's timer, ...) is printed to stderr as "Exception ignored in: <obj>" and its traceback.
     */
    @TruffleBoundary
    public static void writeUnraisable(PyException e, Object obj) {
        org.bytepy.BytepyContext ctx = org.bytepy.BytepyContext.get(null);
        String text = "Exception ignored in: " + PyObjects.repr(obj) + "\n" + format(e.getValue());
        Object stderr = ctx.getSysModule().dict.getStr("stderr");
        try {
            if (stderr != null && stderr != PyNone.NONE) {
                PyCalls.call(PyObjects.getAttr(stderr, "write", null), new Object[]{text}, null, null);
                return;
            }
        } catch (PyException ignored) {
            // a broken sys.stderr: the process's stderr below
        }
        ctx.err().print(text);
        ctx.err().flush();
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
            Frame last = null;
            int count = 0;
            for (Frame f : frames) {
                // CPython prints a line repeated more than three times in a row only three times
                if (last == null || !last.filename.equals(f.filename) || last.line != f.line || !last.name.equals(f.name)) {
                    repeated(sb, count);
                    last = f;
                    count = 0;
                }
                count++;
                if (count > RECURSIVE_CUTOFF) {
                    continue;
                }
                sb.append("  File \"").append(f.filename).append("\", line ").append(f.line).append(", in ").append(f.name).append('\n');
                if (f.section != null && f.section.isAvailable() && !f.filename.startsWith("<")) {
                    String original = f.section.getSource().getCharacters(f.line).toString();
                    String line = original.strip();
                    if (!line.isEmpty()) {
                        sb.append("    ").append(line).append('\n');
                        String carets = carets(f.section, original);
                        if (carets != null) {
                            sb.append("    ").append(carets).append('\n');
                        }
                    }
                }
            }
            repeated(sb, count);
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
                if (offset > 0 && offset - 1 - indent >= 0) {
                    long start = offset - 1 - indent;
                    // CPython prints one caret for indentation errors, else the offset..end_offset range
                    boolean single = e.getType().isSubtypeOf(PyTypes.INDENTATION_ERROR);
                    long width = !single && endLine == lineno && endOffset > offset ? endOffset - offset : 1;
                    start = Math.min(start, stripped.length());
                    width = Math.max(1, Math.min(width, stripped.length() + 1 - start));
                    sb.append("    ").append(" ".repeat((int) start)).append("^".repeat((int) width)).append('\n');
                }
            }
            Object msg = e.getAttribute("msg");
            sb.append(e.getType().getName()).append(": ").append(msg instanceof String m ? m : PyObjects.str(e)).append('\n');
            return;
        }
        sb.append(PyObjects.formatExceptionLine(e)).append(suggestion(e)).append('\n');
    }

    /**
     * CPython's "Did you mean" hint for a NameError or AttributeError with a name (". Did you mean: 'x'?", and
     * "Did you forget to import" for a standard module's name): what Lib's traceback module computes, asked
     * of it, so that both print the same. Empty when there is none or it cannot be computed.
     */
    private static String suggestion(PyBaseException e) {
        PyType t = e.getType();
        if (!(t.isSubtypeOf(PyTypes.NAME_ERROR) || t.isSubtypeOf(PyTypes.ATTRIBUTE_ERROR)) || !(e.getAttribute("name") instanceof String)) {
            return "";
        }
        try {
            org.bytepy.BytepyContext ctx = org.bytepy.BytepyContext.get(null);
            Object traceback = org.bytepy.imports.Importer.importModule(ctx, "traceback", null);
            PyDict kw = new PyDict();
            kw.put("compact", true);
            Object te = PyCalls.call(PyObjects.getAttr(traceback, "TracebackException", null), new Object[]{t, e, PyTraceback.of(e)}, kw, null);
            String full = PyObjects.str(PyObjects.getAttr(te, "_str", null));
            String base = PyObjects.str(e);
            String hint = full.startsWith(base) ? full.substring(base.length()) : "";
            // CPython's own printing (not traceback.py 3.12) ends the import hint with '?'
            return hint.contains("forget to import '") && hint.endsWith("'") ? hint + "?" : hint;
        } catch (PyException | StackOverflowError | IllegalStateException ex) {
            return "";
        }
    }

    /** traceback.py's _RECURSIVE_CUTOFF. */
    private static final int RECURSIVE_CUTOFF = 3;

    private static void repeated(StringBuilder sb, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    /**
     * CPython 3.12's position markers under a traceback line: {@code ^} under the failing expression,
     * or {@code ~} with {@code ^} under the operator of a binary operation or the brackets of a
     * subscript; null when the expression is the whole line (traceback.py's format_frame_summary).
     */
    static String carets(SourceSection section, String line) {
        String stripped = line.strip();
        int indent = line.length() - line.stripLeading().length();
        int start = section.getStartColumn() - 1;
        int end;
        int[] anchors = null;
        if (section.getStartLine() == section.getEndLine()) {
            end = section.getEndColumn();
            if (start < 0 || end > line.length() || start >= end) {
                return null;
            }
            anchors = anchors(line.substring(start, end));
        } else {
            end = indent + stripped.length();
        }
        if (!(end - start < stripped.length() || (anchors != null && anchors[1] - anchors[0] > 0))) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(" ".repeat(Math.max(0, start - indent)));
        if (anchors != null) {
            sb.append("~".repeat(anchors[0])).append("^".repeat(anchors[1] - anchors[0])).append("~".repeat(Math.max(0, end - start - anchors[1])));
        } else {
            sb.append("^".repeat(end - start));
        }
        return sb.toString();
    }

    /** {left end, right start} of the secondary markers in a segment that is a binary operation or a subscript. */
    private static int[] anchors(String segment) {
        Ast.Mod mod;
        try {
            mod = org.bytepy.parser.Parser.parse(segment, "<segment>", org.bytepy.parser.Parser.Mode.EXEC);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(mod instanceof Ast.Module m) || m.body().size() != 1 || !(m.body().get(0) instanceof Ast.ExprStmt es)) {
            return null;
        }
        if (es.value() instanceof Ast.BinOp b) {
            int operatorStart = b.left().pos().end();
            int operatorEnd = b.right().pos().start();
            String operator = segment.substring(operatorStart, operatorEnd);
            int offset = operator.length() - operator.stripLeading().length();
            int left = operatorStart + offset;
            int right = left + 1;
            if (offset + 1 < operator.length() && !Character.isWhitespace(operator.charAt(offset + 1))) {
                right++;
            }
            while (left < segment.length() && (Character.isWhitespace(segment.charAt(left)) || segment.charAt(left) == ')' || segment.charAt(left) == '#')) {
                left++;
                right++;
            }
            return new int[]{left, right};
        } else if (es.value() instanceof Ast.Subscript sub) {
            int left = sub.value().pos().end();
            int right = sub.slice().pos().end() + 1;
            while (left < segment.length() && segment.charAt(left) != '[') {
                left++;
            }
            while (right < segment.length() && segment.charAt(right) != ']') {
                right++;
            }
            if (right < segment.length()) {
                right++;
            }
            return new int[]{left, right};
        }
        return null;
    }

    /** The Python SyntaxError object for a front-end error. */
    @TruffleBoundary
    public static PyException syntaxErrorException(PySyntaxError err, Node location) {
        if (err.warnings != null) {
            java.util.List<org.bytepy.parser.CompileWarning> ws = err.warnings;
            err.warnings = null;
            for (org.bytepy.parser.CompileWarning w : ws) {
                if (!org.bytepy.modules.WarningsModule.warnExplicit(PyTypes.SYNTAX_WARNING, w.message(), err.filename, w.line())) {
                    return syntaxErrorException(new PySyntaxError("SyntaxError", w.message(), err.filename, w.line(), w.col(), w.endLine(), w.endCol(), null), location);
                }
            }
        }
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
