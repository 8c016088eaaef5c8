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
