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

    /** {@code item in b}: an int byte value or a bytes-like subsequence. */
    @TruffleBoundary
    public static boolean contains(byte[] b, Object item, com.oracle.truffle.api.nodes.Node node) {
        if (PyNumber.isInt(item)) {
            int v = BuiltinTypeOps.byteValue(item, node);
            for (byte x : b) {
                if ((x & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        byte[] sub = BuiltinTypeOps.bytesOf(item);
        if (sub == null) {
            throw PyErrors.typeError(node, "a bytes-like object is required, not '%s'", PyObjects.typeName(item));
        }
        return find(b, sub, 0, b.length) >= 0;
    }

    /** First index of sub in b[start:end], or -1. */
    public static int find(byte[] b, byte[] sub, int start, int end) {
        outer: for (int i = start; i + sub.length <= end; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (b[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Last index of sub in b[start:end], or -1. */
    public static int rfind(byte[] b, byte[] sub, int start, int end) {
        outer: for (int i = end - sub.length; i >= start; i--) {
            for (int j = 0; j < sub.length; j++) {
                if (b[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
