package org.bytepy.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.interop.PyInterop;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyTypes;

/**
 * The {@code java} module (GraalPy's): {@code java.type("java.util.ArrayList")} is the host class as
 * a foreign object (static members, and calling it constructs), when the context allows host class
 * lookup ({@code Context.Builder.allowHostClassLookup}); otherwise {@code NotImplementedError: host
 * lookup is not allowed}. A class that does not exist or is not accessible is a {@code KeyError}.
 */
public final class JavaModule {
    private JavaModule() {
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("java", new PyDict());
        PyDict d = m.dict;
        d.put("__doc__", "Access to Java classes (when the context allows host class lookup).");
        Args.def(d, "type", (a, kw) -> {
            Object[] p = CollectionsSupport.parse("type", a, kw, 1, "name");
            if (!(p[0] instanceof String name)) {
                throw PyErrors.typeError(null, "type() argument must be str, not %s", PyErrors.typeName(p[0]));
            }
            return lookup(ctx.getEnv(), name);
        });
        Args.def(d, "is_host_lookup_allowed", (a, kw) -> ctx.getEnv().isHostLookupAllowed());
        return m;
    }

    @TruffleBoundary
    static Object lookup(Env env, String name) {
        if (!env.isHostLookupAllowed()) {
            throw PyErrors.format(PyTypes.NOT_IMPLEMENTED_ERROR, null, "host lookup is not allowed");
        }
        Object v;
        try {
            v = env.lookupHostSymbol(name);
        } catch (RuntimeException e) {
            v = null;
        }
        if (v == null) {
            throw PyErrors.format(PyTypes.KEY_ERROR, null, "host symbol %s is not defined or access has been denied", name);
        }
        return PyInterop.fromInterop(v);
    }
}
