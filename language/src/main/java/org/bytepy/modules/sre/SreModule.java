package org.bytepy.modules.sre;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyGenericAlias;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * The {@code _sre} module: the regular-expression engine under CPython 3.12's {@code Lib/re}.
 * {@code re._compiler} turns a pattern into SRE code and calls {@link #create compile}; the code
 * runs in {@link SreEngine}; {@link SrePattern}, {@link SreMatch}, {@link SreScanner} and
 * {@link SreTemplate} are the Python-visible objects.
 */
public final class SreModule {
    private SreModule() {
    }

    static final long MAGIC = 20221023L;
    static final long MAXREPEAT = 4294967295L;
    static final long MAXGROUPS = 1073741823L;

    public static PyModule create(BytepyContext ctx) {
        PyModule m = new PyModule("_sre", new PyDict());
        PyDict d = m.dict;
        d.put("MAGIC", MAGIC);
        d.put("CODESIZE", 4L);
        d.put("MAXREPEAT", MAXREPEAT);
        d.put("MAXGROUPS", MAXGROUPS);
        d.put("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
        Args.def(d, "getcodesize", (args, kw) -> {
            Args.count("getcodesize", args, kw, 0, 0);
            return 4L;
        });
        Args.def(d, "ascii_iscased", (args, kw) -> SreChars.asciiIsCased(charArg("ascii_iscased", args, kw)));
        Args.def(d, "unicode_iscased", (args, kw) -> SreChars.unicodeIsCased(charArg("unicode_iscased", args, kw)));
        Args.def(d, "ascii_tolower", (args, kw) -> (long) SreChars.lowerAscii(charArg("ascii_tolower", args, kw)));
        Args.def(d, "unicode_tolower", (args, kw) -> (long) SreChars.lowerUnicode(charArg("unicode_tolower", args, kw)));
        Args.def(d, "template", (args, kw) -> {
            Args.count("template", args, kw, 2, 2);
            return SreTemplate.create(args[1]).wrap();
        });
        Args.def(d, "compile", (args, kw) -> {
            Object[] a = SreArgs.bind("compile", prepend(args), kw, new String[]{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"},
                            new Object[]{null, null, null, null, null, null});
            long flags = SreArgs.index(a[1]);
            Object[] items = PyObjects.toArray(a[2], null);
            int[] code = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                long v = SreArgs.index(items[i]);
                if (v < 0 || v > 0xFFFFFFFFL) {
                    throw PyErrors.overflow(null, "regular expression code size limit exceeded");
                }
                code[i] = (int) v;
            }
            long groups = SreArgs.index(a[3]);
            if (!(a[4] instanceof PyDict gi)) {
                throw PyErrors.typeError(null, "compile() argument 'groupindex' must be dict, not %s", PyObjects.typeName(a[4]));
            }
            if (!(a[5] instanceof PyTuple ig)) {
                throw PyErrors.typeError(null, "compile() argument 'indexgroup' must be tuple, not %s", PyObjects.typeName(a[5]));
            }
            SrePattern p = new SrePattern(a[0], flags, code, (int) groups, gi.size() == 0 ? null : gi, ig, ctx);
            return p.wrap();
        });
        // make sure the types are initialized (their methods are installed by static initializers)
        SrePattern.TYPE.getDict().size();
        SreMatch.TYPE.getDict().size();
        SreScanner.TYPE.getDict().size();
        SreTemplate.TYPE.getDict().size();
        return m;
    }

    /** A type of this module: a Python-level class (so that its special methods are found) named module.name. */
    static PyType type(String name, String module) {
        PyType t = new PyType(name, false, PyTypes.OBJECT);
        t.getDict().put("__module__", module);
        t.getDict().put("__qualname__", name);
        if (module.equals("re")) {
            // re.Pattern[str], re.Match[bytes]
            t.getDict().put("__class_getitem__", new PyDescriptors.ClassMethod(new PyBuiltinFunction("__class_getitem__", null, (a, kw) -> {
                Args.count("__class_getitem__", a, kw, 2, 2);
                return PyGenericAlias.of(a[0], a[1]);
            })));
        }
        return t;
    }

    private static Object[] prepend(Object[] args) {
        Object[] full = new Object[args.length + 1];
        full[0] = PyNone.NONE;
        System.arraycopy(args, 0, full, 1, args.length);
        return full;
    }

    private static int charArg(String name, Object[] args, PyDict kw) {
        Args.count(name, args, kw, 1, 1);
        if (!PyNumber.isInt(args[0])) {
            throw PyErrors.typeError(null, "an integer is required");
        }
        return (int) SreArgs.index(args[0]);
    }
}
