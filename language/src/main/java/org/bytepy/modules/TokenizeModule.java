package org.bytepy.modules;

import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyIterators.FunctionIterator;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code _tokenize} module: {@code TokenizerIter}, the tokenizer behind Lib's {@code tokenize}.
 * It reads all lines from a {@code readline} callable and produces CPython 3.12's token 5-tuples,
 * including COMMENT/NL and the f-string tokens FSTRING_START/MIDDLE/END.
 */
public final class TokenizeModule {
    private TokenizeModule() {
    }

    static final int ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6, OP = 55;
    static final int FSTRING_START = 61, FSTRING_MIDDLE = 62, FSTRING_END = 63, COMMENT = 64, NL = 65;

    static final PyType TOKENIZER_ITER = CollectionsSupport.javaType("_tokenize", "TokenizerIter", TokenizeModule::construct);

    private static final String[] OPS3 = {"**=", "...", "//=", ">>=", "<<="};
    private static final String[] OPS2 = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
    private static final String OPS1 = "!%&()*+,-./:;<=>@[]^|{}~";

    public static PyModule create() {
        PyModule m = new PyModule("_tokenize", new PyDict());
        m.dict.put("TokenizerIter", TOKENIZER_ITER);
        return m;
    }

    @TruffleBoundary
    private static Object construct(Object[] a, PyDict kw) {
        Object[] p = CollectionsSupport.parse("TokenizerIter", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 1, "readline", "$extra_tokens", "$encoding");
        boolean extra = p[1] != null && PyObjects.isTrue(p[1]);
        String encoding = CollectionsSupport.isNone(p[2]) ? null : PyObjects.str(p[2]);
        Object source = p[0];
        StringBuilder text = new StringBuilder();
        if (source instanceof String s) {
            text.append(s);
        } else {
            while (true) {
                Object line;
                try {
                    line = PyCalls.call(source, new Object[0], null, null);
                } catch (PyException e) {
                    if (e.getType().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                        break;
                    }
                    throw e;
                }
                Object v = PyObject.unwrap(line);
                String s;
                if (v instanceof byte[] b) {
                    s = new String(b, Charset.forName(encoding == null ? "utf-8" : encoding));
                } else if (v instanceof String str) {
                    if (encoding != null) {
                        throw PyErrors.typeError(null, "readline() returned a non-bytes object");
                    }
                    s = str;
                } else {
                    s = PyObjects.str(line);
                }
                if (s.isEmpty()) {
                    break;
                }
                text.append(s);
            }
        }
        Tok t = new Tok(text.toString(), extra);
        try {
            t.run();
        } catch (PyException e) {
            t.error = e;
        }
        int[] idx = {0};
        return new FunctionIterator(TOKENIZER_ITER, () -> {
            if (idx[0] < t.out.size()) {
                return t.out.get(idx[0]++);
            }
            if (t.error != null) {
                PyException e = t.error;
                t.error = null;
                throw e;
            }
            return null;
        });
    }

    private static final class FStr {
        final String quote;
        final boolean raw;
        int start;
        /** Mode stack: 0 = literal text, 1 = expression, 2 = format spec. */
        final ArrayDeque<Integer> modes = new ArrayDeque<>();
        final ArrayDeque<Integer> depths = new ArrayDeque<>();

        FStr(String quote, boolean raw) {
            this.quote = quote;
            this.raw = raw;
            modes.push(0);
        }
    }

    private static final class Tok {
        final String src;
        final boolean extra;
        final List<Integer> lineStarts = new ArrayList<>();
        final List<Object> out = new ArrayList<>();
        PyException error;
        int pos;
        int depth;
        int openRow;
        final ArrayDeque<Integer> indents = new ArrayDeque<>();
        final ArrayDeque<Integer> altIndents = new ArrayDeque<>();
        final ArrayDeque<FStr> fstrings = new ArrayDeque<>();

        Tok(String src, boolean extra) {
            if (!src.isEmpty() && !src.endsWith("\n")) {
                lastLineNoNl = true;
            }
            this.src = src;
            this.extra = extra;
            lineStarts.add(0);
            for (int i = 0; i < src.length(); i++) {
                if (src.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
            indents.push(0);
            altIndents.push(0);
        }

        int lineEnd(int p) {
            int e = src.indexOf('\n', p);
            return e < 0 ? src.length() : e;
        }

        PyException tabError(int p) {
            return syntax(PyTypes.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", lineEnd(p));
        }

        boolean lastLineNoNl;

        int row(int p) {
            int lo = 0, hi = lineStarts.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts.get(mid) <= p) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        String lineText(int r0, int r1) {
            int a = lineStarts.get(r0);
            int b = r1 + 1 < lineStarts.size() ? lineStarts.get(r1 + 1) : src.length();
            return src.substring(a, b);
        }

        void emit(int type, String text, int start, int end) {
            int r0 = row(start);
            int r1 = end > start ? row(type == FSTRING_MIDDLE ? end : end - 1) : r0;
            int c0 = src.codePointCount(lineStarts.get(r0), start);
            int c1 = src.codePointCount(lineStarts.get(r1), end);
            emitAt(type, text, r0 + 1, c0, r1 + 1, c1, lineText(r0, r1));
        }

        void emitAt(int type, String text, int r0, int c0, int r1, int c1, String line) {
            out.add(PyTuple.of((long) type, text, PyTuple.of((long) r0, (long) c0), PyTuple.of((long) r1, (long) c1), line));
        }

        PyException syntax(PyType type, String msg, int at) {
            int r = row(Math.min(at, src.length()));
            int col = src.codePointCount(lineStarts.get(r), Math.min(at, src.length())) + 1;
            String text = lineText(r, r);
            PyTuple details = PyTuple.of("<string>", (long) (r + 1), (long) col, text, (long) (r + 1), (long) col);
            PyBaseException value = new PyBaseException(type, PyTuple.of(msg, details));
            value.setAttribute("msg", msg);
            value.setAttribute("filename", "<string>");
            value.setAttribute("lineno", (long) (r + 1));
            value.setAttribute("offset", (long) col);
            value.setAttribute("text", text);
            value.setAttribute("end_lineno", (long) (r + 1));
            value.setAttribute("end_offset", (long) col);
            value.setAttribute("print_file_and_line", PyNone.NONE);
            return new PyException(value, null);
        }

        char at(int i) {
            return i < src.length() ? src.charAt(i) : '\0';
        }

        void run() {
            int n = src.length();
            boolean lineStart = true;
            boolean sawToken = false;
            while (true) {
                if (lineStart && depth == 0 && fstrings.isEmpty()) {
                    lineStart = false;
                    if (pos >= n) {
                        break;
                    }
                    int col = 0;
                    int alt = 0;
                    int p = pos;
                    while (p < n) {
                        char c = src.charAt(p);
                        if (c == ' ') {
                            col++;
                            alt++;
                        } else if (c == '\t') {
                            col = (col / 8 + 1) * 8;
                            alt++;
                        } else if (c == '\f') {
                            col = 0;
                            alt = 0;
                        } else {
                            break;
                        }
                        p++;
                    }
                    char c = at(p);
                    if (p >= n) {
                        if (p > pos) {
                            eofNl(p);
                        }
                        pos = p;
                        break;
                    }
                    if (c == '#' || c == '\n' || c == '\r') {
                        // blank or comment-only line: no indentation processing
                        pos = p;
                        if (c == '#') {
                            int e = p;
                            while (e < n && src.charAt(e) != '\n' && src.charAt(e) != '\r') {
                                e++;
                            }
                            emit(COMMENT, src.substring(p, e), p, e);
                            pos = e;
                        }
                        int e = pos;
                        if (at(e) == '\r') {
                            e++;
                        }
                        if (at(e) == '\n') {
                            e++;
                        }
                        if (e > pos) {
                            emit(NL, extra ? src.substring(pos, e) : "", pos, extra ? e : pos);
                        } else {
                            eofNl(e);
                        }
                        pos = e;
                        lineStart = true;
                        continue;
                    }
                    int top = indents.peek();
                    if (col == top && alt != altIndents.peek() || col > top && alt <= altIndents.peek()) {
                        throw tabError(p);
                    }
                    if (col > top) {
                        indents.push(col);
                        altIndents.push(alt);
                        emit(INDENT, extra ? src.substring(pos, p) : "", pos, p);
                    } else {
                        if (!indents.contains(col)) {
                            throw syntax(PyTypes.INDENTATION_ERROR, "unindent does not match any outer indentation level", p);
                        }
                        while (col < indents.peek()) {
                            indents.pop();
                            altIndents.pop();
                            emit(DEDENT, "", p, p);
                        }
                        if (col != indents.peek()) {
                            throw syntax(PyTypes.INDENTATION_ERROR, "unindent does not match any outer indentation level", p);
                        }
                        if (alt != altIndents.peek()) {
                            throw tabError(p);
                        }
                    }
                    pos = p;
                }
                FStr fs = fstrings.peek();
                if (fs != null && fs.modes.peek() != 1) {
                    fstringText(fs);
                    continue;
                }
                // skip whitespace
                while (pos < n && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\f')) {
                    pos++;
                }
                if (pos >= n) {
                    break;
                }
                char c = src.charAt(pos);
                int st = pos;
                if (c == '#') {
                    int e = pos;
                    while (e < n && src.charAt(e) != '\n' && src.charAt(e) != '\r') {
                        e++;
                    }
                    emit(COMMENT, src.substring(st, e), st, e);
                    pos = e;
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    int e = pos;
                    if (at(e) == '\r') {
                        e++;
                    }
                    if (at(e) == '\n') {
                        e++;
                    }
                    if (depth > 0 || fs != null) {
                        emit(NL, extra ? src.substring(st, e) : "", st, extra ? e : st);
                    } else {
                        emit(NEWLINE, extra ? src.substring(st, e) : "", st, extra ? e : st);
                        lineStart = true;
                    }
                    pos = e;
                    continue;
                }
                if (c == '\\') {
                    int e = pos + 1;
                    if (at(e) == '\r') {
                        e++;
                    }
                    if (at(e) == '\n') {
                        pos = e + 1;
                        if (pos >= n) {
                            throw syntax(PyTypes.SYNTAX_ERROR, "unexpected EOF in multi-line statement", st + 1);
                        }
                        continue;
                    }
                    throw syntax(PyTypes.SYNTAX_ERROR, "unexpected character after line continuation character", lineEnd(st));
                }
                sawToken = true;
                if (Character.isLetter(c) || c == '_' || c >= 128) {
                    int e = pos + 1;
                    while (e < n && (Character.isLetterOrDigit(src.charAt(e)) || src.charAt(e) == '_' || src.charAt(e) >= 128)) {
                        e++;
                    }
                    if ((at(e) == '\'' || at(e) == '"') && isPrefix(src.substring(st, e).toLowerCase())) {
                        pos = e;
                        string(st, e, src.substring(st, e).toLowerCase());
                        continue;
                    }
                    emit(NAME, src.substring(st, e), st, e);
                    pos = e;
                    continue;
                }
                if (Character.isDigit(c) || (c == '.' && Character.isDigit(at(pos + 1)))) {
                    number(st);
                    continue;
                }
                if (c == '\'' || c == '"') {
                    string(st, st, "");
                    continue;
                }
                String op = null;
                for (String o : OPS3) {
                    if (src.startsWith(o, pos)) {
                        op = o;
                    }
                }
                if (op == null) {
                    for (String o : OPS2) {
                        if (src.startsWith(o, pos)) {
                            op = o;
                        }
                    }
                }
                if (op == null && OPS1.indexOf(c) >= 0) {
                    op = String.valueOf(c);
                }
                if (op == null) {
                    // like CPython's tokenize mode: an unknown character is an OP token
                    op = src.substring(st, st + Character.charCount(src.codePointAt(st)));
                }
                if (fs != null && fs.modes.peek() == 1 && depth == fs.depths.peek()) {
                    // inside a replacement field at its own bracket level
                    if (op.equals("!=")) {
                        // fine, an operator
                    } else if (op.startsWith("!")) {
                        op = "!";
                    } else if (op.startsWith(":")) {
                        emit(OP, ":", st, st + 1);
                        pos = st + 1;
                        fs.modes.pop();
                        fs.modes.push(2);
                        continue;
                    } else if (op.equals("}")) {
                        emit(OP, "}", st, st + 1);
                        pos = st + 1;
                        fs.modes.pop();
                        fs.depths.pop();
                        depth--;
                        continue;
                    }
                }
                switch (op) {
                    case "(", "[", "{" -> {
                        if (depth == 0) {
                            openRow = row(st);
                        }
                        depth++;
                    }
                    case ")", "]", "}" -> {
                        if (depth > 0) {
                            depth--;
                        }
                    }
                    default -> {
                    }
                }
                emit(OP, op, st, st + op.length());
                pos = st + op.length();
            }
            if (!fstrings.isEmpty()) {
                throw syntax(PyTypes.SYNTAX_ERROR, "unterminated f-string literal (detected at line " + lineStarts.size() + ")", pos);
            }
            if (depth > 0) {
                PyException e = syntax(PyTypes.SYNTAX_ERROR, "unexpected EOF in multi-line statement", lineStarts.get(openRow));
                e.getValue().setAttribute("offset", 0L);
                throw e;
            }
            int lastRow = lineStarts.size();
            if (lastLineNoNl && sawToken) {
                int r = lineStarts.size() - 1;
                String line = lineText(r, r);
                boolean lastIsNewline = !out.isEmpty() && isType(out.get(out.size() - 1), NEWLINE, NL);
                if (!lastIsNewline) {
                    int col = src.codePointCount(lineStarts.get(r), src.length());
                    emitAt(NEWLINE, "", r + 1, col, r + 1, col + 1, line);
                }
                lastRow = r + 2;
            }
            if (lastLineNoNl && !sawToken) {
                lastRow = lineStarts.size() + 1;
            }
            while (indents.size() > 1) {
                indents.pop();
                emitAt(DEDENT, "", lastRow, 0, lastRow, 0, "");
            }
            emitAt(ENDMARKER, "", lastRow, 0, lastRow, 0, "");
        }

        /** NL '' for a blank or comment-only last line without a newline. */
        void eofNl(int p) {
            int r = row(p);
            int col = src.codePointCount(lineStarts.get(r), p);
            emitAt(NL, "", r + 1, col, r + 1, col + 1, lineText(r, r));
        }

        boolean isType(Object tok, int a, int b) {
            Object t = ((PyTuple) tok).get(0);
            return t.equals((long) a) || t.equals((long) b);
        }

        static boolean isPrefix(String p) {
            return switch (p) {
                case "r", "u", "b", "br", "rb", "f", "fr", "rf" -> true;
                default -> false;
            };
        }

        void number(int st) {
            int n = src.length();
            int e = st;
            char c0 = at(e);
            char c1 = Character.toLowerCase(at(e + 1));
            if (c0 == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
                e += 2;
                while (e < n && (Character.isLetterOrDigit(src.charAt(e)) || src.charAt(e) == '_')) {
                    e++;
                }
                if (e == st + 2 || src.charAt(e - 1) == '_') {
                    throw syntax(PyTypes.SYNTAX_ERROR, "invalid " + (c1 == 'x' ? "hexadecimal" : c1 == 'o' ? "octal" : "binary") + " literal", e - 1);
                }
            } else {
                while (e < n && (Character.isDigit(src.charAt(e)) || src.charAt(e) == '_')) {
                    e++;
                }
                if (at(e) == '.') {
                    e++;
                    while (e < n && (Character.isDigit(src.charAt(e)) || src.charAt(e) == '_')) {
                        e++;
                    }
                }
                if ((at(e) == 'e' || at(e) == 'E') && (Character.isDigit(at(e + 1)) || ((at(e + 1) == '+' || at(e + 1) == '-') && Character.isDigit(at(e + 2))))) {
                    e += 2;
                    while (e < n && (Character.isDigit(src.charAt(e)) || src.charAt(e) == '_')) {
                        e++;
                    }
                }
                if (src.charAt(e - 1) == '_') {
                    throw syntax(PyTypes.SYNTAX_ERROR, "invalid decimal literal", e - 1);
                }
                if (at(e) == 'j' || at(e) == 'J') {
                    e++;
                }
            }
            emit(NUMBER, src.substring(st, e), st, e);
            pos = e;
        }

        /** A string starting at {@code st} whose quote is at {@code q}. */
        void string(int st, int q, String prefix) {
            char quote = src.charAt(q);
            boolean triple = at(q + 1) == quote && at(q + 2) == quote;
            String qs = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
            if (prefix.contains("f")) {
                int e = q + qs.length();
                emit(FSTRING_START, src.substring(st, e), st, e);
                pos = e;
                FStr f = new FStr(qs, prefix.contains("r"));
                f.start = st;
                fstrings.push(f);
                return;
            }
            int i = q + qs.length();
            int n = src.length();
            while (true) {
                if (i >= n) {
                    throw unterminated(st, triple);
                }
                char c = src.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '\n' && !triple) {
                    throw unterminated(st, false);
                }
                if (src.startsWith(qs, i)) {
                    i += qs.length();
                    break;
                }
                i++;
            }
            emit(STRING, src.substring(st, i), st, i);
            pos = i;
        }

        PyException unterminated(int st, boolean triple) {
            int detected = triple ? lineStarts.size() - (src.endsWith("\n") ? 1 : 0) : row(st) + 1;
            return syntax(PyTypes.SYNTAX_ERROR, (triple ? "unterminated triple-quoted string literal" : "unterminated string literal") + " (detected at line " + detected + ")", st);
        }

        /** Literal text of an f-string (mode 0) or of a format spec (mode 2). */
        void fstringText(FStr fs) {
            int n = src.length();
            int st = pos;
            int i = pos;
            boolean spec = fs.modes.peek() == 2;
            while (true) {
                if (i >= n) {
                    throw syntax(PyTypes.SYNTAX_ERROR, (fs.quote.length() == 3 ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal") + " (detected at line " +
                                    (row(Math.max(0, n - 1)) + 1) + ")", fs.start);
                }
                char c = src.charAt(i);
                if (!spec && src.startsWith(fs.quote, i)) {
                    if (i > st) {
                        emit(FSTRING_MIDDLE, src.substring(st, i), st, i);
                    }
                    emit(FSTRING_END, fs.quote, i, i + fs.quote.length());
                    pos = i + fs.quote.length();
                    fstrings.pop();
                    return;
                }
                if (c == '\n' && fs.quote.length() == 1) {
                    throw syntax(PyTypes.SYNTAX_ERROR, "unterminated f-string literal (detected at line " + (row(i) + 1) + ")", fs.start);
                }
                if (c == '\\' && i + 1 < n) {
                    if (!fs.raw && at(i + 1) == 'N' && at(i + 2) == '{') {
                        int close = src.indexOf('}', i);
                        i = close < 0 ? n : close + 1;
                        if (close >= 0) {
                            emit(FSTRING_MIDDLE, src.substring(st, i), st, i);
                            st = i;
                        }
                        continue;
                    }
                    i += at(i + 1) == '{' || at(i + 1) == '}' ? 1 : 2;
                    continue;
                }
                if (c == '{' || c == '}') {
                    if (!spec && at(i + 1) == c) {
                        emit(FSTRING_MIDDLE, src.substring(st, i + 1), st, i + 1);
                        i += 2;
                        st = i;
                        continue;
                    }
                    if (i > st || (spec && c == '}')) {
                        emit(FSTRING_MIDDLE, src.substring(st, i), st, i);
                    }
                    pos = i;
                    if (c == '{') {
                        emit(OP, "{", i, i + 1);
                        pos = i + 1;
                        fs.modes.push(1);
                        depth++;
                        fs.depths.push(depth);
                        return;
                    }
                    if (spec) {
                        // end of the replacement field
                        emit(OP, "}", i, i + 1);
                        pos = i + 1;
                        fs.modes.pop();
                        fs.depths.pop();
                        depth--;
                        return;
                    }
                    emit(FSTRING_MIDDLE, src.substring(st, i), st, i);
                    throw syntax(PyTypes.SYNTAX_ERROR, "f-string: single '}' is not allowed", i);
                }
                i++;
            }
        }
    }
}
