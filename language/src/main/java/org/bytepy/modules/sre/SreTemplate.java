package org.bytepy.modules.sre;

import java.io.ByteArrayOutputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.imports.Importer;
import org.bytepy.runtime.BuiltinTypeOps;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyObjects;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * {@code _sre.SRE_Template}: a compiled replacement string, made by {@code _sre.template(pattern,
 * [literal, group, literal, ...])} from what {@code re._parser.parse_template} returns.
 */
final class SreTemplate {
    static final PyType TYPE = SreModule.type("SRE_Template", "_sre");

    final Object literal;
    final int[] indices;
    /** The literal after each group reference, or null when empty. */
    final Object[] literals;

    private SreTemplate(Object literal, int[] indices, Object[] literals) {
        this.literal = literal;
        this.indices = indices;
        this.literals = literals;
    }

    boolean isLiteral() {
        return indices.length == 0;
    }

    PyObject wrap() {
        PyObject o = new PyObject(TYPE);
        o.hidden = this;
        return o;
    }

    /** {@code _sre.template(pattern, template)}. */
    @TruffleBoundary
    static SreTemplate create(Object list) {
        if (!(list instanceof PyList l)) {
            throw PyErrors.typeError(null, "template() argument 2 must be list, not %s", PyObjects.typeName(list));
        }
        int n = l.size();
        if ((n & 1) == 0 || n < 1) {
            throw PyErrors.typeError(null, "invalid template");
        }
        n /= 2;
        int[] indices = new int[n];
        Object[] literals = new Object[n];
        for (int i = 0; i < n; i++) {
            Object idx = l.get(2 * i + 1);
            long index = SreArgs.index(idx);
            if (index < 0 || index > Integer.MAX_VALUE) {
                throw PyErrors.typeError(null, "invalid template");
            }
            indices[i] = (int) index;
            Object lit = l.get(2 * i + 2);
            Object u = PyObject.unwrap(lit);
            if ((u instanceof String s && s.isEmpty()) || (u instanceof byte[] b && b.length == 0)) {
                lit = null;
            }
            literals[i] = lit;
        }
        return new SreTemplate(l.get(0), indices, literals);
    }

    /** {@code re._compile_template(pattern, repl)}, which parses and caches. */
    @TruffleBoundary
    static SreTemplate compile(SrePattern p, Object repl) {
        Object re = Importer.importModule(p.ctx, "re", null);
        Object f = PyObjects.getAttr(re, "_compile_template", null);
        Object t = PyCalls.call(f, new Object[]{p.self, repl}, null, null);
        return SreArgs.hidden(t, SreTemplate.class, "_sre.SRE_Template");
    }

    @TruffleBoundary
    Object expand(SreMatch m) {
        if (indices.length == 0) {
            return literal;
        }
        boolean text = PyObject.unwrap(literal) instanceof String;
        StringBuilder sb = text ? new StringBuilder() : null;
        ByteArrayOutputStream out = text ? null : new ByteArrayOutputStream();
        append(sb, out, literal, 0);
        int k = 1;
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i];
            if (index > m.pattern.groups) {
                throw PyErrors.indexError(null, "no such group");
            }
            Object item = m.group(index, PyNone.NONE);
            if (item != PyNone.NONE) {
                append(sb, out, item, k++);
            }
            if (literals[i] != null) {
                append(sb, out, literals[i], k++);
            }
        }
        return text ? sb.toString() : out.toByteArray();
    }

    private static void append(StringBuilder sb, ByteArrayOutputStream out, Object item, int i) {
        if (sb != null) {
            Object v = PyObject.unwrap(item);
            if (!(v instanceof String s)) {
                throw PyErrors.typeError(null, "sequence item %d: expected str instance, %s found", i, PyObjects.typeName(item));
            }
            sb.append(s);
        } else {
            byte[] b = BuiltinTypeOps.bytesOf(item);
            if (b == null) {
                throw PyErrors.typeError(null, "sequence item %d: expected a bytes-like object, %s found", i, PyObjects.typeName(item));
            }
            out.writeBytes(b);
        }
    }
}
