package org.bytepy.modules;

import java.util.Map;
import java.util.TreeMap;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.MathModule;
import org.bytepy.builtins.TimeModule;
import org.bytepy.runtime.PyModule;

/**
 * The modules written in Java (what CPython writes in C), by name. The importer asks here before it
 * searches {@code sys.path}; a module is created on its first import, once per context.
 * {@code sys} and {@code builtins} exist from the start and are not listed.
 */
public final class NativeModules {
    private NativeModules() {
    }

    /** Creates one native module for a context. */
    @FunctionalInterface
    public interface Factory {
        PyModule create(BytepyContext ctx);
    }

    private static final Map<String, Factory> FACTORIES = new TreeMap<>();

    static {
        register("time", ctx -> TimeModule.create());
        register("math", ctx -> MathModule.create());
        // One line per native module, in alphabetical order of the module name (keep it sorted).
    }

    private static void register(String name, Factory factory) {
        FACTORIES.put(name, factory);
    }

    /** The factory of native module {@code name}, or null. */
    public static Factory get(String name) {
        return FACTORIES.get(name);
    }

    /** {@code sys.builtin_module_names}, without {@code sys} and {@code builtins}. */
    public static Iterable<String> names() {
        return FACTORIES.keySet();
    }
}
