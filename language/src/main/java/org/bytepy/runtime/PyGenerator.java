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
    /**
     * The exception the suspended generator is handling (it yielded inside an {@code except} block),
     * or null: CPython's {@code gi_exc_state}, swapped in while it runs, out while the caller runs.
     */
    private PyBaseException handled;

    public PyGenerator(PyCode code, ContinuationResult start) {
        this.code = code;
        this.continuation = start;
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
        if (running) {
            throw PyErrors.valueError(node, "generator already executing");
        }
        if (continuation == null) {
            if (value instanceof ThrowMarker t) {
                throw new PyException(t.exception(), node);
            }
            if (raiseStop) {
                throw stopIteration(PyNone.NONE, node);
            }
            return null;
        }
        if (!started && !(value instanceof PyNone) && !(value instanceof ThrowMarker)) {
            throw PyErrors.typeError(node, "can't send non-None value to a just-started generator");
        }
        // a resumed generator is a frame on the stack: counted against the recursion limit, so that
        // endless recursion through yield from raises RecursionError
        PyThreadState ts = org.bytepy.BytepyContext.get(node).getThreadState();
        int depth = ts.enter(node);
        PyBaseException callerHandled = ts.getHandledException();
        if (handled != null) {
            ts.setHandledException(handled);
        }
        started = true;
        running = true;
        Object r;
        try {
            r = continuation.continueWith(value);
        } catch (PyException e) {
            continuation = null;
            if (e.getType().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                String what = isCoroutine() ? "coroutine" : isAsyncGenerator() ? "async generator" : "generator";
                PyException re = PyErrors.raise(PyTypes.RUNTIME_ERROR, what + " raised StopIteration", node);
                re.getValue().cause = e.getValue();
                re.getValue().context = e.getValue();
                re.getValue().suppressContext = true;
                throw re;
            }
            throw e;
        } finally {
            running = false;
            ts.exit(depth);
            PyBaseException own = ts.getHandledException();
            handled = own != callerHandled ? own : null;
            ts.setHandledException(callerHandled);
        }
        if (r instanceof ContinuationResult next) {
            continuation = next;
            return next.getResult();
        }
        continuation = null;
        if (raiseStop) {
            throw stopIteration(r, node);
        }
        return null;
    }

    public static PyException stopIteration(Object value, Node node) {
        PyTuple args = value instanceof PyNone ? PyTuple.EMPTY : PyTuple.of(value);
        PyBaseException e = new PyBaseException(PyTypes.STOP_ITERATION, args);
        e.setAttribute("value", value);
        return new PyException(e, node);
    }

    /** {@code gen.throw(exc)}. */
    @TruffleBoundary
    public Object throwInto(PyBaseException exc, Node node) {
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
