package org.bytepy.modules;

import java.text.Normalizer;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code unicodedata} on the JDK's Unicode tables ({@link Character}, {@link Normalizer}): names and
 * lookup, category, bidirectional class, mirrored, decimal/digit/numeric values, normalization. The
 * JDK's tables are a newer Unicode version than CPython 3.12's 15.0.0 (characters assigned since differ);
 * {@code east_asian_width} from a table of the wide ranges (ambiguous characters answer N);
 * {@code combining} and {@code decomposition} are not there yet (the JDK lacks those properties).
 */
public final class UnicodedataModule {
    private UnicodedataModule() {
    }

    private static final String[] CATEGORY = new String[31];
    static {
        Object[] m = {Character.UNASSIGNED, "Cn", Character.UPPERCASE_LETTER, "Lu", Character.LOWERCASE_LETTER, "Ll", Character.TITLECASE_LETTER, "Lt", Character.MODIFIER_LETTER, "Lm",
                        Character.OTHER_LETTER, "Lo", Character.NON_SPACING_MARK, "Mn", Character.ENCLOSING_MARK, "Me", Character.COMBINING_SPACING_MARK, "Mc",
                        Character.DECIMAL_DIGIT_NUMBER, "Nd", Character.LETTER_NUMBER, "Nl", Character.OTHER_NUMBER, "No", Character.SPACE_SEPARATOR, "Zs",
                        Character.LINE_SEPARATOR, "Zl", Character.PARAGRAPH_SEPARATOR, "Zp", Character.CONTROL, "Cc", Character.FORMAT, "Cf", Character.PRIVATE_USE, "Co",
                        Character.SURROGATE, "Cs", Character.DASH_PUNCTUATION, "Pd", Character.START_PUNCTUATION, "Ps", Character.END_PUNCTUATION, "Pe",
                        Character.CONNECTOR_PUNCTUATION, "Pc", Character.OTHER_PUNCTUATION, "Po", Character.MATH_SYMBOL, "Sm", Character.CURRENCY_SYMBOL, "Sc",
                        Character.MODIFIER_SYMBOL, "Sk", Character.OTHER_SYMBOL, "So", Character.INITIAL_QUOTE_PUNCTUATION, "Pi", Character.FINAL_QUOTE_PUNCTUATION, "Pf"};
        for (int i = 0; i < m.length; i += 2) {
            CATEGORY[((Number) m[i]).intValue()] = (String) m[i + 1];
        }
    }

    private static final String[] BIDI = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};

    /** The code point of a one-character str argument. */
    private static int chr(Object o, String fname) {
        Object u = PyObject.unwrap(o);
        if (!(u instanceof String s)) {
            throw PyErrors.typeError(null, "%s() argument 1 must be a unicode character, not %s", fname, PyObjects.typeName(o));
        }
        if (s.codePointCount(0, s.length()) != 1) {
            throw PyErrors.typeError(null, "%s() argument 1 must be a unicode character, not str", fname);
        }
        return s.codePointAt(0);
    }

    @TruffleBoundary
    static String name(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
            return null;
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return hangulName(cp);
        }
        String n = Character.getName(cp);
        if (n == null) {
            return null;
        }
        // the JDK names unnamed ideographs "<BLOCK NAME> <HEX>"; Unicode's rule is "CJK UNIFIED IDEOGRAPH-<HEX>"
        if (n.startsWith("CJK UNIFIED IDEOGRAPHS") || n.startsWith("CJK COMPATIBILITY IDEOGRAPHS") && n.matches(".* [0-9A-F]{4,6}")) {
            String kind = n.startsWith("CJK UNIFIED") ? "CJK UNIFIED IDEOGRAPH-" : "CJK COMPATIBILITY IDEOGRAPH-";
            return kind + String.format("%04X", cp);
        }
        if (n.startsWith("TANGUT IDEOGRAPH") || n.startsWith("KHITAN SMALL SCRIPT") || n.startsWith("NUSHU") || n.startsWith("EGYPTIAN HIEROGLYPH")) {
            return n;
        }
        return n;
    }

    private static final String[] L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static String hangulName(int cp) {
        int s = cp - 0xAC00;
        return "HANGUL SYLLABLE " + L[s / (21 * 28)] + V[(s % (21 * 28)) / 28] + T[s % 28];
    }

    @TruffleBoundary
    static int lookup(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        if (n.startsWith("HANGUL SYLLABLE ")) {
            for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
                if (hangulName(cp).equals(n)) {
                    return cp;
                }
            }
            return -1;
        }
        for (String prefix : new String[]{"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"}) {
            if (n.startsWith(prefix)) {
                try {
                    int cp = Integer.parseInt(n.substring(prefix.length()), 16);
                    return name(cp) != null && name(cp).equals(n) ? cp : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        try {
            int cp = Character.codePointOf(n);
            return name(cp) != null ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static Normalizer.Form form(Object o) {
        String f = o instanceof String s ? s : "";
        return switch (f) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw PyErrors.valueError(null, "invalid normalization form");
        };
    }

    private static String str(Object o, String fname) {
        Object u = PyObject.unwrap(o);
        if (!(u instanceof String s)) {
            throw PyErrors.typeError(null, "%s() argument 2 must be str, not %s", fname, PyObjects.typeName(o));
        }
        return s;
    }

    /** The numeric value of {@code cp} as a double, or NaN. */
    @TruffleBoundary
    private static double numeric(int cp) {
        int v = Character.getNumericValue(cp);
        if (v >= 0) {
            return v;
        }
        return switch (cp) {
            case 0xBC -> 0.25;
            case 0xBD -> 0.5;
            case 0xBE -> 0.75;
            case 0x2150 -> 1.0 / 7;
            case 0x2151 -> 1.0 / 9;
            case 0x2152 -> 0.1;
            case 0x2153 -> 1.0 / 3;
            case 0x2154 -> 2.0 / 3;
            case 0x2155 -> 0.2;
            case 0x2156 -> 0.4;
            case 0x2157 -> 0.6;
            case 0x2158 -> 0.8;
            case 0x2159 -> 1.0 / 6;
            case 0x215A -> 5.0 / 6;
            case 0x215B -> 0.125;
            case 0x215C -> 0.375;
            case 0x215D -> 0.625;
            case 0x215E -> 0.875;
            case 0x215F -> 1.0;
            case 0x2189 -> 0.0;
            default -> Double.NaN;
        };
    }

    public static PyModule create() {
        PyModule m = new PyModule("unicodedata", new PyDict());
        PyDict d = m.dict;
        d.put("unidata_version", "15.0.0");
        Args.def(d, "name", (a, kw) -> {
            Args.count("name", a, kw, 1, 2);
            String n = name(chr(a[0], "name"));
            if (n == null) {
                if (a.length == 2) {
                    return a[1];
                }
                throw PyErrors.valueError(null, "no such name");
            }
            return n;
        });
        Args.def(d, "lookup", (a, kw) -> {
            Args.count("lookup", a, kw, 1, 1);
            String n = PyObject.unwrap(a[0]) instanceof String s ? s : PyObjects.str(a[0]);
            int cp = lookup(n);
            if (cp < 0) {
                throw PyErrors.format(PyTypes.KEY_ERROR, null, "undefined character name '%s'", n);
            }
            return new String(Character.toChars(cp));
        });
        Args.def(d, "category", (a, kw) -> {
            Args.count("category", a, kw, 1, 1);
            String c = CATEGORY[Character.getType(chr(a[0], "category"))];
            return c == null ? "Cn" : c;
        });
        Args.def(d, "bidirectional", (a, kw) -> {
            Args.count("bidirectional", a, kw, 1, 1);
            int cp = chr(a[0], "bidirectional");
            byte dir = Character.getDirectionality(cp);
            return dir < 0 || dir >= BIDI.length || Character.getType(cp) == Character.UNASSIGNED ? "" : BIDI[dir];
        });
        Args.def(d, "east_asian_width", (a, kw) -> {
            Args.count("east_asian_width", a, kw, 1, 1);
            return eastAsianWidth(chr(a[0], "east_asian_width"));
        });
        Args.def(d, "mirrored", (a, kw) -> {
            Args.count("mirrored", a, kw, 1, 1);
            return Character.isMirrored(chr(a[0], "mirrored")) ? 1L : 0L;
        });
        Args.def(d, "decimal", (a, kw) -> {
            Args.count("decimal", a, kw, 1, 2);
            int cp = chr(a[0], "decimal");
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                return (long) Character.digit(cp, 10);
            }
            if (a.length == 2) {
                return a[1];
            }
            throw PyErrors.valueError(null, "not a decimal");
        });
        Args.def(d, "digit", (a, kw) -> {
            Args.count("digit", a, kw, 1, 2);
            int cp = chr(a[0], "digit");
            int v = Character.getNumericValue(cp);
            int t = Character.getType(cp);
            if (v >= 0 && v <= 9 && (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER) && numeric(cp) == v) {
                return (long) v;
            }
            if (a.length == 2) {
                return a[1];
            }
            throw PyErrors.valueError(null, "not a digit");
        });
        Args.def(d, "numeric", (a, kw) -> {
            Args.count("numeric", a, kw, 1, 2);
            int cp = chr(a[0], "numeric");
            double v = numeric(cp);
            if (!Double.isNaN(v) && !Character.isLetter(cp) || !Double.isNaN(v) && Character.getType(cp) == Character.LETTER_NUMBER) {
                return v;
            }
            if (a.length == 2) {
                return a[1];
            }
            throw PyErrors.valueError(null, "not a numeric character");
        });
        Args.def(d, "normalize", (a, kw) -> {
            Args.count("normalize", a, kw, 2, 2);
            return Normalizer.normalize(str(a[1], "normalize"), form(PyObject.unwrap(a[0])));
        });
        Args.def(d, "is_normalized", (a, kw) -> {
            Args.count("is_normalized", a, kw, 2, 2);
            return Normalizer.isNormalized(str(a[1], "is_normalized"), form(PyObject.unwrap(a[0])));
        });
        return m;
    }

    /** Wide (W) ranges of Unicode's EastAsianWidth.txt, start and end pairs. */
    private static final int[] WIDE = {0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
                    0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB,
                    0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
                    0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E,
                    0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50,
                    0x2B55, 0x2B55, 0x2E80, 0x2FFF, 0x3001, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF,
                    0xA960, 0xA97F, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0x16FE0, 0x18CFF, 0x1B000, 0x1B2FF,
                    0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F320, 0x1F32D, 0x1F335,
                    0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4,
                    0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567,
                    0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC,
                    0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F90C, 0x1F93A,
                    0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FAFF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD};

    /** unicodedata.east_asian_width: F, H, W and Na from Unicode's table; the ambiguous (A) characters answer N. */
    static String eastAsianWidth(int cp) {
        if (cp == 0x3000 || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)) {
            return "F";
        }
        if (cp == 0x20A9 || (cp >= 0xFF61 && cp <= 0xFFBE) || (cp >= 0xFFC2 && cp <= 0xFFDC) || (cp >= 0xFFE8 && cp <= 0xFFEE)) {
            return "H";
        }
        for (int i = 0; i < WIDE.length; i += 2) {
            if (cp >= WIDE[i] && cp <= WIDE[i + 1]) {
                return "W";
            }
        }
        if ((cp >= 0x20 && cp <= 0x7E) || cp == 0xA2 || cp == 0xA3 || cp == 0xA5 || cp == 0xA6 || cp == 0xAC || cp == 0xAF
                        || (cp >= 0x27E6 && cp <= 0x27ED) || cp == 0x2985 || cp == 0x2986) {
            return "Na";
        }
        return "N";
    }
}
