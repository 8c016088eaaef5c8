package org.bytepy.compiler;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bytepy.ast.Ast;
import org.bytepy.ast.Ast.Expr;
import org.bytepy.ast.Ast.Stmt;
import org.bytepy.parser.PySyntaxError;

/**
 * The symbol-table pass: walks the tree once to collect, per scope, the names bound and used, then
 * decides for every name whether it is a local, a cell, a free variable, a global or a namespace name
 * (CPython's Python/symtable.c, simplified).
 */
public final class ScopeAnalyzer {
    private final String filename;
    private final String sourceText;
    private final Map<Ast.Node, Scope> scopes = new IdentityHashMap<>();
    private Scope current;
    /** The hidden functions of PEP 695 generic definitions (see {@link TypeParams}). */
    private final Set<Scope> annotationScopes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** Where the compiler's SyntaxWarnings go; null when they are not wanted. */
    private SyntaxWarnings warnings;

    private ScopeAnalyzer(String filename, String sourceText) {
        this.filename = filename;
        this.sourceText = sourceText;
    }

    /** Analyzes a module; returns the scope of every scope-defining node (module, def, lambda, class, comprehension). */
    public static Map<Ast.Node, Scope> analyze(Ast.Mod module, String filename, String sourceText) {
        return analyze(module, filename, sourceText, null);
    }

    /** Like {@link #analyze(Ast.Mod, String, String)}; the compiler's SyntaxWarnings go to {@code warnings} when not null. */
    public static Map<Ast.Node, Scope> analyze(Ast.Mod module, String filename, String sourceText, List<org.bytepy.parser.CompileWarning> warnings) {
        ScopeAnalyzer a = new ScopeAnalyzer(filename, sourceText);
        a.warnings = warnings == null ? null : new SyntaxWarnings(warnings);
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null, module);
        top.qualname = "<module>";
        a.scopes.put(module, top);
        a.current = top;
        if (module instanceof Ast.Module m) {
            a.stmts(m.body());
        } else if (module instanceof Ast.Interactive m) {
            a.stmts(m.body());
        } else if (module instanceof Ast.Expression e) {
            a.expr(e.body());
        }
        a.resolve(top, Set.of());
        return a.scopes;
    }

    private PySyntaxError error(String msg, Ast.Pos pos) {
        return CompileErrors.syntaxError(msg, filename, sourceText, pos);
    }

    // ------------------------------------------------------------------ collection

    private void bind(String name, Ast.Pos pos) {
        Scope s = current;
        if (s.explicitGlobals.contains(name) || s.nonlocals.contains(name)) {
            s.bound.add(name);
            return;
        }
        s.bound.add(name);
    }

    private void use(String name) {
        current.used.add(name);
    }

    private Scope push(Scope.Kind kind, String name, Ast.Node node) {
        Scope s = new Scope(kind, name, current, node);
        Scope p = current;
        while (annotationScopes.contains(p) && p.parent != null) {
            p = p.parent; // PEP 695 annotation scopes do not show in __qualname__
        }
        if (p.kind == Scope.Kind.MODULE || ((kind == Scope.Kind.FUNCTION || kind == Scope.Kind.CLASS) && p.explicitGlobals.contains(name))) {
            s.qualname = name; // a def or class declared global in its function (CPython's force_global)
        } else if (p.kind == Scope.Kind.CLASS) {
            s.qualname = p.qualname + "." + name;
        } else {
            s.qualname = p.qualname + ".<locals>." + name;
        }
        current.children.add(s);
        scopes.put(node, s);
        current = s;
        return s;
    }

    private void pop() {
        current = current.parent;
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void arguments(Ast.Arguments args) {
        exprs(args.defaults());
        exprs(args.kwDefaults());
        for (Ast.Arg a : allArgs(args)) {
            if (a.annotation() != null) {
                expr(a.annotation());
            }
        }
    }

    private static List<Ast.Arg> allArgs(Ast.Arguments args) {
        List<Ast.Arg> out = new java.util.ArrayList<>();
        out.addAll(args.posonlyargs());
        out.addAll(args.args());
        if (args.vararg() != null) {
            out.add(args.vararg());
        }
        out.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            out.add(args.kwarg());
        }
        return out;
    }

    private void declareParams(Scope s, Ast.Arguments args) {
        Set<String> seen = new LinkedHashSet<>();
        for (Ast.Arg a : args.posonlyargs()) {
            param(s, seen, a);
        }
        for (Ast.Arg a : args.args()) {
            param(s, seen, a);
        }
        for (Ast.Arg a : args.kwonlyargs()) {
            param(s, seen, a);
        }
        if (args.vararg() != null) {
            param(s, seen, args.vararg());
            s.hasVarargs = true;
        }
        if (args.kwarg() != null) {
            param(s, seen, args.kwarg());
            s.hasVarkwargs = true;
        }
        s.posOnlyCount = args.posonlyargs().size();
        s.argCount = args.posonlyargs().size() + args.args().size();
        s.kwOnlyCount = args.kwonlyargs().size();
    }

    private void param(Scope s, Set<String> seen, Ast.Arg a) {
        if (!seen.add(a.arg())) {
            throw error("duplicate argument '" + a.arg() + "' in function definition", a.pos());
        }
        s.params.add(a.arg());
        s.bound.add(a.arg());
    }

    /**
     * A generic def or class, or a type alias: its annotation scope is a hidden function (made by
     * {@link TypeParams}); the statement's node maps to that function's scope, whose {@code node} is the
     * hidden function the code generator compiles and calls.
     */
    private void annotationScope(Stmt s, List<Expr> decorators, String name) {
        exprs(decorators);
        bind(name, s.pos());
        boolean inClass = current.kind == Scope.Kind.CLASS;
        Ast.FunctionDef fn = TypeParams.annotationFunction(s, inClass);
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Ast.TypeParam> tps = switch (s) {
            case Ast.FunctionDef f -> f.typeParams();
            case Ast.ClassDef c -> c.typeParams();
            case Ast.TypeAlias t -> t.typeParams();
            default -> List.of();
        };
        for (Ast.TypeParam tp : tps) {
            if (!seen.add(tp.name())) {
                throw error("duplicate type parameter '" + tp.name() + "'", tp.pos());
            }
        }
        Scope as = push(Scope.Kind.FUNCTION, fn.name(), fn);
        annotationScopes.add(as);
        declareParams(as, fn.args());
        stmts(fn.body());
        pop();
        scopes.put(s, as);
        if (inClass) {
            for (Ast.Lambda l : TypeParams.lazies(fn)) {
                scopes.get(l).used.add(TypeParams.CLASSDICT);
            }
        }
    }

    /**
     * CPython's compiler counts nested statements and expressions and stops past a fixed depth
     * ({@code RecursionError: maximum recursion depth exceeded during compilation}): a module-level
     * chain of 2,996 nested nodes compiles, one more does not (3.12, e.g. {@code 1+1+...} of 2,996 terms).
     */
    private static final int MAX_NESTING = 2996;
    private int nesting;

    private void enterNode() {
        if (++nesting > MAX_NESTING) {
            throw org.bytepy.runtime.PyErrors.raise(org.bytepy.runtime.PyTypes.RECURSION_ERROR, "maximum recursion depth exceeded during compilation", null);
        }
    }

    private void stmt(Stmt s) {
        enterNode();
        try {
            stmt0(s);
        } finally {
            nesting--;
        }
    }

    private void stmt0(Stmt s) {
        switch (s) {
            case Ast.FunctionDef f when !f.typeParams().isEmpty() -> annotationScope(f, f.decorators(), f.name());
            case Ast.ClassDef c when !c.typeParams().isEmpty() -> annotationScope(c, c.decorators(), c.name());
            case Ast.FunctionDef f -> {
                exprs(f.decorators());
                arguments(f.args());
                if (f.returns() != null) {
                    expr(f.returns());
                }
                bind(f.name(), f.pos());
                Scope fs = push(Scope.Kind.FUNCTION, f.name(), f);
                fs.isAsync = f.isAsync();
                declareParams(fs, f.args());
                stmts(f.body());
                pop();
            }
            case Ast.ClassDef c -> {
                exprs(c.decorators());
                exprs(c.bases());
                for (Ast.Keyword k : c.keywords()) {
                    expr(k.value());
                }
                bind(c.name(), c.pos());
                push(Scope.Kind.CLASS, c.name(), c);
                stmts(c.body());
                pop();
            }
            case Ast.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Ast.Delete d -> {
                for (Expr t : d.targets()) {
                    target(t);
                }
            }
            case Ast.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) {
                    target(t);
                }
            }
            case Ast.AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Ast.Name n) {
                    use(n.id());
                }
                target(a.target());
            }
            case Ast.AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                }
                if (!(a.target() instanceof Ast.Name) || current.kind != Scope.Kind.FUNCTION) {
                    expr(a.annotation());
                }
                if (a.value() != null || a.target() instanceof Ast.Name) {
                    if (a.target() instanceof Ast.Name n) {
                        if (a.value() != null || current.kind == Scope.Kind.FUNCTION) {
                            bind(n.id(), n.pos());
                        }
                    } else {
                        target(a.target());
                    }
                } else {
                    target(a.target());
                }
            }
            case Ast.For f -> {
                expr(f.iter());
                target(f.target());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Ast.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Ast.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Ast.With w -> {
                for (Ast.WithItem item : w.items()) {
                    expr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        target(item.optionalVars());
                    }
                }
                stmts(w.body());
            }
            case Ast.Match m -> {
                expr(m.subject());
                for (Ast.MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    stmts(c.body());
                }
            }
            case Ast.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Ast.Try t -> {
                stmts(t.body());
                for (Ast.ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        bind(h.name(), h.pos());
                    }
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Ast.Assert a -> {
                if (warnings != null) {
                    warnings.assertion(a);
                }
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Ast.Import i -> {
                for (Ast.Alias a : i.names()) {
                    String n = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                    bind(n, a.pos());
                }
            }
            case Ast.ImportFrom i -> {
                for (Ast.Alias a : i.names()) {
                    if (a.name().equals("*")) {
                        if (current.kind != Scope.Kind.MODULE) {
                            throw error("import * only allowed at module level", i.pos());
                        }
                        continue;
                    }
                    bind(a.asname() != null ? a.asname() : a.name(), a.pos());
                }
            }
            case Ast.Global g -> {
                for (String n : g.names()) {
                    if (current.params.contains(n)) {
                        throw error("name '" + n + "' is parameter and global", g.pos());
                    }
                    if (current.bound.contains(n)) {
                        throw error("name '" + n + "' is assigned to before global declaration", g.pos());
                    }
                    if (current.used.contains(n)) {
                        throw error("name '" + n + "' is used prior to global declaration", g.pos());
                    }
                    current.explicitGlobals.add(n);
                }
            }
            case Ast.Nonlocal nl -> {
                if (current.kind == Scope.Kind.MODULE) {
                    throw error("nonlocal declaration not allowed at module level", nl.pos());
                }
                for (String n : nl.names()) {
                    if (current.params.contains(n)) {
                        throw error("name '" + n + "' is parameter and nonlocal", nl.pos());
                    }
                    if (current.bound.contains(n)) {
                        throw error("name '" + n + "' is assigned to before nonlocal declaration", nl.pos());
                    }
                    if (current.used.contains(n)) {
                        throw error("name '" + n + "' is used prior to nonlocal declaration", nl.pos());
                    }
                    current.nonlocals.add(n);
                }
            }
            case Ast.ExprStmt e -> expr(e.value());
            case Ast.TypeAlias t -> annotationScope(t, List.of(), ((Ast.Name) t.name()).id());
            case Ast.Pass p -> {
            }
            case Ast.Break b -> {
            }
            case Ast.Continue c -> {
            }
        }
    }

    private void pattern(Ast.Pattern p) {
        switch (p) {
            case Ast.MatchValue v -> expr(v.value());
            case Ast.MatchSingleton s -> {
            }
            case Ast.MatchSequence s -> s.patterns().forEach(this::pattern);
            case Ast.MatchMapping m -> {
                exprs(m.keys());
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) {
                    bind(m.rest(), m.pos());
                }
            }
            case Ast.MatchClass c -> {
                expr(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            }
            case Ast.MatchStar s -> {
                if (s.name() != null) {
                    bind(s.name(), s.pos());
                }
            }
            case Ast.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    bind(a.name(), a.pos());
                }
            }
            case Ast.MatchOr o -> o.patterns().forEach(this::pattern);
        }
    }

    /** An assignment or deletion target. */
    private void target(Expr t) {
        switch (t) {
            case Ast.Name n -> bind(n.id(), n.pos());
            case Ast.Tuple tu -> tu.elts().forEach(this::target);
            case Ast.ListExpr l -> l.elts().forEach(this::target);
            case Ast.Starred s -> target(s.value());
            case Ast.Attribute a -> expr(a.value());
            case Ast.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> expr(t);
        }
    }

    private void comprehension(Ast.Node node, List<Ast.Comprehension> gens, Runnable body, String name) {
        // the first iterable is evaluated in the enclosing scope
        expr(gens.get(0).iter());
        Scope s = push(Scope.Kind.COMPREHENSION, name, node);
        s.params.add(".0");
        s.bound.add(".0");
        s.argCount = 1;
        for (int i = 0; i < gens.size(); i++) {
            Ast.Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            exprs(g.ifs());
        }
        body.run();
        pop();
    }

    private void expr(Expr e) {
        enterNode();
        try {
            expr0(e);
        } finally {
            nesting--;
        }
    }

    private void expr0(Expr e) {
        switch (e) {
            case Ast.BoolOp b -> exprs(b.values());
            case Ast.NamedExpr n -> {
                expr(n.value());
                if (n.target() instanceof Ast.Name name) {
                    // binds in the nearest enclosing non-comprehension scope
                    Scope saved = current;
                    java.util.List<Scope> comps = new java.util.ArrayList<>();
                    while (current.kind == Scope.Kind.COMPREHENSION) {
                        Scope inner = current;
                        if (inner.bound.contains(name.id()) && !inner.nonlocals.contains(name.id()) && !inner.explicitGlobals.contains(name.id())) {
                            current = saved;
                            throw error("assignment expression cannot rebind comprehension iteration variable '" + name.id() + "'", n.pos());
                        }
                        current = current.parent;
                        comps.add(inner);
                    }
                    if (!comps.isEmpty() && current.kind == Scope.Kind.CLASS) {
                        current = saved;
                        throw error("assignment expression within a comprehension cannot be used in a class body", n.pos());
                    }
                    boolean global = current.kind == Scope.Kind.MODULE || current.explicitGlobals.contains(name.id());
                    for (Scope inner : comps) {
                        (global ? inner.explicitGlobals : inner.nonlocals).add(name.id());
                    }
                    bind(name.id(), name.pos());
                    current = saved;
                    if (saved.kind == Scope.Kind.COMPREHENSION) {
                        saved.used.add(name.id());
                    }
                }
            }
            case Ast.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Ast.UnaryOp u -> expr(u.operand());
            case Ast.Lambda l -> {
                arguments(l.args());
                Scope s = push(Scope.Kind.FUNCTION, "<lambda>", l);
                declareParams(s, l.args());
                expr(l.body());
                pop();
            }
            case Ast.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Ast.Dict d -> {
                exprs(d.keys());
                exprs(d.values());
            }
            case Ast.Set s -> exprs(s.elts());
            case Ast.ListComp c -> comprehension(c, c.generators(), () -> expr(c.elt()), "<listcomp>");
            case Ast.SetComp c -> comprehension(c, c.generators(), () -> expr(c.elt()), "<setcomp>");
            case Ast.DictComp c -> comprehension(c, c.generators(), () -> {
                expr(c.key());
                expr(c.value());
            }, "<dictcomp>");
            case Ast.GeneratorExp c -> {
                comprehension(c, c.generators(), () -> expr(c.elt()), "<genexpr>");
                scopes.get(c).isGenerator = true;
            }
            case Ast.Await a -> {
                if (current.kind == Scope.Kind.MODULE || current.kind == Scope.Kind.CLASS) {
                    throw error("'await' outside function", a.pos());
                }
                if (!current.isAsync) {
                    throw error("'await' outside async function", a.pos());
                }
                expr(a.value());
            }
            case Ast.Yield y -> {
                markGenerator(y.pos());
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Ast.YieldFrom y -> {
                if (current.isAsync) {
                    throw error("'yield from' inside async function", y.pos());
                }
                markGenerator(y.pos());
                expr(y.value());
            }
            case Ast.Compare c -> {
                if (warnings != null) {
                    warnings.compare(c);
                }
                expr(c.left());
                exprs(c.comparators());
            }
            case Ast.Call c -> {
                if (warnings != null) {
                    warnings.call(c);
                }
                expr(c.func());
                exprs(c.args());
                for (Ast.Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Ast.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case Ast.JoinedStr j -> exprs(j.values());
            case Ast.Constant c -> {
            }
            case Ast.Attribute a -> expr(a.value());
            case Ast.Subscript s -> {
                if (warnings != null && s.ctx() == Ast.Ctx.LOAD) {
                    warnings.subscript(s);
                }
                expr(s.value());
                expr(s.slice());
            }
            case Ast.Starred s -> expr(s.value());
            case Ast.Name n -> {
                if (n.ctx() == Ast.Ctx.LOAD) {
                    use(n.id());
                    if (n.id().equals("super") && current.kind == Scope.Kind.FUNCTION) {
                        use("__class__"); // zero-argument super() reads the __class__ cell
                    } else if (n.id().equals("super") && current.kind == Scope.Kind.COMPREHENSION) {
                        // comprehensions are inlined in CPython: super() there uses the enclosing method's
                        // __class__ and first argument, which become free variables of the comprehension
                        Scope fs = current;
                        while (fs.kind == Scope.Kind.COMPREHENSION) {
                            fs = fs.parent;
                        }
                        if (fs.kind == Scope.Kind.FUNCTION && !fs.params.isEmpty()) {
                            use("__class__");
                            use(fs.params.get(0));
                        }
                    }
                } else {
                    bind(n.id(), n.pos());
                }
            }
            case Ast.ListExpr l -> exprs(l.elts());
            case Ast.Tuple t -> exprs(t.elts());
            case Ast.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
        }
    }

    private void markGenerator(Ast.Pos pos) {
        if (current.kind == Scope.Kind.MODULE || current.kind == Scope.Kind.CLASS) {
            throw error("'yield' outside function", pos);
        }
        current.isGenerator = true;
    }

    // ------------------------------------------------------------------ resolution

    /**
     * Decides the binding of every name in {@code s}. {@code enclosing} holds the names bound in
     * enclosing function scopes. Returns the free names {@code s} and its children need from outside.
     */
    private Set<String> resolve(Scope s, Set<String> enclosing) {
        boolean fn = s.isFunctionLike();
        for (String n : s.explicitGlobals) {
            s.bindings.put(n, Scope.Binding.GLOBAL);
        }
        for (String n : s.nonlocals) {
            if (!enclosing.contains(n)) {
                throw error("no binding for nonlocal '" + n + "' found", s.node.pos());
            }
            s.bindings.put(n, Scope.Binding.FREE);
        }
        for (String n : s.bound) {
            if (!s.bindings.containsKey(n)) {
                s.bindings.put(n, fn ? Scope.Binding.LOCAL : Scope.Binding.NAME);
            }
        }
        for (String n : s.used) {
            if (!s.bindings.containsKey(n)) {
                if (enclosing.contains(n) && s.kind != Scope.Kind.MODULE) {
                    s.bindings.put(n, Scope.Binding.FREE);
                } else if (fn) {
                    s.bindings.put(n, Scope.Binding.GLOBAL);
                }
            }
        }
        Set<String> childEnclosing = new LinkedHashSet<>(enclosing);
        if (s.kind == Scope.Kind.CLASS) {
            childEnclosing.add("__class__");
        }
        if (fn) {
            for (Map.Entry<String, Scope.Binding> e : s.bindings.entrySet()) {
                if (e.getValue() == Scope.Binding.LOCAL || e.getValue() == Scope.Binding.FREE) {
                    childEnclosing.add(e.getKey());
                }
            }
            // a global declaration hides outer bindings from children
            childEnclosing.removeAll(s.explicitGlobals);
        }
        Set<String> needed = new LinkedHashSet<>();
        for (Scope c : s.children) {
            for (String n : resolve(c, childEnclosing)) {
                if (s.kind == Scope.Kind.CLASS && n.equals("__class__")) {
                    s.bindings.put(n, Scope.Binding.CELL);
                    if (!s.cellvars.contains(n)) {
                        s.cellvars.add(n);
                    }
                    continue;
                }
                Scope.Binding b = s.bindings.get(n);
                if (fn && (b == Scope.Binding.LOCAL || b == Scope.Binding.CELL)) {
                    s.bindings.put(n, Scope.Binding.CELL);
                    if (!s.cellvars.contains(n)) {
                        s.cellvars.add(n);
                    }
                } else if (b == null || b == Scope.Binding.FREE || (s.kind == Scope.Kind.CLASS)) {
                    if (s.kind == Scope.Kind.CLASS && b == Scope.Binding.NAME) {
                        // a class-level name of the same spelling does not capture; pass the free variable through
                        if (!s.freevars.contains(n)) {
                            s.freevars.add(n);
                        }
                        needed.add(n);
                    } else {
                        if (b == null && fn) {
                            s.bindings.put(n, Scope.Binding.FREE);
                        }
                        if (!s.freevars.contains(n)) {
                            s.freevars.add(n);
                        }
                        needed.add(n);
                    }
                }
            }
        }
        for (Map.Entry<String, Scope.Binding> e : s.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.FREE) {
                if (!s.freevars.contains(e.getKey())) {
                    s.freevars.add(e.getKey());
                }
                needed.add(e.getKey());
            }
        }
        // CPython orders cellvars with parameters first in their parameter order, then sorted
        java.util.List<String> cells = new java.util.ArrayList<>(s.cellvars);
        java.util.Collections.sort(cells);
        s.cellvars.clear();
        s.cellvars.addAll(cells);
        java.util.List<String> frees = new java.util.ArrayList<>(s.freevars);
        java.util.Collections.sort(frees);
        s.freevars.clear();
        s.freevars.addAll(frees);
        return needed;
    }
}
