package org.bytepy.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bytepy.ast.Ast;

/**
 * One scope of the program, as CPython's symtable has it: a module, a function (or lambda), a class
 * body or a comprehension. The {@link ScopeAnalyzer} fills in where each name lives.
 */
public final class Scope {
    public enum Kind {
        MODULE, FUNCTION, CLASS, COMPREHENSION
    }

    /** Where a name lives, which decides the instructions that read and write it. */
    public enum Binding {
        /** A fast local in the frame. */
        LOCAL,
        /** A local captured by a nested scope: the frame holds a cell. */
        CELL,
        /** A variable of an enclosing function, reached through a closure cell. */
        FREE,
        /** Declared {@code global}, or never bound in any enclosing function. */
        GLOBAL,
        /** Module and class bodies: looked up in the namespace dict (then globals, then builtins). */
        NAME
    }

    public final Kind kind;
    public final String name;
    public final Scope parent;
    public final Ast.Node node;
    /** Qualified name, as {@code __qualname__}. */
    public String qualname;

    /** Parameters in order (posonly, args, kwonly, *args, **kwargs). */
    public final List<String> params = new ArrayList<>();
    /** Names assigned (bound) in this scope, in order of first binding. */
    final Set<String> bound = new LinkedHashSet<>();
    /** Names read in this scope, in order of first use. */
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> explicitGlobals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    public final List<Scope> children = new ArrayList<>();

    /** Resolved bindings. */
    public final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** Cell variables in order (CPython's co_cellvars). */
    public final List<String> cellvars = new ArrayList<>();
    /** Free variables in order (CPython's co_freevars). */
    public final List<String> freevars = new ArrayList<>();

    public boolean isGenerator;
    /** {@code async def}: a coroutine, or an async generator when it also yields. */
    public boolean isAsync;
    public boolean hasVarargs;
    public boolean hasVarkwargs;
    public int posOnlyCount;
    public int argCount;
    public int kwOnlyCount;

    Scope(Kind kind, String name, Scope parent, Ast.Node node) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.node = node;
    }

    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    public Binding lookup(String name) {
        Binding b = bindings.get(name);
        if (b != null) {
            return b;
        }
        return kind == Kind.MODULE || kind == Kind.CLASS ? Binding.NAME : Binding.GLOBAL;
    }

    /** co_varnames: parameters first, then other locals in order of first binding. */
    public List<String> varnames() {
        List<String> out = new ArrayList<>(params);
        if (isFunctionLike()) {
            for (String n : bound) {
                Binding b = bindings.get(n);
                if (!out.contains(n) && (b == Binding.LOCAL || b == Binding.CELL)) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
