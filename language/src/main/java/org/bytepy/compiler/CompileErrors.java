package org.bytepy.compiler;

import org.bytepy.ast.Ast;
import org.bytepy.parser.PySyntaxError;

/** SyntaxErrors found after parsing (scopes, code generation), in the parser's error type. */
public final class CompileErrors {
    private CompileErrors() {
    }

    public static PySyntaxError syntaxError(String msg, String filename, String source, Ast.Pos pos) {
        String line = lineText(source, pos.line());
        return new PySyntaxError("SyntaxError", msg, filename, pos.line(), pos.col() + 1, pos.endLine(), pos.endCol() + 1, line);
    }

    /**
     * Issues the SyntaxWarnings of a compilation ({@code parserWarnings} first, then the compiler's
     * kept on {@code code}) through {@code warnings.warn_explicit}, as CPython's compiler does; one
     * that a filter turns into an error becomes a SyntaxError at its place.
     */
    public static void issueWarnings(java.util.List<org.bytepy.parser.CompileWarning> parserWarnings, org.bytepy.runtime.PyCode code, String filename, String source) {
        java.util.List<org.bytepy.parser.CompileWarning> all = new java.util.ArrayList<>();
        if (parserWarnings != null) {
            all.addAll(parserWarnings);
        }
        if (code != null && code.compileWarnings != null) {
            all.addAll(code.compileWarnings);
            code.compileWarnings = null;
        }
        for (org.bytepy.parser.CompileWarning w : all) {
            if (!org.bytepy.modules.WarningsModule.warnExplicit(org.bytepy.runtime.PyTypes.SYNTAX_WARNING, w.message(), filename, w.line())) {
                throw new PySyntaxError("SyntaxError", w.message(), filename, w.line(), w.col(), w.endLine(), w.endCol(), lineText(source, w.line()));
            }
        }
    }

    static String lineText(String source, int lineno) {
        int start = 0;
        for (int i = 1; i < lineno; i++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        return end < 0 ? source.substring(start) : source.substring(start, end + 1);
    }
}
