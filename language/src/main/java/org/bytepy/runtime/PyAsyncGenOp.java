package org.bytepy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The awaitable that an async generator's {@code __anext__}/{@code asend}, {@code athrow} and
 * {@code aclose} return (CPython's {@code async_generator_asend} / {@code async_generator_athrow}).
 * Awaiting it resumes the generator: a value the generator yields ends the await with that value
 * (StopIteration(value)), values its own awaits pass up go through to the event loop, and the end of
 * the generator raises StopAsyncIteration.
 */
public final class PyAsyncGenOp extends PyIterators.PyIterator {
    public static final PyType ASEND_TYPE = new PyType("async_generator_asend", true, PyTypes.OBJECT);
    public static final PyType ATHROW_TYPE = new PyType("async_generator_athrow", true, PyTypes.OBJECT);

    public enum Kind {
        ASEND,
        ATHROW,
        ACLOSE
    }

    private final PyGenerator gen;
    private final Kind kind;
    private final Object sendValue;
    private final PyBaseException thrown;
    private boolean started;
    private boolean done;

    public PyAsyncGenOp(PyGenerator gen, Kind kind, Object sendValue, PyBaseException thrown) {
        this.gen = gen;
        this.kind = kind;
        this.sendValue = sendValue;
        this.thrown = thrown;
    }

    @Override
    public PyType getPyType() {
        return kind == Kind.ASEND ? ASEND_TYPE : ATHROW_TYPE;
    }

    @Override
    public Object next() {
        return send(PyNone.NONE, null);
    }

    /** {@code send(value)}: one step of the await. */
    @TruffleBoundary
    public Object send(Object value, Node node) {
        if (done) {
            throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "cannot reuse already awaited " + (kind == Kind.ASEND ? "__anext__()/asend()" : "aclose()/athrow()"), node);
        }
        Object r;
        try {
            if (!started) {
                started = true;
                if (kind == Kind.ASEND) {
                    r = gen.resume(sendValue, node, false);
                } else {
                    if (gen.isFinished()) {
                        done = true;
                        if (kind == Kind.ACLOSE) {
                            throw PyGenerator.stopIteration(PyNone.NONE, node);
                        }
                        throw new PyException(new PyBaseException(PyTypes.STOP_ASYNC_ITERATION, PyTuple.EMPTY), node);
                    }
                    PyBaseException exc = kind == Kind.ACLOSE ? new PyBaseException(PyTypes.GENERATOR_EXIT, PyTuple.EMPTY) : thrown;
                    r = gen.isStarted() ? gen.resume(new PyGenerator.ThrowMarker(exc), node, false) : throwUnstarted(exc, node);
                }
            } else {
                r = gen.resume(value, node, false);
            }
        } catch (PyException e) {
            return finish(e, node);
        }
        return step(r, node);
    }

    /** {@code throw(exc)} into the await. */
    @TruffleBoundary
    public Object throwIn(PyBaseException exc, Node node) {
        if (done) {
            throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()", node);
        }
        started = true;
        Object r;
        try {
            r = gen.throwInto(exc, node);
        } catch (PyException e) {
            return finish(e, node);
        }
        return step(r, node);
    }

    private Object throwUnstarted(PyBaseException exc, Node node) {
        gen.close(node);
        throw new PyException(exc, node);
    }

    private Object step(Object r, Node node) {
        if (r == null) {
            // the generator returned
            done = true;
            if (kind == Kind.ACLOSE) {
                throw PyGenerator.stopIteration(PyNone.NONE, node);
            }
            throw new PyException(new PyBaseException(PyTypes.STOP_ASYNC_ITERATION, PyTuple.EMPTY), node);
        }
        if (r instanceof PyGenerator.AsyncGenWrapped w) {
            done = true;
            if (kind == Kind.ACLOSE) {
                throw PyErrors.raise(PyTypes.RUNTIME_ERROR, "async generator ignored GeneratorExit", node);
            }
            throw PyGenerator.stopIteration(w.value(), node);
        }
        return r;
    }

    private Object finish(PyException e, Node node) {
        done = true;
        if (kind == Kind.ACLOSE && (e.getType().isSubtypeOf(PyTypes.GENERATOR_EXIT) || e.getType().isSubtypeOf(PyTypes.STOP_ASYNC_ITERATION))) {
            throw PyGenerator.stopIteration(PyNone.NONE, node);
        }
        throw e;
    }
}
