package org.bytepy.modules.sre;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyObject;

/** Argument Clinic style binding (positional or keyword) for the methods of the {@code _sre} types. */
final class SreArgs {
    private SreArgs() {
    }

    /** Binds args[1:] (args[0] is self) to names; a null default marks a required parameter. */
    static Object[] bind(String fname, Object[] args, PyDict kw, String[] names, Object[] defaults) {
        int n = args.length - 1;
        if (n > names.length) {
            throw PyErrors.typeError(null, "%s() takes at most %d argument%s (%d given)", fname, names.length, names.length == 1 ? "" : "s", n);
        }
        Object[] out = new Object[names.length];
        for (int i = 0; i < n; i++) {
            out[i] = args[i + 1];
        }
        if (kw != null && kw.size() > 0) {
            for (Object k : kw.keys()) {
                int idx = -1;
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(k)) {
                        idx = i;
                    }
                }
                if (idx < 0) {
                    throw PyErrors.typeError(null, "'%s' is an invalid keyword argument for %s()", k, fname);
                }
                if (idx < n) {
                    throw PyErrors.typeError(null, "argument for %s() given by name ('%s') and position (%d)", fname, k, idx + 1);
                }
                out[idx] = kw.get(k);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null) {
                if (defaults[i] == null) {
                    throw PyErrors.typeError(null, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
                }
                out[i] = defaults[i];
            }
        }
        return out;
    }

    static long index(Object o) {
        return Args.index(o);
    }

    /** The Java state of an object of one of this module's types, checked to be a {@code cls}. */
    static <T> T hidden(Object self, Class<T> cls, String what) {
        if (self instanceof PyObject po && cls.isInstance(po.hidden)) {
            return cls.cast(po.hidden);
        }
        throw PyErrors.typeError(null, "descriptor requires a '%s' object", what);
    }
}
