package org.bytepy.runtime;


/** The iterators of the built-in sequences. Each {@code next} returns null when exhausted. */
public final class PyIterators {
    private PyIterators() {
    }

    /**
     * {@code __reduce__} of a built-in iterator over a finite collection: {@code (iter, (rest,))}, where
     * rest holds the items not yet returned (a range, str or list); null when {@code it} is not one.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static Object reduce(PyIterator it, Object iterFunction) {
        Object rest;
        if (it instanceof RangeIterator r) {
            rest = new PyRange(r.next, r.next + r.remaining * r.step, r.step);
        } else if (it instanceof SequenceIterator si) {
            int n = si.seq.size();
            Object[] items = new Object[Math.max(0, n - si.index)];
            for (int i = 0; i < items.length; i++) {
                items[i] = si.seq.get(si.index + i);
            }
            rest = si.seq instanceof PyTuple ? new PyTuple(items) : new PyList(items);
        } else if (it instanceof StrIterator si) {
            rest = si.s.substring(Math.min(si.index, si.s.length()));
        } else if (it instanceof ArrayIterator ai) {
            rest = new PyList(java.util.Arrays.copyOfRange(ai.items, Math.min(ai.index, ai.items.length), ai.items.length));
        } else if (it instanceof FunctionIterator fi) {
            rest = new PyList(fi.remaining());
        } else {
            return null;
        }
        return PyTuple.of(iterFunction, PyTuple.of(rest));
    }

    /** Common shape of the built-in iterators. */
    public abstract static class PyIterator extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
        /** The next item, or null when the iterator is exhausted. */
        public abstract Object next();

        /** The items left, for {@code __length_hint__}; -1 for an iterator that has no such method. */
        public long lengthHint() {
            return -1;
        }
    }

    public static final class RangeIterator extends PyIterator {
        public long next;
        public final long step;
        public long remaining;

        public RangeIterator(PyRange r) {
            this.next = r.start;
            this.step = r.step;
            this.remaining = r.length();
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }

        @Override
        public long lengthHint() {
            return Math.max(0, remaining);
        }

        @Override
        public PyType getPyType() {
            return PyTypes.RANGE_ITERATOR;
        }
    }

    public static final class SequenceIterator extends PyIterator {
        private final PySequence seq;
        private int index;

        public SequenceIterator(PySequence seq) {
            this.seq = seq;
        }

        @Override
        public Object next() {
            // explicit type tests, so that partial evaluation inlines the accesses
            if (seq instanceof PyList l) {
                if (index < l.size()) {
                    return l.get(index++);
                }
                return null;
            } else if (seq instanceof PyTuple t) {
                if (index < t.size()) {
                    return t.get(index++);
                }
                return null;
            }
            if (index < seq.size()) {
                return seq.get(index++);
            }
            return null;
        }

        @Override
        public long lengthHint() {
            return Math.max(0, seq.size() - index);
        }

        @Override
        public PyType getPyType() {
            return seq instanceof PyList ? PyTypes.LIST_ITERATOR : PyTypes.TUPLE_ITERATOR;
        }
    }

    public static final class StrIterator extends PyIterator {
        private final String s;
        private int index;

        public StrIterator(String s) {
            this.s = s;
        }

        @Override
        public Object next() {
            if (index < s.length()) {
                int cp = s.codePointAt(index);
                index += Character.charCount(cp);
                return Character.toString(cp);
            }
            return null;
        }

        @Override
        public long lengthHint() {
            return s.codePointCount(Math.min(index, s.length()), s.length());
        }

        @Override
        public PyType getPyType() {
            return PyTypes.STR_ITERATOR;
        }
    }

    /** Iterates over a snapshot of items (dict keys and other Java-side collections). */
    public static final class ArrayIterator extends PyIterator {
        private final Object[] items;
        private final PyType type;
        private int index;

        public ArrayIterator(Object[] items, PyType type) {
            this.items = items;
            this.type = type;
        }

        @Override
        public Object next() {
            return index < items.length ? items[index++] : null;
        }

        @Override
        public long lengthHint() {
            return items.length - index;
        }

        @Override
        public PyType getPyType() {
            return type;
        }
    }

    /** An iterator whose items come from a Java function (map, filter, zip, enumerate, ...). */
    public static final class FunctionIterator extends PyIterator {
        private final PyType type;
        private final java.util.function.Supplier<Object> next;
        private boolean done;

        /** The items left ({@code __length_hint__}), or null when this iterator has no such method. */
        private final java.util.function.LongSupplier hint;

        public FunctionIterator(PyType type, java.util.function.Supplier<Object> next) {
            this(type, next, null);
        }

        public FunctionIterator(PyType type, java.util.function.Supplier<Object> next, java.util.function.LongSupplier hint) {
            this.type = type;
            this.next = next;
            this.hint = hint;
        }

        @Override
        public long lengthHint() {
            if (hint == null) {
                return -1;
            }
            return buffer != null ? buffer.length - bufferIndex : done ? 0 : Math.max(0, hint.getAsLong());
        }

        /** What is left, once {@link #remaining} drained the function for pickling; null before. */
        private Object[] buffer;
        private int bufferIndex;

        @Override
        public Object next() {
            if (buffer != null) {
                return bufferIndex < buffer.length ? buffer[bufferIndex++] : null;
            }
            if (done) {
                return null;
            }
            Object v = next.get();
            if (v == null) {
                done = true;
            }
            return v;
        }

        /** {@code __reduce__} of an iterator that keeps its sources (map, filter, zip); null when not set. */
        private java.util.function.Supplier<Object> reducer;

        /** Sets what {@code __reduce__} returns; returns this. */
        public FunctionIterator withReduce(java.util.function.Supplier<Object> r) {
            this.reducer = r;
            return this;
        }

        /** {@code __setstate__} (zip's strict flag); null when the iterator has none. */
        private java.util.function.Consumer<Object> stateSetter;

        /** Sets what {@code __setstate__} does; returns this. */
        public FunctionIterator withSetState(java.util.function.Consumer<Object> setter) {
            this.stateSetter = setter;
            return this;
        }

        /** Applies {@code __setstate__}; false when this iterator has none. */
        public boolean setState(Object state) {
            if (stateSetter == null) {
                return false;
            }
            stateSetter.accept(state);
            return true;
        }

        /** The {@code __reduce__} value given by {@link #withReduce}, or null. */
        public Object reduceValue() {
            return reducer == null ? null : reducer.get();
        }

        /** The items not yet returned, without consuming them (the iterator must be finite). */
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        public Object[] remaining() {
            if (buffer == null) {
                java.util.ArrayList<Object> rest = new java.util.ArrayList<>();
                for (Object v = next(); v != null; v = next()) {
                    rest.add(v);
                }
                buffer = rest.toArray();
                bufferIndex = 0;
            }
            return java.util.Arrays.copyOfRange(buffer, bufferIndex, buffer.length);
        }

        @Override
        public PyType getPyType() {
            return type;
        }
    }
}
