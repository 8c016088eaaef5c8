package org.bytepy.builtins;

import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyTypes;

/** The methods of {@code int} and {@code float}. */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static void install() {
        Args.method(PyTypes.INT, "bit_length", (args, kw) -> {
            Args.methodCount("int.bit_length", args, kw, 0, 0);
            return (long) PyNumber.toBig(args[0]).abs().bitLength();
        });
        Args.method(PyTypes.FLOAT, "is_integer", (args, kw) -> {
            Args.methodCount("float.is_integer", args, kw, 0, 0);
            double d = (Double) args[0];
            return !Double.isInfinite(d) && d == Math.rint(d);
        });
    }
}
