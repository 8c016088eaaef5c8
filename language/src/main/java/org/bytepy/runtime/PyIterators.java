package org.bytepy.runtime;


/** The iterators of the built-in sequences. Each {@code next} returns null when exhausted. */
public final class PyIterators {
    private PyIterators() {
    }

    /** Common shape of the built-in iterators. */
    public abstract static class PyIterator extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
        /** The next item, or null when the iterator is exhausted. */
        public abstract Object next();
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
        public PyType getPyType() {
            return type;
        }
    }

    /** An iterator whose items come from a Java function (map, filter, zip, enumerate, ...). */
    public static final class FunctionIterator extends PyIterator {
        private final PyType type;
        private final java.util.function.Supplier<Object> next;
        private boolean done;

        public FunctionIterator(PyType type, java.util.function.Supplier<Object> next) {
            this.type = type;
            this.next = next;
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            Object v = next.get();
            if (v == null) {
                done = true;
            }
            return v;
        }

        @Override
        public PyType getPyType() {
            return type;
        }
    }
}
