package org.bytepy.modules;

import static org.bytepy.modules.CollectionsSupport.isNone;
import static org.bytepy.modules.CollectionsSupport.noKeywords;
import static org.bytepy.modules.CollectionsSupport.parse;

import java.util.ArrayList;
import java.util.function.Supplier;

import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyIterators.FunctionIterator;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code itertools} module: lazy iterator types, each a Java {@link PyIterator}. */
public final class ItertoolsModule {
    private ItertoolsModule() {
    }

    private static PyType type(String name, PyBuiltinFunction.Body ctor) {
        return CollectionsSupport.javaType("itertools", name, ctor);
    }

    /** Constructor arguments without the class (args[0]). */
    private static Object[] rest(Object[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    static Object call1(Object fn, Object arg) {
        return PyCalls.call(fn, new Object[]{arg}, null, null);
    }

    /** The tuple of {@code pool[indices[0]], ..., pool[indices[r-1]]}. */
    private static PyTuple pick(Object[] pool, int[] indices, int r) {
        Object[] out = new Object[r];
        for (int i = 0; i < r; i++) {
            out[i] = pool[indices[i]];
        }
        return new PyTuple(out);
    }

    static PyIterator iter(Object o) {
        return PyObjects.iter(o, null);
    }

    static final PyType COUNT = type("count", (a, kw) -> count(rest(a), kw));
    static final PyType CYCLE = type("cycle", (a, kw) -> cycle(rest(a), kw));
    static final PyType REPEAT = type("repeat", (a, kw) -> repeat(rest(a), kw));
    static final PyType ACCUMULATE = type("accumulate", (a, kw) -> accumulate(rest(a), kw));
    static final PyType BATCHED = type("batched", (a, kw) -> batched(rest(a), kw));
    static final PyType CHAIN = type("chain", (a, kw) -> {
        noKeywords("chain", kw);
        return chain(iter(new PyTuple(rest(a))));
    });
    static final PyType COMPRESS = type("compress", (a, kw) -> compress(rest(a), kw));
    static final PyType DROPWHILE = type("dropwhile", (a, kw) -> dropwhile(rest(a), kw));
    static final PyType TAKEWHILE = type("takewhile", (a, kw) -> takewhile(rest(a), kw));
    static final PyType FILTERFALSE = type("filterfalse", (a, kw) -> filterfalse(rest(a), kw));
    static final PyType GROUPBY = type("groupby", (a, kw) -> groupby(rest(a), kw));
    static final PyType GROUPER = type("_grouper", null);
    static final PyType ISLICE = type("islice", (a, kw) -> islice(rest(a), kw));
    static final PyType PAIRWISE = type("pairwise", (a, kw) -> pairwise(rest(a), kw));
    static final PyType STARMAP = type("starmap", (a, kw) -> starmap(rest(a), kw));
    static final PyType TEE = type("_tee", (a, kw) -> {
        noKeywords("_tee", kw);
        Object[] r = rest(a);
        if (r.length != 1) {
            throw PyErrors.typeError(null, "_tee expected 1 argument, got %d", r.length);
        }
        return teeOf(r[0]);
    });
    static final PyType ZIP_LONGEST = type("zip_longest", (a, kw) -> zipLongest(rest(a), kw));
    static final PyType PRODUCT = type("product", (a, kw) -> product(rest(a), kw));
    static final PyType PERMUTATIONS = type("permutations", (a, kw) -> permutations(rest(a), kw));
    static final PyType COMBINATIONS = type("combinations", (a, kw) -> combinations(rest(a), kw, false));
    static final PyType COMBINATIONS_WR = type("combinations_with_replacement", (a, kw) -> combinations(rest(a), kw, true));

    static {
        // a plain function on this built-in type: the runtime does not bind classmethods of built-in types
        CHAIN.getDict().put("from_iterable", new PyBuiltinFunction("from_iterable", null, (a, kw) -> {
            noKeywords("from_iterable", kw);
            if (a.length != 1) {
                throw PyErrors.typeError(null, "chain.from_iterable() takes exactly one argument (%d given)", a.length);
            }
            return chain(iter(a[0]));
        }));
        REPEAT.getDict().put("__length_hint__", new PyBuiltinFunction("__length_hint__", REPEAT, (a, kw) -> {
            if (!(a[0] instanceof RepeatIter r)) {
                throw PyErrors.typeError(null, "descriptor '__length_hint__' requires a 'itertools.repeat' object");
            }
            if (r.remaining < 0) {
                throw PyErrors.typeError(null, "len() of unsized object");
            }
            return r.remaining;
        }));
        TEE.getDict().put("__copy__", new PyBuiltinFunction("__copy__", TEE, (a, kw) -> ((Tee) a[0]).copy()));
    }

    public static PyModule create() {
        PyModule m = new PyModule("itertools", new PyDict());
        PyDict d = m.dict;
        d.put("count", COUNT);
        d.put("cycle", CYCLE);
        d.put("repeat", REPEAT);
        d.put("accumulate", ACCUMULATE);
        d.put("batched", BATCHED);
        d.put("chain", CHAIN);
        d.put("compress", COMPRESS);
        d.put("dropwhile", DROPWHILE);
        d.put("filterfalse", FILTERFALSE);
        d.put("groupby", GROUPBY);
        d.put("_grouper", GROUPER);
        d.put("islice", ISLICE);
        d.put("pairwise", PAIRWISE);
        d.put("starmap", STARMAP);
        d.put("takewhile", TAKEWHILE);
        d.put("_tee", TEE);
        d.put("_tee_dataobject", TEE);
        d.put("zip_longest", ZIP_LONGEST);
        d.put("product", PRODUCT);
        d.put("permutations", PERMUTATIONS);
        d.put("combinations", COMBINATIONS);
        d.put("combinations_with_replacement", COMBINATIONS_WR);
        d.put("__doc__", "Functional tools for creating and using iterators.");
        d.put("tee", new PyBuiltinFunction("tee", null, (a, kw) -> {
            noKeywords("tee", kw);
            if (a.length < 1 || a.length > 2) {
                throw PyErrors.typeError(null, a.length < 1 ? "tee expected at least 1 argument, got 0" : "tee expected at most 2 arguments, got %d", a.length);
            }
            long n = a.length == 2 ? CollectionsSupport.asLong(a[1]) : 2;
            if (n < 0) {
                throw PyErrors.valueError(null, "n must be >= 0");
            }
            Object[] out = new Object[(int) n];
            if (n == 0) {
                return PyTuple.EMPTY;
            }
            Tee first = teeOf(a[0]);
            out[0] = first;
            for (int i = 1; i < n; i++) {
                out[i] = first.copy();
            }
            return new PyTuple(out);
        }));
        return m;
    }

    // ------------------------------------------------------------------ infinite iterators

    private static boolean isNumber(Object o) {
        Object u = PyObject.unwrap(o);
        if (PyNumber.isNumber(u) || u instanceof org.bytepy.runtime.PyComplex) {
            return true;
        }
        return PyObjects.lookupAttr(o, "__add__") != null && !(u instanceof String) && !(u instanceof org.bytepy.runtime.PySequence);
    }

    static final class CountIter extends PyIterator {
        Object next;
        final Object step;

        CountIter(Object start, Object step) {
            this.next = start;
            this.step = step;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object v = next;
            if (v instanceof Long l && step instanceof Long s) {
                long r = l + s;
                if (((l ^ r) & (s ^ r)) >= 0) {
                    next = r;
                    return v;
                }
            }
            next = PyNumber.add(v, step, null);
            return v;
        }

        @Override
        public PyType getPyType() {
            return COUNT;
        }
    }

    private static Object count(Object[] a, PyDict kw) {
        Object[] p = parse("count", a, kw, 0, "start", "step");
        Object start = p[0] == null ? (Object) 0L : p[0];
        Object step = p[1] == null ? (Object) 1L : p[1];
        if (!isNumber(start) || !isNumber(step)) {
            throw PyErrors.typeError(null, "a number is required");
        }
        return new CountIter(start, step);
    }

    private static Object cycle(Object[] a, PyDict kw) {
        noKeywords("cycle", kw);
        if (a.length != 1) {
            throw PyErrors.typeError(null, "cycle expected 1 argument, got %d", a.length);
        }
        PyIterator it = iter(a[0]);
        ArrayList<Object> saved = new ArrayList<>();
        int[] pos = {-1};
        return new FunctionIterator(CYCLE, () -> {
            if (pos[0] < 0) {
                Object v = it.next();
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                if (saved.isEmpty()) {
                    return null;
                }
                pos[0] = 0;
            }
            Object v = saved.get(pos[0]);
            pos[0] = (pos[0] + 1) % saved.size();
            return v;
        });
    }

    static final class RepeatIter extends PyIterator {
        final Object value;
        /** Items left, or -1 for forever. */
        long remaining;

        RepeatIter(Object value, long remaining) {
            this.value = value;
            this.remaining = remaining;
        }

        @Override
        public Object next() {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return value;
        }

        @Override
        public PyType getPyType() {
            return REPEAT;
        }
    }

    private static Object repeat(Object[] a, PyDict kw) {
        Object[] p = parse("repeat", a, kw, 1, "object", "times");
        long n = -1;
        if (p[1] != null) {
            n = Math.max(0, CollectionsSupport.asLong(p[1]));
        }
        return new RepeatIter(p[0], n);
    }

    // ------------------------------------------------------------------ iterators over one input

    private static Object accumulate(Object[] a, PyDict kw) {
        Object[] p = parse("accumulate", a, kw, 1, "iterable", "func", "$initial");
        PyIterator it = iter(p[0]);
        Object func = isNone(p[1]) ? null : p[1];
        Object[] total = {isNone(p[2]) ? null : p[2]};
        boolean[] initialPending = {total[0] != null};
        return new FunctionIterator(ACCUMULATE, () -> {
            if (initialPending[0]) {
                initialPending[0] = false;
                return total[0];
            }
            Object v = it.next();
            if (v == null) {
                return null;
            }
            if (total[0] == null) {
                total[0] = v;
            } else {
                total[0] = func == null ? PyNumber.add(total[0], v, null) : PyCalls.call(func, new Object[]{total[0], v}, null, null);
            }
            return total[0];
        });
    }

    private static Object batched(Object[] a, PyDict kw) {
        Object[] p = parse("batched", a, kw, 2, "iterable", "n");
        long n = CollectionsSupport.asLong(p[1]);
        if (n < 1) {
            throw PyErrors.valueError(null, "n must be at least one");
        }
        PyIterator it = iter(p[0]);
        return new FunctionIterator(BATCHED, () -> {
            ArrayList<Object> batch = new ArrayList<>();
            while (batch.size() < n) {
                Object v = it.next();
                if (v == null) {
                    break;
                }
                batch.add(v);
            }
            return batch.isEmpty() ? null : new PyTuple(batch.toArray());
        });
    }

    private static Object chain(PyIterator sources) {
        PyIterator[] cur = {null};
        return new FunctionIterator(CHAIN, () -> {
            while (true) {
                if (cur[0] == null) {
                    Object src = sources.next();
                    if (src == null) {
                        return null;
                    }
                    cur[0] = iter(src);
                }
                Object v = cur[0].next();
                if (v != null) {
                    return v;
                }
                cur[0] = null;
            }
        });
    }

    private static Object compress(Object[] a, PyDict kw) {
        Object[] p = parse("compress", a, kw, 2, "data", "selectors");
        PyIterator data = iter(p[0]);
        PyIterator sel = iter(p[1]);
        return new FunctionIterator(COMPRESS, () -> {
            while (true) {
                Object d = data.next();
                if (d == null) {
                    return null;
                }
                Object s = sel.next();
                if (s == null) {
                    return null;
                }
                if (PyObjects.isTrue(s)) {
                    return d;
                }
            }
        });
    }

    private static Object[] two(String name, Object[] a, PyDict kw) {
        noKeywords(name, kw);
        if (a.length != 2) {
            throw PyErrors.typeError(null, "%s expected 2 arguments, got %d", name, a.length);
        }
        return a;
    }

    private static Object dropwhile(Object[] a, PyDict kw) {
        two("dropwhile", a, kw);
        Object pred = a[0];
        PyIterator it = iter(a[1]);
        boolean[] dropping = {true};
        return new FunctionIterator(DROPWHILE, () -> {
            while (true) {
                Object v = it.next();
                if (v == null) {
                    return null;
                }
                if (!dropping[0] || !PyObjects.isTrue(call1(pred, v))) {
                    dropping[0] = false;
                    return v;
                }
            }
        });
    }

    private static Object takewhile(Object[] a, PyDict kw) {
        two("takewhile", a, kw);
        Object pred = a[0];
        PyIterator it = iter(a[1]);
        return new FunctionIterator(TAKEWHILE, () -> {
            Object v = it.next();
            if (v == null || !PyObjects.isTrue(call1(pred, v))) {
                return null;
            }
            return v;
        });
    }

    private static Object filterfalse(Object[] a, PyDict kw) {
        two("filterfalse", a, kw);
        Object pred = a[0];
        PyIterator it = iter(a[1]);
        return new FunctionIterator(FILTERFALSE, () -> {
            while (true) {
                Object v = it.next();
                if (v == null) {
                    return null;
                }
                Object t = isNone(pred) ? v : call1(pred, v);
                if (!PyObjects.isTrue(t)) {
                    return v;
                }
            }
        });
    }

    private static Object starmap(Object[] a, PyDict kw) {
        two("starmap", a, kw);
        Object fn = a[0];
        PyIterator it = iter(a[1]);
        return new FunctionIterator(STARMAP, () -> {
            Object v = it.next();
            if (v == null) {
                return null;
            }
            Object[] args = v instanceof PyTuple t ? t.items() : PyObjects.toArray(v, null);
            return PyCalls.call(fn, args, null, null);
        });
    }

    private static Object pairwise(Object[] a, PyDict kw) {
        noKeywords("pairwise", kw);
        if (a.length != 1) {
            throw PyErrors.typeError(null, "pairwise expected 1 argument, got %d", a.length);
        }
        PyIterator it = iter(a[0]);
        Object[] old = {null};
        return new FunctionIterator(PAIRWISE, () -> {
            if (old[0] == null) {
                old[0] = it.next();
                if (old[0] == null) {
                    return null;
                }
            }
            Object v = it.next();
            if (v == null) {
                return null;
            }
            PyTuple r = PyTuple.of(old[0], v);
            old[0] = v;
            return r;
        });
    }

    private static long isliceArg(Object o, String message) {
        if (isNone(o)) {
            return -1;
        }
        Object u = PyObject.unwrap(o);
        long v;
        if (PyNumber.isInt(u) || org.bytepy.runtime.PyConvert.index(o, null) != null) {
            Object ix = PyNumber.isInt(u) ? u : org.bytepy.runtime.PyConvert.index(o, null);
            v = PyNumber.fitsLong(ix) ? PyNumber.asLong(ix) : (PyNumber.toBig(ix).signum() < 0 ? -1 : Long.MAX_VALUE);
            if (v < 0) {
                throw PyErrors.valueError(null, message);
            }
            return v;
        }
        throw PyErrors.valueError(null, message);
    }

    private static Object islice(Object[] a, PyDict kw) {
        noKeywords("islice", kw);
        if (a.length < 2 || a.length > 4) {
            throw PyErrors.typeError(null, a.length < 2 ? "islice expected at least 2 arguments, got %d" : "islice expected at most 4 arguments, got %d", a.length);
        }
        long start = 0, stop, step = 1;
        if (a.length == 2) {
            stop = isliceArg(a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        } else {
            start = isliceArg(a[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (start < 0) {
                start = 0;
            }
            stop = isliceArg(a[2], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (a.length == 4 && !isNone(a[3])) {
                step = isliceArg(a[3], "Step for islice() must be a positive integer or None.");
                if (step == 0) {
                    throw PyErrors.valueError(null, "Step for islice() must be a positive integer or None.");
                }
            }
        }
        PyIterator it = iter(a[0]);
        long fStop = stop, fStep = step;
        long[] next = {start};
        long[] cnt = {0};
        return new FunctionIterator(ISLICE, () -> {
            long target = next[0];
            if (fStop != -1 && target >= fStop) {
                // consume up to stop, as CPython does
                while (cnt[0] < fStop) {
                    if (it.next() == null) {
                        break;
                    }
                    cnt[0]++;
                }
                return null;
            }
            while (cnt[0] < target) {
                if (it.next() == null) {
                    return null;
                }
                cnt[0]++;
            }
            Object v = it.next();
            if (v == null) {
                return null;
            }
            cnt[0]++;
            long n = target + fStep;
            next[0] = n < target ? Long.MAX_VALUE : n;
            if (fStop != -1 && next[0] > fStop) {
                next[0] = fStop;
            }
            return v;
        });
    }

    // ------------------------------------------------------------------ groupby

    static final class GroupBy extends PyIterator {
        final PyIterator it;
        final Object keyfunc;
        Object tgtkey, currkey, currvalue;
        Grouper currgrouper;

        GroupBy(PyIterator it, Object keyfunc) {
            this.it = it;
            this.keyfunc = keyfunc;
        }

        /** Advances to the next item; false at the end. */
        boolean step() {
            Object v = it.next();
            if (v == null) {
                return false;
            }
            Object k = keyfunc == null ? v : call1(keyfunc, v);
            currvalue = v;
            currkey = k;
            return true;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            currgrouper = null;
            while (true) {
                if (currkey == null) {
                    // fetch
                } else if (tgtkey == null) {
                    break;
                } else if (!PyObjects.eq(tgtkey, currkey)) {
                    break;
                }
                if (!step()) {
                    return null;
                }
            }
            tgtkey = currkey;
            Grouper g = new Grouper(this, tgtkey);
            currgrouper = g;
            return PyTuple.of(currkey, g);
        }

        @Override
        public PyType getPyType() {
            return GROUPBY;
        }
    }

    static final class Grouper extends PyIterator {
        final GroupBy parent;
        final Object tgtkey;

        Grouper(GroupBy parent, Object tgtkey) {
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (parent.currgrouper != this) {
                return null;
            }
            if (parent.currvalue == null && !parent.step()) {
                return null;
            }
            if (!PyObjects.eq(tgtkey, parent.currkey)) {
                return null;
            }
            Object r = parent.currvalue;
            parent.currvalue = null;
            return r;
        }

        @Override
        public PyType getPyType() {
            return GROUPER;
        }
    }

    private static Object groupby(Object[] a, PyDict kw) {
        Object[] p = parse("groupby", a, kw, 1, "iterable", "key");
        return new GroupBy(iter(p[0]), isNone(p[1]) ? null : p[1]);
    }

    // ------------------------------------------------------------------ tee

    static final class TeeLink {
        Object value;
        TeeLink next;
    }

    static final class TeeSource {
        final PyIterator it;
        boolean done;
        /** The source iterator is running (another thread, or a recursive next): tee cannot re-enter it. */
        boolean running;

        TeeSource(PyIterator it) {
            this.it = it;
        }
    }

    static final class Tee extends PyIterator {
        final TeeSource source;
        /** The link before the next value. */
        TeeLink cur;

        Tee(TeeSource source, TeeLink cur) {
            this.source = source;
            this.cur = cur;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (cur.next == null) {
                if (source.done) {
                    return null;
                }
                if (source.running) {
                    throw PyErrors.raise(org.bytepy.runtime.PyTypes.RUNTIME_ERROR, "cannot re-enter the tee iterator", null);
                }
                source.running = true;
                Object v;
                try {
                    v = source.it.next();
                } finally {
                    source.running = false;
                }
                if (v == null) {
                    source.done = true;
                    return null;
                }
                TeeLink l = new TeeLink();
                l.value = v;
                cur.next = l;
            }
            cur = cur.next;
            return cur.value;
        }

        Tee copy() {
            return new Tee(source, cur);
        }

        @Override
        public PyType getPyType() {
            return TEE;
        }
    }

    static Tee teeOf(Object iterable) {
        PyIterator it = iter(iterable);
        if (it instanceof Tee t) {
            return t.copy();
        }
        return new Tee(new TeeSource(it), new TeeLink());
    }

    // ------------------------------------------------------------------ zip_longest and the combinatoric iterators

    private static Object zipLongest(Object[] a, PyDict kw) {
        Object fill = PyNone.NONE;
        if (kw != null) {
            for (Object k : kw.keys()) {
                if (!"fillvalue".equals(k)) {
                    throw PyErrors.typeError(null, "zip_longest() got an unexpected keyword argument '%s'", k);
                }
                fill = kw.getStr("fillvalue");
            }
        }
        int n = a.length;
        PyIterator[] its = new PyIterator[n];
        for (int i = 0; i < n; i++) {
            its[i] = iter(a[i]);
        }
        Object fillValue = fill;
        int[] active = {n};
        return new FunctionIterator(ZIP_LONGEST, () -> {
            if (n == 0 || active[0] == 0) {
                return null;
            }
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                Object v = null;
                if (its[i] != null) {
                    v = its[i].next();
                    if (v == null) {
                        its[i] = null;
                        active[0]--;
                        if (active[0] == 0) {
                            return null;
                        }
                    }
                }
                out[i] = v == null ? fillValue : v;
            }
            return new PyTuple(out);
        });
    }

    private static Object product(Object[] a, PyDict kw) {
        long repeat = 1;
        if (kw != null) {
            for (Object k : kw.keys()) {
                if (!"repeat".equals(k)) {
                    throw PyErrors.typeError(null, "product() got an unexpected keyword argument '%s'", k);
                }
                repeat = CollectionsSupport.asLong(kw.getStr("repeat"));
            }
        }
        if (repeat < 0) {
            throw PyErrors.valueError(null, "repeat argument cannot be negative");
        }
        int npools = (int) (a.length * repeat);
        Object[][] pools = new Object[npools][];
        for (int i = 0; i < a.length; i++) {
            Object[] items = PyObjects.toArray(a[i], null);
            if (i < npools) { // repeat=0: the iterables are still consumed, as CPython does
                pools[i] = items;
            }
        }
        for (int r = 1; r < repeat; r++) {
            System.arraycopy(pools, 0, pools, r * a.length, a.length);
        }
        int[] indices = new int[npools];
        boolean[] state = {true, false}; // first, stopped
        for (Object[] pool : pools) {
            if (pool.length == 0) {
                state[1] = true;
            }
        }
        return new FunctionIterator(PRODUCT, () -> {
            if (state[1]) {
                return null;
            }
            if (state[0]) {
                state[0] = false;
            } else {
                int i = npools - 1;
                while (i >= 0) {
                    indices[i]++;
                    if (indices[i] < pools[i].length) {
                        break;
                    }
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) {
                    state[1] = true;
                    return null;
                }
            }
            Object[] out = new Object[npools];
            for (int i = 0; i < npools; i++) {
                out[i] = pools[i][indices[i]];
            }
            return new PyTuple(out);
        });
    }

    private static Object permutations(Object[] a, PyDict kw) {
        Object[] p = parse("permutations", a, kw, 1, "iterable", "r");
        Object[] pool = PyObjects.toArray(p[0], null);
        int n = pool.length;
        long rr = isNone(p[1]) ? n : CollectionsSupport.asLong(p[1]);
        if (rr < 0) {
            throw PyErrors.valueError(null, "r must be non-negative");
        }
        int r = (int) Math.min(rr, Integer.MAX_VALUE);
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        int[] cycles = new int[Math.max(r, 0)];
        for (int i = 0; i < r && i < n; i++) {
            cycles[i] = n - i;
        }
        boolean[] state = {true, r > n};
        return new FunctionIterator(PERMUTATIONS, () -> {
            if (state[1]) {
                return null;
            }
            if (state[0]) {
                state[0] = false;
            } else {
                boolean advanced = false;
                for (int i = r - 1; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int first = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int t = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = t;
                        advanced = true;
                        break;
                    }
                }
                if (!advanced) {
                    state[1] = true;
                    return null;
                }
            }
            return pick(pool, indices, r);
        });
    }

    private static Object combinations(Object[] a, PyDict kw, boolean replacement) {
        String name = replacement ? "combinations_with_replacement" : "combinations";
        Object[] p = parse(name, a, kw, 2, "iterable", "r");
        Object[] pool = PyObjects.toArray(p[0], null);
        int n = pool.length;
        long rr = CollectionsSupport.asLong(p[1]);
        if (rr < 0) {
            throw PyErrors.valueError(null, "r must be non-negative");
        }
        int r = (int) Math.min(rr, Integer.MAX_VALUE);
        int[] indices = new int[r < 0 ? 0 : (replacement ? r : Math.min(r, n))];
        if (!replacement) {
            for (int i = 0; i < indices.length; i++) {
                indices[i] = i;
            }
        }
        boolean[] state = {true, replacement ? (n == 0 && r > 0) : r > n};
        return new FunctionIterator(replacement ? COMBINATIONS_WR : COMBINATIONS, () -> {
            if (state[1]) {
                return null;
            }
            if (state[0]) {
                state[0] = false;
            } else {
                int i = r - 1;
                if (replacement) {
                    while (i >= 0 && indices[i] == n - 1) {
                        i--;
                    }
                    if (i < 0) {
                        state[1] = true;
                        return null;
                    }
                    int v = indices[i] + 1;
                    for (int j = i; j < r; j++) {
                        indices[j] = v;
                    }
                } else {
                    while (i >= 0 && indices[i] == i + n - r) {
                        i--;
                    }
                    if (i < 0) {
                        state[1] = true;
                        return null;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = indices[j - 1] + 1;
                    }
                }
            }
            return pick(pool, indices, r);
        });
    }
}
