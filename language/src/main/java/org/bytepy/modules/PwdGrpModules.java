package org.bytepy.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.bytepy.BytepyContext;
import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

/**
 * {@code pwd} and {@code grp}: the password and group databases, read from {@code /etc/passwd} and
 * {@code /etc/group} through the context's file system (so its IO permissions apply; no NSS).
 */
public final class PwdGrpModules {
    private PwdGrpModules() {
    }

    static final PosixModule.StructSeq STRUCT_PASSWD = new PosixModule.StructSeq("pwd", "struct_passwd", 7, "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell");
    static final PosixModule.StructSeq STRUCT_GROUP = new PosixModule.StructSeq("grp", "struct_group", 4, "gr_name", "gr_passwd", "gr_gid", "gr_mem");

    /** The lines of {@code path} split at ':', or none if it cannot be read. */
    @TruffleBoundary
    private static List<String[]> entries(BytepyContext ctx, String path, int fields) {
        List<String[]> out = new ArrayList<>();
        TruffleFile f = ctx.resolvePath(path);
        if (f == null) {
            return out;
        }
        try {
            for (String line : new String(f.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(":", -1);
                if (parts.length >= fields) {
                    out.add(parts);
                }
            }
        } catch (IOException | SecurityException e) {
            // no database
        }
        return out;
    }

    private static PyObject passwd(String[] p) {
        return STRUCT_PASSWD.make(p[0], p[1], Long.parseLong(p[2]), Long.parseLong(p[3]), p[4], p[5], p[6]);
    }

    private static PyObject group(String[] g) {
        List<Object> members = new ArrayList<>();
        if (g.length > 3 && !g[3].isEmpty()) {
            for (String m : g[3].split(",")) {
                members.add(m);
            }
        }
        return STRUCT_GROUP.make(g[0], g[1], Long.parseLong(g[2]), new PyList(members.toArray()));
    }

    private static long id(Object o, String fname) {
        Object u = PyObject.unwrap(o);
        if (!PyNumber.isInt(u)) {
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjects.typeName(o));
        }
        return PyNumber.asLong(u);
    }

    private static String name(Object o, String fname) {
        Object u = PyObject.unwrap(o);
        if (!(u instanceof String s)) {
            throw PyErrors.typeError(null, "%s() argument must be str, not %s", fname, PyObjects.typeName(o));
        }
        return s;
    }

    public static PyModule createPwd(BytepyContext ctx) {
        PyModule m = new PyModule("pwd", new PyDict());
        PyDict d = m.dict;
        d.put("struct_passwd", STRUCT_PASSWD.type);
        Args.def(d, "getpwuid", (a, kw) -> {
            Args.count("getpwuid", a, kw, 1, 1);
            long uid = id(a[0], "getpwuid");
            for (String[] p : entries(ctx, "/etc/passwd", 7)) {
                if (p[2].equals(Long.toString(uid))) {
                    return passwd(p);
                }
            }
            throw PyErrors.format(PyTypes.KEY_ERROR, null, "getpwuid(): uid not found: %d", uid);
        });
        Args.def(d, "getpwnam", (a, kw) -> {
            Args.count("getpwnam", a, kw, 1, 1);
            String n = name(a[0], "getpwnam");
            for (String[] p : entries(ctx, "/etc/passwd", 7)) {
                if (p[0].equals(n)) {
                    return passwd(p);
                }
            }
            throw PyErrors.format(PyTypes.KEY_ERROR, null, "getpwnam(): name not found: '%s'", n);
        });
        Args.def(d, "getpwall", (a, kw) -> {
            Args.count("getpwall", a, kw, 0, 0);
            List<Object> all = new ArrayList<>();
            for (String[] p : entries(ctx, "/etc/passwd", 7)) {
                all.add(passwd(p));
            }
            return new PyList(all.toArray());
        });
        return m;
    }

    public static PyModule createGrp(BytepyContext ctx) {
        PyModule m = new PyModule("grp", new PyDict());
        PyDict d = m.dict;
        d.put("struct_group", STRUCT_GROUP.type);
        Args.def(d, "getgrgid", (a, kw) -> {
            Args.count("getgrgid", a, kw, 1, 1);
            long gid = id(a[0], "getgrgid");
            for (String[] g : entries(ctx, "/etc/group", 3)) {
                if (g[2].equals(Long.toString(gid))) {
                    return group(g);
                }
            }
            throw PyErrors.format(PyTypes.KEY_ERROR, null, "getgrgid(): gid not found: %d", gid);
        });
        Args.def(d, "getgrnam", (a, kw) -> {
            Args.count("getgrnam", a, kw, 1, 1);
            String n = name(a[0], "getgrnam");
            for (String[] g : entries(ctx, "/etc/group", 3)) {
                if (g[0].equals(n)) {
                    return group(g);
                }
            }
            throw PyErrors.format(PyTypes.KEY_ERROR, null, "getgrnam(): name not found: '%s'", n);
        });
        Args.def(d, "getgrall", (a, kw) -> {
            Args.count("getgrall", a, kw, 0, 0);
            List<Object> all = new ArrayList<>();
            for (String[] g : entries(ctx, "/etc/group", 3)) {
                all.add(group(g));
            }
            return new PyList(all.toArray());
        });
        return m;
    }
}
