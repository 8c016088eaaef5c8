package org.bytepy.nodes;

import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.bytecode.ContinuationRootNode;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.bytepy.BytepyContext;
import org.bytepy.runtime.PyBaseException;
import org.bytepy.runtime.PyException;
import org.bytepy.runtime.PyGenerator;
import org.bytepy.runtime.PyThreadState;

/**
 * Resumes a generator from the bytecode ({@code for v in gen}, {@code yield from gen}) without a
 * boundary: the continuation of each {@code yield} is called through a {@link DirectCallNode}, so
 * Graal can inline the generator's body into the loop that consumes it. Returns the yielded value, or
 * null when the generator returned ({@link PyGenerator#getReturnValue()}).
 */
@GenerateInline(false)
public abstract class GeneratorResumeNode extends Node {
    public abstract Object execute(PyGenerator g, Object value);

    public static GeneratorResumeNode create() {
        return GeneratorResumeNodeGen.create();
    }

    @Specialization
    Object doResume(PyGenerator g, Object value, @Cached ContinueNode continueNode) {
        ContinuationResult c = g.startResume(value, this);
        if (c == null) {
            return null;
        }
        PyThreadState ts = BytepyContext.get(this).getThreadState();
        int depth = ts.enter(this);
        PyBaseException callerHandled = g.swapIn(ts);
        Object r;
        try {
            r = continueNode.execute(c, value);
        } catch (PyException e) {
            throw g.raised(e, this);
        } finally {
            g.swapOut(ts, callerHandled);
            ts.exit(depth);
        }
        return g.yielded(r);
    }

    /** Calls a continuation: directly for the few {@code yield}s a site meets, else indirectly. */
    @GenerateInline(false)
    public abstract static class ContinueNode extends Node {
        public abstract Object execute(ContinuationResult c, Object value);

        @Specialization(guards = "c.getContinuationRootNode() == cachedRoot", limit = "4")
        static Object doDirect(ContinuationResult c, Object value,
                        @Cached("c.getContinuationRootNode()") ContinuationRootNode cachedRoot,
                        @Cached("create(c.getContinuationCallTarget())") DirectCallNode call) {
            return call.call(c.getFrame(), value);
        }

        @Specialization(replaces = "doDirect")
        static Object doIndirect(ContinuationResult c, Object value, @Cached IndirectCallNode call) {
            return call.call(c.getContinuationCallTarget(), c.getFrame(), value);
        }
    }
}
