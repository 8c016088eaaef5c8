package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Helpers for {@code bytes} values, represented as Java {@code byte[]}. */
public final class PyBytes {
    private PyBytes() {
    }

    @TruffleBoundary
    public static String repr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    public static Object[] boxed(byte[] b) {
        Object[] out = new Object[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (long) (b[i] & 0xff);
        }
        return out;
    }

    public static byte[] unboxed(Object[] items) {
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (byte) (long) (Long) items[i];
        }
        return out;
    }
}
