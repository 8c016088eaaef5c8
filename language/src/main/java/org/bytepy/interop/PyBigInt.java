package org.bytepy.interop;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.bytepy.BytepyLanguage;
import org.bytepy.runtime.PyTypes;

/**
 * A Python int beyond a Java long, as another language sees it: a number that fits in a BigInteger
 * (and in a double only when the double is exact). Ints that fit a long leave as Java longs.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyBigInt implements TruffleObject {
    final BigInteger value;

    PyBigInt(BigInteger value) {
        this.value = value;
    }

    @ExportMessage
    boolean isNumber() {
        return true;
    }

    @ExportMessage
    boolean fitsInByte() {
        return false;
    }

    @ExportMessage
    boolean fitsInShort() {
        return false;
    }

    @ExportMessage
    boolean fitsInInt() {
        return false;
    }

    @ExportMessage
    boolean fitsInLong() {
        return false;
    }

    @ExportMessage
    boolean fitsInBigInteger() {
        return true;
    }

    @TruffleBoundary
    private static boolean exactDouble(BigInteger b) {
        double d = b.doubleValue();
        return Double.isFinite(d) && new BigDecimal(d).toBigIntegerExact().equals(b);
    }

    @ExportMessage
    boolean fitsInFloat() {
        return exactDouble(value) && (double) (float) doubleValue(value) == doubleValue(value);
    }

    @ExportMessage
    boolean fitsInDouble() {
        return exactDouble(value);
    }

    @ExportMessage
    byte asByte() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    short asShort() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    int asInt() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    long asLong() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    float asFloat() throws UnsupportedMessageException {
        if (!fitsInFloat()) {
            throw UnsupportedMessageException.create();
        }
        return (float) doubleValue(value);
    }

    @ExportMessage
    double asDouble() throws UnsupportedMessageException {
        if (!fitsInDouble()) {
            throw UnsupportedMessageException.create();
        }
        return doubleValue(value);
    }

    @TruffleBoundary
    private static double doubleValue(BigInteger b) {
        return b.doubleValue();
    }

    @ExportMessage
    BigInteger asBigInteger() {
        return value;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return BytepyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return value.toString();
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return PyTypes.INT;
    }
}
