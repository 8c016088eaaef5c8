package org.bytepy.modules;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.imports.Importer;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;

/**
 * {@code _imp}: what Lib's {@code importlib._bootstrap} asks of the interpreter. Built-in modules are
 * our native modules; there are no frozen modules and no extension modules. The import lock is a
 * no-op counter (one thread runs Python code).
 */
public final class ImpModule {
    private ImpModule() {
    }

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("_imp", new PyDict());
        PyDict d = m.dict;
        int[] lock = {0};
        Args.def(d, "acquire_lock", (a, kw) -> {
            lock[0]++;
            return PyNone.NONE;
        });
        Args.def(d, "release_lock", (a, kw) -> {
            if (lock[0] == 0) {
                throw PyErrors.raise(org.bytepy.runtime.PyTypes.RUNTIME_ERROR, "not holding the import lock", null);
            }
            lock[0]--;
            return PyNone.NONE;
        });
        Args.def(d, "lock_held", (a, kw) -> lock[0] > 0);
        Args.def(d, "is_builtin", (a, kw) -> {
            String name = Args.str(a[0], "is_builtin");
            return name.equals("sys") || name.equals("builtins") || NativeModules.get(name) != null ? 1L : 0L;
        });
        Args.def(d, "create_builtin", (a, kw) -> {
            Object name = PyObjects.getAttr(a[0], "name", null);
            String n = Args.str(name, "create_builtin");
            Object existing = ctx.getSysModules().getStr(n);
            if (existing != null && (n.equals("sys") || n.equals("builtins"))) {
                return existing;
            }
            if (NativeModules.get(n) == null) {
                throw PyErrors.format(org.bytepy.runtime.PyTypes.IMPORT_ERROR, null, "no built-in module named %s", n);
            }
            return existing != null ? existing : Importer.importModule(ctx, n, null);
        });
        Args.def(d, "exec_builtin", (a, kw) -> 0L);
        Args.def(d, "exec_dynamic", (a, kw) -> 0L);
        Args.def(d, "create_dynamic", (a, kw) -> {
            throw PyErrors.format(org.bytepy.runtime.PyTypes.IMPORT_ERROR, null, "bytepy cannot load C extension modules");
        });
        Args.def(d, "is_frozen", (a, kw) -> false);
        Args.def(d, "is_frozen_package", (a, kw) -> false);
        Args.def(d, "find_frozen", (a, kw) -> PyNone.NONE);
        Args.def(d, "get_frozen_object", (a, kw) -> {
            throw PyErrors.format(org.bytepy.runtime.PyTypes.IMPORT_ERROR, null, "No such frozen object named %s", PyObjects.repr(a[0]));
        });
        Args.def(d, "init_frozen", (a, kw) -> PyNone.NONE);
        Args.def(d, "_frozen_module_names", (a, kw) -> new PyList());
        Args.def(d, "extension_suffixes", (a, kw) -> new PyList());
        Args.def(d, "_fix_co_filename", (a, kw) -> PyNone.NONE);
        Args.def(d, "_override_frozen_modules_for_tests", (a, kw) -> PyNone.NONE);
        Args.def(d, "_override_multi_interp_extensions_check", (a, kw) -> -1L);
        Args.def(d, "source_hash", (a, kw) -> {
            // CPython: SipHash-1-3 of the source keyed by the given key; ours is a stable 64-bit hash
            long key = Args.index(a[0]);
            byte[] src = org.bytepy.runtime.BuiltinTypeOps.bytesOf(a[1]);
            long h = key ^ 0xcbf29ce484222325L;
            for (byte b : src) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            byte[] out = new byte[8];
            for (int i = 0; i < 8; i++) {
                out[i] = (byte) (h >>> (8 * i));
            }
            return out;
        });
        d.put("check_hash_based_pycs", "never");
        return m;
    }
}
