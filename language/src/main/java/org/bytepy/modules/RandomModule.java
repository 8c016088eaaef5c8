package org.bytepy.modules;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * The {@code _random} module: {@code Random}, the Mersenne Twister MT19937 exactly as CPython's
 * {@code Modules/_randommodule.c} (same {@code init_by_array} seeding, same 53-bit {@code random()}),
 * so a seeded {@code random.Random} (Lib's subclass) produces CPython's sequence.
 */
public final class RandomModule {
    private RandomModule() {
    }

    public static final PyType RANDOM = new PyType("Random", true, PyTypes.OBJECT);

    private static final int N = 624;
    private static final int M = 397;

    /** The generator state: an instance of {@code _random.Random} (or the value a subclass instance carries). */
    public static final class MT implements TruffleObject, PyObjectBase {
        final int[] state = new int[N];
        int index = N + 1;

        @Override
        public PyType getPyType() {
            return RANDOM;
        }

        void initGenrand(int s) {
            state[0] = s;
            for (int i = 1; i < N; i++) {
                state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    state[0] = state[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    state[0] = state[N - 1];
                    i = 1;
                }
            }
            state[0] = 0x80000000;
        }

        int next32() {
            if (index >= N) {
                int kk;
                int y;
                for (kk = 0; kk < N - M; kk++) {
                    y = (state[kk] & 0x80000000) | (state[kk + 1] & 0x7fffffff);
                    state[kk] = state[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    y = (state[kk] & 0x80000000) | (state[kk + 1] & 0x7fffffff);
                    state[kk] = state[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                y = (state[N - 1] & 0x80000000) | (state[0] & 0x7fffffff);
                state[N - 1] = state[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = state[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        double random() {
            long a = (next32() & 0xffffffffL) >>> 5;
            long b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        @TruffleBoundary
        void seed(Object arg) {
            BigInteger n;
            if (arg == null || arg instanceof PyNone) {
                byte[] rnd = new byte[N * 4];
                new SecureRandom().nextBytes(rnd);
                int[] key = new int[N];
                for (int i = 0; i < N; i++) {
                    key[i] = (rnd[4 * i] & 0xff) | (rnd[4 * i + 1] & 0xff) << 8 | (rnd[4 * i + 2] & 0xff) << 16 | (rnd[4 * i + 3] & 0xff) << 24;
                }
                initByArray(key);
                return;
            }
            Object v = org.bytepy.runtime.PyObject.unwrap(arg);
            if (PyNumber.isInt(v)) {
                n = PyNumber.toBig(v).abs();
            } else {
                long h = PyObjects.hash(arg, null);
                n = BigInteger.valueOf(h);
                if (h < 0) {
                    n = n.add(BigInteger.ONE.shiftLeft(64));
                }
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }

        @TruffleBoundary
        Object getrandbits(long k) {
            if (k < 0) {
                throw PyErrors.valueError(null, "number of bits must be non-negative");
            }
            if (k == 0) {
                return 0L;
            }
            if (k <= 32) {
                return (next32() & 0xffffffffL) >>> (32 - k);
            }
            if (k <= 63) {
                long lo = next32() & 0xffffffffL;
                long hi = (next32() & 0xffffffffL) >>> (64 - k);
                return lo | (hi << 32);
            }
            int words = (int) ((k - 1) / 32 + 1);
            byte[] be = new byte[words * 4 + 1];
            long rest = k;
            for (int i = 0; i < words; i++, rest -= 32) {
                int r = next32();
                if (rest < 32) {
                    r >>>= (32 - rest);
                }
                int at = be.length - 4 * (i + 1);
                be[at] = (byte) (r >>> 24);
                be[at + 1] = (byte) (r >>> 16);
                be[at + 2] = (byte) (r >>> 8);
                be[at + 3] = (byte) r;
            }
            return PyNumber.normalize(new BigInteger(be));
        }
    }

    static {
        RANDOM.getDict().put("__module__", "_random");
        RANDOM.constructor = (args, kw) -> {
            PyType t = (PyType) args[0];
            if (t == RANDOM && kw != null && kw.size() > 0) {
                throw PyErrors.typeError(null, "Random() takes no keyword arguments");
            }
            if (args.length > 2) {
                throw PyErrors.typeError(null, "Random() requires 0 or 1 argument");
            }
            MT mt = new MT();
            mt.seed(args.length > 1 ? args[1] : null);
            return mt;
        };
        Args.method(RANDOM, "random", (args, kw) -> {
            Args.methodCount("random", args, kw, 0, 0);
            return self(args).random();
        });
        Args.method(RANDOM, "seed", (args, kw) -> {
            Args.methodCount("seed", args, kw, 0, 1);
            self(args).seed(args.length > 1 ? args[1] : null);
            return PyNone.NONE;
        });
        Args.method(RANDOM, "getrandbits", (args, kw) -> {
            Args.methodCount("getrandbits", args, kw, 1, 1);
            return self(args).getrandbits(Args.index(args[1]));
        });
        Args.method(RANDOM, "getstate", (args, kw) -> {
            Args.methodCount("getstate", args, kw, 0, 0);
            MT mt = self(args);
            Object[] items = new Object[N + 1];
            for (int i = 0; i < N; i++) {
                items[i] = mt.state[i] & 0xffffffffL;
            }
            items[N] = (long) mt.index;
            return new PyTuple(items);
        });
        Args.method(RANDOM, "setstate", (args, kw) -> {
            Args.methodCount("setstate", args, kw, 1, 1);
            MT mt = self(args);
            Object st = org.bytepy.runtime.PyObject.unwrap(args[1]);
            if (!(st instanceof PyTuple t)) {
                throw PyErrors.typeError(null, "state vector must be a tuple");
            }
            if (t.size() != N + 1) {
                throw PyErrors.valueError(null, "state vector is the wrong size");
            }
            int[] s = new int[N];
            for (int i = 0; i < N; i++) {
                Object o = t.get(i);
                if (!PyNumber.isInt(o)) {
                    throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(o));
                }
                BigInteger b = PyNumber.toBig(o);
                if (b.signum() < 0 || b.bitLength() > 32) {
                    throw PyErrors.overflow(null, "Python int too large to convert to C unsigned long");
                }
                s[i] = b.intValue();
            }
            long idx = Args.index(t.get(N));
            if (idx < 0 || idx > N) {
                throw PyErrors.valueError(null, "invalid state");
            }
            System.arraycopy(s, 0, mt.state, 0, N);
            mt.index = (int) idx;
            return PyNone.NONE;
        });
    }

    private static MT self(Object[] args) {
        if (args[0] instanceof MT mt) {
            return mt;
        }
        throw PyErrors.typeError(null, "descriptor requires a '_random.Random' object but received a '%s'", PyObjects.typeName(args[0]));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_random", new PyDict());
        m.dict.put("Random", RANDOM);
        return m;
    }
}
