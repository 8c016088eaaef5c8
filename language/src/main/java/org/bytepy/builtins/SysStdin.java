package org.bytepy.builtins;

import java.io.IOException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.BytepyContext;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * {@code sys.stdin}: a text stream over the context's standard input, decoded as UTF-8, with
 * {@code read}, {@code readline}, {@code readlines}, iteration and the usual file queries. It shares
 * its reader with {@code input()} ({@link BytepyContext#stdin()}), so that neither loses what the
 * other read ahead.
 */
final class SysStdin {
    private SysStdin() {
    }

    static final PyType TYPE = new PyType("TextIOWrapper", false, PyTypes.OBJECT);

    static {
        TYPE.getDict().put("__module__", "_io");
        Args.method(TYPE, "read", (args, kw) -> {
            Args.methodCount("read", args, kw, 0, 1);
            long size = args.length > 1 && !(args[1] instanceof PyNone) ? Args.index(args[1]) : -1;
            return read(ctx(args), size);
        });
        Args.method(TYPE, "readline", (args, kw) -> {
            Args.methodCount("readline", args, kw, 0, 1);
            long size = args.length > 1 && !(args[1] instanceof PyNone) ? Args.index(args[1]) : -1;
            return readLine(ctx(args), size);
        });
        Args.method(TYPE, "readlines", (args, kw) -> {
            Args.methodCount("readlines", args, kw, 0, 1);
            PyList lines = new PyList();
            for (String l = readLine(ctx(args), -1); !l.isEmpty(); l = readLine(ctx(args), -1)) {
                lines.append(l);
            }
            return lines;
        });
        Args.method(TYPE, "__iter__", (args, kw) -> args[0]);
        Args.method(TYPE, "__next__", (args, kw) -> {
            String l = readLine(ctx(args), -1);
            if (l.isEmpty()) {
                throw PyErrors.raise(PyTypes.STOP_ITERATION, null, null);
            }
            return l;
        });
        Args.method(TYPE, "__enter__", (args, kw) -> args[0]);
        Args.method(TYPE, "__exit__", (args, kw) -> PyNone.NONE);
        Args.method(TYPE, "close", (args, kw) -> PyNone.NONE);
        Args.method(TYPE, "fileno", (args, kw) -> 0L);
        Args.method(TYPE, "isatty", (args, kw) -> Boolean.FALSE);
        Args.method(TYPE, "readable", (args, kw) -> Boolean.TRUE);
        Args.method(TYPE, "writable", (args, kw) -> Boolean.FALSE);
        Args.method(TYPE, "seekable", (args, kw) -> Boolean.FALSE);
    }

    static PyObject create() {
        PyObject in = new PyObject(TYPE);
        in.setAttribute("name", "<stdin>");
        in.setAttribute("mode", "r");
        in.setAttribute("encoding", "utf-8");
        in.setAttribute("errors", "strict");
        in.setAttribute("closed", Boolean.FALSE);
        return in;
    }

    private static BytepyContext ctx(Object[] args) {
        return BytepyContext.get(null);
    }

    @TruffleBoundary
    private static String read(BytepyContext ctx, long size) {
        ctx.out().flush();
        StringBuilder sb = new StringBuilder();
        try {
            while (size < 0 || sb.length() < size) {
                int c = ctx.stdin().read();
                if (c < 0) {
                    break;
                }
                sb.append((char) c);
            }
        } catch (IOException e) {
            throw PyErrors.raise(PyTypes.OS_ERROR, e.getMessage(), null);
        }
        return sb.toString();
    }

    @TruffleBoundary
    private static String readLine(BytepyContext ctx, long size) {
        ctx.out().flush();
        StringBuilder sb = new StringBuilder();
        try {
            while (size < 0 || sb.length() < size) {
                int c = ctx.stdin().read();
                if (c < 0) {
                    break;
                }
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PyErrors.raise(PyTypes.OS_ERROR, e.getMessage(), null);
        }
        return sb.toString();
    }
}
