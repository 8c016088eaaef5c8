package org.bytepy.modules.sre;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyDescriptors;
import org.bytepy.runtime.PyIterators.PyIterator;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one string, each starting where the previous
 * one ended ({@code re.Scanner}, {@code finditer}).
 */
final class SreScanner {
    static final PyType TYPE = SreModule.type("SRE_Scanner", "_sre");
    /** {@code finditer}'s iterator; CPython's is {@code iter(scanner.search, None)}. */
    static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", true, PyTypes.OBJECT);

    final SrePattern pattern;
    final SreSubject subject;
    final SreEngine state;
    boolean exhausted;

    SreScanner(SrePattern pattern, Object string, long pos, long endpos) {
        this.pattern = pattern;
        this.subject = pattern.subject(string);
        this.state = pattern.state(subject, pos, endpos);
    }

    PyObject wrap() {
        PyObject o = new PyObject(TYPE);
        o.hidden = this;
        return o;
    }

    @TruffleBoundary
    Object next(boolean search) {
        if (exhausted) {
            return PyNone.NONE;
        }
        SreEngine st = state;
        st.reset();
        boolean ok;
        if (search) {
            ok = st.search();
        } else {
            ok = st.match();
        }
        if (!ok) {
            exhausted = true;
            return PyNone.NONE;
        }
        Object m = new SreMatch(pattern, subject, st).wrap();
        st.mustAdvance = st.ptr == st.start;
        st.start = st.ptr;
        return m;
    }

    static final class FindIter extends PyIterator {
        private final SreScanner scanner;

        FindIter(SreScanner scanner) {
            this.scanner = scanner;
        }

        @Override
        public Object next() {
            Object m = scanner.next(true);
            return m == PyNone.NONE ? null : m;
        }

        @Override
        public PyType getPyType() {
            return CALLABLE_ITERATOR;
        }
    }

    static {
        Args.method(TYPE, "match", (args, kw) -> {
            Args.methodCount("match", args, kw, 0, 0);
            return SreArgs.hidden(args[0], SreScanner.class, "_sre.SRE_Scanner").next(false);
        });
        Args.method(TYPE, "search", (args, kw) -> {
            Args.methodCount("search", args, kw, 0, 0);
            return SreArgs.hidden(args[0], SreScanner.class, "_sre.SRE_Scanner").next(true);
        });
        TYPE.getDict().put("pattern", new PyDescriptors.Property(
                        new PyBuiltinFunction("pattern", null, (args, kw) -> SreArgs.hidden(args[0], SreScanner.class, "_sre.SRE_Scanner").pattern.self),
                        PyNone.NONE, PyNone.NONE, PyNone.NONE));
    }
}
