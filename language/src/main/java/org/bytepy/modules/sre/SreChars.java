package org.bytepy.modules.sre;

/**
 * Character predicates and case mappings of the SRE engine: the {@code CATEGORY_*} codes, word
 * characters for {@code \b}, and the ASCII, locale and Unicode lower/upper mappings (sre.c's
 * {@code sre_category}, {@code sre_lower_*}, {@code sre_upper_*}).
 */
final class SreChars {
    private SreChars() {
    }

    static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isAsciiSpace(int ch) {
        return ch == ' ' || (ch >= 9 && ch <= 13);
    }

    static boolean isAsciiAlnum(int ch) {
        return ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'));
    }

    static boolean isAsciiWord(int ch) {
        return isAsciiAlnum(ch) || ch == '_';
    }

    /** {@code str.isspace} for one code point: bidi classes WS, B, S and category Zs. */
    static boolean isUniSpace(int ch) {
        if (ch < 128) {
            return (ch >= 9 && ch <= 13) || (ch >= 0x1c && ch <= 0x20);
        }
        switch (ch) {
            case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
                return true;
            default:
                return ch >= 0x2000 && ch <= 0x200a;
        }
    }

    /** {@code str.isdecimal}. */
    static boolean isUniDecimal(int ch) {
        if (ch < 128) {
            return ch >= '0' && ch <= '9';
        }
        return Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** {@code str.isalnum}: letters (L*) and numbers (N*). */
    static boolean isUniAlnum(int ch) {
        if (ch < 128) {
            return isAsciiAlnum(ch);
        }
        switch (Character.getType(ch)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                            Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    static boolean isUniWord(int ch) {
        return isUniAlnum(ch) || ch == '_';
    }

    /** {@code str.splitlines} separators. */
    static boolean isUniLinebreak(int ch) {
        switch (ch) {
            case 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
                return true;
            default:
                return false;
        }
    }

    static boolean category(int code, int ch) {
        switch (code) {
            case 0: return isAsciiDigit(ch);
            case 1: return !isAsciiDigit(ch);
            case 2: return isAsciiSpace(ch);
            case 3: return !isAsciiSpace(ch);
            case 4: return isAsciiWord(ch);
            case 5: return !isAsciiWord(ch);
            case 6: return ch == '\n';
            case 7: return ch != '\n';
            case 8: return isAsciiWord(ch);
            case 9: return !isAsciiWord(ch);
            case 10: return isUniDecimal(ch);
            case 11: return !isUniDecimal(ch);
            case 12: return isUniSpace(ch);
            case 13: return !isUniSpace(ch);
            case 14: return isUniWord(ch);
            case 15: return !isUniWord(ch);
            case 16: return isUniLinebreak(ch);
            case 17: return !isUniLinebreak(ch);
            default: return false;
        }
    }

    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    /** The C locale's tolower on bytes: ASCII only. */
    static int lowerLocale(int ch) {
        return ch < 256 ? lowerAscii(ch) : ch;
    }

    static int upperLocale(int ch) {
        return ch < 256 ? upperAscii(ch) : ch;
    }

    /**
     * CPython's {@code _PyUnicode_ToLowercase}: the simple mapping, or for characters with a
     * special (full) mapping its first character ('İ' to 'i').
     */
    static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        if (ch < 0x10000) {
            return CaseTables.LOWER[ch];
        }
        return Character.toLowerCase(ch);
    }

    /** {@code _PyUnicode_ToUppercase}: as {@link #lowerUnicode}; 'ß' gives 'S'. */
    static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperAscii(ch);
        }
        if (ch < 0x10000) {
            return CaseTables.UPPER[ch];
        }
        return Character.toUpperCase(ch);
    }

    /** The BMP case tables, built on first use of a non-ASCII character. */
    private static final class CaseTables {
        static final char[] LOWER = new char[0x10000];
        static final char[] UPPER = new char[0x10000];

        static {
            for (int c = 0; c < 0x10000; c++) {
                LOWER[c] = (char) c;
                UPPER[c] = (char) c;
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                int lo = Character.toLowerCase(c);
                int up = Character.toUpperCase(c);
                String s = String.valueOf((char) c);
                String fl = s.toLowerCase(java.util.Locale.ROOT);
                String fu = s.toUpperCase(java.util.Locale.ROOT);
                if (fl.length() > 1 || (fl.length() == 1 && fl.charAt(0) != lo)) {
                    lo = fl.codePointAt(0);
                }
                if (fu.length() > 1 || (fu.length() == 1 && fu.charAt(0) != up)) {
                    up = fu.codePointAt(0);
                }
                LOWER[c] = lo < 0x10000 ? (char) lo : (char) c;
                UPPER[c] = up < 0x10000 ? (char) up : (char) c;
            }
        }
    }

    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    static boolean asciiIsCased(int ch) {
        return ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
    }

    static boolean unicodeIsCased(int ch) {
        return ch != lowerUnicode(ch) || ch != upperUnicode(ch);
    }
}
