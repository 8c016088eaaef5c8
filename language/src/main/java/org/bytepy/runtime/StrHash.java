package org.bytepy.runtime;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The hash of {@code str} and {@code bytes}. When {@code PYTHONHASHSEED} is set to an integer, CPython's:
 * SipHash-1-3 over the string's canonical storage (one, two or four bytes a character, little-endian, by
 * the widest character) with the key CPython derives from the seed (all zeros for seed 0), so that
 * {@code hash()} and the iteration order of sets of strings are CPython's. Otherwise, as CPython's hashes are
 * then randomized, Java's cached {@link String#hashCode()} (bytes: the same function over their values, so that
 * ASCII {@code str} and {@code bytes} with the same characters hash equal, as in CPython).
 */
public final class StrHash {
    private StrHash() {
    }

    /** The SipHash key {k0, k1} for {@code PYTHONHASHSEED=value}, or null (randomized: Java's hash) when unset or "random". */
    public static long[] keyForSeed(String value) {
        if (value == null || value.isEmpty() || value.equals("random")) {
            return null;
        }
        long seed;
        try {
            seed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (seed < 0 || seed > 4294967295L) {
            return null;
        }
        byte[] secret = new byte[16];
        if (seed != 0) {
            int x = (int) seed; // CPython's lcg_urandom
            for (int i = 0; i < secret.length; i++) {
                x = x * 214013 + 2531011;
                secret[i] = (byte) ((x >>> 16) & 0xff);
            }
        }
        return new long[]{le64(secret, 0, 8), le64(secret, 8, 8)};
    }

    public static long hashStr(String s, long[] key) {
        if (key == null) {
            return s.hashCode();
        }
        return hashStrSip(s, key);
    }

    public static long hashBytes(byte[] b, long[] key) {
        if (key == null) {
            int h = 0;
            for (byte x : b) {
                h = 31 * h + (x & 0xff);
            }
            return h;
        }
        return finish(b.length == 0 ? 0 : siphash13(key[0], key[1], b));
    }

    @TruffleBoundary
    private static long hashStrSip(String s, long[] key) {
        if (s.isEmpty()) {
            return 0;
        }
        int max = 0;
        for (int i = 0; i < s.length(); i++) {
            max = Math.max(max, s.charAt(i));
        }
        byte[] data;
        if (max < 256) {
            data = s.getBytes(StandardCharsets.ISO_8859_1);
        } else if (max < 0xD800 || s.codePoints().allMatch(c -> c < 0x10000)) {
            data = new byte[s.length() * 2];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                data[2 * i] = (byte) c;
                data[2 * i + 1] = (byte) (c >>> 8);
            }
        } else {
            int[] cps = s.codePoints().toArray();
            data = new byte[cps.length * 4];
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                data[4 * i] = (byte) c;
                data[4 * i + 1] = (byte) (c >>> 8);
                data[4 * i + 2] = (byte) (c >>> 16);
            }
        }
        return finish(siphash13(key[0], key[1], data));
    }

    private static long finish(long h) {
        return h == -1 ? -2 : h;
    }

    private static long le64(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xffL);
        }
        return v;
    }

    /** CPython's {@code siphash13} (Python/pyhash.c). */
    static long siphash13(long k0, long k1, byte[] in) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int n = in.length;
        int off = 0;
        for (; n - off >= 8; off += 8) {
            long mi = le64(in, off, 8);
            v3 ^= mi;
            // SINGLE_ROUND
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long b = ((long) n << 56) | le64(in, off, n - off);
        v3 ^= b;
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }
}
