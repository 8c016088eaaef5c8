package org.bytepy.modules.lsprof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.EventBinding;
import com.oracle.truffle.api.instrumentation.EventContext;
import com.oracle.truffle.api.instrumentation.ExecutionEventListener;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.RootNode;

import org.bytepy.BytepyContext;
import org.bytepy.nodes.PyRootNode;
import org.bytepy.runtime.PyBuiltinFunction;
import org.bytepy.runtime.PyCalls;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyObjectBase;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * An {@code _lsprof.Profiler}: CPython's deterministic profiler ({@code Modules/_lsprof.c}). Each
 * function (a code object, or a built-in by its label) has an entry with its call count, recursive
 * call count, total time (counted once per outermost activation) and inline time (without the time
 * of its callees), and a sub-entry per callee when {@code subcalls} is on. A stack of contexts
 * follows the calls in progress; {@code disable()} closes the ones still open.
 *
 * <p>Python functions are reported by {@link LsprofInstrument} (root entry/exit, generator
 * yield/resume as CPython 3.12's {@code PY_YIELD}/{@code PY_RESUME}); built-ins by the bytecode's call
 * operations through {@link org.bytepy.runtime.BuiltinCallProfiling}.
 */
final class Profiler implements TruffleObject, PyObjectBase {
    static final class Entry {
        final Object label;
        long callCount;
        long recursiveCallCount;
        long totalTime;
        long inlineTime;
        int recursionLevel;
        final LinkedHashMap<Entry, Entry> calls = new LinkedHashMap<>();

        Entry(Object label) {
            this.label = label;
        }
    }

    static final class Context {
        final Entry entry;
        final Context previous;
        long t0;
        long subt;

        Context(Entry entry, Context previous) {
            this.entry = entry;
            this.previous = previous;
        }
    }

    final Object timer;
    final double timeUnit;
    boolean subcalls;
    boolean builtins;
    private final LinkedHashMap<Object, Entry> entries = new LinkedHashMap<>();
    private Context current;
    private BytepyContext owner;
    private EventBinding<?> binding;
    private boolean inTimer;

    Profiler(Object timer, double timeUnit, boolean subcalls, boolean builtins) {
        this.timer = timer;
        this.timeUnit = timeUnit;
        this.subcalls = subcalls;
        this.builtins = builtins;
    }

    @Override
    public PyType getPyType() {
        return LsprofModule.PROFILER;
    }

    boolean isEnabled() {
        return binding != null;
    }

    // ------------------------------------------------------------------ enable / disable

    @TruffleBoundary
    void enable(BytepyContext ctx) {
        if (LsprofModule.active(ctx) != null) {
            throw PyErrors.valueError(null, "Another profiling tool is already active");
        }
        LsprofInstrument.Service service = ctx.getEnv().lookup(ctx.getEnv().getInstruments().get(LsprofInstrument.ID), LsprofInstrument.Service.class);
        owner = ctx;
        LsprofModule.setActive(ctx, this);
        binding = service.attachRootListener(new RootListener());
    }

    @TruffleBoundary
    void disable() {
        if (binding == null) {
            return;
        }
        flushUnmatched();
        binding.dispose();
        binding = null;
        LsprofModule.setActive(owner, null);
        owner = null;
    }

    @TruffleBoundary
    void clear() {
        entries.clear();
        current = null;
    }

    private void flushUnmatched() {
        while (current != null) {
            stop(current, current.entry);
        }
    }

    // ------------------------------------------------------------------ events

    /** A Python function starts or resumes. */
    void enterCode(PyCode code) {
        if (!inTimer && !isInlinedComprehension(code)) {
            enter(code, code);
        }
    }

    void leaveCode(PyCode code) {
        if (!inTimer && !isInlinedComprehension(code)) {
            leave(code);
        }
    }

    /** List, set and dict comprehensions are inlined in CPython 3.12 (PEP 709): they are no calls of their own. */
    private static boolean isInlinedComprehension(PyCode code) {
        return code.name.equals("<listcomp>") || code.name.equals("<setcomp>") || code.name.equals("<dictcomp>");
    }

    void enterBuiltin(PyBuiltinFunction fn, Object self) {
        if (!inTimer && builtins && !isInternal(fn)) {
            Entry e = entries.get(fn);
            enter(fn, e != null ? null : builtinLabel(fn, self));
        }
    }

    void leaveBuiltin(PyBuiltinFunction fn) {
        if (!inTimer && builtins && !isInternal(fn)) {
            leave(fn);
        }
    }

    /** Helpers the compiler calls (named like {@code <load_name>}) are not Python-visible functions. */
    private static boolean isInternal(PyBuiltinFunction fn) {
        return fn.name.startsWith("<");
    }

    private void enter(Object key, Object label) {
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry(label);
            entries.put(key, entry);
        }
        Context c = new Context(entry, current);
        current = c;
        entry.recursionLevel++;
        if (subcalls && c.previous != null) {
            Entry sub = c.previous.entry.calls.get(entry);
            if (sub == null) {
                sub = new Entry(entry.label);
                c.previous.entry.calls.put(entry, sub);
            }
            sub.recursionLevel++;
        }
        c.t0 = now();
    }

    private void leave(Object key) {
        Context c = current;
        if (c == null) {
            return;
        }
        Entry entry = entries.get(key);
        if (entry != null) {
            stop(c, entry);
        } else {
            current = c.previous;
        }
    }

    private void stop(Context c, Entry entry) {
        long tt = now() - c.t0;
        long it = tt - c.subt;
        if (c.previous != null) {
            c.previous.subt += tt;
        }
        current = c.previous;
        if (--entry.recursionLevel == 0) {
            entry.totalTime += tt;
        } else {
            entry.recursiveCallCount++;
        }
        entry.inlineTime += it;
        entry.callCount++;
        if (subcalls && c.previous != null) {
            Entry sub = c.previous.entry.calls.get(entry);
            if (sub != null) {
                if (--sub.recursionLevel == 0) {
                    sub.totalTime += tt;
                } else {
                    sub.recursiveCallCount++;
                }
                sub.inlineTime += it;
                sub.callCount++;
            }
        }
    }

    /** The time in ticks: nanoseconds, or the external timer's units (its float seconds as nanoseconds). */
    private long now() {
        if (timer == null) {
            return System.nanoTime();
        }
        inTimer = true;
        try {
            Object t = PyCalls.call(timer, new Object[0], null, null);
            if (timeUnit > 0.0) {
                return PyNumber.asLong(t);
            }
            return (long) Math.floor(org.bytepy.runtime.PyConvert.toDouble(t, null) * 1e9);
        } catch (org.bytepy.runtime.PyException e) {
            // as _lsprof's CallExternalTimer: reported as unraisable, the time is 0
            org.bytepy.runtime.Tracebacks.writeUnraisable(e, timer);
            return 0;
        } finally {
            inTimer = false;
        }
    }

    // ------------------------------------------------------------------ results

    /** Seconds per tick. */
    double factor() {
        return timer != null && timeUnit > 0.0 ? timeUnit : 1e-9;
    }

    List<Entry> entries() {
        List<Entry> list = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.callCount > 0) {
                list.add(e);
            }
        }
        return list;
    }

    /**
     * What CPython's {@code normalizeUserObj} makes of a built-in: {@code <built-in method builtins.len>}
     * for a module's function, {@code <method 'append' of 'list' objects>} for a method of a type.
     */
    @TruffleBoundary
    private Object builtinLabel(PyBuiltinFunction fn, Object self) {
        PyType type = fn.owner != null ? fn.owner : self != null && !(self instanceof PyModule) ? PyTypes.typeOf(self) : null;
        if (type != null) {
            return "<method '" + fn.name + "' of '" + qualifiedName(type) + "' objects>";
        }
        String module = moduleOf(fn);
        return module != null ? "<built-in method " + module + "." + fn.name + ">" : "<built-in method " + fn.name + ">";
    }

    private static String qualifiedName(PyType type) {
        Object module = type.getDict().get("__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + type.getName();
        }
        return type.getName();
    }

    /** The module whose namespace holds a built-in function: builtins first, then sys.modules. */
    private String moduleOf(PyBuiltinFunction fn) {
        BytepyContext ctx = owner != null ? owner : BytepyContext.get(null);
        if (ctx.getBuiltins().getStr(fn.name) == fn || fn == org.bytepy.runtime.BuiltinCallProfiling.BUILD_CLASS) {
            return "builtins";
        }
        for (Object m : ctx.getSysModules().values()) {
            if (m instanceof PyModule mod && mod.dict.getStr(fn.name) == fn) {
                return mod.name;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ the instrument's listener

    /** Entry and exit of Python functions, from the RootTag of each bytecode root. */
    private final class RootListener implements ExecutionEventListener {
        /** A generator function just called: its next yield is the initial suspension. */
        private PyCode initialSuspension;

        @Override
        public void onReturnValue(EventContext context, VirtualFrame frame, Object result) {
            leaveRoot(context);
        }

        @Override
        public void onReturnExceptional(EventContext context, VirtualFrame frame, Throwable exception) {
            leaveRoot(context);
        }

        @Override
        public void onResume(EventContext context, VirtualFrame frame) {
            enterRoot(context);
        }

        @Override
        public void onEnter(EventContext context, VirtualFrame frame) {
            startRoot(context);
        }

        @Override
        public void onYield(EventContext context, VirtualFrame frame, Object value) {
            yieldRoot(context);
        }

        /**
         * Calling a generator (or coroutine) function runs its prologue up to an initial suspension
         * that makes the generator object; CPython starts counting at the first {@code next()}.
         */
        @TruffleBoundary
        private void startRoot(EventContext context) {
            PyCode code = codeOf(context);
            if (code != null) {
                if (code.isGenerator()) {
                    initialSuspension = code;
                } else {
                    enterCode(code);
                }
            }
        }

        @TruffleBoundary
        private void yieldRoot(EventContext context) {
            PyCode code = codeOf(context);
            if (code != null) {
                if (initialSuspension == code) {
                    initialSuspension = null;
                } else {
                    leaveCode(code);
                }
            }
        }

        @TruffleBoundary
        private void enterRoot(EventContext context) {
            PyCode code = codeOf(context);
            if (code != null) {
                enterCode(code);
            }
        }

        @TruffleBoundary
        private void leaveRoot(EventContext context) {
            PyCode code = codeOf(context);
            if (code != null) {
                leaveCode(code);
            }
        }

        private PyCode codeOf(EventContext context) {
            if (owner == null || BytepyContext.get(null) != owner) {
                return null;
            }
            RootNode root = context.getInstrumentedNode().getRootNode();
            return root instanceof PyRootNode py ? py.getCode() : null;
        }
    }
}
