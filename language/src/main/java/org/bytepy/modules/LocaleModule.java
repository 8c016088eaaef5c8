package org.bytepy.modules;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * The {@code _locale} module. bytepy supports the C locale with UTF-8 text: {@code LC_CTYPE} is
 * {@code C.UTF-8} (as CPython sets it at start-up in a UTF-8 environment), every other category
 * {@code C}; {@code setlocale} accepts C/POSIX/C.UTF-8 and "" (the environment's, which is that).
 */
public final class LocaleModule {
    private LocaleModule() {
    }

    public static final PyType ERROR = new PyType("Error", false, PyTypes.EXCEPTION);

    static {
        ERROR.getDict().put("__module__", "locale");
    }

    private static final String[] CATEGORY_NAMES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"};
    private static final int LC_ALL = 6;

    /** The current locale of each category (index = LC_* value); shared by the process like C's. */
    private static final String[] CURRENT = {"C.UTF-8", "C", "C", "C", "C", "C"};

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};

    private static String normalizeName(String name) {
        switch (name) {
            case "C", "POSIX":
                return "C";
            case "C.UTF-8", "C.utf8", "C.UTF8", "C.utf-8":
                return "C.UTF-8";
            default:
                return null;
        }
    }

    private static synchronized String query(int category) {
        if (category != LC_ALL) {
            return CURRENT[category];
        }
        boolean same = true;
        for (String c : CURRENT) {
            same &= c.equals(CURRENT[0]);
        }
        if (same) {
            return CURRENT[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < CURRENT.length; i++) {
            sb.append(i == 0 ? "" : ";").append(CATEGORY_NAMES[i]).append('=').append(CURRENT[i]);
        }
        for (String extra : new String[]{"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"}) {
            sb.append(';').append(extra).append("=C");
        }
        return sb.toString();
    }

    private static synchronized String set(int category, String locale) {
        String name;
        if (category == LC_ALL && locale.indexOf('=') > 0) {
            return setComposite(locale);
        }
        if (locale.isEmpty()) {
            name = "C.UTF-8";
        } else {
            name = normalizeName(locale);
            if (name == null) {
                throw PyErrors.format(ERROR, null, "unsupported locale setting");
            }
        }
        if (category == LC_ALL) {
            java.util.Arrays.fill(CURRENT, name);
        } else {
            CURRENT[category] = name;
        }
        return query(category);
    }

    /** The composite name a query of LC_ALL returns ("LC_CTYPE=C.UTF-8;LC_NUMERIC=C;..."), as glibc takes it back. */
    private static String setComposite(String locale) {
        String[] next = CURRENT.clone();
        for (String part : locale.split(";")) {
            int eq = part.indexOf('=');
            String name = eq > 0 ? normalizeName(part.substring(eq + 1)) : null;
            if (name == null) {
                throw PyErrors.format(ERROR, null, "unsupported locale setting");
            }
            int cat = java.util.Arrays.asList(CATEGORY_NAMES).indexOf(part.substring(0, eq));
            if (cat >= 0) {
                next[cat] = name;
            }
        }
        System.arraycopy(next, 0, CURRENT, 0, CURRENT.length);
        return query(LC_ALL);
    }

    private static Object langinfo(long item) {
        if (item == 14) {
            return "UTF-8";
        } else if (item >= 131072 && item <= 131078) {
            return DAYS[(int) (item - 131072)].substring(0, 3);
        } else if (item >= 131079 && item <= 131085) {
            return DAYS[(int) (item - 131079)];
        } else if (item >= 131086 && item <= 131097) {
            return MONTHS[(int) (item - 131086)].substring(0, 3);
        } else if (item >= 131098 && item <= 131109) {
            return MONTHS[(int) (item - 131098)];
        }
        switch ((int) item) {
            case 131110:
                return "AM";
            case 131111:
                return "PM";
            case 131112:
                return "%a %b %e %H:%M:%S %Y";
            case 131113:
                return "%m/%d/%y";
            case 131114:
                return "%H:%M:%S";
            case 131115:
                return "%I:%M:%S %p";
            case 131180:
                return "%a %b %e %H:%M:%S %Z %Y";
            case 65536:
                return ".";
            case 65537:
                return "";
            case 327680:
                return "^[yY]";
            case 327681:
                return "^[nN]";
            case 262159:
                return "-";
            case 131116, 131118, 131119, 131120, 131121:
                return "";
            default:
                throw PyErrors.valueError(null, "unsupported langinfo constant");
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("_locale", new PyDict());
        PyDict d = m.dict;
        d.put("Error", ERROR);
        for (int i = 0; i < CATEGORY_NAMES.length; i++) {
            d.put(CATEGORY_NAMES[i], (long) i);
        }
        d.put("LC_ALL", (long) LC_ALL);
        d.put("CHAR_MAX", 127L);
        d.put("CODESET", 14L);
        d.put("D_T_FMT", 131112L);
        d.put("D_FMT", 131113L);
        d.put("T_FMT", 131114L);
        d.put("T_FMT_AMPM", 131115L);
        d.put("_DATE_FMT", 131180L);
        d.put("AM_STR", 131110L);
        d.put("PM_STR", 131111L);
        for (int i = 1; i <= 7; i++) {
            d.put("ABDAY_" + i, 131071L + i);
            d.put("DAY_" + i, 131078L + i);
        }
        for (int i = 1; i <= 12; i++) {
            d.put("ABMON_" + i, 131085L + i);
            d.put("MON_" + i, 131097L + i);
        }
        d.put("RADIXCHAR", 65536L);
        d.put("THOUSEP", 65537L);
        d.put("YESEXPR", 327680L);
        d.put("NOEXPR", 327681L);
        d.put("CRNCYSTR", 262159L);
        d.put("ERA", 131116L);
        d.put("ERA_D_FMT", 131118L);
        d.put("ALT_DIGITS", 131119L);
        d.put("ERA_D_T_FMT", 131120L);
        d.put("ERA_T_FMT", 131121L);
        Args.def(d, "setlocale", (args, kw) -> {
            Args.onlyKeywords("setlocale", kw, "category", "locale");
            Object cat = BinasciiModule.arg(args, kw, 0, "category");
            if (cat == null) {
                throw PyErrors.typeError(null, "setlocale() missing required argument 'category' (pos 1)");
            }
            long category = Args.index(cat);
            if (category < 0 || category > LC_ALL) {
                throw PyErrors.format(ERROR, null, "invalid locale category");
            }
            Object loc = BinasciiModule.arg(args, kw, 1, "locale");
            if (loc == null || loc instanceof PyNone) {
                return query((int) category);
            }
            if (!(loc instanceof String s)) {
                throw PyErrors.typeError(null, "setlocale() argument 2 must be str or None, not %s", PyObjects.typeName(loc));
            }
            return set((int) category, s);
        });
        Args.def(d, "localeconv", (args, kw) -> {
            Args.count("localeconv", args, kw, 0, 0);
            PyDict r = new PyDict();
            r.put("int_curr_symbol", "");
            r.put("currency_symbol", "");
            r.put("mon_decimal_point", "");
            r.put("mon_thousands_sep", "");
            r.put("mon_grouping", new PyList());
            r.put("positive_sign", "");
            r.put("negative_sign", "");
            for (String k : new String[]{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
                r.put(k, 127L);
            }
            r.put("decimal_point", ".");
            r.put("thousands_sep", "");
            r.put("grouping", new PyList());
            return r;
        });
        Args.def(d, "getencoding", (args, kw) -> {
            Args.count("getencoding", args, kw, 0, 0);
            return "UTF-8";
        });
        Args.def(d, "nl_langinfo", (args, kw) -> {
            Args.count("nl_langinfo", args, kw, 1, 1);
            return langinfo(Args.index(args[0]));
        });
        Args.def(d, "strcoll", (args, kw) -> {
            Args.count("strcoll", args, kw, 2, 2);
            String a = Args.str(args[0], "strcoll");
            String b = Args.str(args[1], "strcoll");
            return (long) Integer.signum(PyObjects.compareStrings(a, b));
        });
        Args.def(d, "strxfrm", (args, kw) -> {
            Args.count("strxfrm", args, kw, 1, 1);
            return Args.str(args[0], "strxfrm");
        });
        Args.def(d, "gettext", (args, kw) -> {
            Args.count("gettext", args, kw, 1, 1);
            return args[0];
        });
        Args.def(d, "dgettext", (args, kw) -> {
            Args.count("dgettext", args, kw, 2, 2);
            return args[1];
        });
        Args.def(d, "dcgettext", (args, kw) -> {
            Args.count("dcgettext", args, kw, 3, 3);
            return args[1];
        });
        Args.def(d, "textdomain", (args, kw) -> {
            Args.count("textdomain", args, kw, 1, 1);
            return args[0] instanceof PyNone ? "messages" : args[0];
        });
        Args.def(d, "bindtextdomain", (args, kw) -> {
            Args.count("bindtextdomain", args, kw, 2, 2);
            return args[1] instanceof PyNone ? "/usr/share/locale" : args[1];
        });
        Args.def(d, "bind_textdomain_codeset", (args, kw) -> {
            Args.count("bind_textdomain_codeset", args, kw, 2, 2);
            return args[1];
        });
        return m;
    }
}
