package org.bytepy.builtins;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.TimeZone;

import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code time} module: clocks, {@code sleep}, {@code struct_time} (a tuple subclass with the
 * {@code tm_*} fields, {@code tm_zone} and {@code tm_gmtoff}), conversions between seconds and
 * broken-down time in UTC and the local zone, C-locale {@code strftime}, and {@code strptime}
 * through Lib's {@code _strptime}.
 */
public final class TimeModule {
    private TimeModule() {
    }

    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};
    private static final String[] DAY_ABBR = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] DAY_NAME = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MON_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] MON_NAME = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};

    /** {@code time.struct_time}: a subclass of tuple whose instances carry the 9 fields as their tuple. */
    public static final PyType STRUCT_TIME = new PyType("struct_time", false, PyTypes.TUPLE);

    static {
        STRUCT_TIME.getDict().put("__module__", "time");
        STRUCT_TIME.getDict().put("__qualname__", "struct_time");
        STRUCT_TIME.getDict().put("n_fields", 11L);
        STRUCT_TIME.getDict().put("n_sequence_fields", 9L);
        STRUCT_TIME.getDict().put("n_unnamed_fields", 0L);
        for (int i = 0; i < FIELDS.length; i++) {
            int idx = i;
            PyBuiltinFunction get = new PyBuiltinFunction(FIELDS[i], null, (args, kw) -> fields(args[0]).get(idx));
            STRUCT_TIME.getDict().put(FIELDS[i], new PyDescriptors.Property(get, PyNone.NONE, PyNone.NONE, PyNone.NONE));
        }
        STRUCT_TIME.getDict().put("__new__", new PyDescriptors.StaticMethod(new PyBuiltinFunction("__new__", null, (args, kw) -> {
            if (args.length < 2) {
                throw PyErrors.typeError(null, "structseq() missing required argument 'sequence' (pos 1)");
            }
            Object[] items = PyObjects.toArray(args[1], null);
            if (items.length < 9) {
                throw PyErrors.typeError(null, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", items.length);
            }
            if (items.length > 11) {
                throw PyErrors.typeError(null, "time.struct_time() takes an at most 11-sequence (%d-sequence given)", items.length);
            }
            return make((PyType) args[0], items);
        })));
        STRUCT_TIME.getDict().put("__init__", new PyBuiltinFunction("__init__", null, (args, kw) -> PyNone.NONE));
        STRUCT_TIME.getDict().put("__repr__", new PyBuiltinFunction("__repr__", null, (args, kw) -> {
            PyTuple t = fields(args[0]);
            StringBuilder sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=').append(PyObjects.repr(t.get(i)));
            }
            return sb.append(')').toString();
        }));
        STRUCT_TIME.getDict().put("__reduce__", new PyBuiltinFunction("__reduce__", null, (args, kw) -> {
            PyObject o = (PyObject) args[0];
            PyDict extra = new PyDict();
            extra.put("tm_zone", o.getAttribute("tm_zone"));
            extra.put("tm_gmtoff", o.getAttribute("tm_gmtoff"));
            return PyTuple.of(STRUCT_TIME, PyTuple.of(fields(o), extra));
        }));
    }

    private static PyTuple fields(Object o) {
        Object v = PyObject.unwrap(o);
        if (v instanceof PyTuple t) {
            return t;
        }
        throw PyErrors.typeError(null, "descriptor requires a 'time.struct_time' object but received a '%s'", PyObjects.typeName(o));
    }

    private static PyObject make(PyType type, Object[] items) {
        PyObject o = new PyObject(type);
        Object[] nine = new Object[9];
        System.arraycopy(items, 0, nine, 0, 9);
        o.nativeValue = new PyTuple(nine);
        o.setAttribute("tm_zone", items.length > 9 ? items[9] : PyNone.NONE);
        o.setAttribute("tm_gmtoff", items.length > 10 ? items[10] : PyNone.NONE);
        return o;
    }

    private static PyObject structTime(ZonedDateTime t, boolean utc) {
        boolean dst = !utc && t.getZone().getRules().isDaylightSavings(t.toInstant());
        String zone = utc ? "GMT" : TimeZone.getTimeZone(t.getZone()).getDisplayName(dst, TimeZone.SHORT, java.util.Locale.ROOT);
        return make(STRUCT_TIME, new Object[]{(long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(),
                        (long) (t.getDayOfWeek().getValue() - 1), (long) t.getDayOfYear(), dst ? 1L : 0L, zone, (long) t.getOffset().getTotalSeconds()});
    }

    private static long seconds(Object[] args, String fname) {
        if (args.length == 0 || args[0] instanceof PyNone) {
            return Instant.now().getEpochSecond();
        }
        Object v = PyObject.unwrap(args[0]);
        if (v instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PyErrors.valueError(null, "Invalid value NaN (not a number)");
            }
            if (Math.abs(d) > 1e18) {
                throw PyErrors.overflow(null, "timestamp out of range for platform time_t");
            }
            return (long) Math.floor(d);
        }
        if (PyNumber.isInt(v)) {
            if (!PyNumber.fitsLong(v)) {
                throw PyErrors.overflow(null, "timestamp out of range for platform time_t");
            }
            return PyNumber.asLong(v);
        }
        throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(args[0]));
    }

    @TruffleBoundary
    private static ZonedDateTime at(long secs, ZoneId zone) {
        try {
            return Instant.ofEpochSecond(secs).atZone(zone);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw PyErrors.overflow(null, "timestamp out of range for platform time_t");
        }
    }

    /** The 9 fields of a struct_time or 9-tuple argument, as longs, with tm_zone/tm_gmtoff when present. */
    private static long[] tmArg(Object o, String fname) {
        Object v = PyObject.unwrap(o);
        if (!(v instanceof PyTuple t)) {
            throw PyErrors.typeError(null, "Tuple or struct_time argument required");
        }
        if (t.size() != 9) {
            throw PyErrors.typeError(null, "%s(): illegal time tuple argument", fname);
        }
        long[] r = new long[9];
        for (int i = 0; i < 9; i++) {
            r[i] = Args.index(t.get(i));
        }
        return r;
    }

    private static void checkTm(long[] tm) {
        if (tm[1] == 0) {
            tm[1] = 1;
        } else if (tm[1] < 0 || tm[1] > 12) {
            throw PyErrors.valueError(null, "month out of range");
        }
        if (tm[2] == 0) {
            tm[2] = 1;
        } else if (tm[2] < 0 || tm[2] > 31) {
            throw PyErrors.valueError(null, "day of month out of range");
        }
        if (tm[3] < 0 || tm[3] > 23) {
            throw PyErrors.valueError(null, "hour out of range");
        }
        if (tm[4] < 0 || tm[4] > 59) {
            throw PyErrors.valueError(null, "minute out of range");
        }
        if (tm[5] < 0 || tm[5] > 61) {
            throw PyErrors.valueError(null, "seconds out of range");
        }
        if (tm[6] < 0) {
            throw PyErrors.valueError(null, "day of week out of range");
        }
        tm[6] = tm[6] % 7;
        if (tm[7] == 0) {
            tm[7] = 1;
        } else if (tm[7] < 0 || tm[7] > 366) {
            throw PyErrors.valueError(null, "day of year out of range");
        }
    }

    private static String pad(long v, int width, char fill) {
        String s = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder();
        if (v < 0) {
            sb.append('-');
        }
        for (int i = s.length(); i < width; i++) {
            sb.append(fill);
        }
        return sb.append(s).toString();
    }

    /** C-locale {@code strftime} of a checked tm (wday: Monday = 0, yday 1-based). */
    @TruffleBoundary
    static String strftime(String fmt, long[] tm, Object zone, Object gmtoff) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                out.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            long wday = tm[6];
            long sunWday = (wday + 1) % 7;
            long yday0 = tm[7] - 1;
            switch (d) {
                case 'a' -> out.append(DAY_ABBR[(int) wday]);
                case 'A' -> out.append(DAY_NAME[(int) wday]);
                case 'b', 'h' -> out.append(MON_ABBR[(int) tm[1] - 1]);
                case 'B' -> out.append(MON_NAME[(int) tm[1] - 1]);
                case 'c' -> out.append(strftime("%a %b %e %H:%M:%S %Y", tm, zone, gmtoff));
                case 'C' -> out.append(pad(Math.floorDiv(tm[0], 100), 2, '0'));
                case 'd' -> out.append(pad(tm[2], 2, '0'));
                case 'D', 'x' -> out.append(strftime("%m/%d/%y", tm, zone, gmtoff));
                case 'e' -> out.append(pad(tm[2], 2, ' '));
                case 'F' -> out.append(strftime("%Y-%m-%d", tm, zone, gmtoff));
                case 'H' -> out.append(pad(tm[3], 2, '0'));
                case 'I' -> out.append(pad(tm[3] % 12 == 0 ? 12 : tm[3] % 12, 2, '0'));
                case 'j' -> out.append(pad(tm[7], 3, '0'));
                case 'k' -> out.append(pad(tm[3], 2, ' '));
                case 'l' -> out.append(pad(tm[3] % 12 == 0 ? 12 : tm[3] % 12, 2, ' '));
                case 'm' -> out.append(pad(tm[1], 2, '0'));
                case 'M' -> out.append(pad(tm[4], 2, '0'));
                case 'n' -> out.append('\n');
                case 'p' -> out.append(tm[3] < 12 ? "AM" : "PM");
                case 'P' -> out.append(tm[3] < 12 ? "am" : "pm");
                case 'r' -> out.append(strftime("%I:%M:%S %p", tm, zone, gmtoff));
                case 'R' -> out.append(strftime("%H:%M", tm, zone, gmtoff));
                case 's' -> out.append(LocalDateTime.of((int) tm[0], (int) tm[1], (int) tm[2], (int) tm[3], (int) tm[4], (int) Math.min(tm[5], 59)).atZone(ZoneId.systemDefault()).toEpochSecond());
                case 'S' -> out.append(pad(tm[5], 2, '0'));
                case 't' -> out.append('\t');
                case 'T', 'X' -> out.append(strftime("%H:%M:%S", tm, zone, gmtoff));
                case 'u' -> out.append(wday + 1);
                case 'U' -> out.append(pad((yday0 + 7 - sunWday) / 7, 2, '0'));
                case 'w' -> out.append(sunWday);
                case 'W' -> out.append(pad((yday0 + 7 - wday) / 7, 2, '0'));
                case 'y' -> out.append(pad(Math.floorMod(tm[0], 100), 2, '0'));
                case 'Y' -> out.append(tm[0]);
                case 'G', 'g', 'V' -> {
                    LocalDate date;
                    try {
                        date = LocalDate.of((int) tm[0], (int) tm[1], (int) tm[2]);
                    } catch (java.time.DateTimeException e) {
                        date = LocalDate.of((int) tm[0], 1, 1).plusDays(yday0);
                    }
                    int wby = date.get(IsoFields.WEEK_BASED_YEAR);
                    out.append(d == 'G' ? Long.toString(wby) : d == 'g' ? pad(Math.floorMod(wby, 100), 2, '0') : pad(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0'));
                }
                case 'z' -> {
                    if (gmtoff instanceof Long off) {
                        long a = Math.abs(off);
                        out.append(off < 0 ? '-' : '+').append(pad(a / 3600, 2, '0')).append(pad(a / 60 % 60, 2, '0'));
                    } else {
                        out.append("+0000");
                    }
                }
                case 'Z' -> out.append(zone instanceof String z ? z : "");
                case '%' -> out.append('%');
                default -> out.append('%').append(d);
            }
        }
        return out.toString();
    }

    private static String asctime(long[] tm) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAY_ABBR[(int) tm[6]], MON_ABBR[(int) tm[1] - 1], tm[2], tm[3], tm[4], tm[5], tm[0]);
    }

    private static long[] tmOf(PyObject st) {
        PyTuple t = fields(st);
        long[] r = new long[9];
        for (int i = 0; i < 9; i++) {
            r[i] = PyNumber.asLong(t.get(i));
        }
        return r;
    }

    @TruffleBoundary
    private static double cpuSeconds(boolean thread) {
        return cpuNanos(thread) / 1e9;
    }

    @TruffleBoundary
    private static long cpuNanos(boolean thread) {
        try {
            if (!thread) {
                java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
                    long t = sun.getProcessCpuTime();
                    if (t >= 0) {
                        return t;
                    }
                }
            }
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        } catch (Throwable e) {
            return System.nanoTime();
        }
    }

    private static final long START_NANOS = System.nanoTime();

    @TruffleBoundary
    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static void zoneInfo(PyDict d) {
        ZoneId zone = ZoneId.systemDefault();
        int year = LocalDate.now(zone).getYear();
        ZoneOffset jan = zone.getRules().getOffset(LocalDateTime.of(year, 1, 1, 0, 0));
        ZoneOffset jul = zone.getRules().getOffset(LocalDateTime.of(year, 7, 1, 0, 0));
        TimeZone tz = TimeZone.getTimeZone(zone);
        boolean southern = jan.getTotalSeconds() > jul.getTotalSeconds();
        ZoneOffset std = southern ? jul : jan;
        ZoneOffset dst = southern ? jan : jul;
        d.put("timezone", (long) -std.getTotalSeconds());
        d.put("altzone", (long) -dst.getTotalSeconds());
        d.put("daylight", jan.equals(jul) ? 0L : 1L);
        d.put("tzname", PyTuple.of(tz.getDisplayName(false, TimeZone.SHORT, java.util.Locale.ROOT), tz.getDisplayName(!jan.equals(jul), TimeZone.SHORT, java.util.Locale.ROOT)));
    }

    private static PyObject clockInfo(String impl, boolean monotonic, boolean adjustable) {
        PyObject o = new PyObject(SysModule.IMPLEMENTATION_TYPE);
        o.setAttribute("implementation", impl);
        o.setAttribute("monotonic", monotonic);
        o.setAttribute("adjustable", adjustable);
        o.setAttribute("resolution", 1e-09);
        return o;
    }

    public static PyModule create() {
        PyModule m = new PyModule("time", new PyDict());
        PyDict d = m.dict;
        d.put("struct_time", STRUCT_TIME);
        d.put("_STRUCT_TM_ITEMS", 11L);
        d.put("CLOCK_REALTIME", 0L);
        d.put("CLOCK_MONOTONIC", 1L);
        d.put("CLOCK_PROCESS_CPUTIME_ID", 2L);
        d.put("CLOCK_THREAD_CPUTIME_ID", 3L);
        d.put("CLOCK_MONOTONIC_RAW", 4L);
        d.put("CLOCK_BOOTTIME", 7L);
        d.put("CLOCK_TAI", 11L);
        zoneInfo(d);
        Args.def(d, "time", (args, kw) -> nowNanos() / 1e9);
        Args.def(d, "time_ns", (args, kw) -> nowNanos());
        Args.def(d, "perf_counter", (args, kw) -> (System.nanoTime() - START_NANOS) / 1e9);
        Args.def(d, "perf_counter_ns", (args, kw) -> System.nanoTime() - START_NANOS);
        Args.def(d, "monotonic", (args, kw) -> (System.nanoTime() - START_NANOS) / 1e9);
        Args.def(d, "monotonic_ns", (args, kw) -> System.nanoTime() - START_NANOS);
        Args.def(d, "process_time", (args, kw) -> cpuSeconds(false));
        Args.def(d, "process_time_ns", (args, kw) -> cpuNanos(false));
        Args.def(d, "thread_time", (args, kw) -> cpuSeconds(true));
        Args.def(d, "thread_time_ns", (args, kw) -> cpuNanos(true));
        Args.def(d, "clock_gettime", (args, kw) -> {
            Args.count("clock_gettime", args, kw, 1, 1);
            long id = Args.index(args[0]);
            return id == 0 ? nowNanos() / 1e9 : id == 2 ? cpuSeconds(false) : id == 3 ? cpuSeconds(true) : (System.nanoTime() - START_NANOS) / 1e9;
        });
        Args.def(d, "clock_gettime_ns", (args, kw) -> {
            Args.count("clock_gettime_ns", args, kw, 1, 1);
            long id = Args.index(args[0]);
            return id == 0 ? nowNanos() : id == 2 ? cpuNanos(false) : id == 3 ? cpuNanos(true) : System.nanoTime() - START_NANOS;
        });
        Args.def(d, "clock_getres", (args, kw) -> 1e-09);
        Args.def(d, "sleep", (args, kw) -> {
            Args.count("sleep", args, kw, 1, 1);
            if (!PyNumber.isNumber(args[0])) {
                throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", org.bytepy.runtime.PyObjects.typeName(args[0]));
            }
            double s = PyNumber.toDouble(args[0], null);
            if (s < 0) {
                throw PyErrors.valueError(null, "sleep length must be non-negative");
            }
            org.bytepy.runtime.Gil gil = org.bytepy.BytepyContext.get(null).getGil();
            if (s == 0) {
                gil.yieldToWaiters();
                return PyNone.NONE;
            }
            // re-run after a safepoint action interrupted it: sleep what is left
            long deadline = System.nanoTime() + (long) (s * 1e9);
            gil.blocking(end -> {
                long left = end - System.nanoTime();
                if (left > 0) {
                    java.util.concurrent.TimeUnit.NANOSECONDS.sleep(left);
                }
                return null;
            }, deadline);
            return PyNone.NONE;
        });
        Args.def(d, "gmtime", (args, kw) -> {
            Args.count("gmtime", args, kw, 0, 1);
            return structTime(at(seconds(args, "gmtime"), ZoneOffset.UTC), true);
        });
        Args.def(d, "localtime", (args, kw) -> {
            Args.count("localtime", args, kw, 0, 1);
            return structTime(at(seconds(args, "localtime"), ZoneId.systemDefault()), false);
        });
        Args.def(d, "mktime", (args, kw) -> {
            Args.count("mktime", args, kw, 1, 1);
            long[] tm = tmArg(args[0], "mktime");
            try {
                LocalDateTime t = LocalDateTime.of((int) tm[0], 1, 1, 0, 0).plusMonths(tm[1] - 1).plusDays(tm[2] - 1).plusHours(tm[3]).plusMinutes(tm[4]).plusSeconds(tm[5]);
                return (double) t.atZone(ZoneId.systemDefault()).toEpochSecond();
            } catch (java.time.DateTimeException | ArithmeticException e) {
                throw PyErrors.overflow(null, "mktime argument out of range");
            }
        });
        Args.def(d, "asctime", (args, kw) -> {
            Args.count("asctime", args, kw, 0, 1);
            long[] tm = args.length == 0 ? tmOf(structTime(at(Instant.now().getEpochSecond(), ZoneId.systemDefault()), false)) : tmArg(args[0], "asctime");
            checkTm(tm);
            return asctime(tm);
        });
        Args.def(d, "ctime", (args, kw) -> {
            Args.count("ctime", args, kw, 0, 1);
            return asctime(tmOf(structTime(at(seconds(args, "ctime"), ZoneId.systemDefault()), false)));
        });
        Args.def(d, "strftime", (args, kw) -> {
            Args.count("strftime", args, kw, 1, 2);
            String fmt = Args.str(PyObject.unwrap(args[0]), "strftime");
            Object st = args.length > 1 ? args[1] : structTime(at(Instant.now().getEpochSecond(), ZoneId.systemDefault()), false);
            long[] tm = tmArg(st, "strftime");
            checkTm(tm);
            Object zone = st instanceof PyObject po && po.getPyType().isSubtypeOf(STRUCT_TIME) ? po.getAttribute("tm_zone") : null;
            Object off = st instanceof PyObject po2 && po2.getPyType().isSubtypeOf(STRUCT_TIME) ? po2.getAttribute("tm_gmtoff") : null;
            if (zone == null || zone instanceof PyNone) {
                boolean dst = tm[8] > 0;
                zone = TimeZone.getTimeZone(ZoneId.systemDefault()).getDisplayName(dst, TimeZone.SHORT, java.util.Locale.ROOT);
            }
            return strftime(fmt, tm, zone, off);
        });
        Args.def(d, "strptime", (args, kw) -> {
            Args.count("strptime", args, kw, 1, 2);
            Object mod = org.bytepy.imports.Importer.importModule(org.bytepy.BytepyContext.get(null), "_strptime", null);
            Object fn = PyObjects.getAttr(mod, "_strptime_time", null);
            return PyCalls.call(fn, args.length == 1 ? new Object[]{args[0], "%a %b %d %H:%M:%S %Y"} : args, null, null);
        });
        Args.def(d, "tzset", (args, kw) -> {
            Args.count("tzset", args, kw, 0, 0);
            zoneInfo(d);
            return PyNone.NONE;
        });
        Args.def(d, "get_clock_info", (args, kw) -> {
            Args.count("get_clock_info", args, kw, 1, 1);
            switch (Args.str(args[0], "get_clock_info")) {
                case "time":
                    return clockInfo("clock_gettime(CLOCK_REALTIME)", false, true);
                case "monotonic":
                case "perf_counter":
                    return clockInfo("clock_gettime(CLOCK_MONOTONIC)", true, false);
                case "process_time":
                    return clockInfo("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false);
                case "thread_time":
                    return clockInfo("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false);
                default:
                    throw PyErrors.valueError(null, "unknown clock");
            }
        });
        return m;
    }
}
