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
        register("array", ArrayModule::create);
        register("_stat", ctx -> StatModule.create());
        register("errno", ctx -> ErrnoModule.create());
        register("gc", ctx -> GcModule.create());
        register("_bytepy_dis", ctx -> BytepyDisModule.create());
        register("_abc", ctx -> AbcModule.create(ctx.getBuiltins()));
        register("_ast", ctx -> org.bytepy.modules.ast.AstModule.create(ctx));
        register("_bisect", ctx -> BisectModule.create());
        register("_collections", ctx -> CollectionsModule.create());
        register("_codecs", ctx -> CodecsModule.create());
        register("_contextvars", ctx -> ContextvarsModule.create());
        register("_csv", ctx -> CsvModule.create());
        register("_functools", ctx -> FunctoolsModule.create());
        register("_io", ctx -> org.bytepy.modules.io.IoModule.create());
        register("_heapq", ctx -> HeapqModule.create());
        register("_operator", ctx -> OperatorModule.create(ctx.getBuiltins()));
        register("_sre", ctx -> org.bytepy.modules.sre.SreModule.create(ctx));
        register("_string", ctx -> StringModule.create());
        register("_blake2", ctx -> HashModules.blake2());
        register("_json", ctx -> JsonModule.create());
        register("_locale", ctx -> LocaleModule.create());
        register("_lsprof", ctx -> org.bytepy.modules.lsprof.LsprofModule.create());
        register("_lzma", ctx -> LzmaModule.create());
        register("_md5", ctx -> HashModules.md5());
        register("_random", ctx -> RandomModule.create());
        register("_sha1", ctx -> HashModules.sha1());
        register("_sha2", ctx -> HashModules.sha2());
        register("_sha3", ctx -> HashModules.sha3());
        register("_signal", ctx -> SignalModule.create());
        register("_socket", ctx -> SocketModule.create());
        register("_struct", ctx -> StructModule.create());
        register("_thread", ctx -> ThreadModule.create(ctx));
        register("_posixsubprocess", ctx -> PosixSubprocessModule.create(ctx));
        register("select", ctx -> SelectModule.create(ctx));
        register("_bz2", ctx -> Bz2Module.create());
        register("pwd", ctx -> PwdGrpModules.createPwd(ctx));
        register("grp", ctx -> PwdGrpModules.createGrp(ctx));
        register("unicodedata", ctx -> UnicodedataModule.create());
        register("cmath", ctx -> CmathModule.create());
        register("_tokenize", ctx -> TokenizeModule.create());
        register("_weakref", ctx -> WeakrefModule.create());
        register("atexit", ctx -> AtexitModule.create(ctx));
        register("binascii", ctx -> BinasciiModule.create());
        register("itertools", ctx -> ItertoolsModule.create());
        register("java", JavaModule::create);
        register("math", ctx -> MathModule.create());
        register("_imp", ImpModule::create);
        register("_warnings", WarningsModule::create);
        register("marshal", MarshalModule::create);
        register("polyglot", PolyglotModule::create);
        register("posix", ctx -> PosixModule.create(ctx));
        register("zlib", ctx -> ZlibModule.create());
        register("faulthandler", ctx -> FaulthandlerModule.create(ctx));
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
