package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.nodes.Node;

/**
 * A generator: the suspended frame of a generator function's bytecode, resumed through the Bytecode
 * DSL's continuations. {@code send} resumes with a value; {@code throw} and {@code close} resume with a
 * {@link ThrowMarker} that the code after each {@code yield} raises in the generator's frame.
 */
public final class PyGenerator extends PyIterators.PyIterator implements PyComputedAttributes {
    public static final PyType TYPE = new PyType("generator", true, PyTypes.OBJECT);
    public static final PyType COROUTINE_TYPE = new PyType("coroutine", true, PyTypes.OBJECT);
    public static final PyType ASYNC_GENERATOR_TYPE = new PyType("async_generator", true, PyTypes.OBJECT);

    /** What an async generator's {@code yield v} produces, to tell it from the values its awaits pass up. */
    public record AsyncGenWrapped(Object value) {
    }

    /** What a generator is resumed with to make its current {@code yield} raise. */
    public record ThrowMarker(PyBaseException exception) {
    }

    private final PyCode code;
    private ContinuationResult continuation;
    private boolean running;
    private boolean started;
    private Object returnValue = PyNone.NONE;
    /**
     * The exception the suspended generator is handling (it yielded inside an {@code except} block),
     * or null: CPython's {@code gi_exc_state}, swapped in while it runs, out while the caller runs.
     */
    private PyBaseException handled;

    public PyGenerator(PyCode code, ContinuationResult start) {
        this.code = code;
        this.continuation = start;
    }

    /** {@code __name__}, {@code __qualname__}, {@code gi_code}, {@code gi_running}, {@code gi_suspended} (cr_/ag_ for coroutines, async generators). */
    @Override
    public Object getAttribute(String name) {
        switch (name) {
            case "__name__":
                return code.name;
            case "__qualname__":
                return code.qualname;
            default:
                break;
        }
        String prefix = isCoroutine() ? "cr_" : isAsyncGenerator() ? "ag_" : "gi_";
        if (!name.startsWith(prefix)) {
            return null;
        }
        switch (name.substring(3)) {
            case "code":
                return code;
            case "running":
                return running;
            case "suspended":
                return started && continuation != null && !running;
            default:
                return null;
        }
    }

    /** CO_COROUTINE: made by an {@code async def} without {@code yield}. */
    public boolean isCoroutine() {
        return (code.flags & 0x80) != 0;
    }

    /** CO_ASYNC_GENERATOR: made by an {@code async def} with {@code yield}. */
    public boolean isAsyncGenerator() {
        return (code.flags & 0x200) != 0;
    }

    /** CO_ITERABLE_COROUTINE: a generator decorated with {@code types.coroutine}, awaitable. */
    public boolean isIterableCoroutine() {
        return (code.flags & 0x100) != 0;
    }

    public boolean isStarted() {
        return started;
    }

    public PyCode getCode() {
        return code;
    }

    public boolean isFinished() {
        return continuation == null;
    }

    public boolean isRunning() {
        return running;
    }

    @Override
    public PyType getPyType() {
        return isCoroutine() ? COROUTINE_TYPE : isAsyncGenerator() ? ASYNC_GENERATOR_TYPE : TYPE;
    }

    /** Iteration: the next yielded value, or null when the generator returned. */
    @Override
    public Object next() {
        return resume(PyNone.NONE, null, false);
    }

    /**
     * Resumes the generator. Returns the next yielded value; when the generator returns, raises
     * StopIteration(value) if {@code raiseStop}, else returns null.
     */
    @TruffleBoundary
    public Object resume(Object value, Node node, boolean raiseStop) {
        ContinuationResult c = startResume(value, node);
        if (c == null) {
            return finished(PyNone.NONE, node, raiseStop);
        }
        // a resumed generator is a frame on the stack: counted against the recursion limit, so that
        // endless recursion through yield from raises RecursionError
        PyThreadState ts = org.bytepy.BytepyContext.get(node).getThreadState();
        int depth = ts.enter(node);
        PyBaseException callerHandled = swapIn(ts);
        Object r;
        try {
            r = c.continueWith(value);
        } catch (PyException e) {
            throw raised(e, node);
        } finally {
            swapOut(ts, callerHandled);
            ts.exit(depth);
        }
        Object v = yielded(r);
        return v != null ? v : finished(returnValue, node, raiseStop);
    }

    /**
     * The first half of a resume: the continuation to call with {@code value}, the generator marked
     * running; null when the generator has finished (a thrown exception is raised here).
     */
    public ContinuationResult startResume(Object value, Node node) {
        if (running) {
            throw alreadyExecuting(node);
        }
        if (continuation == null) {
            if (isCoroutine()) {
                throw reusedCoroutine(node);
            }
            if (value instanceof ThrowMarker t) {
                throw throwMarked(t, node);
            }
            returnValue = PyNone.NONE;
            return null;
        }
        if (!started && !(value instanceof PyNone) && !(value instanceof ThrowMarker)) {
            throw sentToJustStarted(node);
        }
        started = true;
        running = true;
        return continuation;
    }

    /** Sending to or throwing into a coroutine that finished (CPython's gen_send_ex2; close() stays silent). */
    private static PyException reusedCoroutine(Node node) {
        return PyErrors.raise(PyTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine", node);
    }

    /** The second half: the value the resume yielded, or null when the generator returned ({@link #returnValue}). */
    public Object yielded(Object r) {
        if (r instanceof ContinuationResult next) {
            continuation = next;
            return next.getResult();
        }
        continuation = null;
        returnValue = r;
        return null;
    }

    /** What a resume that raised raises: the exception, or RuntimeError for StopIteration (PEP 479). */
    @TruffleBoundary
    public PyException raised(PyException e, Node node) {
        running = false;
        continuation = null;
        if (e.getType().isSubtypeOf(PyTypes.STOP_ITERATION)) {
            String what = isCoroutine() ? "coroutine" : isAsyncGenerator() ? "async generator" : "generator";
            PyException re = PyErrors.raise(PyTypes.RUNTIME_ERROR, what + " raised StopIteration", node);
            re.getValue().cause = e.getValue();
            re.getValue().context = e.getValue();
            re.getValue().suppressContext = true;
            return re;
        }
        return e;
    }

    /** While it runs, the generator's handled exception is the thread's; returns the caller's. */
    public PyBaseException swapIn(PyThreadState ts) {
        PyBaseException callerHandled = ts.getHandledException();
        if (handled != null) {
            ts.setHandledException(handled);
        }
        return callerHandled;
    }

    /** After a resume: not running; the generator keeps what it is handling, the caller gets its own back. */
    public void swapOut(PyThreadState ts, PyBaseException callerHandled) {
        running = false;
        PyBaseException own = ts.getHandledException();
        handled = own != callerHandled ? own : null;
        ts.setHandledException(callerHandled);
    }

    /** The value of the generator's {@code return}, once it has finished (None before). */
    public Object getReturnValue() {
        return returnValue;
    }

    private static Object finished(Object value, Node node, boolean raiseStop) {
        if (raiseStop) {
            throw stopIteration(value, node);
        }
        return null;
    }

    @TruffleBoundary
    private static PyException alreadyExecuting(Node node) {
        return PyErrors.valueError(node, "generator already executing");
    }

    @TruffleBoundary
    private static PyException throwMarked(ThrowMarker t, Node node) {
        return new PyException(t.exception(), node);
    }

    @TruffleBoundary
    private static PyException sentToJustStarted(Node node) {
        return PyErrors.typeError(node, "can't send non-None value to a just-started generator");
    }

    @TruffleBoundary
    public static PyException stopIteration(Object value, Node node) {
        PyTuple args = value instanceof PyNone ? PyTuple.EMPTY : PyTuple.of(value);
        PyBaseException e = new PyBaseException(PyTypes.STOP_ITERATION, args);
        e.setAttribute("value", value);
        return new PyException(e, node);
    }

    /** {@code gen.throw(exc)}. */
    @TruffleBoundary
    public Object throwInto(PyBaseException exc, Node node) {
        if (continuation == null && isCoroutine()) {
            throw reusedCoroutine(node);
        }
        if (continuation == null || !started) {
            if (!started && continuation != null) {
                continuation = null;
            }
            throw new PyException(exc, node);
        }
        return resume(new ThrowMarker(exc), node, true);
    }

    /** {@code gen.close()}. */
    @TruffleBoundary
    public void close(Node node) {
        if (continuation == null) {
            return;
        }
        if (!started) {
            continuation = null;
            return;
        }
        PyBaseException exit = new PyBaseException(PyTypes.GENERATOR_EXIT, PyTuple.EMPTY);
        try {
            resume(new ThrowMarker(exit), node, true);
        } catch (PyException e) {
            if (e.getType().isSubtypeOf(PyTypes.GENERATOR_EXIT) || e.getType().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "generator ignored GeneratorExit", node);
    }
}
