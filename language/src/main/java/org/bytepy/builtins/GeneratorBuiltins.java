package org.bytepy.builtins;

import org.bytepy.runtime.PyAsyncGenOp;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyGenerator;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/** The methods of generators: {@code send}, {@code throw}, {@code close}, {@code __next__}, {@code __iter__}. */
final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    static void install() {
        PyType t = PyGenerator.TYPE;
        Args.method(t, "send", (args, kw) -> {
            Args.methodCount("send", args, kw, 1, 1);
            return self(args).resume(args[1], null, true);
        });
        Args.method(t, "__next__", (args, kw) -> {
            Args.methodCount("__next__", args, kw, 0, 0);
            return self(args).resume(PyNone.NONE, null, true);
        });
        Args.method(t, "__iter__", (args, kw) -> args[0]);
        Args.method(t, "close", (args, kw) -> {
            Args.methodCount("close", args, kw, 0, 0);
            self(args).close(null);
            return PyNone.NONE;
        });
        Args.method(t, "throw", (args, kw) -> {
            Args.methodCount("throw", args, kw, 1, 3);
            return self(args).throwInto(throwArg(args), null);
        });
        installCoroutine();
        installAsyncGenerator();
    }

    /** Coroutines: send/throw/close and {@code __await__} (an iterator over the same frame). */
    private static void installCoroutine() {
        PyType t = PyGenerator.COROUTINE_TYPE;
        Args.method(t, "send", (args, kw) -> {
            Args.methodCount("send", args, kw, 1, 1);
            return self(args).resume(args[1], null, true);
        });
        Args.method(t, "close", (args, kw) -> {
            Args.methodCount("close", args, kw, 0, 0);
            self(args).close(null);
            return PyNone.NONE;
        });
        Args.method(t, "throw", (args, kw) -> {
            Args.methodCount("throw", args, kw, 1, 3);
            return self(args).throwInto(throwArg(args), null);
        });
        Args.method(t, "__await__", (args, kw) -> {
            Args.methodCount("__await__", args, kw, 0, 0);
            return new CoroutineWrapper(self(args));
        });
        PyType w = CoroutineWrapper.TYPE;
        Args.method(w, "__iter__", (args, kw) -> args[0]);
        Args.method(w, "__next__", (args, kw) -> ((CoroutineWrapper) args[0]).coro.resume(PyNone.NONE, null, true));
        Args.method(w, "send", (args, kw) -> ((CoroutineWrapper) args[0]).coro.resume(args[1], null, true));
        Args.method(w, "throw", (args, kw) -> ((CoroutineWrapper) args[0]).coro.throwInto(throwArg(args), null));
        Args.method(w, "close", (args, kw) -> {
            ((CoroutineWrapper) args[0]).coro.close(null);
            return PyNone.NONE;
        });
    }

    /** What {@code coroutine.__await__()} returns. */
    static final class CoroutineWrapper extends org.bytepy.runtime.PyIterators.PyIterator {
        static final PyType TYPE = new PyType("coroutine_wrapper", true, PyTypes.OBJECT);
        final PyGenerator coro;

        CoroutineWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public Object next() {
            return coro.resume(PyNone.NONE, null, false);
        }

        @Override
        public PyType getPyType() {
            return TYPE;
        }
    }

    /** Async generators: {@code __aiter__}, {@code __anext__}, asend, athrow, aclose; and their awaitables. */
    private static void installAsyncGenerator() {
        PyType t = PyGenerator.ASYNC_GENERATOR_TYPE;
        Args.method(t, "__aiter__", (args, kw) -> args[0]);
        Args.method(t, "__anext__", (args, kw) -> new PyAsyncGenOp(self(args), PyAsyncGenOp.Kind.ASEND, PyNone.NONE, null));
        Args.method(t, "asend", (args, kw) -> {
            Args.methodCount("asend", args, kw, 1, 1);
            return new PyAsyncGenOp(self(args), PyAsyncGenOp.Kind.ASEND, args[1], null);
        });
        Args.method(t, "athrow", (args, kw) -> {
            Args.methodCount("athrow", args, kw, 1, 3);
            return new PyAsyncGenOp(self(args), PyAsyncGenOp.Kind.ATHROW, null, throwArg(args));
        });
        Args.method(t, "aclose", (args, kw) -> {
            Args.methodCount("aclose", args, kw, 0, 0);
            return new PyAsyncGenOp(self(args), PyAsyncGenOp.Kind.ACLOSE, null, null);
        });
        for (PyType op : new PyType[]{PyAsyncGenOp.ASEND_TYPE, PyAsyncGenOp.ATHROW_TYPE}) {
            Args.method(op, "__await__", (args, kw) -> args[0]);
            Args.method(op, "__iter__", (args, kw) -> args[0]);
            Args.method(op, "__next__", (args, kw) -> ((PyAsyncGenOp) args[0]).send(PyNone.NONE, null));
            Args.method(op, "send", (args, kw) -> {
                Args.methodCount("send", args, kw, 1, 1);
                return ((PyAsyncGenOp) args[0]).send(args[1], null);
            });
            Args.method(op, "throw", (args, kw) -> {
                Args.methodCount("throw", args, kw, 1, 3);
                return ((PyAsyncGenOp) args[0]).throwIn(throwArg(args), null);
            });
            Args.method(op, "close", (args, kw) -> PyNone.NONE);
        }
    }

    /** The exception of {@code throw(typ[, val[, tb]])}. */
    private static PyBaseException throwArg(Object[] args) {
        Object typ = args[1];
        if (typ instanceof PyBaseException e) {
            if (args.length > 2 && !(args[2] instanceof PyNone)) {
                throw PyErrors.typeError(null, "instance exception may not have a separate value");
            }
            return e;
        } else if (typ instanceof PyType ty && ty.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
            Object value = args.length > 2 ? args[2] : PyNone.NONE;
            if (value instanceof PyBaseException v) {
                return v;
            }
            Object[] ctorArgs = value instanceof PyNone ? new Object[0] : value instanceof PyTuple tu ? tu.items() : new Object[]{value};
            Object made = PyCalls.construct(ty, ctorArgs, null, null);
            if (!(made instanceof PyBaseException m)) {
                // CPython throws this TypeError into the generator
                return PyErrors.typeError(null, "calling %s should have returned an instance of BaseException, not %s",
                                org.bytepy.runtime.PyObjects.repr(ty), org.bytepy.runtime.PyObjects.repr(PyTypes.typeOf(made))).getValue();
            }
            return m;
        }
        throw PyErrors.typeError(null, "exceptions must be classes or instances deriving from BaseException, not %s", org.bytepy.runtime.PyObjects.typeName(typ));
    }

    private static PyGenerator self(Object[] args) {
        if (!(args[0] instanceof PyGenerator g)) {
            throw PyErrors.typeError(null, "descriptor requires a 'generator' object but received a '%s'", org.bytepy.runtime.PyObjects.typeName(args[0]));
        }
        return g;
    }
}
