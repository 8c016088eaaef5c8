package org.bytepy.parser;

/** A SyntaxError (or IndentationError / TabError) raised by the tokenizer or the parser, as CPython reports it. */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String type;
    public final String msg;
    public final String filename;
    public final int lineno;
    /** 1-based column, as CPython's {@code SyntaxError.offset}. */
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    public final String text;
    /** SyntaxWarnings found before the error, issued before it is raised ({@code Tracebacks.syntaxErrorException}). */
    public java.util.List<CompileWarning> warnings;

    public PySyntaxError(String type, String msg, String filename, int lineno, int offset, int endLineno, int endOffset, String text) {
        super(type + ": " + msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }
}
