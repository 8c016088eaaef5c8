package org.bytepy.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyComputedAttributes;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * The hash modules {@code _md5}, {@code _sha1}, {@code _sha2}, {@code _sha3} and {@code _blake2}
 * (what Lib's {@code hashlib} falls back to without OpenSSL). MD5, SHA-1 and SHA-2 use the JDK's
 * {@link MessageDigest}; SHA-3/SHAKE (Keccak) and BLAKE2 are implemented here.
 */
public final class HashModules {
    private HashModules() {
    }

    /** A hash object: {@code update}, {@code digest}, {@code hexdigest}, {@code copy}, {@code name}, .... */
    abstract static class Hash implements TruffleObject, PyObjectBase, PyComputedAttributes {
        final PyType type;
        final String name;
        final int digestSize;
        final int blockSize;

        Hash(PyType type, String name, int digestSize, int blockSize) {
            this.type = type;
            this.name = name;
            this.digestSize = digestSize;
            this.blockSize = blockSize;
        }

        abstract void update(byte[] b);

        /** The digest of the data so far, without changing the state. */
        abstract byte[] digest(int length);

        abstract Hash copy();

        @Override
        public PyType getPyType() {
            return type;
        }

        @Override
        public Object getAttribute(String attr) {
            switch (attr) {
                case "name":
                    return name;
                case "digest_size":
                    return (long) digestSize;
                case "block_size":
                    return (long) blockSize;
                default:
                    return null;
            }
        }
    }

    static final class JdkHash extends Hash {
        private final MessageDigest md;

        JdkHash(PyType type, String name, String algorithm, int blockSize) {
            super(type, name, digestSizeOf(algorithm), blockSize);
            try {
                this.md = MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw PyErrors.valueError(null, "unsupported hash type %s", name);
            }
        }

        private JdkHash(JdkHash other) {
            super(other.type, other.name, other.digestSize, other.blockSize);
            try {
                this.md = (MessageDigest) other.md.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        private static int digestSizeOf(String algorithm) {
            try {
                return MessageDigest.getInstance(algorithm).getDigestLength();
            } catch (NoSuchAlgorithmException e) {
                return 0;
            }
        }

        @Override
        @TruffleBoundary
        void update(byte[] b) {
            md.update(b);
        }

        @Override
        @TruffleBoundary
        byte[] digest(int length) {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        Hash copy() {
            return new JdkHash(this);
        }
    }

    /** Keccak-f[1600] sponge: SHA3-224/256/384/512 (domain 0x06) and SHAKE128/256 (domain 0x1f). */
    static final class Keccak extends Hash {
        private static final long[] RC = {0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L, 0x000000000000808BL, 0x0000000080000001L,
                        0x8000000080008081L, 0x8000000000008009L, 0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL, 0x000000008000808BL,
                        0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
                        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
        private static final int[] ROT = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

        private final long[] a = new long[25];
        private final byte[] buf;
        private int bufLen;
        private final byte domain;

        Keccak(PyType type, String name, int digestSize, int rate, byte domain) {
            super(type, name, digestSize, rate);
            this.buf = new byte[rate];
            this.domain = domain;
        }

        @Override
        Hash copy() {
            Keccak k = new Keccak(type, name, digestSize, blockSize, domain);
            System.arraycopy(a, 0, k.a, 0, 25);
            System.arraycopy(buf, 0, k.buf, 0, bufLen);
            k.bufLen = bufLen;
            return k;
        }

        private static void absorb(long[] a, byte[] block) {
            for (int i = 0; i < block.length / 8; i++) {
                long v = 0;
                for (int j = 7; j >= 0; j--) {
                    v = (v << 8) | (block[8 * i + j] & 0xff);
                }
                a[i] ^= v;
            }
            permute(a);
        }

        private static void permute(long[] a) {
            long[] c = new long[5];
            long[] b = new long[25];
            for (int round = 0; round < 24; round++) {
                for (int x = 0; x < 5; x++) {
                    c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
                }
                for (int x = 0; x < 5; x++) {
                    long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                    for (int y = 0; y < 25; y += 5) {
                        a[x + y] ^= d;
                    }
                }
                for (int x = 0; x < 5; x++) {
                    for (int y = 0; y < 5; y++) {
                        b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                    }
                }
                for (int y = 0; y < 25; y += 5) {
                    for (int x = 0; x < 5; x++) {
                        a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                    }
                }
                a[0] ^= RC[round];
            }
        }

        @Override
        @TruffleBoundary
        void update(byte[] data) {
            for (byte x : data) {
                buf[bufLen++] = x;
                if (bufLen == buf.length) {
                    absorb(a, buf);
                    bufLen = 0;
                }
            }
        }

        @Override
        @TruffleBoundary
        byte[] digest(int length) {
            long[] s = a.clone();
            byte[] last = new byte[buf.length];
            System.arraycopy(buf, 0, last, 0, bufLen);
            last[bufLen] ^= domain;
            last[buf.length - 1] ^= (byte) 0x80;
            absorb(s, last);
            byte[] out = new byte[length];
            int done = 0;
            while (true) {
                for (int i = 0; i < buf.length && done < length; i++) {
                    out[done++] = (byte) (s[i / 8] >>> (8 * (i % 8)));
                }
                if (done == length) {
                    return out;
                }
                permute(s);
            }
        }
    }

    /** BLAKE2b (64-bit words) and BLAKE2s (32-bit words), RFC 7693, with key, salt and personalization. */
    static final class Blake2 extends Hash {
        private static final long[] IV = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L, 0x510e527fade682d1L, 0x9b05688c2b3e6c1fL,
                        0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
        private static final int[] IV32 = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};
        private static final byte[][] SIGMA = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
                        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8}, {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
                        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9}, {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
                        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

        private final boolean big;
        private final long[] h = new long[8];
        private long counter;
        private final byte[] buf;
        private int bufLen;

        Blake2(PyType type, boolean big, int digestSize, byte[] key, byte[] salt, byte[] person) {
            super(type, big ? "blake2b" : "blake2s", digestSize, big ? 128 : 64);
            this.big = big;
            this.buf = new byte[blockSize];
            for (int i = 0; i < 8; i++) {
                h[i] = big ? IV[i] : IV32[i] & 0xffffffffL;
            }
            h[0] ^= 0x01010000L | ((long) key.length << 8) | digestSize;
            int w = big ? 8 : 4;
            for (int i = 0; i < salt.length; i++) {
                h[4 + i / w] ^= (long) (salt[i] & 0xff) << (8 * (i % w));
            }
            for (int i = 0; i < person.length; i++) {
                h[6 + i / w] ^= (long) (person[i] & 0xff) << (8 * (i % w));
            }
            if (key.length > 0) {
                byte[] block = new byte[blockSize];
                System.arraycopy(key, 0, block, 0, key.length);
                update(block);
            }
        }

        private Blake2(Blake2 o) {
            super(o.type, o.name, o.digestSize, o.blockSize);
            this.big = o.big;
            System.arraycopy(o.h, 0, h, 0, 8);
            this.counter = o.counter;
            this.buf = o.buf.clone();
            this.bufLen = o.bufLen;
        }

        @Override
        Hash copy() {
            return new Blake2(this);
        }

        @Override
        @TruffleBoundary
        void update(byte[] data) {
            for (byte x : data) {
                if (bufLen == blockSize) {
                    counter += blockSize;
                    compress(h, buf, counter, false);
                    bufLen = 0;
                }
                buf[bufLen++] = x;
            }
        }

        @Override
        @TruffleBoundary
        byte[] digest(int length) {
            long[] s = h.clone();
            byte[] last = new byte[blockSize];
            System.arraycopy(buf, 0, last, 0, bufLen);
            compress(s, last, counter + bufLen, true);
            byte[] out = new byte[digestSize];
            int w = big ? 8 : 4;
            for (int i = 0; i < digestSize; i++) {
                out[i] = (byte) (s[i / w] >>> (8 * (i % w)));
            }
            return out;
        }

        private void compress(long[] hs, byte[] block, long t, boolean last) {
            if (big) {
                long[] m = new long[16];
                for (int i = 0; i < 16; i++) {
                    for (int j = 7; j >= 0; j--) {
                        m[i] = (m[i] << 8) | (block[8 * i + j] & 0xff);
                    }
                }
                long[] v = new long[16];
                System.arraycopy(hs, 0, v, 0, 8);
                System.arraycopy(IV, 0, v, 8, 8);
                v[12] ^= t;
                if (last) {
                    v[14] = ~v[14];
                }
                for (int r = 0; r < 12; r++) {
                    byte[] s = SIGMA[r % 10];
                    g64(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g64(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g64(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g64(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g64(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g64(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g64(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g64(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for (int i = 0; i < 8; i++) {
                    hs[i] ^= v[i] ^ v[i + 8];
                }
            } else {
                int[] m = new int[16];
                for (int i = 0; i < 16; i++) {
                    for (int j = 3; j >= 0; j--) {
                        m[i] = (m[i] << 8) | (block[4 * i + j] & 0xff);
                    }
                }
                int[] v = new int[16];
                for (int i = 0; i < 8; i++) {
                    v[i] = (int) hs[i];
                    v[i + 8] = IV32[i];
                }
                v[12] ^= (int) t;
                v[13] ^= (int) (t >>> 32);
                if (last) {
                    v[14] = ~v[14];
                }
                for (int r = 0; r < 10; r++) {
                    byte[] s = SIGMA[r];
                    g32(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g32(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g32(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g32(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g32(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g32(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g32(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g32(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for (int i = 0; i < 8; i++) {
                    hs[i] = (hs[i] ^ (v[i] & 0xffffffffL) ^ (v[i + 8] & 0xffffffffL)) & 0xffffffffL;
                }
            }
        }

        private static void g64(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }

        private static void g32(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }
    }

    /** The contents of a bytes-like argument to a hash, with CPython's errors. */
    static byte[] data(Object o) {
        if (o instanceof String) {
            throw PyErrors.typeError(null, "Strings must be encoded before hashing");
        }
        byte[] b = BuiltinTypeOps.bytesOf(o);
        if (b == null) {
            b = StructModule.bufferOrNull(o);
        }
        if (b == null) {
            throw PyErrors.typeError(null, "object supporting the buffer API required");
        }
        return b;
    }

    private static PyType hashType(String module, String name, boolean xof) {
        PyType t = new PyType(name, true, PyTypes.OBJECT);
        t.getDict().put("__module__", module);
        Args.method(t, "update", (args, kw) -> {
            Args.methodCount("update", args, kw, 1, 1);
            ((Hash) args[0]).update(data(args[1]));
            return PyNone.NONE;
        });
        Args.method(t, "copy", (args, kw) -> {
            Args.methodCount("copy", args, kw, 0, 0);
            return ((Hash) args[0]).copy();
        });
        if (xof) {
            Args.method(t, "digest", (args, kw) -> ((Hash) args[0]).digest(xofLength(args, kw, "digest")));
            Args.method(t, "hexdigest", (args, kw) -> hex(((Hash) args[0]).digest(xofLength(args, kw, "hexdigest"))));
        } else {
            Args.method(t, "digest", (args, kw) -> {
                Args.methodCount("digest", args, kw, 0, 0);
                Hash h = (Hash) args[0];
                return h.digest(h.digestSize);
            });
            Args.method(t, "hexdigest", (args, kw) -> {
                Args.methodCount("hexdigest", args, kw, 0, 0);
                Hash h = (Hash) args[0];
                return hex(h.digest(h.digestSize));
            });
        }
        return t;
    }

    private static int xofLength(Object[] args, PyDict kw, String fname) {
        Object len = args.length > 1 ? args[1] : Args.kw(kw, "length");
        if (len == null) {
            throw PyErrors.typeError(null, "%s() missing required argument 'length' (pos 1)", fname);
        }
        long n = Args.index(len);
        if (n < 0) {
            throw PyErrors.valueError(null, "negative digest length");
        }
        if (n >= (1L << 29)) {
            throw PyErrors.valueError(null, "digest length is too large");
        }
        return (int) n;
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return sb.toString();
    }

    /** The initial data of a constructor: positional {@code data} or keyword {@code string}/{@code data}. */
    private static Object initial(String fname, Object[] args, PyDict kw) {
        Args.onlyKeywords(fname, kw, "string", "data", "usedforsecurity");
        if (args.length > 1) {
            throw PyErrors.typeError(null, "%s() takes at most 1 positional argument (%d given)", fname, args.length);
        }
        Object s = Args.kw(kw, "string");
        Object d = Args.kw(kw, "data");
        if (args.length == 1 && (s != null || d != null)) {
            throw PyErrors.typeError(null, "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
        }
        Object v = args.length == 1 ? args[0] : s != null ? s : d;
        return v == null || v instanceof PyNone ? null : v;
    }

    private interface Maker {
        Hash make();
    }

    private static void constructor(PyDict d, String fname, Maker maker) {
        d.put(fname, new PyBuiltinFunction(fname, null, (args, kw) -> {
            Object init = initial(fname, args, kw);
            Hash h = maker.make();
            if (init != null) {
                h.update(data(init));
            }
            return h;
        }));
    }

    public static PyModule md5() {
        PyModule m = new PyModule("_md5", new PyDict());
        PyType t = hashType("_md5", "md5", false);
        m.dict.put("MD5Type", t);
        constructor(m.dict, "md5", () -> new JdkHash(t, "md5", "MD5", 64));
        return m;
    }

    public static PyModule sha1() {
        PyModule m = new PyModule("_sha1", new PyDict());
        PyType t = hashType("_sha1", "sha1", false);
        m.dict.put("SHA1Type", t);
        constructor(m.dict, "sha1", () -> new JdkHash(t, "sha1", "SHA-1", 64));
        return m;
    }

    public static PyModule sha2() {
        PyModule m = new PyModule("_sha2", new PyDict());
        PyType t256 = hashType("_sha2", "SHA256Type", false);
        PyType t224 = hashType("_sha2", "SHA224Type", false);
        PyType t512 = hashType("_sha2", "SHA512Type", false);
        PyType t384 = hashType("_sha2", "SHA384Type", false);
        m.dict.put("SHA224Type", t224);
        m.dict.put("SHA256Type", t256);
        m.dict.put("SHA384Type", t384);
        m.dict.put("SHA512Type", t512);
        constructor(m.dict, "sha224", () -> new JdkHash(t224, "sha224", "SHA-224", 64));
        constructor(m.dict, "sha256", () -> new JdkHash(t256, "sha256", "SHA-256", 64));
        constructor(m.dict, "sha384", () -> new JdkHash(t384, "sha384", "SHA-384", 128));
        constructor(m.dict, "sha512", () -> new JdkHash(t512, "sha512", "SHA-512", 128));
        return m;
    }

    public static PyModule sha3() {
        PyModule m = new PyModule("_sha3", new PyDict());
        for (int bits : new int[]{224, 256, 384, 512}) {
            String name = "sha3_" + bits;
            PyType t = hashType("_sha3", name, false);
            int rate = 200 - 2 * bits / 8;
            constructor(m.dict, name, () -> new Keccak(t, name, bits / 8, rate, (byte) 0x06));
            m.dict.put(name, wrapType(t, m.dict.getStr(name)));
        }
        for (int bits : new int[]{128, 256}) {
            String name = "shake_" + bits;
            PyType t = hashType("_sha3", name, true);
            int rate = 200 - 2 * bits / 8;
            constructor(m.dict, name, () -> new Keccak(t, name, 0, rate, (byte) 0x1f));
            m.dict.put(name, wrapType(t, m.dict.getStr(name)));
        }
        m.dict.put("implementation", "bytepy");
        m.dict.put("keccakopt", 64L);
        return m;
    }

    /** Makes {@code t} callable as its constructor function (in CPython these are types). */
    private static PyType wrapType(PyType t, Object ctor) {
        PyBuiltinFunction f = (PyBuiltinFunction) ctor;
        t.constructor = (args, kw) -> {
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return f.body.call(rest, kw);
        };
        return t;
    }

    public static PyModule blake2() {
        PyModule m = new PyModule("_blake2", new PyDict());
        for (boolean big : new boolean[]{true, false}) {
            String name = big ? "blake2b" : "blake2s";
            PyType t = hashType("_blake2", name, false);
            int maxDigest = big ? 64 : 32;
            int maxSalt = big ? 16 : 8;
            t.constructor = (args, kw) -> {
                Args.onlyKeywords(name, kw, "string", "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size",
                                "last_node", "usedforsecurity");
                Object data = args.length > 1 ? args[1] : Args.kw(kw, "data") != null ? Args.kw(kw, "data") : Args.kw(kw, "string");
                if (args.length > 2) {
                    throw PyErrors.typeError(null, "%s() takes at most 1 positional argument (%d given)", name, args.length - 1);
                }
                Object ds = Args.kw(kw, "digest_size");
                long digestSize = ds == null ? maxDigest : Args.index(ds);
                if (digestSize < 1 || digestSize > maxDigest) {
                    throw PyErrors.valueError(null, "digest_size must be between 1 and %d bytes", maxDigest);
                }
                byte[] key = optBytes(kw, "key");
                byte[] salt = optBytes(kw, "salt");
                byte[] person = optBytes(kw, "person");
                if (key.length > maxDigest) {
                    throw PyErrors.valueError(null, "maximum key length is %d bytes", maxDigest);
                }
                if (salt.length > maxSalt) {
                    throw PyErrors.valueError(null, "maximum salt length is %d bytes", maxSalt);
                }
                if (person.length > maxSalt) {
                    throw PyErrors.valueError(null, "maximum person length is %d bytes", maxSalt);
                }
                Blake2 h = new Blake2(t, big, (int) digestSize, key, salt, person);
                if (data != null && !(data instanceof PyNone)) {
                    h.update(data(data));
                }
                return h;
            };
            t.getDict().put("SALT_SIZE", (long) maxSalt);
            t.getDict().put("PERSON_SIZE", (long) maxSalt);
            t.getDict().put("MAX_KEY_SIZE", (long) maxDigest);
            t.getDict().put("MAX_DIGEST_SIZE", (long) maxDigest);
            m.dict.put(name, t);
        }
        m.dict.put("BLAKE2B_SALT_SIZE", 16L);
        m.dict.put("BLAKE2B_PERSON_SIZE", 16L);
        m.dict.put("BLAKE2B_MAX_KEY_SIZE", 64L);
        m.dict.put("BLAKE2B_MAX_DIGEST_SIZE", 64L);
        m.dict.put("BLAKE2S_SALT_SIZE", 8L);
        m.dict.put("BLAKE2S_PERSON_SIZE", 8L);
        m.dict.put("BLAKE2S_MAX_KEY_SIZE", 32L);
        m.dict.put("BLAKE2S_MAX_DIGEST_SIZE", 32L);
        return m;
    }

    private static byte[] optBytes(PyDict kw, String name) {
        Object v = Args.kw(kw, name);
        return v == null ? new byte[0] : data(v);
    }
}
