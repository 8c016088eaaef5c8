package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The per-thread interpreter state CPython keeps in {@code PyThreadState}: here the Python recursion
 * depth and {@code sys.getrecursionlimit()}, the exception being handled ({@code sys.exc_info()}), and the
 * locks {@code _thread._set_sentinel} handed out. One per thread of a context (a Truffle
 * {@code ContextThreadLocal} of the language).
 *
 * <p>The depth counts executing Python frames (the module frame is 1). A call that would make it exceed
 * the limit raises {@code RecursionError} in the caller, as CPython does before pushing the frame. Call
 * sites use {@link #enter}/{@link #exit}: two field accesses and a compare, no boundary, and the exit
 * restores an absolute value so an exception cannot leave the count off.
 */
public final class PyThreadState {
    public static final int DEFAULT_RECURSION_LIMIT = 1000;

    static {
        // Initialize the JDK classes that reading a StackOverflowError's stack trace needs now, at a
        // shallow depth: initializing them at the depth of the overflow would fail for good.
        try {
            new Throwable().getStackTrace()[0].toString();
        } catch (RuntimeException | LinkageError e) {
            // nothing to prepare
        }
    }

    /** Python frames currently executing. */
    private int depth;
    private int recursionLimit = DEFAULT_RECURSION_LIMIT;
    /** The exception being handled by the innermost running {@code except} block (sys.exc_info()), or null. */
    private PyBaseException handledException;
    /** Released when this thread ends ({@code _thread._set_sentinel}; threading's join waits on them). */
    private java.util.List<Runnable> atThreadEnd;

    public PyBaseException getHandledException() {
        return handledException;
    }

    public void setHandledException(PyBaseException e) {
        handledException = e;
    }

    /** Runs {@code action} when this thread ends. */
    @TruffleBoundary
    public void atThreadEnd(Runnable action) {
        if (atThreadEnd == null) {
            atThreadEnd = new java.util.ArrayList<>();
        }
        atThreadEnd.add(action);
    }

    /** The thread ends: the actions registered by {@link #atThreadEnd} run. */
    @TruffleBoundary
    public void threadEnded() {
        if (atThreadEnd != null) {
            for (Runnable r : atThreadEnd) {
                r.run();
            }
            atThreadEnd = null;
        }
    }

    /** A new thread starts with the limit of the thread that started it (the limit is per interpreter in CPython). */
    public void inheritLimit(PyThreadState parent) {
        recursionLimit = parent.recursionLimit;
    }

    /** Enters one Python frame: returns the new depth, to be handed to {@link #exit}. */
    public int enter(Node location) {
        int d = depth + 1;
        if (d > recursionLimit) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            throw recursionError(location, "");
        }
        depth = d;
        return d;
    }

    /** Leaves the frame entered with the depth {@code entered}. */
    public void exit(int entered) {
        depth = entered - 1;
    }

    public int getDepth() {
        return depth;
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    /** {@code sys.setrecursionlimit(n)} with CPython's checks (the value is already a C int). */
    @TruffleBoundary
    public void setRecursionLimit(long limit, Node location) {
        if (limit < 1) {
            throw PyErrors.raise(PyTypes.VALUE_ERROR, "recursion limit must be greater or equal than 1", location);
        }
        if (limit <= depth) {
            throw PyErrors.format(PyTypes.RECURSION_ERROR, location, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit, depth);
        }
        recursionLimit = (int) limit;
    }

    /** {@code RecursionError: maximum recursion depth exceeded<where>} (where: "", " in comparison", ...). */
    @TruffleBoundary
    public static PyException recursionError(Node location, String where) {
        return PyErrors.raise(PyTypes.RECURSION_ERROR, "maximum recursion depth exceeded" + where, location);
    }

    /**
     * The message suffix CPython would use for a Java {@link StackOverflowError}: what recursed is read
     * off the innermost Java frames ({@code repr} of nested containers, comparisons of nested
     * containers); otherwise the plain message.
     */
    @TruffleBoundary
    public static String overflowContext(StackOverflowError e) {
        StackTraceElement[] trace;
        try {
            trace = e.getStackTrace();
        } catch (StackOverflowError | LinkageError again) {
            return "";
        }
        int n = Math.min(trace.length, 256);
        for (int i = 0; i < n; i++) {
            String m = trace[i].getMethodName();
            String c = trace[i].getClassName();
            if (!c.startsWith("org.bytepy.")) {
                continue;
            }
            if (m.equals("repr") || m.equals("str") || m.startsWith("repr")) {
                return " while getting the repr of an object";
            }
            if (m.equals("richCompare") || m.equals("compare") || m.equals("eq") || m.startsWith("compare") || m.startsWith("richCompare")) {
                return " in comparison";
            }
        }
        return "";
    }
}
