package org.bytepy.builtins;

import org.bytepy.BytepyContext;
import org.bytepy.modules.NativeModules;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * The parts of {@code sys} that the standard library reads at import time: flags, encodings,
 * prefixes, version numbers, float/int info, {@code builtin_module_names}, {@code warnoptions}...
 */
final class SysExtras {
    private SysExtras() {
    }

    /** {@code sys.flags} from the launcher's options (-i, -O, -B, -s, -E, -q, -I, -P). */
    private static Object[] flagValues(BytepyContext ctx) {
        org.graalvm.options.OptionValues o = ctx.getEnv().getOptions();
        boolean isolated = o.get(org.bytepy.BytepyLanguage.Isolated);
        long inspect = o.get(org.bytepy.BytepyLanguage.Inspect) ? 1L : 0L;
        return new Object[]{0L, inspect, inspect, (long) o.get(org.bytepy.BytepyLanguage.Optimize), o.get(org.bytepy.BytepyLanguage.DontWriteBytecode) ? 1L : 0L,
                        isolated || o.get(org.bytepy.BytepyLanguage.NoUserSite) ? 1L : 0L, 1L, ctx.ignoreEnvironment() ? 1L : 0L, 0L, 0L,
                        o.get(org.bytepy.BytepyLanguage.Quiet) ? 1L : 0L, 1L, isolated ? 1L : 0L, Boolean.FALSE, 1L, 0L,
                        isolated || o.get(org.bytepy.BytepyLanguage.SafePath), (long) ctx.intMaxStrDigits()};
    }

    /**
     * {@code sys.breakpointhook}: calls the callable that PYTHONBREAKPOINT names ({@code pdb.set_trace} when
     * unset or empty, nothing when "0"); one that cannot be imported gives a RuntimeWarning, as CPython.
     */
    private static Object breakpointhook(BytepyContext ctx, Object[] args, PyDict kw) {
        String envar = ctx.ignoreEnvironment() ? null : ctx.getenv("PYTHONBREAKPOINT");
        if (envar == null || envar.isEmpty()) {
            envar = "pdb.set_trace";
        } else if (envar.equals("0")) {
            return PyNone.NONE;
        }
        int dot = envar.lastIndexOf('.');
        Object hook = null;
        if (dot != 0) {
            String module = dot < 0 ? "builtins" : envar.substring(0, dot);
            String attr = envar.substring(dot + 1);
            try {
                hook = PyObjects.getAttr(org.bytepy.imports.Importer.importModule(ctx, module, null), attr, null);
            } catch (org.bytepy.runtime.PyException e) {
                if (!e.getType().isSubtypeOf(PyTypes.IMPORT_ERROR) && !e.getType().isSubtypeOf(PyTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
        }
        if (hook == null) {
            Object warnings = org.bytepy.imports.Importer.importModule(ctx, "warnings", null);
            org.bytepy.runtime.PyCalls.call(PyObjects.getAttr(warnings, "warn", null),
                            new Object[]{"Ignoring unimportable $PYTHONBREAKPOINT: \"" + envar + "\"", PyTypes.RUNTIME_WARNING}, null, null);
            return PyNone.NONE;
        }
        return org.bytepy.runtime.PyCalls.call(hook, args, kw, null);
    }

    /** {@code sys.warnoptions}: PYTHONWARNINGS (comma-separated, unless -E), then the -W options. */
    private static PyList warnOptions(BytepyContext ctx) {
        PyList l = new PyList();
        String env = ctx.ignoreEnvironment() ? null : ctx.getEnv().getEnvironment().get("PYTHONWARNINGS");
        if (env != null) {
            for (String w : env.split(",")) {
                if (!w.strip().isEmpty()) {
                    l.append(w.strip());
                }
            }
        }
        for (String w : ctx.getEnv().getOptions().get(org.bytepy.BytepyLanguage.WarnOptions).split("\n")) {
            if (!w.isEmpty()) {
                l.append(w);
            }
        }
        return l;
    }

    /** {@code sys._xoptions}: {@code -X name=value} as name: value, {@code -X name} as name: True. */
    private static PyDict xOptions(BytepyContext ctx) {
        PyDict d = new PyDict();
        for (String x : ctx.getEnv().getOptions().get(org.bytepy.BytepyLanguage.XOptions).split("\n")) {
            if (!x.isEmpty()) {
                int eq = x.indexOf('=');
                d.put(eq < 0 ? x : x.substring(0, eq), eq < 0 ? (Object) Boolean.TRUE : x.substring(eq + 1));
            }
        }
        return d;
    }

    /** A read-only record with named fields, as CPython's structseq types ({@code sys.flags}, ...). */
    static final PyType FLAGS_TYPE = new PyType("flags", false, PyTypes.OBJECT);
    static final PyType FLOAT_INFO_TYPE = new PyType("float_info", false, PyTypes.OBJECT);
    static final PyType INT_INFO_TYPE = new PyType("int_info", false, PyTypes.OBJECT);
    static final PyType HASH_INFO_TYPE = new PyType("hash_info", false, PyTypes.OBJECT);
    static final PyType THREAD_INFO_TYPE = new PyType("thread_info", false, PyTypes.OBJECT);

    /** {@code sys.stdlib_module_names}: CPython 3.12's list (its Python/stdlib_module_names.h), what "Did you forget to import" reads. */
    private static final Object[] STDLIB_MODULE_NAMES = {
            "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk",
            "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression",
            "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree",
            "_frozen_importlib", "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale",
            "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode", "_operator", "_osx_support",
            "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc", "_pydatetime", "_pydecimal", "_pyio", "_pylong", "_queue",
            "_random", "_scproxy", "_sha1", "_sha2", "_sha3", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat",
            "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc",
            "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity", "argparse", "array",
            "ast", "asyncio", "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb",
            "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib",
            "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis",
            "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions",
            "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac",
            "html", "http", "idlelib", "imaplib", "imghdr", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3",
            "linecache", "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib",
            "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os",
            "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath",
            "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re",
            "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil",
            "signal", "site", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl",
            "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny",
            "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize",
            "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib",
            "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp",
            "zipfile", "zipimport", "zlib", "zoneinfo"
    };

    static void install(BytepyContext ctx, PyDict d) {
        org.bytepy.runtime.PyBuiltinFunction hook = new org.bytepy.runtime.PyBuiltinFunction("breakpointhook", null, (args, kw) -> breakpointhook(ctx, args, kw));
        d.put("breakpointhook", hook);
        d.put("__breakpointhook__", hook);
        String prefix = "/usr/local";
        String executable = ctx.getEnv().getOptions().get(org.bytepy.BytepyLanguage.Executable);
        if (executable.isEmpty()) {
            executable = "bytepy";
        }
        d.put("executable", executable);
        d.put("_base_executable", executable);
        d.put("prefix", prefix);
        d.put("base_prefix", prefix);
        d.put("exec_prefix", prefix);
        d.put("base_exec_prefix", prefix);
        d.put("platlibdir", "lib");
        d.put("pycache_prefix", PyNone.NONE);
        d.put("abiflags", "");
        d.put("hexversion", 0x030c00f0L);
        d.put("api_version", 1013L);
        d.put("maxunicode", 0x10ffffL);
        d.put("float_repr_style", "short");
        d.put("warnoptions", warnOptions(ctx));
        d.put("_xoptions", xOptions(ctx));
        d.put("orig_argv", new PyList(((PyList) d.getStr("argv")).toArray()));
        d.put("meta_path", new PyList(new Object[]{org.bytepy.imports.MetaPathImporter.create(ctx)}));
        d.put("path_hooks", new PyList());
        d.put("path_importer_cache", new PyDict());
        d.put("dont_write_bytecode", Boolean.FALSE);
        d.put("copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.");
        java.util.List<Object> names = new java.util.ArrayList<>();
        names.add("builtins");
        names.add("sys");
        for (String n : NativeModules.names()) {
            names.add(n);
        }
        names.sort((a, b) -> ((String) a).compareTo((String) b));
        d.put("builtin_module_names", new PyTuple(names.toArray()));
        d.put("stdlib_module_names", org.bytepy.runtime.PySet.fromItems(true, STDLIB_MODULE_NAMES));
        d.put("flags", record(FLAGS_TYPE, new String[]{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
                        "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"},
                        flagValues(ctx)));
        d.put("float_info", record(FLOAT_INFO_TYPE, new String[]{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
                        new Object[]{Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L}));
        d.put("int_info", record(INT_INFO_TYPE, new String[]{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
                        new Object[]{30L, 4L, 4300L, 640L}));
        d.put("hash_info", record(HASH_INFO_TYPE, new String[]{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
                        new Object[]{64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L}));
        d.put("thread_info", record(THREAD_INFO_TYPE, new String[]{"name", "lock", "version"}, new Object[]{"pthread", "mutex+cond", PyNone.NONE}));
        Args.def(d, "getdefaultencoding", (args, kw) -> "utf-8");
        Args.def(d, "getfilesystemencoding", (args, kw) -> "utf-8");
        Args.def(d, "getfilesystemencodeerrors", (args, kw) -> "surrogateescape");
        Args.def(d, "getswitchinterval", (args, kw) -> ctx.getGil().getSwitchInterval());
        Args.def(d, "setswitchinterval", (args, kw) -> {
            Args.count("setswitchinterval", args, kw, 1, 1);
            double v = org.bytepy.runtime.PyNumber.toDouble(args[0], null);
            if (v <= 0) {
                throw org.bytepy.runtime.PyErrors.valueError(null, "switch interval must be strictly positive");
            }
            ctx.getGil().setSwitchInterval(v);
            return PyNone.NONE;
        });
        Args.def(d, "is_finalizing", (args, kw) -> Boolean.FALSE);
        Args.def(d, "getrefcount", (args, kw) -> 2L);
        Args.def(d, "getsizeof", (args, kw) -> 64L);
        Args.def(d, "get_int_max_str_digits", (args, kw) -> {
            Args.count("get_int_max_str_digits", args, kw, 0, 0);
            return (long) ctx.intMaxStrDigits();
        });
        Args.def(d, "set_int_max_str_digits", (args, kw) -> {
            Object v = args.length == 1 && (kw == null || kw.size() == 0) ? args[0] : Args.kw(kw, "maxdigits");
            if (v == null || args.length > 1) {
                throw org.bytepy.runtime.PyErrors.typeError(null, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            }
            long n = Args.index(v);
            if (n != 0 && n < 640) {
                throw org.bytepy.runtime.PyErrors.valueError(null, "maxdigits must be 0 or larger than 640");
            }
            ctx.setIntMaxStrDigits((int) Math.min(n, Integer.MAX_VALUE));
            return PyNone.NONE;
        });
        Args.def(d, "audit", (args, kw) -> PyNone.NONE);
        Args.def(d, "addaudithook", (args, kw) -> PyNone.NONE);
        Args.def(d, "_clear_type_cache", (args, kw) -> PyNone.NONE);
        Args.def(d, "activate_stack_trampoline", (args, kw) -> PyNone.NONE);
        Args.def(d, "getprofile", (args, kw) -> PyNone.NONE);
        Args.def(d, "gettrace", (args, kw) -> PyNone.NONE);
        Args.def(d, "settrace", (args, kw) -> PyNone.NONE);
        Args.def(d, "setprofile", (args, kw) -> PyNone.NONE);
        Args.def(d, "call_tracing", (args, kw) -> org.bytepy.runtime.PyCalls.call(args[0], ((PyTuple) args[1]).items(), null, null));
        Args.def(d, "displayhook", (args, kw) -> {
            Args.count("displayhook", args, kw, 1, 1);
            if (!(args[0] instanceof PyNone)) {
                ctx.getBuiltins().put("_", PyNone.NONE);
                ctx.out().println(org.bytepy.runtime.PyObjects.repr(args[0]));
                ctx.getBuiltins().put("_", args[0]);
            }
            return PyNone.NONE;
        });
        d.put("__displayhook__", d.getStr("displayhook"));
        Args.def(d, "excepthook", (args, kw) -> {
            Args.count("excepthook", args, kw, 3, 3);
            if (args[1] instanceof org.bytepy.runtime.PyBaseException e) {
                // to sys.stderr as it is now (a StringIO in a test), nothing when it is None
                Object stderr = ctx.getSysModule().dict.getStr("stderr");
                if (stderr != null && stderr != PyNone.NONE) {
                    org.bytepy.runtime.PyCalls.call(org.bytepy.runtime.PyObjects.getAttr(stderr, "write", null), new Object[]{org.bytepy.runtime.Tracebacks.format(e)}, null, null);
                }
            }
            return PyNone.NONE;
        });
        d.put("__excepthook__", d.getStr("excepthook"));
        Args.def(d, "unraisablehook", (args, kw) -> PyNone.NONE);
        d.put("__unraisablehook__", d.getStr("unraisablehook"));
    }

    /** A structseq-like value: named read-only fields that also index like a tuple. */
    static PyObject record(PyType type, String[] names, Object[] values) {
        if (type.getDict().get("__getitem__") == null) {
            type.getDict().put("__module__", "sys");
            type.getDict().put("n_fields", (long) names.length);
            type.getDict().put("__getitem__", new org.bytepy.runtime.PyBuiltinFunction("__getitem__", type,
                            (a, kw) -> org.bytepy.runtime.PyObjects.getItem(((PyObject) a[0]).hidden, a[1], null)));
            type.getDict().put("__len__", new org.bytepy.runtime.PyBuiltinFunction("__len__", type, (a, kw) -> (long) ((PyTuple) ((PyObject) a[0]).hidden).size()));
            type.getDict().put("__iter__", new org.bytepy.runtime.PyBuiltinFunction("__iter__", type, (a, kw) -> org.bytepy.runtime.PyObjects.iter(((PyObject) a[0]).hidden, null)));
            type.getDict().put("__repr__", new org.bytepy.runtime.PyBuiltinFunction("__repr__", type, (a, kw) -> {
                PyObject self = (PyObject) a[0];
                StringBuilder sb = new StringBuilder("sys." + type.getName() + "(");
                Object[] fields = ((PyTuple) type.getDict().get("_fields")).items();
                Object[] vals = ((PyTuple) self.hidden).items();
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(fields[i]).append('=').append(org.bytepy.runtime.PyObjects.repr(vals[i]));
                }
                return sb.append(')').toString();
            }));
            type.getDict().put("_fields", new PyTuple(names.clone()));
        }
        PyObject o = new PyObject(type);
        o.hidden = new PyTuple(values.clone());
        for (int i = 0; i < names.length; i++) {
            o.setAttribute(names[i], values[i]);
        }
        return o;
    }
}
