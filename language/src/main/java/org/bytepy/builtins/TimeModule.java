package org.bytepy.builtins;

import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;

/** The {@code time} module: clocks and {@code sleep}. */
public final class TimeModule {
    private TimeModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("time", new PyDict());
        PyDict d = m.dict;
        Args.def(d, "time", (args, kw) -> System.currentTimeMillis() / 1000.0);
        Args.def(d, "time_ns", (args, kw) -> System.currentTimeMillis() * 1_000_000L);
        Args.def(d, "perf_counter", (args, kw) -> System.nanoTime() / 1e9);
        Args.def(d, "perf_counter_ns", (args, kw) -> System.nanoTime());
        Args.def(d, "monotonic", (args, kw) -> System.nanoTime() / 1e9);
        Args.def(d, "monotonic_ns", (args, kw) -> System.nanoTime());
        Args.def(d, "process_time", (args, kw) -> System.nanoTime() / 1e9);
        Args.def(d, "sleep", (args, kw) -> {
            Args.count("sleep", args, kw, 1, 1);
            if (!PyNumber.isNumber(args[0])) {
                throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", org.bytepy.runtime.PyObjects.typeName(args[0]));
            }
            double s = PyNumber.toDouble(args[0], null);
            if (s < 0) {
                throw PyErrors.valueError(null, "sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (s * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyNone.NONE;
        });
        return m;
    }
}
