package org.bytepy.builtins;

import org.bytepy.runtime.PyComplex;
import org.bytepy.runtime.PyConvert;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyTuple;
import org.bytepy.runtime.PyTypes;

/** The {@code complex} constructor and methods. */
final class ComplexBuiltins {
    private ComplexBuiltins() {
    }

    static void install() {
        PyTypes.COMPLEX.constructor = ComplexBuiltins::newComplex;
        Args.method(PyTypes.COMPLEX, "conjugate", (args, kw) -> {
            Args.methodCount("complex.conjugate", args, kw, 0, 0);
            PyComplex c = (PyComplex) args[0];
            return new PyComplex(c.real, -c.imag);
        });
        Args.method(PyTypes.COMPLEX, "__complex__", (args, kw) -> args[0]);
        Args.method(PyTypes.COMPLEX, "__getnewargs__", (args, kw) -> {
            PyComplex c = (PyComplex) args[0];
            return PyTuple.of(c.real, c.imag);
        });
    }

    private static Object newComplex(Object[] args, PyDict kw) {
        Args.onlyKeywords("complex", kw, "real", "imag");
        if (args.length > 3) {
            throw PyErrors.typeError(null, "complex() takes at most 2 arguments (%d given)", args.length - 1);
        }
        Object r = args.length > 1 ? args[1] : Args.kw(kw, "real");
        Object i = args.length > 2 ? args[2] : Args.kw(kw, "imag");
        if (r == null && i == null) {
            return new PyComplex(0, 0);
        }
        if (r instanceof String s) {
            if (i != null) {
                throw PyErrors.typeError(null, "complex() can't take second arg if first is a string");
            }
            PyComplex c = PyComplex.parse(s);
            if (c == null) {
                throw PyErrors.valueError(null, "complex() arg is a malformed string");
            }
            return c;
        }
        if (i instanceof String) {
            throw PyErrors.typeError(null, "complex() second arg can't be a string");
        }
        PyComplex cr = r == null ? new PyComplex(0, 0) : PyConvert.toComplex(r, null);
        if (cr == null) {
            throw PyErrors.typeError(null, "complex() first argument must be a string or a number, not '%s'", PyObjects.typeName(r));
        }
        if (i == null) {
            return cr;
        }
        PyComplex ci = PyConvert.toComplex(i, null);
        if (ci == null) {
            throw PyErrors.typeError(null, "complex() second argument must be a number, not '%s'", PyObjects.typeName(i));
        }
        double re = i instanceof PyComplex || org.bytepy.runtime.PySpecial.lookup(i, "__complex__") != null ? cr.real - ci.imag : cr.real;
        double im = r instanceof PyComplex || org.bytepy.runtime.PySpecial.lookup(r, "__complex__") != null ? cr.imag + ci.real : ci.real;
        return new PyComplex(re, im);
    }
}
