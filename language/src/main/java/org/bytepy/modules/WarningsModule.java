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
