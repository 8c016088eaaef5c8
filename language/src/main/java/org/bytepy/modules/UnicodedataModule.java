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

    /**
     * East_Asian_Width of Unicode 15.0 (CPython 3.12's unicodedata): {first, last, code} ranges in order,
     * code 0 A, 1 W, 2 Na, 3 H, 4 F; code points in no range are N.
     */
    private static final int[] EAST_ASIAN_WIDTH = {
            0x20, 0x7e, 2, 0xa1, 0xa1, 0, 0xa2, 0xa3, 2, 0xa4, 0xa4, 0, 0xa5, 0xa6, 2,
            0xa7, 0xa8, 0, 0xaa, 0xaa, 0, 0xac, 0xac, 2, 0xad, 0xae, 0, 0xaf, 0xaf, 2,
            0xb0, 0xb4, 0, 0xb6, 0xba, 0, 0xbc, 0xbf, 0, 0xc6, 0xc6, 0, 0xd0, 0xd0, 0,
            0xd7, 0xd8, 0, 0xde, 0xe1, 0, 0xe6, 0xe6, 0, 0xe8, 0xea, 0, 0xec, 0xed, 0,
            0xf0, 0xf0, 0, 0xf2, 0xf3, 0, 0xf7, 0xfa, 0, 0xfc, 0xfc, 0, 0xfe, 0xfe, 0,
            0x101, 0x101, 0, 0x111, 0x111, 0, 0x113, 0x113, 0, 0x11b, 0x11b, 0, 0x126, 0x127, 0,
            0x12b, 0x12b, 0, 0x131, 0x133, 0, 0x138, 0x138, 0, 0x13f, 0x142, 0, 0x144, 0x144, 0,
            0x148, 0x14b, 0, 0x14d, 0x14d, 0, 0x152, 0x153, 0, 0x166, 0x167, 0, 0x16b, 0x16b, 0,
            0x1ce, 0x1ce, 0, 0x1d0, 0x1d0, 0, 0x1d2, 0x1d2, 0, 0x1d4, 0x1d4, 0, 0x1d6, 0x1d6, 0,
            0x1d8, 0x1d8, 0, 0x1da, 0x1da, 0, 0x1dc, 0x1dc, 0, 0x251, 0x251, 0, 0x261, 0x261, 0,
            0x2c4, 0x2c4, 0, 0x2c7, 0x2c7, 0, 0x2c9, 0x2cb, 0, 0x2cd, 0x2cd, 0, 0x2d0, 0x2d0, 0,
            0x2d8, 0x2db, 0, 0x2dd, 0x2dd, 0, 0x2df, 0x2df, 0, 0x300, 0x36f, 0, 0x391, 0x3a1, 0,
            0x3a3, 0x3a9, 0, 0x3b1, 0x3c1, 0, 0x3c3, 0x3c9, 0, 0x401, 0x401, 0, 0x410, 0x44f, 0,
            0x451, 0x451, 0, 0x1100, 0x115f, 1, 0x2010, 0x2010, 0, 0x2013, 0x2016, 0, 0x2018, 0x2019, 0,
            0x201c, 0x201d, 0, 0x2020, 0x2022, 0, 0x2024, 0x2027, 0, 0x2030, 0x2030, 0, 0x2032, 0x2033, 0,
            0x2035, 0x2035, 0, 0x203b, 0x203b, 0, 0x203e, 0x203e, 0, 0x2074, 0x2074, 0, 0x207f, 0x207f, 0,
            0x2081, 0x2084, 0, 0x20a9, 0x20a9, 3, 0x20ac, 0x20ac, 0, 0x2103, 0x2103, 0, 0x2105, 0x2105, 0,
            0x2109, 0x2109, 0, 0x2113, 0x2113, 0, 0x2116, 0x2116, 0, 0x2121, 0x2122, 0, 0x2126, 0x2126, 0,
            0x212b, 0x212b, 0, 0x2153, 0x2154, 0, 0x215b, 0x215e, 0, 0x2160, 0x216b, 0, 0x2170, 0x2179, 0,
            0x2189, 0x2189, 0, 0x2190, 0x2199, 0, 0x21b8, 0x21b9, 0, 0x21d2, 0x21d2, 0, 0x21d4, 0x21d4, 0,
            0x21e7, 0x21e7, 0, 0x2200, 0x2200, 0, 0x2202, 0x2203, 0, 0x2207, 0x2208, 0, 0x220b, 0x220b, 0,
            0x220f, 0x220f, 0, 0x2211, 0x2211, 0, 0x2215, 0x2215, 0, 0x221a, 0x221a, 0, 0x221d, 0x2220, 0,
            0x2223, 0x2223, 0, 0x2225, 0x2225, 0, 0x2227, 0x222c, 0, 0x222e, 0x222e, 0, 0x2234, 0x2237, 0,
            0x223c, 0x223d, 0, 0x2248, 0x2248, 0, 0x224c, 0x224c, 0, 0x2252, 0x2252, 0, 0x2260, 0x2261, 0,
            0x2264, 0x2267, 0, 0x226a, 0x226b, 0, 0x226e, 0x226f, 0, 0x2282, 0x2283, 0, 0x2286, 0x2287, 0,
            0x2295, 0x2295, 0, 0x2299, 0x2299, 0, 0x22a5, 0x22a5, 0, 0x22bf, 0x22bf, 0, 0x2312, 0x2312, 0,
            0x231a, 0x231b, 1, 0x2329, 0x232a, 1, 0x23e9, 0x23ec, 1, 0x23f0, 0x23f0, 1, 0x23f3, 0x23f3, 1,
            0x2460, 0x24e9, 0, 0x24eb, 0x254b, 0, 0x2550, 0x2573, 0, 0x2580, 0x258f, 0, 0x2592, 0x2595, 0,
            0x25a0, 0x25a1, 0, 0x25a3, 0x25a9, 0, 0x25b2, 0x25b3, 0, 0x25b6, 0x25b7, 0, 0x25bc, 0x25bd, 0,
            0x25c0, 0x25c1, 0, 0x25c6, 0x25c8, 0, 0x25cb, 0x25cb, 0, 0x25ce, 0x25d1, 0, 0x25e2, 0x25e5, 0,
            0x25ef, 0x25ef, 0, 0x25fd, 0x25fe, 1, 0x2605, 0x2606, 0, 0x2609, 0x2609, 0, 0x260e, 0x260f, 0,
            0x2614, 0x2615, 1, 0x261c, 0x261c, 0, 0x261e, 0x261e, 0, 0x2640, 0x2640, 0, 0x2642, 0x2642, 0,
            0x2648, 0x2653, 1, 0x2660, 0x2661, 0, 0x2663, 0x2665, 0, 0x2667, 0x266a, 0, 0x266c, 0x266d, 0,
            0x266f, 0x266f, 0, 0x267f, 0x267f, 1, 0x2693, 0x2693, 1, 0x269e, 0x269f, 0, 0x26a1, 0x26a1, 1,
            0x26aa, 0x26ab, 1, 0x26bd, 0x26be, 1, 0x26bf, 0x26bf, 0, 0x26c4, 0x26c5, 1, 0x26c6, 0x26cd, 0,
            0x26ce, 0x26ce, 1, 0x26cf, 0x26d3, 0, 0x26d4, 0x26d4, 1, 0x26d5, 0x26e1, 0, 0x26e3, 0x26e3, 0,
            0x26e8, 0x26e9, 0, 0x26ea, 0x26ea, 1, 0x26eb, 0x26f1, 0, 0x26f2, 0x26f3, 1, 0x26f4, 0x26f4, 0,
            0x26f5, 0x26f5, 1, 0x26f6, 0x26f9, 0, 0x26fa, 0x26fa, 1, 0x26fb, 0x26fc, 0, 0x26fd, 0x26fd, 1,
            0x26fe, 0x26ff, 0, 0x2705, 0x2705, 1, 0x270a, 0x270b, 1, 0x2728, 0x2728, 1, 0x273d, 0x273d, 0,
            0x274c, 0x274c, 1, 0x274e, 0x274e, 1, 0x2753, 0x2755, 1, 0x2757, 0x2757, 1, 0x2776, 0x277f, 0,
            0x2795, 0x2797, 1, 0x27b0, 0x27b0, 1, 0x27bf, 0x27bf, 1, 0x27e6, 0x27ed, 2, 0x2985, 0x2986, 2,
            0x2b1b, 0x2b1c, 1, 0x2b50, 0x2b50, 1, 0x2b55, 0x2b55, 1, 0x2b56, 0x2b59, 0, 0x2e80, 0x2e99, 1,
            0x2e9b, 0x2ef3, 1, 0x2f00, 0x2fd5, 1, 0x2ff0, 0x2ffb, 1, 0x3000, 0x3000, 4, 0x3001, 0x303e, 1,
            0x3041, 0x3096, 1, 0x3099, 0x30ff, 1, 0x3105, 0x312f, 1, 0x3131, 0x318e, 1, 0x3190, 0x31e3, 1,
            0x31f0, 0x321e, 1, 0x3220, 0x3247, 1, 0x3248, 0x324f, 0, 0x3250, 0x4dbf, 1, 0x4e00, 0xa48c, 1,
            0xa490, 0xa4c6, 1, 0xa960, 0xa97c, 1, 0xac00, 0xd7a3, 1, 0xe000, 0xf8ff, 0, 0xf900, 0xfaff, 1,
            0xfe00, 0xfe0f, 0, 0xfe10, 0xfe19, 1, 0xfe30, 0xfe52, 1, 0xfe54, 0xfe66, 1, 0xfe68, 0xfe6b, 1,
            0xff01, 0xff60, 4, 0xff61, 0xffbe, 3, 0xffc2, 0xffc7, 3, 0xffca, 0xffcf, 3, 0xffd2, 0xffd7, 3,
            0xffda, 0xffdc, 3, 0xffe0, 0xffe6, 4, 0xffe8, 0xffee, 3, 0xfffd, 0xfffd, 0, 0x16fe0, 0x16fe4, 1,
            0x16ff0, 0x16ff1, 1, 0x17000, 0x187f7, 1, 0x18800, 0x18cd5, 1, 0x18d00, 0x18d08, 1, 0x1aff0, 0x1aff3, 1,
            0x1aff5, 0x1affb, 1, 0x1affd, 0x1affe, 1, 0x1b000, 0x1b122, 1, 0x1b132, 0x1b132, 1, 0x1b150, 0x1b152, 1,
            0x1b155, 0x1b155, 1, 0x1b164, 0x1b167, 1, 0x1b170, 0x1b2fb, 1, 0x1f004, 0x1f004, 1, 0x1f0cf, 0x1f0cf, 1,
            0x1f100, 0x1f10a, 0, 0x1f110, 0x1f12d, 0, 0x1f130, 0x1f169, 0, 0x1f170, 0x1f18d, 0, 0x1f18e, 0x1f18e, 1,
            0x1f18f, 0x1f190, 0, 0x1f191, 0x1f19a, 1, 0x1f19b, 0x1f1ac, 0, 0x1f200, 0x1f202, 1, 0x1f210, 0x1f23b, 1,
            0x1f240, 0x1f248, 1, 0x1f250, 0x1f251, 1, 0x1f260, 0x1f265, 1, 0x1f300, 0x1f320, 1, 0x1f32d, 0x1f335, 1,
            0x1f337, 0x1f37c, 1, 0x1f37e, 0x1f393, 1, 0x1f3a0, 0x1f3ca, 1, 0x1f3cf, 0x1f3d3, 1, 0x1f3e0, 0x1f3f0, 1,
            0x1f3f4, 0x1f3f4, 1, 0x1f3f8, 0x1f43e, 1, 0x1f440, 0x1f440, 1, 0x1f442, 0x1f4fc, 1, 0x1f4ff, 0x1f53d, 1,
            0x1f54b, 0x1f54e, 1, 0x1f550, 0x1f567, 1, 0x1f57a, 0x1f57a, 1, 0x1f595, 0x1f596, 1, 0x1f5a4, 0x1f5a4, 1,
            0x1f5fb, 0x1f64f, 1, 0x1f680, 0x1f6c5, 1, 0x1f6cc, 0x1f6cc, 1, 0x1f6d0, 0x1f6d2, 1, 0x1f6d5, 0x1f6d7, 1,
            0x1f6dc, 0x1f6df, 1, 0x1f6eb, 0x1f6ec, 1, 0x1f6f4, 0x1f6fc, 1, 0x1f7e0, 0x1f7eb, 1, 0x1f7f0, 0x1f7f0, 1,
            0x1f90c, 0x1f93a, 1, 0x1f93c, 0x1f945, 1, 0x1f947, 0x1f9ff, 1, 0x1fa70, 0x1fa7c, 1, 0x1fa80, 0x1fa88, 1,
            0x1fa90, 0x1fabd, 1, 0x1fabf, 0x1fac5, 1, 0x1face, 0x1fadb, 1, 0x1fae0, 0x1fae8, 1, 0x1faf0, 0x1faf8, 1,
            0x20000, 0x2fffd, 1, 0x30000, 0x3fffd, 1, 0xe0100, 0xe01ef, 0, 0xf0000, 0xffffd, 0, 0x100000, 0x10fffd, 0,

    };
    private static final String[] EAST_ASIAN_WIDTH_NAMES = {"A", "W", "Na", "H", "F"};

    static String eastAsianWidth(int cp) {
        int lo = 0;
        int hi = EAST_ASIAN_WIDTH.length / 3 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < EAST_ASIAN_WIDTH[mid * 3]) {
                hi = mid - 1;
            } else if (cp > EAST_ASIAN_WIDTH[mid * 3 + 1]) {
                lo = mid + 1;
            } else {
                return EAST_ASIAN_WIDTH_NAMES[EAST_ASIAN_WIDTH[mid * 3 + 2]];
            }
        }
        return "N";
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
        Args.def(d, "east_asian_width", (a, kw) -> {
            Args.count("east_asian_width", a, kw, 1, 1);
            return eastAsianWidth(chr(a[0], "east_asian_width"));
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
}
