package org.bytepy.parser;

/** A token: kind, text (names, operators, numbers, strings as written) and char offsets into the source. */
public final class Token {
    public final TokenKind kind;
    public final String text;
    public final int start;
    public final int end;
    /** For ERROR tokens: the error to raise when the parser reaches this token. */
    final PySyntaxError error;

    Token(TokenKind kind, String text, int start, int end) {
        this(kind, text, start, end, null);
    }

    Token(TokenKind kind, String text, int start, int end, PySyntaxError error) {
        this.kind = kind;
        this.text = text;
        this.start = start;
        this.end = end;
        this.error = error;
    }

    public boolean is(String op) {
        return (kind == TokenKind.OP || kind == TokenKind.NAME) && text.equals(op);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + start;
    }
}
