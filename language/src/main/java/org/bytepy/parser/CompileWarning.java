package org.bytepy.parser;

/**
 * A SyntaxWarning found while compiling (an invalid escape sequence, {@code x is 1}, a call of a
 * literal, ...): its message and where it points, 1-based. The compiler's caller issues it through
 * {@code warnings.warn_explicit}; a filter that makes it an error turns it into a SyntaxError there.
 */
public record CompileWarning(String message, int line, int col, int endLine, int endCol) {
}
