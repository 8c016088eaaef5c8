package org.bytepy.parser;

import java.util.Arrays;

/** Source text with a line table: maps char offsets to line/column and builds syntax errors. */
final class Src {
    final String text;
    final String filename;
    final int[] lineStarts;
    final int nlines;

    Src(String text, String filename) {
        this.text = text;
        this.filename = filename;
        int[] ls = new int[64];
        int n = 0;
        ls[n++] = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
                if (n == ls.length) {
                    ls = Arrays.copyOf(ls, n * 2);
                }
                ls[n++] = i + 1;
            }
        }
        this.lineStarts = ls;
        this.nlines = n;
    }

    /** The SyntaxWarnings of the literals, in source order. */
    final java.util.List<CompileWarning> warnings = new java.util.ArrayList<>();
    /** Literals already warned about (the parser may decode a literal again after backtracking). */
    private final java.util.Set<Integer> warnedLiterals = new java.util.HashSet<>();

    /**
     * An invalid escape in the literal starting at {@code literalStart}: only the first one of each
     * literal is reported, as CPython's {@code first_invalid_escape}.
     */
    void invalidEscape(int literalStart, int escapeStart, String message) {
        if (!warnedLiterals.add(literalStart)) {
            return;
        }
        // the SyntaxError a warning may become points at the string token: back over its quotes and prefix
        int tokenStart = literalStart;
        for (int q = 0; q < 3 && tokenStart > 0 && (text.charAt(tokenStart - 1) == '"' || text.charAt(tokenStart - 1) == '\''); q++) {
            tokenStart--;
        }
        for (int p = 0; p < 2 && tokenStart > 0 && "rRbBuUfF".indexOf(text.charAt(tokenStart - 1)) >= 0; p++) {
            tokenStart--;
        }
        int line = line(tokenStart);
        warnings.add(new CompileWarning(message, line, col(tokenStart) + 1, line(escapeStart), col(escapeStart) + 2));
    }

    /** The tokenizer's warning at {@code offset} (once, however often that part is tokenized). */
    void warnAt(int offset, String message) {
        if (warnedLiterals.add(-1 - offset)) {
            int line = line(offset);
            // as a SyntaxError it points just before the letter (CPython backs up over it)
            warnings.add(new CompileWarning(message, line, col(offset), line, col(offset) + 1));
        }
    }

    /** The warnings in source order (the tokenizer runs ahead of the parser's decoding of literals). */
    java.util.List<CompileWarning> sortedWarnings() {
        java.util.List<CompileWarning> l = new java.util.ArrayList<>(warnings);
        l.sort(java.util.Comparator.comparingInt(CompileWarning::line).thenComparingInt(CompileWarning::col));
        return l;
    }

    /** 1-based line of an offset. */
    int line(int off) {
        int lo = 0, hi = nlines - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= off) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    int col(int off) {
        return off - lineStarts[line(off) - 1];
    }

    String lineText(int line) {
        if (line < 1 || line > nlines) {
            return null;
        }
        int s = lineStarts[line - 1];
        int e = line < nlines ? lineStarts[line] : text.length();
        if (s >= text.length() && line > 1) {
            return "";
        }
        return text.substring(s, e);
    }

    PySyntaxError error(String type, String msg, int start, int end) {
        int l = line(start);
        int el = line(Math.max(start, end));
        return new PySyntaxError(type, msg, filename, l, col(start) + 1, el, end < 0 ? -1 : col(Math.max(start, end)) + 1, lineText(l));
    }

    PySyntaxError error(String msg, int start, int end) {
        return error("SyntaxError", msg, start, end);
    }

    PySyntaxError errorAt(String type, String msg, int lineno, int offset, int endLineno, int endOffset) {
        return new PySyntaxError(type, msg, filename, lineno, offset, endLineno, endOffset, lineText(lineno));
    }
}
