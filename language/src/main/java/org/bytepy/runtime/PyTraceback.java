package org.bytepy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A traceback object ({@code e.__traceback__}, {@code sys.exc_info()[2]}): one entry of the frames an
 * exception passed through, from the frame where it is now (outermost) to where it was raised
 * ({@code tb_next} towards the innermost). Made on request from the exception's recorded entries; each
 * entry keeps its object, so {@code e.__traceback__ is e.__traceback__}.
 */
public final class PyTraceback extends org.bytepy.interop.PyInteropObject implements PyObjectBase, PyComputedAttributes {
    public static final PyType TYPE = new PyType("traceback", true, PyTypes.OBJECT);

    private final Tracebacks.Frame entry;
    /** The next inner entry, null for None. */
    private PyTraceback next;
    private PyFrame frame;

    /** {@code tb.tb_next = other} (unittest cuts its own frames out of a chain this way). */
    public void setNext(PyTraceback next) {
        for (PyTraceback t = next; t != null; t = t.next) {
            if (t == this) {
                throw PyErrors.valueError(null, "traceback loop detected");
            }
        }
        this.next = next;
    }

    private PyTraceback(Tracebacks.Frame entry, PyTraceback next) {
        this.entry = entry;
        this.next = next;
    }

    /** {@code e.__traceback__}: the outermost entry, or None. */
    @TruffleBoundary
    public static Object of(PyBaseException e) {
        List<Tracebacks.Frame> entries = e.traceback;
        if (entries == null || entries.isEmpty()) {
            return PyNone.NONE;
        }
        PyTraceback next = null;
        for (Tracebacks.Frame entry : entries) { // innermost first
            PyTraceback tb = entry.tb;
            if (tb == null || tb.next != next) {
                tb = new PyTraceback(entry, next);
                entry.tb = tb;
            }
            next = tb;
        }
        return next;
    }

    /** {@code e.__traceback__ = tb} and {@code e.with_traceback(tb)}: tb is a traceback or None. */
    @TruffleBoundary
    public static void set(PyBaseException e, Object tb) {
        if (tb instanceof PyNone) {
            e.traceback = null;
            return;
        }
        if (!(tb instanceof PyTraceback t)) {
            throw PyErrors.typeError(null, "__traceback__ must be a traceback or None");
        }
        ArrayList<Tracebacks.Frame> outerFirst = new ArrayList<>();
        for (PyTraceback cur = t; cur != null; cur = cur.next) {
            outerFirst.add(cur.entry);
        }
        ArrayList<Tracebacks.Frame> entries = new ArrayList<>(outerFirst.size());
        for (int i = outerFirst.size() - 1; i >= 0; i--) {
            entries.add(outerFirst.get(i));
        }
        e.traceback = entries;
    }

    /** {@code tb.tb_frame}; the {@code f_back} of an entry's frame is the next outer entry's frame. */
    private PyFrame frame(PyFrame back) {
        if (frame == null) {
            frame = PyFrame.ofTracebackEntry(entry);
            frame.back = back;
        }
        return frame;
    }

    @Override
    @TruffleBoundary
    public Object getAttribute(String name) {
        switch (name) {
            case "tb_frame": {
                PyFrame f = frame(null);
                // link the inner entries' frames to this one, as their callers
                PyFrame outer = f;
                for (PyTraceback cur = next; cur != null; cur = cur.next) {
                    outer = cur.frame(outer);
                }
                return f;
            }
            case "tb_lineno":
                return (long) entry.line;
            case "tb_lasti":
                return (long) Math.max(0, entry.bci());
            case "tb_next":
                return next == null ? PyNone.NONE : next;
            default:
                return null;
        }
    }

    @Override
    public PyType getPyType() {
        return TYPE;
    }
}
