package org.bytepy.modules.sre;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;

/**
 * The string a pattern runs on, indexed by Python positions: a {@code str} without surrogate pairs
 * is read with {@code charAt}, one with non-BMP characters as an int[] of code points, and bytes
 * as a Latin-1 string (one char per byte). The last conversions are cached by identity, so that
 * tokenizers calling {@code pattern.match(text, pos)} in a loop do not convert the text each time.
 */
final class SreSubject {
    final String text;
    final int[] cps;
    final int length;
    final boolean isBytes;
    /** The Python object the subject came from ({@code Match.string}). */
    final Object original;
    /** bytes contents (for slices), or null for str. */
    final byte[] bytes;

    private SreSubject(String text, int[] cps, int length, boolean isBytes, Object original, byte[] bytes) {
        this.text = text;
        this.cps = cps;
        this.length = length;
        this.isBytes = isBytes;
        this.original = original;
        this.bytes = bytes;
    }

    private static final ThreadLocal<SreSubject[]> CACHE = ThreadLocal.withInitial(() -> new SreSubject[2]);

    static SreSubject of(Object o) {
        Object v = PyObject.unwrap(o);
        SreSubject[] cache = CACHE.get();
        if (v instanceof String s) {
            SreSubject c = cache[0];
            if (c != null && c.text == s) {
                return c.original == o ? c : new SreSubject(c.text, c.cps, c.length, false, o, null);
            }
            if (c != null && c.cps != null && c.original == s) {
                return c;
            }
            SreSubject r;
            if (hasSurrogates(s)) {
                int[] cps = s.codePoints().toArray();
                r = new SreSubject(null, cps, cps.length, false, o, null);
                if (o == s && s.length() > 64) {
                    cache[0] = r;
                }
                return r;
            }
            r = new SreSubject(s, null, s.length(), false, o, null);
            if (s.length() > 64) {
                cache[0] = r;
            }
            return r;
        }
        byte[] b = BuiltinTypeOps.bytesOf(o);
        if (b != null) {
            if (v instanceof byte[]) {
                SreSubject c = cache[1];
                if (c != null && c.bytes == b) {
                    return c.original == o ? c : new SreSubject(c.text, null, c.length, true, o, b);
                }
                SreSubject r = new SreSubject(new String(b, StandardCharsets.ISO_8859_1), null, b.length, true, o, b);
                if (b.length > 64) {
                    cache[1] = r;
                }
                return r;
            }
            byte[] copy = b.clone();
            return new SreSubject(new String(copy, StandardCharsets.ISO_8859_1), null, copy.length, true, o, copy);
        }
        throw PyErrors.typeError(null, "expected string or bytes-like object, got '%s'", PyObjects.typeName(o));
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The slice [i, j) as str or bytes. */
    Object slice(int i, int j) {
        if (isBytes) {
            if (i == 0 && j == bytes.length && original instanceof byte[] ob) {
                return ob;
            }
            return Arrays.copyOfRange(bytes, i, j);
        }
        if (cps != null) {
            return new String(cps, i, j - i);
        }
        return text.substring(i, j);
    }

    /** The empty str or bytes. */
    Object empty() {
        return isBytes ? new byte[0] : "";
    }
}
