package org.bytepy.modules.lsprof;

import com.oracle.truffle.api.instrumentation.EventBinding;
import com.oracle.truffle.api.instrumentation.ExecutionEventListener;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags.RootTag;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;

/**
 * The engine-side half of {@code cProfile}: an internal instrument through which {@code _lsprof}
 * attaches a listener to the entry and exit of every Python function ({@link RootTag}). While nothing
 * is attached the bytecode carries no instrumentation at all; attaching makes the Bytecode DSL reparse
 * the loaded roots with root tags, and disposing the binding detaches it again.
 */
@TruffleInstrument.Registration(id = LsprofInstrument.ID, name = "bytepy cProfile support", internal = true, services = LsprofInstrument.Service.class)
public final class LsprofInstrument extends TruffleInstrument {
    public static final String ID = "bytepy-lsprof";

    /** What the language looks up through {@code Env.lookup(InstrumentInfo, Service.class)}. */
    public interface Service {
        /** Starts reporting function entries and exits to {@code listener}; dispose the binding to stop. */
        EventBinding<?> attachRootListener(ExecutionEventListener listener);
    }

    @Override
    protected void onCreate(Env env) {
        SourceSectionFilter roots = SourceSectionFilter.newBuilder().tagIs(RootTag.class).includeInternal(true).build();
        env.registerService((Service) listener -> env.getInstrumenter().attachExecutionEventListener(roots, listener));
    }
}
