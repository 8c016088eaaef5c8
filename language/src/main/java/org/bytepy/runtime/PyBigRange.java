package org.bytepy.runtime;

import java.math.BigInteger;


/** A {@code range} whose bounds do not fit a {@code long}; iterates with {@code longrange_iterator}. */
public final class PyBigRange extends org.bytepy.interop.PyInteropObject implements PyObjectBase {
    public static final PyType ITERATOR_TYPE = new PyType("longrange_iterator", true, PyTypes.OBJECT);

    public final BigInteger start;
    public final BigInteger stop;
    public final BigInteger step;

    public PyBigRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType getPyType() {
        return PyTypes.RANGE;
    }

    public BigInteger length() {
        BigInteger s = step;
        if (s.signum() > 0 && start.compareTo(stop) < 0) {
            return stop.subtract(start).subtract(BigInteger.ONE).divide(s).add(BigInteger.ONE);
        } else if (s.signum() < 0 && start.compareTo(stop) > 0) {
            return start.subtract(stop).subtract(BigInteger.ONE).divide(s.negate()).add(BigInteger.ONE);
        }
        return BigInteger.ZERO;
    }

    public String repr() {
        return step.equals(BigInteger.ONE) ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    public PyIterators.PyIterator iterator() {
        return new PyIterators.PyIterator() {
            BigInteger next = start;
            BigInteger remaining = length();

            @Override
            public Object next() {
                if (remaining.signum() <= 0) {
                    return null;
                }
                BigInteger v = next;
                next = next.add(step);
                remaining = remaining.subtract(BigInteger.ONE);
                return PyNumber.normalize(v);
            }

            @Override
            public PyType getPyType() {
                return ITERATOR_TYPE;
            }
        };
    }
}
