package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Helpers for {@code str} values (Java strings, indexed by code point as Python does). */
public final class PyStr {
    private PyStr() {
    }

    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when each char is a code point (no surrogate pair), so Python's indices are Java's. Counting
     * the code points costs nothing for a Latin-1 string (its code-point stream knows its size), a scan
     * otherwise.
     */
    @TruffleBoundary
    public static boolean isBmp(String s) {
        return s.codePoints().count() == s.length();
    }

    private static final String[] LATIN1 = new String[256];
    static {
        for (int c = 0; c < 256; c++) {
            LATIN1[c] = String.valueOf((char) c);
        }
    }

    /** The one-character string of {@code c}, shared for Latin-1 characters. */
    public static String charString(char c) {
        return c < 256 ? LATIN1[c] : newCharString(c);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static String newCharString(char c) {
        return String.valueOf(c);
    }

    @TruffleBoundary
    public static Object getItem(String s, Object key, Node node) {
        boolean bmp = isBmp(s);
        if (key instanceof PySlice slice) {
            if (bmp) {
                long[] ix = slice.indices(s.length(), node);
                if (ix[2] == 1) {
                    return ix[3] == 0 ? "" : s.substring((int) ix[0], (int) (ix[0] + ix[3]));
                }
                StringBuilder sb = new StringBuilder((int) ix[3]);
                for (int i = 0; i < ix[3]; i++) {
                    sb.append(s.charAt((int) (ix[0] + i * ix[2])));
                }
                return sb.toString();
            }
            int[] cps = s.codePoints().toArray();
            long[] ix = slice.indices(cps.length, node);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < ix[3]; i++) {
                sb.appendCodePoint(cps[(int) (ix[0] + i * ix[2])]);
            }
            return sb.toString();
        }
        if (bmp) {
            int i = PyObjects.index(key, s.length(), "string", node);
            return String.valueOf(s.charAt(i));
        }
        int[] cps = s.codePoints().toArray();
        int i = PyObjects.index(key, cps.length, "string", node);
        return Character.toString(cps[i]);
    }
}
