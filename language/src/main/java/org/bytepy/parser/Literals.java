package org.bytepy.parser;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.bytepy.ast.Ast.*;

/** Number and string literal decoding, adjacent-literal concatenation and f-string parsing. */
final class Literals {
    private Literals() {
    }

    static Object number(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0') {
            char k = Character.toLowerCase(t.charAt(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
            if (radix != 0) {
                return integer(t.substring(2), radix);
            }
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(t);
            }
        }
        return integer(t, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    // ------------------------------------------------------------------ strings

    private static int prefixLen(String text) {
        int n = 0;
        while (text.charAt(n) != '\'' && text.charAt(n) != '"') {
            n++;
        }
        return n;
    }

    static Expr concat(Parser parser, List<Token> ts, Pos pos) {
        Src src = parser.src;
        boolean anyBytes = false, anyStr = false, anyF = false;
        for (Token t : ts) {
            String pf = t.text.substring(0, prefixLen(t.text)).toLowerCase();
            if (pf.indexOf('b') >= 0) {
                anyBytes = true;
            } else {
                anyStr = true;
            }
            if (pf.indexOf('f') >= 0) {
                anyF = true;
            }
        }
        if (anyBytes && anyStr) {
            throw src.error("cannot mix bytes and nonbytes literals", pos.end(), pos.end());
        }
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Token t : ts) {
                int pl = prefixLen(t.text);
                boolean raw = t.text.substring(0, pl).toLowerCase().indexOf('r') >= 0;
                int q = quoteLen(t.text, pl);
                int cs = t.start + pl + q, ce = t.end - q;
                decodeBytes(src, cs, ce, raw, out);
            }
            return new Constant(pos, out.toByteArray());
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Token t : ts) {
                int pl = prefixLen(t.text);
                boolean raw = t.text.substring(0, pl).toLowerCase().indexOf('r') >= 0;
                int q = quoteLen(t.text, pl);
                decodeStr(src, t.start + pl + q, t.end - q, raw, sb);
            }
            Constant c = new Constant(pos, sb.toString());
            String pf0 = ts.get(0).text.substring(0, prefixLen(ts.get(0).text));
            if (pf0.equals("u")) {
                UKind.add(c);
            }
            return c;
        }
        List<Object> parts = new ArrayList<>();
        for (Token t : ts) {
            int pl = prefixLen(t.text);
            String pf = t.text.substring(0, pl).toLowerCase();
            boolean raw = pf.indexOf('r') >= 0;
            int q = quoteLen(t.text, pl);
            int cs = t.start + pl + q, ce = t.end - q;
            if (pf.indexOf('f') >= 0) {
                new FParser(parser, raw, ce).fstring(cs, ce, parts, pos);
            } else {
                StringBuilder sb = new StringBuilder();
                decodeStr(src, cs, ce, raw, sb);
                parts.add(sb.toString());
            }
        }
        return new JoinedStr(pos, merge(parts, pos, false));
    }

    private static List<Expr> merge(List<Object> parts, Pos pos, boolean keepEmptyTail) {
        List<Expr> vals = new ArrayList<>();
        StringBuilder sb = null;
        for (Object o : parts) {
            if (o instanceof String str) {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(str);
            } else {
                if (sb != null && sb.length() > 0) {
                    vals.add(new Constant(pos, sb.toString()));
                }
                sb = null;
                vals.add((Expr) o);
            }
        }
        if (sb != null && sb.length() > 0) {
            vals.add(new Constant(pos, sb.toString()));
        }
        return vals;
    }

    private static int quoteLen(String text, int pl) {
        char q = text.charAt(pl);
        if (text.length() >= pl + 6 && text.charAt(pl + 1) == q && text.charAt(pl + 2) == q) {
            return 3;
        }
        return 1;
    }

    private static int hexVal(char c) {
        return Character.digit(c, 16);
    }

    private static PySyntaxError unicodeError(Src src, int start, int bsPos, int endPos, String what) {
        int a = bsPos - start, b = endPos - start - 1;
        return src.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + a + "-" + b + ": " + what, start - 1, start - 1);
    }

    /** Decodes the str literal body [cs, ce) into sb. */
    static void decodeStr(Src src, int cs, int ce, boolean raw, StringBuilder sb) {
        String s = src.text;
        if (raw) {
            appendNormalizedNewlines(s, cs, ce, sb);
            return;
        }
        int i = cs;
        while (i < ce) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                i++;
                if (i < ce && s.charAt(i) == '\n') {
                    i++;
                }
                continue;
            }
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            i = escape(src, s, i, ce, sb, cs);
        }
    }

    private static void appendNormalizedNewlines(String s, int cs, int ce, StringBuilder sb) {
        int i = cs;
        int st = i;
        while (i < ce) {
            if (s.charAt(i) == '\r') {
                sb.append(s, st, i).append('\n');
                i++;
                if (i < ce && s.charAt(i) == '\n') {
                    i++;
                }
                st = i;
            } else {
                i++;
            }
        }
        sb.append(s, st, ce);
    }

    /** Handles the escape whose backslash is at i; returns the index after it. */
    static int escape(Src src, String s, int i, int ce, StringBuilder sb, int litStart) {
        int bs = i;
        i++;
        if (i >= ce) {
            sb.append('\\');
            return i;
        }
        char c = s.charAt(i);
        switch (c) {
            case '\n' -> {
                return i + 1;
            }
            case '\r' -> {
                i++;
                if (i < ce && s.charAt(i) == '\n') {
                    i++;
                }
                return i;
            }
            case '\\' -> sb.append('\\');
            case '\'' -> sb.append('\'');
            case '"' -> sb.append('"');
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\u000b');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = 0, n = 0;
                int digits = i;
                while (n < 3 && i < ce && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                    v = v * 8 + (s.charAt(i) - '0');
                    i++;
                    n++;
                }
                if (v > 0377) {
                    src.invalidEscape(litStart, bs, "invalid octal escape sequence '\\" + s.substring(digits, i) + "'");
                }
                sb.append((char) v);
                return i;
            }
            case 'x', 'u', 'U' -> {
                int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                int v = 0;
                for (int k = 0; k < n; k++) {
                    int d = i + 1 + k < ce ? hexVal(s.charAt(i + 1 + k)) : -1;
                    if (d < 0) {
                        throw unicodeError(src, litStart, bs, i + 1 + k, "truncated \\" + (c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape");
                    }
                    v = v * 16 + d;
                }
                if (c == 'U' && (v < 0 || v > 0x10FFFF)) {
                    throw unicodeError(src, litStart, bs, i + 1 + n, "illegal Unicode character");
                }
                sb.appendCodePoint(v);
                return i + 1 + n;
            }
            case 'N' -> {
                if (i + 1 < ce && s.charAt(i + 1) == '{') {
                    int e = s.indexOf('}', i + 2);
                    if (e > 0 && e < ce) {
                        String name = s.substring(i + 2, e);
                        try {
                            sb.appendCodePoint(Character.codePointOf(name));
                            return e + 1;
                        } catch (IllegalArgumentException ex) {
                            throw unicodeError(src, litStart, bs, e + 1, "unknown Unicode character name");
                        }
                    }
                }
                throw unicodeError(src, litStart, bs, i + 1, "malformed \\N character escape");
            }
            default -> {
                src.invalidEscape(litStart, bs, "invalid escape sequence '\\" + c + "'");
                sb.append('\\');
                return i;
            }
        }
        return i + 1;
    }

    static void decodeBytes(Src src, int cs, int ce, boolean raw, ByteArrayOutputStream out) {
        String s = src.text;
        int i = cs;
        while (i < ce) {
            char c = s.charAt(i);
            if (c >= 128) {
                throw src.error("bytes can only contain ASCII literal characters", cs - 1, ce + 1);
            }
            if (c == '\r') {
                out.write('\n');
                i++;
                if (i < ce && s.charAt(i) == '\n') {
                    i++;
                }
                continue;
            }
            if (c != '\\' || raw) {
                out.write(c);
                i++;
                continue;
            }
            i++;
            if (i >= ce) {
                out.write('\\');
                break;
            }
            c = s.charAt(i);
            switch (c) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i + 1 < ce && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = 0, n = 0;
                    int digits = i;
                    while (n < 3 && i < ce && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = v * 8 + (s.charAt(i) - '0');
                        i++;
                        n++;
                    }
                    if (v > 0377) {
                        src.invalidEscape(cs, digits - 1, "invalid octal escape sequence '\\" + s.substring(digits, i) + "'");
                    }
                    out.write(v & 0xFF);
                    continue;
                }
                case 'x' -> {
                    int d1 = i + 1 < ce ? hexVal(s.charAt(i + 1)) : -1;
                    int d2 = i + 2 < ce ? hexVal(s.charAt(i + 2)) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw src.error("(value error) invalid \\x escape at position " + (i - 1 - cs), cs - 1, cs - 1);
                    }
                    out.write(d1 * 16 + d2);
                    i += 3;
                    continue;
                }
                default -> {
                    src.invalidEscape(cs, i - 1, "invalid escape sequence '\\" + c + "'");
                    out.write('\\');
                    out.write(c);
                }
            }
            i++;
        }
    }

    // ------------------------------------------------------------------ f-strings

    private static final class FParser {
        final Parser parser;
        final Src src;
        final String s;
        final boolean raw;
        final int ce;

        FParser(Parser parser, boolean raw, int ce) {
            this.parser = parser;
            this.src = parser.src;
            this.s = src.text;
            this.raw = raw;
            this.ce = ce;
        }

        void fstring(int cs, int ce, List<Object> parts, Pos pos) {
            StringBuilder sb = new StringBuilder();
            int i = cs;
            while (i < ce) {
                char c = s.charAt(i);
                if (c == '{') {
                    if (i + 1 < ce && s.charAt(i + 1) == '{') {
                        sb.append('{');
                        i += 2;
                        continue;
                    }
                    if (sb.length() > 0) {
                        parts.add(sb.toString());
                        sb.setLength(0);
                    }
                    i = field(i, parts, pos);
                    continue;
                }
                if (c == '}') {
                    if (i + 1 < ce && s.charAt(i + 1) == '}') {
                        sb.append('}');
                        i += 2;
                        continue;
                    }
                    throw src.error("f-string: single '}' is not allowed", i, i + 1);
                }
                if (c == '\\' && !raw) {
                    if (i + 1 < ce && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '}')) {
                        src.invalidEscape(cs, i, "invalid escape sequence '\\" + s.charAt(i + 1) + "'");
                        sb.append('\\');
                        i++;
                        continue;
                    }
                    i = escape(src, s, i, ce, sb, cs);
                    continue;
                }
                if (c == '\r') {
                    sb.append('\n');
                    i++;
                    if (i < ce && s.charAt(i) == '\n') {
                        i++;
                    }
                    continue;
                }
                sb.append(c);
                i++;
            }
            if (sb.length() > 0) {
                parts.add(sb.toString());
            }
        }

        /** Parses the replacement field whose '{' is at {@code open}; returns the index after '}'. */
        int field(int open, List<Object> parts, Pos pos) {
            int es = open + 1;
            int ee = exprEnd(es);
            Expr e = parser.parseFStringExpr(es, ee);
            int j = ee;
            String debug = null;
            if (j < ce && s.charAt(j) == '=') {
                j++;
                StringBuilder dt = new StringBuilder(s.substring(es, j));
                while (j < ce) {
                    char c = s.charAt(j);
                    if (c == '#') {
                        while (j < ce && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
                            j++;
                        }
                    } else if (Character.isWhitespace(c)) {
                        dt.append(c);
                        j++;
                    } else {
                        break;
                    }
                }
                debug = dt.toString();
            }
            int conv = -1;
            if (j < ce && s.charAt(j) == '!') {
                j++;
                char k = j < ce ? s.charAt(j) : 0;
                if (k != 's' && k != 'r' && k != 'a') {
                    if (k == '}' || k == ':' || k == 0) {
                        throw src.error("f-string: missing conversion character", j, j + 1);
                    }
                    throw src.error("f-string: invalid conversion character " + "'" + k + "': expected 's', 'r', or 'a'", j, j + 1);
                }
                conv = k;
                j++;
                while (j < ce && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\n' || s.charAt(j) == '\r' || s.charAt(j) == '\f')) {
                    j++;
                }
            }
            Expr spec = null;
            if (j < ce && s.charAt(j) == ':') {
                j++;
                List<Object> sp = new ArrayList<>();
                int specStart = j;
                StringBuilder sb = new StringBuilder();
                while (true) {
                    if (j >= ce) {
                        throw src.error("f-string: expecting '}'", j, j);
                    }
                    char c = s.charAt(j);
                    if (c == '}') {
                        break;
                    }
                    if (c == '{') {
                        if (sb.length() > 0) {
                            sp.add(sb.toString());
                            sb.setLength(0);
                        }
                        j = field(j, sp, pos);
                        continue;
                    }
                    if (c == '\\' && !raw) {
                        j = escape(src, s, j, ce, sb, specStart);
                        continue;
                    }
                    sb.append(c);
                    j++;
                }
                if (sb.length() > 0) {
                    sp.add(sb.toString());
                }
                List<Expr> vals = merge(sp, pos, false);
                if (!vals.isEmpty() && vals.get(vals.size() - 1) instanceof FormattedValue) {
                    vals.add(new Constant(pos, ""));
                }
                spec = new JoinedStr(pos, vals);
            }
            if (j >= ce || s.charAt(j) != '}') {
                throw src.error("f-string: expecting '}'", Math.min(j, ce), Math.min(j, ce));
            }
            j++;
            if (debug != null) {
                parts.add(debug);
                if (conv == -1 && spec == null) {
                    conv = 'r';
                }
            }
            parts.add(new FormattedValue(parser.mk(open, j), e, conv, spec));
            return j;
        }

        /** The end of the expression part of a replacement field starting at i. */
        int exprEnd(int i) {
            int depth = 0;
            while (i < ce) {
                char c = s.charAt(i);
                if (c == '\'' || c == '"') {
                    i = skipString(i, i);
                    continue;
                }
                if (Tokenizer.isIdStart(c)) {
                    int a = i;
                    while (i < ce && (Tokenizer.isIdStart(s.charAt(i)) || Character.isDigit(s.charAt(i)))) {
                        i++;
                    }
                    if (i < ce && (s.charAt(i) == '"' || s.charAt(i) == '\'') && Tokenizer.isPrefix(s, a, i)) {
                        i = skipString(a, i);
                    }
                    continue;
                }
                switch (c) {
                    case '(', '[', '{' -> depth++;
                    case ')', ']' -> depth--;
                    case '}' -> {
                        if (depth == 0) {
                            return i;
                        }
                        depth--;
                    }
                    case ':' -> {
                        if (depth == 0) {
                            return i;
                        }
                    }
                    case '!', '=', '<', '>' -> {
                        if (i + 1 < ce && s.charAt(i + 1) == '=') {
                            i += 2;
                            continue;
                        }
                        if (depth == 0 && (c == '!' || c == '=')) {
                            return i;
                        }
                    }
                    case '#' -> {
                        int nl = i;
                        while (nl < ce && s.charAt(nl) != '\n' && s.charAt(nl) != '\r') {
                            nl++;
                        }
                        if (nl >= ce) {
                            throw src.error("f-string expression part cannot include '#'", i, i + 1);
                        }
                        i = nl;
                        continue;
                    }
                    default -> {
                    }
                }
                i++;
            }
            throw src.error("f-string: expecting '}'", ce, ce);
        }

        /** Skips a nested string literal (prefix at a, quote at q). */
        private int skipString(int a, int q) {
            char quote = s.charAt(q);
            boolean triple = q + 2 < ce && s.charAt(q + 1) == quote && s.charAt(q + 2) == quote;
            String pf = s.substring(a, q).toLowerCase();
            boolean isF = pf.indexOf('f') >= 0;
            int i = q + (triple ? 3 : 1);
            int depth = 0;
            while (i < ce) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == quote && depth == 0) {
                    if (!triple) {
                        return i + 1;
                    }
                    if (i + 2 < ce && s.charAt(i + 1) == quote && s.charAt(i + 2) == quote) {
                        return i + 3;
                    }
                }
                if (isF && c == '{') {
                    if (i + 1 < ce && s.charAt(i + 1) == '{' && depth == 0) {
                        i += 2;
                        continue;
                    }
                    // skip nested field roughly
                    int e = exprEndNested(i + 1);
                    i = e;
                    continue;
                }
                i++;
            }
            return ce;
        }

        private int exprEndNested(int i) {
            int depth = 0;
            while (i < ce) {
                char c = s.charAt(i);
                if (c == '\'' || c == '"') {
                    i = skipString(i, i);
                    continue;
                }
                if (c == '{' || c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth--;
                } else if (c == '}') {
                    if (depth == 0) {
                        return i + 1;
                    }
                    depth--;
                }
                i++;
            }
            return ce;
        }
    }
}
