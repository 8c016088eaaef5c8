package org.bytepy.modules;

import org.bytepy.BytepyContext;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyModule;

/**
 * {@code _warnings}: present as a built-in module because importlib's bootstrap loads it by name.
 * It does not provide the C accelerator's API ({@code warn}, {@code filters}, ...), so Lib's
 * {@code warnings.py} uses its own pure-Python implementation, as it does on any Python without it.
 */
public final class WarningsModule {
    private WarningsModule() {
    }

    /** {@code warnings.warn(message, category, stacklevel)} from Java (Lib's warnings.py, imported on first use). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static void warn(org.bytepy.runtime.PyType category, String message, long stacklevel) {
        Object warnings = org.bytepy.imports.Importer.importModule(BytepyContext.get(null), "warnings", null);
        org.bytepy.runtime.PyCalls.call(org.bytepy.runtime.PyObjects.getAttr(warnings, "warn", null), new Object[]{message, category, stacklevel}, null, null);
    }

    /**
     * {@code warnings.warn_explicit(message, category, filename, lineno)}: what the compiler's warnings
     * (SyntaxWarning) use. Returns false when a filter turned the warning into an error of that
     * category (the caller raises a SyntaxError instead, as CPython does).
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static boolean warnExplicit(org.bytepy.runtime.PyType category, String message, String filename, int lineno) {
        Object warnings = org.bytepy.imports.Importer.importModule(BytepyContext.get(null), "warnings", null);
        try {
            org.bytepy.runtime.PyCalls.call(org.bytepy.runtime.PyObjects.getAttr(warnings, "warn_explicit", null),
                            new Object[]{message, category, filename, (long) lineno}, null, null);
            return true;
        } catch (org.bytepy.runtime.PyException e) {
            if (e.getType().isSubtypeOf(category)) {
                return false;
            }
            throw e;
        }
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("_warnings", new PyDict());
        m.dict.put("__doc__", "bytepy: warnings are implemented by Lib's warnings.py");
        // importlib._bootstrap calls _warnings.warn directly; it is warnings.warn
        m.dict.put("warn", new org.bytepy.runtime.PyBuiltinFunction("warn", null, (args, kw) -> {
            Object warnings = org.bytepy.imports.Importer.importModule(ctx, "warnings", null);
            return org.bytepy.runtime.PyCalls.call(org.bytepy.runtime.PyObjects.getAttr(warnings, "warn", null), args, kw, null);
        }));
        return m;
    }
}
