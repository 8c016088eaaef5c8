package org.bytepy.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.12 tokenizer. Produces the whole token list eagerly; a lexical error becomes an ERROR token so
 * that the parser reports errors in source order (as CPython's lazy tokenizer does).
 */
public final class Tokenizer {
    static final int MAXLEVEL = 200;
    static final int MAXINDENT = 100;

    private final Src src;
    private final String s;
    private int p;
    private final int limit;
    private final boolean region;
    private final ArrayList<Token> toks = new ArrayList<>();
    private final int[] indents = new int[MAXINDENT + 2];
    private final int[] altIndents = new int[MAXINDENT + 2];
    private int indentTop = 0;
    private final char[] brStack = new char[MAXLEVEL + 1];
    private final int[] brPos = new int[MAXLEVEL + 1];
    private int brTop = 0;

    private Tokenizer(Src src, int from, int to, boolean region) {
        this.src = src;
        this.s = src.text;
        this.p = from;
        this.limit = to;
        this.region = region;
    }

    static List<Token> tokenize(Src src) {
        Tokenizer t = new Tokenizer(src, 0, src.text.length(), false);
        try {
            t.run();
        } catch (PySyntaxError e) {
            t.toks.add(new Token(TokenKind.ERROR, "", t.p, t.p, e));
        }
        return t.toks;
    }

    /** Tokens of an f-string replacement-field expression: newlines are insignificant there. */
    static List<Token> tokenizeRegion(Src src, int from, int to) {
        Tokenizer t = new Tokenizer(src, from, to, true);
        try {
            t.run();
        } catch (PySyntaxError e) {
            t.toks.add(new Token(TokenKind.ERROR, "", t.p, t.p, e));
        }
        return t.toks;
    }

    private void add(TokenKind k, String text, int start, int end) {
        toks.add(new Token(k, text, start, end));
    }

    /**
     * A character CPython's tokenizer passes to its parser as a token that no rule accepts ({@code $ ? ` !},
     * {@code <>}): an ERROR token that raises "invalid syntax" when the parser reaches it; tokenizing goes on,
     * so that a tokenizer error further down can still replace a parser error, as in CPython.
     */
    private void softError(int start, int end) {
        toks.add(new Token(TokenKind.ERROR, "", start, end, err("invalid syntax", start, end)));
        p = end;
    }

    /** CPython's {@code Py_UNICODE_ISPRINTABLE}: not a control, format, surrogate, private-use, unassigned or separator character. */
    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    private PySyntaxError err(String msg, int start, int end) {
        return src.error(msg, start, end);
    }

    private static boolean isNl(char c) {
        return c == '\n' || c == '\r';
    }

    private int skipNl(int q) {
        if (q < limit && s.charAt(q) == '\r') {
            q++;
            if (q < limit && s.charAt(q) == '\n') {
                q++;
            }
            return q;
        }
        return q + 1;
    }

    private void run() {
        boolean atLineStart = !region;
        if (!region && p == 0 && limit > 0 && s.charAt(0) == '\uFEFF') {
            p = 1;
        }
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                int col = 0, alt = 0, q = p;
                while (q < limit) {
                    char c = s.charAt(q);
                    if (c == ' ') {
                        col++;
                        alt++;
                    } else if (c == '\t') {
                        col = (col / 8 + 1) * 8;
                        alt++;
                    } else if (c == '\f') {
                        col = alt = 0;
                    } else {
                        break;
                    }
                    q++;
                }
                p = q;
                if (q >= limit) {
                    break;
                }
                char c = s.charAt(q);
                if (c == '#' || isNl(c)) {
                    // blank line or comment-only line: no tokens
                    while (p < limit && !isNl(s.charAt(p))) {
                        p++;
                    }
                    if (p < limit) {
                        p = skipNl(p);
                    }
                    atLineStart = true;
                    continue;
                }
                indentation(col, alt, q);
            }
            // skip whitespace
            while (p < limit) {
                char c = s.charAt(p);
                if (c == ' ' || c == '\t' || c == '\f') {
                    p++;
                } else {
                    break;
                }
            }
            if (p >= limit) {
                break;
            }
            char c = s.charAt(p);
            if (c == '#') {
                while (p < limit && !isNl(s.charAt(p))) {
                    p++;
                }
                continue;
            }
            if (isNl(c)) {
                int st = p;
                p = skipNl(p);
                if (brTop > 0 || region) {
                    continue;
                }
                add(TokenKind.NEWLINE, "", st, p);
                atLineStart = true;
                continue;
            }
            if (c == '\\') {
                if (p + 1 < limit && isNl(s.charAt(p + 1))) {
                    p = skipNl(p + 1);
                    if (p >= limit) {
                        throw err("unexpected EOF while parsing", p, p);
                    }
                    continue;
                }
                if (p + 1 >= limit) {
                    throw err("unexpected EOF while parsing", p, p);
                }
                throw err("unexpected character after line continuation character", p + 1, p + 1);
            }
            if ((c >= '0' && c <= '9') || (c == '.' && p + 1 < limit && Character.isDigit(s.charAt(p + 1)) && s.charAt(p + 1) < 128)) {
                number();
                continue;
            }
            if (c == '"' || c == '\'') {
                string(p, p);
                continue;
            }
            if (isIdStart(c)) {
                int st = p;
                int q = p;
                boolean ascii = true;
                while (q < limit) {
                    char d = s.charAt(q);
                    if (d < 128) {
                        if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') || d == '_') {
                            q++;
                            continue;
                        }
                        break;
                    }
                    int cp = s.codePointAt(q);
                    if (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) || cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA) {
                        ascii = false;
                        q += Character.charCount(cp);
                        continue;
                    }
                    break;
                }
                if (q == st) {
                    operator(c); // a character outside the BMP that cannot start a name: invalid character
                    continue;
                }
                if (q < limit && q - st <= 2 && (s.charAt(q) == '"' || s.charAt(q) == '\'') && isPrefix(s, st, q)) {
                    string(st, q);
                    continue;
                }
                String name = s.substring(st, q);
                if (!ascii) {
                    name = Normalizer.normalize(name, Normalizer.Form.NFKC);
                }
                p = q;
                add(TokenKind.NAME, name, st, q);
                continue;
            }
            operator(c);
        }
        // end of input
        if (region) {
            add(TokenKind.ENDMARKER, "", limit, limit);
            return;
        }
        if (brTop > 0) {
            int bp = brPos[brTop - 1];
            throw err("'" + brStack[brTop - 1] + "' was never closed", bp, bp + 1);
        }
        if (!toks.isEmpty() && toks.get(toks.size() - 1).kind != TokenKind.NEWLINE && toks.get(toks.size() - 1).kind != TokenKind.DEDENT
                        && toks.get(toks.size() - 1).kind != TokenKind.INDENT) {
            add(TokenKind.NEWLINE, "", limit, limit);
        }
        while (indentTop > 0) {
            indentTop--;
            add(TokenKind.DEDENT, "", limit, limit);
        }
        add(TokenKind.ENDMARKER, "", limit, limit);
    }

    static boolean isIdStart(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        return Character.isUnicodeIdentifierStart(c) || Character.isHighSurrogate(c) || c == 0x2118 || c == 0x212E || c == 0x309B || c == 0x309C;
    }

    static boolean isPrefix(String s, int a, int b) {
        int n = b - a;
        if (n == 1) {
            char c = Character.toLowerCase(s.charAt(a));
            return c == 'r' || c == 'b' || c == 'f' || c == 'u';
        }
        if (n == 2) {
            String x = s.substring(a, b).toLowerCase();
            return x.equals("rb") || x.equals("br") || x.equals("rf") || x.equals("fr");
        }
        return false;
    }

    private PySyntaxError tabError(int at) {
        int l = src.line(at);
        return src.errorAt("TabError", "inconsistent use of tabs and spaces in indentation", l, 1, l, -1);
    }

    private void indentation(int col, int alt, int at) {
        if (brTop > 0) {
            return;
        }
        if (col == indents[indentTop]) {
            if (alt != altIndents[indentTop]) {
                throw tabError(at);
            }
        } else if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAXINDENT) {
                throw src.error("IndentationError", "too many levels of indentation", at, at);
            }
            if (alt <= altIndents[indentTop]) {
                throw tabError(at);
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = alt;
            add(TokenKind.INDENT, "", at - (at - src.lineStarts[src.line(at) - 1]), at);
        } else {
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                add(TokenKind.DEDENT, "", at, at);
            }
            if (col != indents[indentTop]) {
                int l = src.line(at);
                String lt = src.lineText(l).replaceAll("[\\r\\n]+$", "");
                throw src.errorAt("IndentationError", "unindent does not match any outer indentation level", l, lt.length() + 1, l, -1);
            }
            if (alt != altIndents[indentTop]) {
                throw tabError(at);
            }
        }
    }

    private void operator(char c) {
        int st = p;
        if (p + 2 < limit) {
            String t3 = s.substring(p, p + 3);
            switch (t3) {
                case "**=", "//=", ">>=", "<<=", "..." -> {
                    p += 3;
                    add(TokenKind.OP, t3, st, p);
                    return;
                }
                default -> {
                }
            }
        }
        if (p + 1 < limit) {
            String t2 = s.substring(p, p + 2);
            switch (t2) {
                case "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=" -> {
                    p += 2;
                    add(TokenKind.OP, t2, st, p);
                    return;
                }
                case "<>" -> {
                    softError(st, st + 2);
                    return;
                }
                default -> {
                }
            }
        }
        switch (c) {
            case '(', '[', '{' -> {
                if (brTop >= MAXLEVEL) {
                    throw err("too many nested parentheses", p, p + 1);
                }
                brStack[brTop] = c;
                brPos[brTop] = p;
                brTop++;
            }
            case ')', ']', '}' -> {
                if (brTop == 0) {
                    if (!region) {
                        throw err("unmatched '" + c + "'", p, p + 1);
                    }
                } else {
                    char open = brStack[brTop - 1];
                    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                    if (c != want) {
                        int ol = src.line(brPos[brTop - 1]);
                        int cl = src.line(p);
                        String m = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'" + (ol != cl ? " on line " + ol : "");
                        throw err(m, p, p + 1);
                    }
                    brTop--;
                }
            }
            case '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', ',', ':', ';', '.', '=' -> {
            }
            case '!' -> {
                if (!region) {
                    softError(p, p + 1);
                    return;
                }
            }
            default -> {
                int cp = s.codePointAt(p);
                if (cp < 127 && cp >= 32) {
                    softError(p, p + 1);
                    return;
                }
                if (!isPrintable(cp)) {
                    throw err("invalid non-printable character U+" + String.format("%04X", cp), p, p + 1);
                }
                throw err("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + String.format("%04X", cp) + ")", p, p + 1);
            }
        }
        p++;
        add(TokenKind.OP, String.valueOf(c).intern(), st, p);
    }

    // ------------------------------------------------------------------ numbers

    private boolean digitOf(char c, int base) {
        return switch (base) {
            case 16 -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 8 -> c >= '0' && c <= '7';
            case 2 -> c == '0' || c == '1';
            default -> c >= '0' && c <= '9';
        };
    }

    /** Reads digits with single underscores between them; returns false on a bad underscore. */
    private boolean digits(int base) {
        while (p < limit) {
            char c = s.charAt(p);
            if (digitOf(c, base)) {
                p++;
            } else if (c == '_' && p + 1 < limit && digitOf(s.charAt(p + 1), base)) {
                p += 2;
            } else if (c == '_') {
                return false;
            } else {
                break;
            }
        }
        return true;
    }

    private void number() {
        int st = p;
        char c = s.charAt(p);
        if (c == '0' && p + 1 < limit && "xXoObB".indexOf(s.charAt(p + 1)) >= 0) {
            char k = Character.toLowerCase(s.charAt(p + 1));
            int base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            String kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
            p += 2;
            if (p < limit && s.charAt(p) == '_') {
                p++;
            }
            int ds = p;
            boolean ok = digits(base);
            if (!ok) {
                throw err("invalid " + kind + " literal", p, p);
            }
            if (p == ds) {
                if (p < limit && Character.isDigit(s.charAt(p))) {
                    throw err("invalid digit '" + s.charAt(p) + "' in " + kind + " literal", p, p + 1);
                }
                throw err("invalid " + kind + " literal", p - 1, p);
            }
            if (p < limit && Character.isDigit(s.charAt(p)) && base != 16) {
                throw err("invalid digit '" + s.charAt(p) + "' in " + kind + " literal", p, p + 1);
            }
            verifyEnd(kind, st);
            add(TokenKind.NUMBER, s.substring(st, p), st, p);
            return;
        }
        boolean isFloat = false;
        if (c != '.') {
            if (!digits(10)) {
                throw err("invalid decimal literal", p, p);
            }
        }
        int intEnd = p;
        if (p < limit && s.charAt(p) == '.') {
            isFloat = true;
            p++;
            if (p < limit && Character.isDigit(s.charAt(p)) && s.charAt(p) < 128) {
                if (!digits(10)) {
                    throw err("invalid decimal literal", p, p);
                }
            }
        }
        if (p < limit && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int save = p;
            p++;
            if (p < limit && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                p++;
            }
            if (p < limit && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                isFloat = true;
                if (!digits(10)) {
                    throw err("invalid decimal literal", p, p);
                }
            } else if (p > save + 1) {
                throw err("invalid decimal literal", p - 1, p - 1); // a sign and no digit
            } else {
                // "1else": the number ends before the 'e' (CPython's verify_end_of_number on the 'e')
                p = save;
            }
        }
        boolean imag = false;
        if (p < limit && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
            p++;
            imag = true;
        }
        if (!isFloat && !imag && c == '0') {
            // leading zeros
            boolean nonzero = false;
            for (int i = st; i < intEnd; i++) {
                char d = s.charAt(i);
                if (d != '0' && d != '_') {
                    nonzero = true;
                }
            }
            if (nonzero) {
                throw err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", st, intEnd + 1);
            }
        }
        verifyEnd(imag ? "imaginary" : "decimal", st);
        add(TokenKind.NUMBER, s.substring(st, p), st, p);
    }

    private void verifyEnd(String kind, int st) {
        if (p >= limit) {
            return;
        }
        char c = s.charAt(p);
        if (!isIdStart(c) && !(c >= '0' && c <= '9')) {
            return;
        }
        // CPython tolerates keywords directly after numbers, with a SyntaxWarning (verify_end_of_number:
        // only the letters are looked at, so "1isdigit" warns too)
        String rest = s.substring(p, Math.min(limit, p + 6));
        for (String kw : new String[]{"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (rest.startsWith(kw)) {
                src.warnAt(p, "invalid " + kind + " literal");
                return;
            }
        }
        throw err("invalid " + kind + " literal", kind.equals("decimal") || kind.equals("imaginary") ? st : p, p + 1);
    }

    // ------------------------------------------------------------------ strings

    /** Scans a string literal whose prefix starts at {@code st} and whose opening quote is at {@code q}. */
    private void string(int st, int q) {
        String prefix = s.substring(st, q).toLowerCase();
        boolean raw = prefix.indexOf('r') >= 0;
        boolean isF = prefix.indexOf('f') >= 0;
        int end = scanString(st, q, raw, isF);
        p = end;
        add(TokenKind.STRING, s.substring(st, end), st, end);
    }

    private int scanString(int st, int q, boolean raw, boolean isF) {
        char quote = s.charAt(q);
        boolean triple = q + 2 < limit && s.charAt(q + 1) == quote && s.charAt(q + 2) == quote;
        int i = q + (triple ? 3 : 1);
        while (true) {
            if (i >= limit) {
                throw unterminated(st, triple, isF, limit);
            }
            char c = s.charAt(i);
            if (c == '\\') {
                if (isF && i + 1 < limit && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '}') ) {
                    i++;
                    continue;
                }
                i += 2;
                if (i > limit) {
                    throw unterminated(st, triple, isF, limit);
                }
                continue;
            }
            if (isNl(c) && !triple) {
                throw unterminated(st, false, isF, i);
            }
            if (c == quote) {
                if (!triple) {
                    return i + 1;
                }
                if (i + 2 < limit && s.charAt(i + 1) == quote && s.charAt(i + 2) == quote) {
                    return i + 3;
                }
            }
            if (isF && c == '{') {
                if (i + 1 < limit && s.charAt(i + 1) == '{') {
                    i += 2;
                    continue;
                }
                i = scanField(st, i + 1, triple, isF);
                continue;
            }
            i++;
        }
    }

    private PySyntaxError unterminated(int st, boolean triple, boolean isF, int at) {
        String what = (triple ? "triple-quoted " : "") + (isF ? "f-string" : "string");
        int detected = src.line(Math.max(0, Math.min(at, s.length()) - (triple && at >= s.length() && at > 0 && isNl(s.charAt(at - 1)) ? 0 : 0)));
        if (triple) {
            detected = src.nlines;
            if (s.length() > 0 && isNl(s.charAt(s.length() - 1))) {
                detected = src.nlines - 1;
            }
        }
        return err("unterminated " + what + " literal (detected at line " + detected + ")", st, st);
    }

    /** Scans a replacement field starting after '{'; returns the offset after its closing '}'. */
    private int scanField(int st, int i, boolean triple, boolean isF) {
        int depth = 0;
        while (true) {
            if (i >= limit) {
                throw unterminated(st, triple, true, limit);
            }
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                try {
                    i = scanString(i, i, false, false);
                } catch (PySyntaxError e) {
                    if (triple) {
                        throw e;
                    }
                    throw err("f-string: expecting '}'", i, i);
                }
                continue;
            }
            if (isIdStart(c)) {
                int a = i;
                while (i < limit && (isIdStart(s.charAt(i)) || Character.isDigit(s.charAt(i)))) {
                    i++;
                }
                if (i < limit && (s.charAt(i) == '"' || s.charAt(i) == '\'') && isPrefix(s, a, i)) {
                    String pf = s.substring(a, i).toLowerCase();
                    i = scanString(a, i, pf.indexOf('r') >= 0, pf.indexOf('f') >= 0);
                }
                continue;
            }
            if (c == '#') {
                while (i < limit && !isNl(s.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '}') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            } else if (c == ':' && depth == 0) {
                // format spec
                i++;
                while (true) {
                    if (i >= limit) {
                        throw unterminated(st, triple, true, limit);
                    }
                    char d = s.charAt(i);
                    if (d == '{') {
                        i = scanField(st, i + 1, triple, true);
                        continue;
                    }
                    if (d == '}') {
                        return i + 1;
                    }
                    if (d == '\\') {
                        i += 2;
                        continue;
                    }
                    i++;
                }
            } else if ((c == '!' || c == '=' || c == '<' || c == '>') && i + 1 < limit && s.charAt(i + 1) == '=') {
                i += 2;
                continue;
            }
            i++;
        }
    }
}
