package org.bytepy.builtins;

import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyRange;
import org.bytepy.runtime.PyTypes;

/** The methods of {@code range}: {@code index} and {@code count}. */
final class RangeBuiltins {
    private RangeBuiltins() {
    }

    static void install() {
        Args.method(PyTypes.RANGE, "index", (args, kw) -> {
            Args.methodCount("index", args, kw, 1, 1);
            PyRange r = (PyRange) args[0];
            if (PyNumber.fitsLong(args[1]) && PyObjects.contains(r, args[1], null)) {
                return (PyNumber.asLong(args[1]) - r.start) / r.step;
            }
            throw PyErrors.valueError(null, "%s is not in range", PyObjects.repr(args[1]));
        });
        Args.method(PyTypes.RANGE, "count", (args, kw) -> {
            Args.methodCount("count", args, kw, 1, 1);
            return PyObjects.contains(args[0], args[1], null) ? 1L : 0L;
        });
    }
}
