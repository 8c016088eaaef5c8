package org.bytepy.builtins;

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
            Object typ = args[1];
            PyBaseException exc;
            if (typ instanceof PyBaseException e) {
                if (args.length > 2 && !(args[2] instanceof PyNone)) {
                    throw PyErrors.typeError(null, "instance exception may not have a separate value");
                }
                exc = e;
            } else if (typ instanceof PyType ty && ty.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
                Object value = args.length > 2 ? args[2] : PyNone.NONE;
                if (value instanceof PyBaseException v) {
                    exc = v;
                } else {
                    Object[] ctorArgs = value instanceof PyNone ? new Object[0] : value instanceof PyTuple tu ? tu.items() : new Object[]{value};
                    exc = (PyBaseException) PyCalls.construct(ty, ctorArgs, null, null);
                }
            } else {
                throw PyErrors.typeError(null, "exceptions must be classes or instances deriving from BaseException, not %s", org.bytepy.runtime.PyObjects.typeName(typ));
            }
            return self(args).throwInto(exc, null);
        });
    }

    private static PyGenerator self(Object[] args) {
        if (!(args[0] instanceof PyGenerator g)) {
            throw PyErrors.typeError(null, "descriptor requires a 'generator' object");
        }
        return g;
    }
}
