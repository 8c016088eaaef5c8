package org.bytepy.compiler;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.bytecode.BytecodeConfig;
import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;
import com.oracle.truffle.api.bytecode.BytecodeRootNodes;
import com.oracle.truffle.api.instrumentation.StandardTags.CallTag;
import com.oracle.truffle.api.instrumentation.StandardTags.StatementTag;
import com.oracle.truffle.api.source.Source;

import org.bytepy.BytepyLanguage;
import org.bytepy.ast.Ast;
import org.bytepy.ast.Ast.Expr;
import org.bytepy.ast.Ast.Stmt;
import org.bytepy.nodes.PyRootNode;
import org.bytepy.nodes.PyRootNodeGen;
import org.bytepy.parser.PySyntaxError;
import org.bytepy.runtime.PyCode;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PyTuple;

/**
 * Turns the AST of one compilation unit into Bytecode DSL bytecode: one {@link PyRootNode} (and one
 * {@link PyCode}) per scope. Module, function, lambda and comprehension bodies each become their own
 * root; nested code objects are constants of the code that creates them.
 *
 * <p>The parser callback may run again when Truffle re-parses to add source information or
 * instrumentation; it is deterministic and nested code objects are reused from {@link #codes}.
 */
public final class CodeGenerator {
    private final BytepyLanguage language;
    private final Source source;
    private final String filename;
    private final String text;
    private final Map<Ast.Node, Scope> scopes;
    private final Map<Ast.Node, PyCode> codes = new IdentityHashMap<>();

    private CodeGenerator(BytepyLanguage language, Source source, String filename, Map<Ast.Node, Scope> scopes) {
        this.language = language;
        this.source = source;
        this.filename = filename;
        this.text = source.getCharacters().toString();
        this.scopes = scopes;
    }

    /** Compiles a module (or {@code eval}/{@code single} input) to its code object. */
    public static PyCode compile(BytepyLanguage language, Source source, String filename, Ast.Mod mod) {
        Map<Ast.Node, Scope> scopes = ScopeAnalyzer.analyze(mod, filename, source.getCharacters().toString());
        CodeGenerator gen = new CodeGenerator(language, source, filename, scopes);
        return gen.compileUnit(mod);
    }

    private PySyntaxError error(String msg, Ast.Pos pos) {
        return CompileErrors.syntaxError(msg, filename, text, pos);
    }

    // ================================================================== units

    /** The state of one code object being generated. */
    private final class Unit {
        final PyRootNodeGen.Builder b;
        final Scope scope;
        final Map<String, BytecodeLocal> locals = new HashMap<>();
        final Deque<BytecodeLabel[]> loops = new ArrayDeque<>();
        BytecodeLocal lastValue;
        int tempCount;

        Unit(PyRootNodeGen.Builder b, Scope scope) {
            this.b = b;
            this.scope = scope;
        }

        BytecodeLocal local(String name) {
            BytecodeLocal l = locals.get(name);
            if (l == null) {
                l = b.createLocal(name, null);
                locals.put(name, l);
            }
            return l;
        }

        BytecodeLocal temp() {
            return b.createLocal(".t" + (tempCount++), null);
        }
    }

    private PyCode compileUnit(Ast.Node node) {
        PyCode existing = codes.get(node);
        if (existing != null) {
            return existing;
        }
        Scope scope = scopes.get(node);
        PyCode code = newCode(scope, node);
        codes.put(node, code);
        BytecodeRootNodes<PyRootNode> roots = PyRootNodeGen.create(language, BytecodeConfig.WITH_SOURCE, b -> {
            Unit u = new Unit(b, scope);
            Ast.Pos pos = node.pos();
            b.beginSource(source);
            b.beginSourceSection(pos.start(), Math.max(0, pos.end() - pos.start()));
            b.beginRoot();
            emitBody(u, node);
            PyRootNode root = b.endRoot();
            root.setCode(code);
            b.endSourceSection();
            b.endSource();
        });
        code.setCallTarget(roots.getNode(0).getCallTarget());
        return code;
    }

    private static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10, CO_GENERATOR = 0x20;

    private PyCode newCode(Scope s, Ast.Node node) {
        int flags = 0;
        if (s.isFunctionLike()) {
            flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        }
        if (s.hasVarargs) {
            flags |= CO_VARARGS;
        }
        if (s.hasVarkwargs) {
            flags |= CO_VARKEYWORDS;
        }
        if (s.parent != null && s.parent.isFunctionLike()) {
            flags |= CO_NESTED;
        }
        if (s.isGenerator) {
            flags |= CO_GENERATOR;
        }
        String name = s.kind == Scope.Kind.MODULE ? "<module>" : s.name;
        int firstLine = node.pos().line();
        if (node instanceof Ast.FunctionDef f && !f.decorators().isEmpty()) {
            firstLine = f.decorators().get(0).pos().line();
        }
        if (s.kind == Scope.Kind.MODULE) {
            firstLine = 1;
        }
        PyCode code = new PyCode(name, s.qualname, filename, firstLine, s.argCount, s.posOnlyCount, s.kwOnlyCount, s.varnames().toArray(new String[0]), s.cellvars.toArray(new String[0]),
                        s.freevars.toArray(new String[0]), s.hasVarargs, s.hasVarkwargs, flags);
        if (node instanceof Ast.FunctionDef f) {
            String doc = docstring(f.body());
            if (doc != null) {
                code.docstring = doc;
            }
        }
        return code;
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private void emitBody(Unit u, Ast.Node node) {
        PyRootNodeGen.Builder b = u.b;
        b.beginBlock();
        Scope s = u.scope;
        if (s.isFunctionLike()) {
            emitPrologue(u);
        }
        switch (node) {
            case Ast.Module m -> {
                u.lastValue = u.temp();
                b.beginStoreLocal(u.lastValue);
                b.emitLoadConstant(PyNone.NONE);
                b.endStoreLocal();
                stmts(u, m.body(), true);
                b.beginReturn();
                b.emitLoadLocal(u.lastValue);
                b.endReturn();
            }
            case Ast.Interactive m -> {
                stmts(u, m.body(), false);
                returnNone(u);
            }
            case Ast.Expression e -> {
                b.beginReturn();
                expr(u, e.body());
                b.endReturn();
            }
            case Ast.FunctionDef f -> {
                if (s.isGenerator) {
                    initialSuspend(u);
                }
                stmts(u, f.body(), false);
                returnNone(u);
            }
            case Ast.Lambda l -> {
                if (s.isGenerator) {
                    initialSuspend(u);
                }
                b.beginReturn();
                expr(u, l.body());
                b.endReturn();
            }
            case Ast.ClassDef c -> {
                emitCellsAndFrees(u);
                String doc = docstring(c.body());
                if (doc != null) {
                    b.beginStoreClassName("__doc__");
                    b.emitLoadConstant(doc);
                    b.endStoreClassName();
                }
                stmts(u, c.body(), false);
                if (s.cellvars.contains("__class__")) {
                    b.beginStoreClassName("__classcell__");
                    b.emitLoadLocal(u.local("__class__"));
                    b.endStoreClassName();
                }
                returnNone(u);
            }
            case Ast.ListComp c -> comprehensionBody(u, c.generators(), c.elt(), null, ComprehensionKind.LIST);
            case Ast.DictComp c -> comprehensionBody(u, c.generators(), c.key(), c.value(), ComprehensionKind.DICT);
            case Ast.SetComp c -> comprehensionBody(u, c.generators(), c.elt(), null, ComprehensionKind.SET);
            case Ast.GeneratorExp g -> {
                initialSuspend(u);
                comprehensionLoop(u, g.generators(), 0, () -> {
                    b.beginCheckResume();
                    b.beginYield();
                    expr(u, g.elt());
                    b.endYield();
                    b.endCheckResume();
                });
                returnNone(u);
            }
            default -> throw error("bytepy cannot compile this construct yet", node.pos());
        }
        b.endBlock();
    }

    /** A generator's code runs its prologue (binding arguments) when called, then suspends: the call returns the generator. */
    private void initialSuspend(Unit u) {
        u.b.beginYield();
        u.b.emitLoadConstant(PyNone.NONE);
        u.b.endYield();
    }

    private void returnNone(Unit u) {
        u.b.beginReturn();
        u.b.emitLoadConstant(PyNone.NONE);
        u.b.endReturn();
    }

    /** Arguments into locals (or cells); fresh cells for captured locals; free-variable cells from the closure. */
    private void emitPrologue(Unit u) {
        PyRootNodeGen.Builder b = u.b;
        Scope s = u.scope;
        List<String> params = s.params;
        for (int i = 0; i < params.size(); i++) {
            String p = params.get(i);
            b.beginStoreLocal(u.local(p));
            if (s.lookup(p) == Scope.Binding.CELL) {
                b.beginMakeCell();
                b.emitLoadArgument(i + 1);
                b.endMakeCell();
            } else {
                b.emitLoadArgument(i + 1);
            }
            b.endStoreLocal();
        }
        emitCellsAndFrees(u);
    }

    /** Fresh cells for captured locals that are not parameters; closure cells for free variables. */
    private void emitCellsAndFrees(Unit u) {
        PyRootNodeGen.Builder b = u.b;
        Scope s = u.scope;
        for (String c : s.cellvars) {
            if (!s.params.contains(c)) {
                b.beginStoreLocal(u.local(c));
                b.emitMakeEmptyCell();
                b.endStoreLocal();
            }
        }
        for (int i = 0; i < s.freevars.size(); i++) {
            b.beginStoreLocal(u.local(s.freevars.get(i)));
            b.emitLoadClosureCell(i);
            b.endStoreLocal();
        }
    }

    // ================================================================== statements

    private void stmts(Unit u, List<Stmt> body, boolean trackLast) {
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (trackLast && s instanceof Ast.ExprStmt e) {
                beginStatement(u, s);
                u.b.beginStoreLocal(u.lastValue);
                expr(u, e.value());
                u.b.endStoreLocal();
                endStatement(u);
            } else {
                stmt(u, s);
            }
        }
    }

    private void beginStatement(Unit u, Ast.Node s) {
        Ast.Pos p = s.pos();
        u.b.beginSourceSection(p.start(), Math.max(0, p.end() - p.start()));
        u.b.beginTag(StatementTag.class);
        u.b.beginBlock();
    }

    private void endStatement(Unit u) {
        u.b.endBlock();
        u.b.endTag(StatementTag.class);
        u.b.endSourceSection();
    }

    private void stmt(Unit u, Stmt s) {
        PyRootNodeGen.Builder b = u.b;
        switch (s) {
            case Ast.If i -> ifStmt(u, i);
            case Ast.While w -> whileStmt(u, w);
            case Ast.For f -> forStmt(u, f);
            case Ast.Try t -> tryStmt(u, t);
            case Ast.With w -> {
                if (w.isAsync()) {
                    throw error("'async with' is not supported by bytepy yet", w.pos());
                }
                withItems(u, w, 0);
            }
            case Ast.FunctionDef f -> {
                if (f.isAsync()) {
                    throw error("'async def' is not supported by bytepy yet", f.pos());
                }
                beginStatement(u, s);
                storeName(u, f.name(), () -> {
                    for (Expr d : f.decorators()) {
                        b.beginCall();
                        expr(u, d);
                    }
                    makeFunction(u, f, f.args());
                    for (int i = 0; i < f.decorators().size(); i++) {
                        b.endCall();
                    }
                });
                endStatement(u);
            }
            default -> {
                beginStatement(u, s);
                simpleStmt(u, s);
                endStatement(u);
            }
        }
    }

    private void simpleStmt(Unit u, Stmt s) {
        PyRootNodeGen.Builder b = u.b;
        switch (s) {
            case Ast.ExprStmt e -> expr(u, e.value());
            case Ast.Pass p -> {
            }
            case Ast.Return r -> {
                if (!u.scope.isFunctionLike()) {
                    throw error("'return' outside function", r.pos());
                }
                b.beginReturn();
                if (r.value() == null) {
                    b.emitLoadConstant(PyNone.NONE);
                } else {
                    expr(u, r.value());
                }
                b.endReturn();
            }
            case Ast.Assign a -> {
                if (a.targets().size() == 1) {
                    assign(u, a.targets().get(0), () -> expr(u, a.value()));
                } else {
                    BytecodeLocal tmp = u.temp();
                    b.beginStoreLocal(tmp);
                    expr(u, a.value());
                    b.endStoreLocal();
                    for (Expr t : a.targets()) {
                        assign(u, t, () -> b.emitLoadLocal(tmp));
                    }
                }
            }
            case Ast.AugAssign a -> augAssign(u, a);
            case Ast.AnnAssign a -> {
                if (a.value() != null) {
                    assign(u, a.target(), () -> expr(u, a.value()));
                }
            }
            case Ast.Delete d -> {
                for (Expr t : d.targets()) {
                    delete(u, t);
                }
            }
            case Ast.Break br -> {
                if (u.loops.isEmpty()) {
                    throw error("'break' outside loop", br.pos());
                }
                b.emitBranch(u.loops.peek()[0]);
            }
            case Ast.Continue c -> {
                if (u.loops.isEmpty()) {
                    throw error("'continue' not properly in loop", c.pos());
                }
                b.emitBranch(u.loops.peek()[1]);
            }
            case Ast.Global g -> {
            }
            case Ast.Nonlocal n -> {
            }
            case Ast.Raise r -> {
                if (r.exc() == null) {
                    b.emitRaiseCurrent();
                    return;
                }
                b.beginRaise();
                expr(u, r.exc());
                if (r.cause() == null) {
                    b.emitUnset();
                } else {
                    expr(u, r.cause());
                }
                b.endRaise();
            }
            case Ast.Assert a -> {
                b.beginIfThen();
                b.beginNot();
                expr(u, a.test());
                b.endNot();
                b.beginRaiseAssertion();
                if (a.msg() == null) {
                    b.emitUnset();
                } else {
                    expr(u, a.msg());
                }
                b.endRaiseAssertion();
                b.endIfThen();
            }
            case Ast.Import i -> {
                for (Ast.Alias a : i.names()) {
                    String[] parts = a.name().split("\\.");
                    if (a.asname() == null) {
                        storeName(u, parts[0], () -> b.emitImportModule(a.name(), 0, false));
                    } else {
                        storeName(u, a.asname(), () -> b.emitImportModule(a.name(), 0, true));
                    }
                }
            }
            case Ast.ImportFrom i -> {
                BytecodeLocal mod = u.temp();
                b.beginStoreLocal(mod);
                b.emitImportModule(i.module() == null ? "" : i.module(), i.level(), true);
                b.endStoreLocal();
                for (Ast.Alias a : i.names()) {
                    if (a.name().equals("*")) {
                        b.beginImportStar();
                        b.emitLoadLocal(mod);
                        b.endImportStar();
                        continue;
                    }
                    storeName(u, a.asname() != null ? a.asname() : a.name(), () -> {
                        b.beginImportFrom(a.name());
                        b.emitLoadLocal(mod);
                        b.endImportFrom();
                    });
                }
            }
            case Ast.ClassDef c -> classDef(u, c);
            case Ast.Match m -> throw error("'match' statements are not supported by bytepy yet", m.pos());
            case Ast.TypeAlias t -> throw error("'type' statements are not supported by bytepy yet", t.pos());
            default -> throw error("bytepy cannot compile this statement yet", s.pos());
        }
    }

    private void classDef(Unit u, Ast.ClassDef c) {
        PyRootNodeGen.Builder b = u.b;
        Scope child = scopes.get(c);
        storeName(u, c.name(), () -> {
            for (Expr d : c.decorators()) {
                b.beginCall();
                expr(u, d);
            }
            b.beginBuildClass(c.name(), child.qualname);
            PyCode code = compileUnit(c);
            b.beginMakeFunction(code);
            b.emitLoadConstant(PyNone.NONE);
            b.emitLoadConstant(PyNone.NONE);
            closure(u, child);
            b.endMakeFunction();
            sequence(u, c.bases(), true);
            if (c.keywords().isEmpty()) {
                b.emitLoadConstant(PyNone.NONE);
            } else {
                boolean[] unpack = new boolean[c.keywords().size()];
                for (int i = 0; i < unpack.length; i++) {
                    unpack[i] = c.keywords().get(i).arg() == null;
                }
                b.beginBuildDictUnpack(unpack);
                for (Ast.Keyword k : c.keywords()) {
                    b.emitLoadConstant(k.arg() == null ? PyNone.NONE : k.arg());
                    expr(u, k.value());
                }
                b.endBuildDictUnpack();
            }
            b.endBuildClass();
            for (int i = 0; i < c.decorators().size(); i++) {
                b.endCall();
            }
        });
    }

    private void ifStmt(Unit u, Ast.If i) {
        PyRootNodeGen.Builder b = u.b;
        if (i.orelse().isEmpty()) {
            b.beginIfThen();
        } else {
            b.beginIfThenElse();
        }
        condition(u, i.test());
        block(u, i.body());
        if (!i.orelse().isEmpty()) {
            block(u, i.orelse());
            b.endIfThenElse();
        } else {
            b.endIfThen();
        }
    }

    private void block(Unit u, List<Stmt> body) {
        u.b.beginBlock();
        stmts(u, body, false);
        u.b.endBlock();
    }

    /** A test as a Java boolean, with a statement-like source section so tracebacks and debuggers see its line. */
    private void condition(Unit u, Expr test) {
        Ast.Pos p = test.pos();
        u.b.beginSourceSection(p.start(), Math.max(0, p.end() - p.start()));
        u.b.beginTag(StatementTag.class);
        boolExpr(u, test);
        u.b.endTag(StatementTag.class);
        u.b.endSourceSection();
    }

    private void boolExpr(Unit u, Expr test) {
        if (producesBoolean(test)) {
            expr(u, test);
        } else {
            u.b.beginIsTrue();
            expr(u, test);
            u.b.endIsTrue();
        }
    }

    private static boolean producesBoolean(Expr e) {
        if (e instanceof Ast.Compare c) {
            // == and < may return any object from user special methods; is/in always give a bool
            for (Ast.CmpOpKind op : c.ops()) {
                if (op != Ast.CmpOpKind.IS && op != Ast.CmpOpKind.ISNOT && op != Ast.CmpOpKind.IN && op != Ast.CmpOpKind.NOTIN) {
                    return c.ops().size() > 1;
                }
            }
            return true;
        }
        return (e instanceof Ast.UnaryOp un && un.op() == Ast.UnaryOpKind.NOT) || (e instanceof Ast.Constant c && c.value() instanceof Boolean);
    }

    private void whileStmt(Unit u, Ast.While w) {
        PyRootNodeGen.Builder b = u.b;
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        b.beginWhile();
        condition(u, w.test());
        loopBody(u, breakLabel, w.body(), null);
        b.endWhile();
        stmts(u, w.orelse(), false);
        b.emitLabel(breakLabel);
        b.endBlock();
    }

    private void forStmt(Unit u, Ast.For f) {
        if (f.isAsync()) {
            throw error("'async for' is not supported by bytepy yet", f.pos());
        }
        PyRootNodeGen.Builder b = u.b;
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        BytecodeLocal iter = u.temp();
        BytecodeLocal item = directTarget(u, f.target());
        beginSection(u, f.iter());
        b.beginStoreLocal(iter);
        b.beginGetIter();
        expr(u, f.iter());
        b.endGetIter();
        b.endStoreLocal();
        endSection(u);
        b.beginWhile();
        beginSection(u, f.target());
        b.beginForNext(item);
        b.emitLoadLocal(iter);
        b.endForNext();
        endSection(u);
        loopBody(u, breakLabel, f.body(), () -> {
            if (!isPlainLocal(u, f.target())) {
                assign(u, f.target(), () -> b.emitLoadLocal(item));
            }
        });
        b.endWhile();
        stmts(u, f.orelse(), false);
        b.emitLabel(breakLabel);
        b.endBlock();
    }

    // ================================================================== exceptions

    private void tryStmt(Unit u, Ast.Try t) {
        if (t.isStar()) {
            throw error("'except*' is not supported by bytepy yet", t.pos());
        }
        PyRootNodeGen.Builder b = u.b;
        if (!t.finalbody().isEmpty()) {
            b.beginTryFinally(() -> block(u, t.finalbody()));
            b.beginBlock();
        }
        if (t.handlers().isEmpty()) {
            block(u, t.body());
        } else {
            b.beginBlock();
            BytecodeLabel elseLabel = b.createLabel();
            BytecodeLabel endLabel = b.createLabel();
            b.beginTryCatch();
            b.beginBlock();
            stmts(u, t.body(), false);
            b.emitBranch(elseLabel);
            b.endBlock();
            handlers(u, t.handlers());
            b.endTryCatch();
            b.emitBranch(endLabel);
            b.emitLabel(elseLabel);
            stmts(u, t.orelse(), false);
            b.emitLabel(endLabel);
            b.endBlock();
        }
        if (!t.finalbody().isEmpty()) {
            b.endBlock();
            b.endTryFinally();
        }
    }

    /**
     * The catch part of a try: the caught exception becomes the handled one (sys.exc_info(), bare
     * raise, implicit chaining) for as long as a handler runs; handlers are tested in order; no match
     * re-raises.
     */
    private void handlers(Unit u, List<Ast.ExceptHandler> handlers) {
        PyRootNodeGen.Builder b = u.b;
        BytecodeLocal caught = u.temp();
        BytecodeLocal prev = u.temp();
        b.beginBlock();
        b.beginStoreLocal(caught);
        b.emitLoadException();
        b.endStoreLocal();
        b.beginStoreLocal(prev);
        b.beginEnterHandler();
        b.emitLoadLocal(caught);
        b.endEnterHandler();
        b.endStoreLocal();
        b.beginTryCatchOtherwise(() -> {
            b.beginExitHandler();
            b.emitLoadLocal(prev);
            b.endExitHandler();
        });
        handlerChain(u, handlers, 0, caught);
        b.beginBlock();
        b.beginExitHandler();
        b.emitLoadLocal(prev);
        b.endExitHandler();
        b.beginChainAndRethrow();
        b.emitLoadException();
        b.emitLoadLocal(caught);
        b.endChainAndRethrow();
        b.endBlock();
        b.endTryCatchOtherwise();
        b.endBlock();
    }

    private void handlerChain(Unit u, List<Ast.ExceptHandler> handlers, int i, BytecodeLocal caught) {
        PyRootNodeGen.Builder b = u.b;
        if (i == handlers.size()) {
            b.beginReraise();
            b.emitLoadLocal(caught);
            b.endReraise();
            return;
        }
        Ast.ExceptHandler h = handlers.get(i);
        if (h.type() == null) {
            if (i != handlers.size() - 1) {
                throw error("default 'except:' must be last", h.pos());
            }
            handlerBody(u, h, caught);
            return;
        }
        b.beginIfThenElse();
        beginSection(u, h.type());
        b.beginExceptionMatch();
        b.emitLoadLocal(caught);
        expr(u, h.type());
        b.endExceptionMatch();
        endSection(u);
        handlerBody(u, h, caught);
        b.beginBlock();
        handlerChain(u, handlers, i + 1, caught);
        b.endBlock();
        b.endIfThenElse();
    }

    private void handlerBody(Unit u, Ast.ExceptHandler h, BytecodeLocal caught) {
        PyRootNodeGen.Builder b = u.b;
        b.beginBlock();
        if (h.name() == null) {
            stmts(u, h.body(), false);
        } else {
            storeName(u, h.name(), () -> {
                b.beginExceptionValue();
                b.emitLoadLocal(caught);
                b.endExceptionValue();
            });
            // the name is unbound when the handler ends, however it ends (CPython: e = None; del e)
            b.beginTryFinally(() -> clearName(u, h.name()));
            block(u, h.body());
            b.endTryFinally();
        }
        b.endBlock();
    }

    /** {@code name = None; del name}: never fails. */
    private void clearName(Unit u, String name) {
        PyRootNodeGen.Builder b = u.b;
        b.beginBlock();
        storeName(u, name, () -> b.emitLoadConstant(PyNone.NONE));
        switch (u.scope.lookup(name)) {
            case LOCAL -> {
                b.beginStoreLocal(u.local(name));
                b.emitUnset();
                b.endStoreLocal();
            }
            case CELL, FREE -> {
                b.beginStoreCellValue();
                b.emitLoadLocal(u.local(name));
                b.emitUnset();
                b.endStoreCellValue();
            }
            case GLOBAL -> b.emitDeleteGlobal(name);
            case NAME -> {
                if (u.scope.kind == Scope.Kind.CLASS) {
                    b.emitDeleteClassName(name);
                } else {
                    b.emitDeleteGlobal(name);
                }
            }
        }
        b.endBlock();
    }

    /** {@code with a as x, b as y:} is {@code with a as x: with b as y:}. */
    private void withItems(Unit u, Ast.With w, int i) {
        if (i == w.items().size()) {
            block(u, w.body());
            return;
        }
        PyRootNodeGen.Builder b = u.b;
        Ast.WithItem item = w.items().get(i);
        BytecodeLocal mgr = u.temp();
        BytecodeLocal exit = u.temp();
        b.beginBlock();
        beginSection(u, item.contextExpr());
        b.beginStoreLocal(mgr);
        expr(u, item.contextExpr());
        b.endStoreLocal();
        b.beginStoreLocal(exit);
        b.beginWithExit();
        b.emitLoadLocal(mgr);
        b.endWithExit();
        b.endStoreLocal();
        endSection(u);
        Runnable enter = () -> {
            beginSection(u, item.contextExpr());
            b.beginWithEnter();
            b.emitLoadLocal(mgr);
            b.endWithEnter();
            endSection(u);
        };
        if (item.optionalVars() != null) {
            assign(u, item.optionalVars(), enter);
        } else {
            enter.run();
        }
        b.beginTryCatchOtherwise(() -> {
            b.beginWithExitNormal();
            b.emitLoadLocal(exit);
            b.endWithExitNormal();
        });
        b.beginBlock();
        withItems(u, w, i + 1);
        b.endBlock();
        b.beginWithExitException();
        b.emitLoadLocal(exit);
        b.emitLoadException();
        b.endWithExitException();
        b.endTryCatchOtherwise();
        b.endBlock();
    }

    /**
     * The body of a while or for loop: {@code prefix} (the for target's assignment) and the statements,
     * in a block that ends with the {@code continue} label; {@code break} goes to {@code breakLabel}.
     */
    private void loopBody(Unit u, BytecodeLabel breakLabel, List<Stmt> body, Runnable prefix) {
        PyRootNodeGen.Builder b = u.b;
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        if (prefix != null) {
            prefix.run();
        }
        u.loops.push(new BytecodeLabel[]{breakLabel, continueLabel});
        stmts(u, body, false);
        u.loops.pop();
        b.emitLabel(continueLabel);
        b.endBlock();
    }

    /** A loop target that is a plain fast local: the iteration stores into it directly. */
    private static boolean isPlainLocal(Unit u, Expr target) {
        return target instanceof Ast.Name n && u.scope.lookup(n.id()) == Scope.Binding.LOCAL;
    }

    /** The local a for-loop stores each item into: the loop variable itself when it is a plain fast local. */
    private BytecodeLocal directTarget(Unit u, Expr target) {
        return isPlainLocal(u, target) ? u.local(((Ast.Name) target).id()) : u.temp();
    }

    private void beginSection(Unit u, Ast.Node n) {
        Ast.Pos p = n.pos();
        u.b.beginSourceSection(p.start(), Math.max(0, p.end() - p.start()));
    }

    private void endSection(Unit u) {
        u.b.endSourceSection();
    }

    // ================================================================== assignment

    /** Stores the value produced by {@code value} into a target expression. */
    private void assign(Unit u, Expr target, Runnable value) {
        PyRootNodeGen.Builder b = u.b;
        switch (target) {
            case Ast.Name n -> storeName(u, n.id(), value);
            case Ast.Attribute a -> {
                BytecodeLocal v = u.temp();
                b.beginStoreLocal(v);
                value.run();
                b.endStoreLocal();
                beginSection(u, a);
                b.beginSetAttr(a.attr());
                expr(u, a.value());
                b.emitLoadLocal(v);
                b.endSetAttr();
                endSection(u);
            }
            case Ast.Subscript s -> {
                BytecodeLocal v = u.temp();
                b.beginStoreLocal(v);
                value.run();
                b.endStoreLocal();
                beginSection(u, s);
                b.beginSetItem();
                expr(u, s.value());
                slice(u, s.slice());
                b.emitLoadLocal(v);
                b.endSetItem();
                endSection(u);
            }
            case Ast.Tuple t -> unpack(u, t.elts(), value, t.pos());
            case Ast.ListExpr l -> unpack(u, l.elts(), value, l.pos());
            case Ast.Starred st -> throw error("starred assignment target must be in a list or tuple", st.pos());
            default -> throw error("cannot assign to " + describe(target), target.pos());
        }
    }

    private static String describe(Expr e) {
        return switch (e) {
            case Ast.Call c -> "function call";
            case Ast.Constant c -> "literal";
            case Ast.BinOp c -> "expression";
            default -> "expression";
        };
    }

    private void unpack(Unit u, List<Expr> elts, Runnable value, Ast.Pos pos) {
        PyRootNodeGen.Builder b = u.b;
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Ast.Starred) {
                if (star >= 0) {
                    throw error("multiple starred expressions in assignment", elts.get(i).pos());
                }
                star = i;
            }
        }
        BytecodeLocal arr = u.temp();
        b.beginSourceSection(pos.start(), Math.max(0, pos.end() - pos.start()));
        b.beginStoreLocal(arr);
        if (star < 0) {
            b.beginUnpackSequence(elts.size());
            value.run();
            b.endUnpackSequence();
        } else {
            b.beginUnpackEx(star, elts.size() - star - 1);
            value.run();
            b.endUnpackEx();
        }
        b.endStoreLocal();
        b.endSourceSection();
        for (int i = 0; i < elts.size(); i++) {
            Expr t = elts.get(i);
            if (t instanceof Ast.Starred s) {
                t = s.value();
            }
            final int index = i;
            assign(u, t, () -> {
                b.beginArrayItem(index);
                b.emitLoadLocal(arr);
                b.endArrayItem();
            });
        }
    }

    private void storeName(Unit u, String name, Runnable value) {
        PyRootNodeGen.Builder b = u.b;
        switch (u.scope.lookup(name)) {
            case LOCAL -> {
                b.beginStoreLocal(u.local(name));
                value.run();
                b.endStoreLocal();
            }
            case CELL, FREE -> {
                b.beginStoreCellValue();
                b.emitLoadLocal(u.local(name));
                value.run();
                b.endStoreCellValue();
            }
            case GLOBAL -> {
                b.beginStoreGlobal(name);
                value.run();
                b.endStoreGlobal();
            }
            case NAME -> {
                if (u.scope.kind == Scope.Kind.CLASS) {
                    b.beginStoreClassName(name);
                    value.run();
                    b.endStoreClassName();
                } else {
                    b.beginStoreGlobal(name);
                    value.run();
                    b.endStoreGlobal();
                }
            }
        }
    }

    private void loadName(Unit u, String name) {
        PyRootNodeGen.Builder b = u.b;
        switch (u.scope.lookup(name)) {
            case LOCAL -> {
                if (u.scope.params.contains(name)) {
                    b.emitLoadLocal(u.local(name));
                } else {
                    b.beginCheckLocal(name);
                    b.emitLoadLocal(u.local(name));
                    b.endCheckLocal();
                }
            }
            case CELL, FREE -> {
                b.beginLoadCellValue(name);
                b.emitLoadLocal(u.local(name));
                b.endLoadCellValue();
            }
            case GLOBAL -> b.emitLoadGlobal(name);
            case NAME -> {
                if (u.scope.kind == Scope.Kind.CLASS) {
                    b.emitLoadClassName(name);
                } else {
                    b.emitLoadGlobal(name);
                }
            }
        }
    }

    private void delete(Unit u, Expr target) {
        PyRootNodeGen.Builder b = u.b;
        switch (target) {
            case Ast.Name n -> {
                switch (u.scope.lookup(n.id())) {
                    case LOCAL -> {
                        b.beginCheckLocal(n.id());
                        b.emitLoadLocal(u.local(n.id()));
                        b.endCheckLocal();
                        b.beginStoreLocal(u.local(n.id()));
                        b.emitUnset();
                        b.endStoreLocal();
                    }
                    case CELL, FREE -> {
                        b.beginLoadCellValue(n.id());
                        b.emitLoadLocal(u.local(n.id()));
                        b.endLoadCellValue();
                        b.beginStoreCellValue();
                        b.emitLoadLocal(u.local(n.id()));
                        b.emitUnset();
                        b.endStoreCellValue();
                    }
                    case GLOBAL -> b.emitDeleteGlobal(n.id());
                    case NAME -> {
                        if (u.scope.kind == Scope.Kind.CLASS) {
                            b.emitDeleteClassName(n.id());
                        } else {
                            b.emitDeleteGlobal(n.id());
                        }
                    }
                }
            }
            case Ast.Subscript s -> {
                beginSection(u, s);
                b.beginDelItem();
                expr(u, s.value());
                slice(u, s.slice());
                b.endDelItem();
                endSection(u);
            }
            case Ast.Attribute a -> {
                beginSection(u, a);
                b.beginDelAttr(a.attr());
                expr(u, a.value());
                b.endDelAttr();
                endSection(u);
            }
            case Ast.Tuple t -> t.elts().forEach(e -> delete(u, e));
            case Ast.ListExpr l -> l.elts().forEach(e -> delete(u, e));
            default -> throw error("cannot delete " + describe(target), target.pos());
        }
    }

    private void augAssign(Unit u, Ast.AugAssign a) {
        PyRootNodeGen.Builder b = u.b;
        switch (a.target()) {
            case Ast.Name n -> storeName(u, n.id(), () -> {
                beginSection(u, a);
                beginInplace(u, a.op());
                loadName(u, n.id());
                expr(u, a.value());
                endInplace(u, a.op());
                endSection(u);
            });
            case Ast.Attribute at -> {
                BytecodeLocal obj = u.temp();
                b.beginStoreLocal(obj);
                expr(u, at.value());
                b.endStoreLocal();
                beginSection(u, a);
                b.beginSetAttr(at.attr());
                b.emitLoadLocal(obj);
                beginInplace(u, a.op());
                b.beginGetAttr(at.attr());
                b.emitLoadLocal(obj);
                b.endGetAttr();
                expr(u, a.value());
                endInplace(u, a.op());
                b.endSetAttr();
                endSection(u);
            }
            case Ast.Subscript s -> {
                BytecodeLocal obj = u.temp();
                BytecodeLocal key = u.temp();
                b.beginStoreLocal(obj);
                expr(u, s.value());
                b.endStoreLocal();
                b.beginStoreLocal(key);
                slice(u, s.slice());
                b.endStoreLocal();
                beginSection(u, a);
                b.beginSetItem();
                b.emitLoadLocal(obj);
                b.emitLoadLocal(key);
                beginInplace(u, a.op());
                b.beginGetItem();
                b.emitLoadLocal(obj);
                b.emitLoadLocal(key);
                b.endGetItem();
                expr(u, a.value());
                endInplace(u, a.op());
                b.endSetItem();
                endSection(u);
            }
            default -> throw error("'" + describe(a.target()) + "' is an illegal expression for augmented assignment", a.target().pos());
        }
    }

    private void beginInplace(Unit u, Ast.BinOpKind op) {
        if (op == Ast.BinOpKind.ADD) {
            u.b.beginInplaceAdd();
        } else {
            u.b.beginInplaceOp(op.ordinal());
        }
    }

    private void endInplace(Unit u, Ast.BinOpKind op) {
        if (op == Ast.BinOpKind.ADD) {
            u.b.endInplaceAdd();
        } else {
            u.b.endInplaceOp();
        }
    }

    // ================================================================== functions

    private void makeFunction(Unit u, Ast.Node node, Ast.Arguments args) {
        PyRootNodeGen.Builder b = u.b;
        PyCode code = compileUnit(node);
        Scope child = scopes.get(node);
        b.beginMakeFunction(code);
        // defaults
        if (args.defaults().isEmpty()) {
            b.emitLoadConstant(PyNone.NONE);
        } else {
            b.beginBuildTuple();
            for (Expr d : args.defaults()) {
                expr(u, d);
            }
            b.endBuildTuple();
        }
        // keyword-only defaults
        boolean anyKw = false;
        for (Expr d : args.kwDefaults()) {
            anyKw |= d != null;
        }
        if (!anyKw) {
            b.emitLoadConstant(PyNone.NONE);
        } else {
            b.beginBuildDict();
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d != null) {
                    b.emitLoadConstant(args.kwonlyargs().get(i).arg());
                    expr(u, d);
                }
            }
            b.endBuildDict();
        }
        closure(u, child);
        b.endMakeFunction();
    }

    private void closure(Unit u, Scope child) {
        PyRootNodeGen.Builder b = u.b;
        if (child.freevars.isEmpty()) {
            b.emitLoadConstant(PyNone.NONE);
            return;
        }
        b.beginBuildTuple();
        for (String name : child.freevars) {
            b.emitLoadLocal(u.local(name));
        }
        b.endBuildTuple();
    }

    private enum ComprehensionKind {
        LIST, DICT, SET
    }

    /** The body of a comprehension function: argument 1 is the iterator of the first {@code for}. */
    private void comprehensionBody(Unit u, List<Ast.Comprehension> gens, Expr elt, Expr value, ComprehensionKind kind) {
        PyRootNodeGen.Builder b = u.b;
        BytecodeLocal result = u.temp();
        b.beginStoreLocal(result);
        if (kind == ComprehensionKind.LIST) {
            b.beginBuildList();
            b.endBuildList();
        } else if (kind == ComprehensionKind.SET) {
            b.beginBuildSet();
            b.endBuildSet();
        } else {
            b.beginBuildDict();
            b.endBuildDict();
        }
        b.endStoreLocal();
        comprehensionLoop(u, gens, 0, () -> {
            if (kind == ComprehensionKind.LIST) {
                b.beginListAppend();
                b.emitLoadLocal(result);
                expr(u, elt);
                b.endListAppend();
            } else if (kind == ComprehensionKind.SET) {
                b.beginSetAdd();
                b.emitLoadLocal(result);
                expr(u, elt);
                b.endSetAdd();
            } else {
                b.beginSetItem();
                b.emitLoadLocal(result);
                expr(u, elt);
                expr(u, value);
                b.endSetItem();
            }
        });
        b.beginReturn();
        b.emitLoadLocal(result);
        b.endReturn();
    }

    private void comprehensionLoop(Unit u, List<Ast.Comprehension> gens, int index, Runnable innermost) {
        PyRootNodeGen.Builder b = u.b;
        Ast.Comprehension g = gens.get(index);
        if (g.isAsync()) {
            throw error("asynchronous comprehensions are not supported by bytepy yet", g.pos());
        }
        BytecodeLocal iter;
        if (index == 0) {
            iter = u.local(".0");
        } else {
            iter = u.temp();
            b.beginStoreLocal(iter);
            b.beginGetIter();
            expr(u, g.iter());
            b.endGetIter();
            b.endStoreLocal();
        }
        BytecodeLocal item = directTarget(u, g.target());
        b.beginWhile();
        b.beginForNext(item);
        b.emitLoadLocal(iter);
        b.endForNext();
        b.beginBlock();
        if (!isPlainLocal(u, g.target())) {
            assign(u, g.target(), () -> b.emitLoadLocal(item));
        }
        Runnable inner = index + 1 < gens.size() ? () -> comprehensionLoop(u, gens, index + 1, innermost) : innermost;
        if (g.ifs().isEmpty()) {
            inner.run();
        } else {
            b.beginIfThen();
            if (g.ifs().size() == 1) {
                boolExpr(u, g.ifs().get(0));
            } else {
                b.beginCmpAnd();
                for (Expr cond : g.ifs()) {
                    expr(u, cond);
                }
                b.endCmpAnd();
            }
            b.beginBlock();
            inner.run();
            b.endBlock();
            b.endIfThen();
        }
        b.endBlock();
        b.endWhile();
    }

    private void comprehension(Unit u, Expr node, List<Ast.Comprehension> gens) {
        PyRootNodeGen.Builder b = u.b;
        Scope child = scopes.get(node);
        PyCode code = compileUnit(node);
        beginSection(u, node);
        b.beginCall();
        b.beginMakeFunction(code);
        b.emitLoadConstant(PyNone.NONE);
        b.emitLoadConstant(PyNone.NONE);
        closure(u, child);
        b.endMakeFunction();
        b.beginGetIter();
        expr(u, gens.get(0).iter());
        b.endGetIter();
        b.endCall();
        endSection(u);
    }

    // ================================================================== expressions

    private void expr(Unit u, Expr e) {
        PyRootNodeGen.Builder b = u.b;
        if (e instanceof Ast.BinOp || e instanceof Ast.UnaryOp || e instanceof Ast.Tuple) {
            Object folded = ConstantFolder.fold(e);
            if (folded != null) {
                constant(u, folded, e.pos());
                return;
            }
        }
        switch (e) {
            case Ast.Constant c -> constant(u, c.value(), c.pos());
            case Ast.Name n -> {
                beginSection(u, n);
                loadName(u, n.id());
                endSection(u);
            }
            case Ast.BinOp bin -> {
                beginSection(u, bin);
                beginBinary(u, bin.op());
                expr(u, bin.left());
                expr(u, bin.right());
                endBinary(u, bin.op());
                endSection(u);
            }
            case Ast.UnaryOp un -> {
                beginSection(u, un);
                switch (un.op()) {
                    case NOT -> {
                        b.beginNot();
                        expr(u, un.operand());
                        b.endNot();
                    }
                    case USUB -> {
                        b.beginNeg();
                        expr(u, un.operand());
                        b.endNeg();
                    }
                    case UADD -> {
                        b.beginPos();
                        expr(u, un.operand());
                        b.endPos();
                    }
                    case INVERT -> {
                        b.beginInvert();
                        expr(u, un.operand());
                        b.endInvert();
                    }
                }
                endSection(u);
            }
            case Ast.BoolOp bo -> {
                beginSection(u, bo);
                if (bo.isAnd()) {
                    b.beginBoolAnd();
                } else {
                    b.beginBoolOr();
                }
                for (Expr v : bo.values()) {
                    expr(u, v);
                }
                if (bo.isAnd()) {
                    b.endBoolAnd();
                } else {
                    b.endBoolOr();
                }
                endSection(u);
            }
            case Ast.Compare c -> compare(u, c);
            case Ast.IfExp i -> {
                b.beginConditional();
                boolExpr(u, i.test());
                expr(u, i.body());
                expr(u, i.orelse());
                b.endConditional();
            }
            case Ast.Call c -> call(u, c);
            case Ast.Attribute a -> {
                beginSection(u, a);
                b.beginGetAttr(a.attr());
                expr(u, a.value());
                b.endGetAttr();
                endSection(u);
            }
            case Ast.Subscript s -> {
                beginSection(u, s);
                b.beginGetItem();
                expr(u, s.value());
                slice(u, s.slice());
                b.endGetItem();
                endSection(u);
            }
            case Ast.ListExpr l -> sequence(u, l.elts(), false);
            case Ast.Tuple t -> sequence(u, t.elts(), true);
            case Ast.Dict d -> dict(u, d);
            case Ast.JoinedStr j -> joinedStr(u, j);
            case Ast.FormattedValue f -> {
                Ast.JoinedStr wrapper = new Ast.JoinedStr(f.pos(), List.of(f));
                joinedStr(u, wrapper);
            }
            case Ast.Lambda l -> makeFunction(u, l, l.args());
            case Ast.ListComp c -> comprehension(u, c, c.generators());
            case Ast.DictComp c -> comprehension(u, c, c.generators());
            case Ast.NamedExpr n -> {
                BytecodeLocal tmp = u.temp();
                b.beginBlock();
                b.beginStoreLocal(tmp);
                expr(u, n.value());
                b.endStoreLocal();
                storeName(u, ((Ast.Name) n.target()).id(), () -> b.emitLoadLocal(tmp));
                b.emitLoadLocal(tmp);
                b.endBlock();
            }
            case Ast.Starred s -> throw error("can't use starred expression here", s.pos());
            case Ast.Slice s -> slice(u, s);
            case Ast.Set st -> {
                boolean anyStar = false;
                for (Expr x : st.elts()) {
                    anyStar |= x instanceof Ast.Starred;
                }
                if (anyStar) {
                    b.beginListToSet();
                    starredList(u, st.elts());
                    b.endListToSet();
                } else {
                    b.beginBuildSet();
                    for (Expr x : st.elts()) {
                        expr(u, x);
                    }
                    b.endBuildSet();
                }
            }
            case Ast.SetComp c -> comprehension(u, c, c.generators());
            case Ast.GeneratorExp g -> comprehension(u, g, g.generators());
            case Ast.Yield y -> {
                beginSection(u, y);
                b.beginCheckResume();
                b.beginYield();
                optional(u, y.value());
                b.endYield();
                b.endCheckResume();
                endSection(u);
            }
            case Ast.YieldFrom y -> yieldFrom(u, y);
            case Ast.Await a -> throw error("'await' is not supported by bytepy yet", a.pos());
        }
    }

    /** {@code yield from it}: a loop of {@link PyRootNode.YieldFromNext} steps and yields; its value is the delegate's return value. */
    private void yieldFrom(Unit u, Ast.YieldFrom y) {
        PyRootNodeGen.Builder b = u.b;
        BytecodeLocal it = u.temp();
        BytecodeLocal sent = u.temp();
        BytecodeLocal out = u.temp();
        beginSection(u, y);
        b.beginBlock();
        b.beginStoreLocal(it);
        b.beginGetYieldFromIter();
        expr(u, y.value());
        b.endGetYieldFromIter();
        b.endStoreLocal();
        b.beginStoreLocal(sent);
        b.emitLoadConstant(PyNone.NONE);
        b.endStoreLocal();
        b.beginWhile();
        b.beginYieldFromNext(out);
        b.emitLoadLocal(it);
        b.emitLoadLocal(sent);
        b.endYieldFromNext();
        b.beginStoreLocal(sent);
        b.beginYield();
        b.emitLoadLocal(out);
        b.endYield();
        b.endStoreLocal();
        b.endWhile();
        b.emitLoadLocal(out);
        b.endBlock();
        endSection(u);
    }

    private void constant(Unit u, Object value, Ast.Pos pos) {
        u.b.emitLoadConstant(constantValue(value, pos));
    }

    private Object constantValue(Object value, Ast.Pos pos) {
        if (value instanceof Ast.NoneValue) {
            return PyNone.NONE;
        } else if (value instanceof Ast.EllipsisValue) {
            return PySingleton.ELLIPSIS;
        } else if (value instanceof Ast.Imaginary im) {
            return new org.bytepy.runtime.PyComplex(0.0, im.imag());
        } else if (value instanceof List<?> items) {
            Object[] out = new Object[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = constantValue(items.get(i), pos);
            }
            return PyTuple.of(out);
        } else if (value instanceof BigInteger bi) {
            return bi.bitLength() < 64 ? (Object) bi.longValue() : bi;
        }
        return value;
    }

    private void slice(Unit u, Expr s) {
        PyRootNodeGen.Builder b = u.b;
        if (s instanceof Ast.Slice sl) {
            b.beginBuildSlice();
            optional(u, sl.lower());
            optional(u, sl.upper());
            optional(u, sl.step());
            b.endBuildSlice();
        } else {
            expr(u, s);
        }
    }

    private void optional(Unit u, Expr e) {
        if (e == null) {
            u.b.emitLoadConstant(PyNone.NONE);
        } else {
            expr(u, e);
        }
    }

    private void beginBinary(Unit u, Ast.BinOpKind op) {
        PyRootNodeGen.Builder b = u.b;
        switch (op) {
            case ADD -> b.beginAdd();
            case SUB -> b.beginSub();
            case MULT -> b.beginMul();
            case MATMULT -> b.beginMatMul();
            case DIV -> b.beginTrueDiv();
            case MOD -> b.beginMod();
            case POW -> b.beginPow();
            case LSHIFT -> b.beginLShift();
            case RSHIFT -> b.beginRShift();
            case BITOR -> b.beginBitOr();
            case BITXOR -> b.beginBitXor();
            case BITAND -> b.beginBitAnd();
            case FLOORDIV -> b.beginFloorDiv();
        }
    }

    private void endBinary(Unit u, Ast.BinOpKind op) {
        PyRootNodeGen.Builder b = u.b;
        switch (op) {
            case ADD -> b.endAdd();
            case SUB -> b.endSub();
            case MULT -> b.endMul();
            case MATMULT -> b.endMatMul();
            case DIV -> b.endTrueDiv();
            case MOD -> b.endMod();
            case POW -> b.endPow();
            case LSHIFT -> b.endLShift();
            case RSHIFT -> b.endRShift();
            case BITOR -> b.endBitOr();
            case BITXOR -> b.endBitXor();
            case BITAND -> b.endBitAnd();
            case FLOORDIV -> b.endFloorDiv();
        }
    }

    private void beginCompare(Unit u, Ast.CmpOpKind op) {
        PyRootNodeGen.Builder b = u.b;
        switch (op) {
            case EQ -> b.beginEq();
            case NOTEQ -> b.beginNe();
            case LT -> b.beginLt();
            case LTE -> b.beginLe();
            case GT -> b.beginGt();
            case GTE -> b.beginGe();
            case IS -> b.beginIs();
            case ISNOT -> b.beginIsNot();
            case IN -> b.beginIn();
            case NOTIN -> b.beginNotIn();
        }
    }

    private void endCompare(Unit u, Ast.CmpOpKind op) {
        PyRootNodeGen.Builder b = u.b;
        switch (op) {
            case EQ -> b.endEq();
            case NOTEQ -> b.endNe();
            case LT -> b.endLt();
            case LTE -> b.endLe();
            case GT -> b.endGt();
            case GTE -> b.endGe();
            case IS -> b.endIs();
            case ISNOT -> b.endIsNot();
            case IN -> b.endIn();
            case NOTIN -> b.endNotIn();
        }
    }

    /** {@code a < b < c}: each middle operand evaluated once, stopping at the first false comparison. */
    private void compare(Unit u, Ast.Compare c) {
        PyRootNodeGen.Builder b = u.b;
        beginSection(u, c);
        int n = c.ops().size();
        if (n == 1) {
            beginCompare(u, c.ops().get(0));
            expr(u, c.left());
            expr(u, c.comparators().get(0));
            endCompare(u, c.ops().get(0));
        } else {
            b.beginCmpAnd();
            BytecodeLocal prev = null;
            for (int i = 0; i < n; i++) {
                Ast.CmpOpKind op = c.ops().get(i);
                beginCompare(u, op);
                if (i == 0) {
                    expr(u, c.left());
                } else {
                    b.emitLoadLocal(prev);
                }
                Expr right = c.comparators().get(i);
                if (i < n - 1) {
                    BytecodeLocal t = u.temp();
                    b.beginBlock();
                    b.beginStoreLocal(t);
                    expr(u, right);
                    b.endStoreLocal();
                    b.emitLoadLocal(t);
                    b.endBlock();
                    prev = t;
                } else {
                    expr(u, right);
                }
                endCompare(u, op);
            }
            b.endCmpAnd();
        }
        endSection(u);
    }

    private void sequence(Unit u, List<Expr> elts, boolean tuple) {
        PyRootNodeGen.Builder b = u.b;
        boolean anyStar = false;
        for (Expr e : elts) {
            anyStar |= e instanceof Ast.Starred;
        }
        if (!anyStar) {
            if (tuple) {
                b.beginBuildTuple();
            } else {
                b.beginBuildList();
            }
            for (Expr e : elts) {
                expr(u, e);
            }
            if (tuple) {
                b.endBuildTuple();
            } else {
                b.endBuildList();
            }
            return;
        }
        if (tuple) {
            b.beginListToTuple();
        }
        starredList(u, elts);
        if (tuple) {
            b.endListToTuple();
        }
    }

    private void starredList(Unit u, List<Expr> elts) {
        PyRootNodeGen.Builder b = u.b;
        boolean[] starred = new boolean[elts.size()];
        for (int i = 0; i < starred.length; i++) {
            starred[i] = elts.get(i) instanceof Ast.Starred;
        }
        b.beginBuildListUnpack(starred);
        for (Expr e : elts) {
            expr(u, e instanceof Ast.Starred s ? s.value() : e);
        }
        b.endBuildListUnpack();
    }

    private void dict(Unit u, Ast.Dict d) {
        PyRootNodeGen.Builder b = u.b;
        boolean anyUnpack = false;
        for (Expr k : d.keys()) {
            anyUnpack |= k == null;
        }
        if (!anyUnpack) {
            b.beginBuildDict();
            for (int i = 0; i < d.keys().size(); i++) {
                expr(u, d.keys().get(i));
                expr(u, d.values().get(i));
            }
            b.endBuildDict();
            return;
        }
        boolean[] unpack = new boolean[d.keys().size()];
        for (int i = 0; i < unpack.length; i++) {
            unpack[i] = d.keys().get(i) == null;
        }
        b.beginBuildDictUnpack(unpack);
        for (int i = 0; i < unpack.length; i++) {
            if (unpack[i]) {
                b.emitLoadConstant(PyNone.NONE);
            } else {
                expr(u, d.keys().get(i));
            }
            expr(u, d.values().get(i));
        }
        b.endBuildDictUnpack();
    }

    private void joinedStr(Unit u, Ast.JoinedStr j) {
        PyRootNodeGen.Builder b = u.b;
        b.beginBuildString();
        for (Expr part : j.values()) {
            if (part instanceof Ast.Constant c) {
                b.emitLoadConstant(c.value());
            } else if (part instanceof Ast.FormattedValue f) {
                beginSection(u, f);
                b.beginFormatValue(f.conversion());
                expr(u, f.value());
                if (f.formatSpec() == null) {
                    b.emitLoadConstant("");
                } else {
                    expr(u, f.formatSpec());
                }
                b.endFormatValue();
                endSection(u);
            } else {
                expr(u, part);
            }
        }
        b.endBuildString();
    }

    /** The scope whose first argument a zero-argument super() uses: comprehensions are inlined in CPython. */
    private static Scope superScope(Scope s) {
        while (s.kind == Scope.Kind.COMPREHENSION && s.parent != null) {
            s = s.parent;
        }
        return s;
    }

    private void call(Unit u, Ast.Call c) {
        PyRootNodeGen.Builder b = u.b;
        boolean anyStar = false, anyDoubleStar = false;
        for (Expr a : c.args()) {
            anyStar |= a instanceof Ast.Starred;
        }
        for (Ast.Keyword k : c.keywords()) {
            anyDoubleStar |= k.arg() == null;
        }
        beginSection(u, c);
        b.beginTag(CallTag.class);
        if (c.func() instanceof Ast.Name fn && fn.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() && u.scope.isFunctionLike() &&
                        (u.scope.lookup("__class__") == Scope.Binding.FREE || u.scope.lookup("__class__") == Scope.Binding.CELL) && !superScope(u.scope).params.isEmpty()) {
            // zero-argument super(): super(__class__, <first argument>)
            b.beginCall();
            loadName(u, "super");
            loadName(u, "__class__");
            loadName(u, superScope(u.scope).params.get(0));
            b.endCall();
            b.endTag(CallTag.class);
            endSection(u);
            return;
        }
        if (c.func() instanceof Ast.Name fn && (fn.id().equals("locals") || fn.id().equals("vars") || fn.id().equals("dir")) && c.args().isEmpty() && c.keywords().isEmpty() &&
                        (u.scope.lookup(fn.id()) == Scope.Binding.GLOBAL || u.scope.lookup(fn.id()) == Scope.Binding.NAME)) {
            // locals(), vars() and dir() without arguments read the caller's namespace: compiled in place
            boolean dir = fn.id().equals("dir");
            if (dir) {
                b.beginCall();
                b.emitLoadGlobal("sorted");
            }
            if (u.scope.isFunctionLike()) {
                b.emitLocals();
            } else if (u.scope.kind == Scope.Kind.CLASS) {
                b.emitClassNamespace();
            } else {
                b.beginCall();
                b.emitLoadGlobal("globals");
                b.endCall();
            }
            if (dir) {
                b.endCall();
            }
            b.endTag(CallTag.class);
            endSection(u);
            return;
        }
        if (anyStar || anyDoubleStar) {
            b.beginCallEx();
            expr(u, c.func());
            starredList(u, c.args());
            if (c.keywords().isEmpty()) {
                b.emitLoadConstant(PyNone.NONE);
            } else {
                boolean[] unpack = new boolean[c.keywords().size()];
                for (int i = 0; i < unpack.length; i++) {
                    unpack[i] = c.keywords().get(i).arg() == null;
                }
                b.beginBuildDictUnpack(unpack);
                for (Ast.Keyword k : c.keywords()) {
                    if (k.arg() == null) {
                        b.emitLoadConstant(PyNone.NONE);
                    } else {
                        b.emitLoadConstant(k.arg());
                    }
                    expr(u, k.value());
                }
                b.endBuildDictUnpack();
            }
            b.endCallEx();
        } else if (c.keywords().isEmpty()) {
            b.beginCall();
            expr(u, c.func());
            for (Expr a : c.args()) {
                expr(u, a);
            }
            b.endCall();
        } else {
            String[] names = new String[c.keywords().size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = c.keywords().get(i).arg();
                for (int j = 0; j < i; j++) {
                    if (names[j].equals(names[i])) {
                        throw error("keyword argument repeated: " + names[i], c.keywords().get(i).pos());
                    }
                }
            }
            b.beginCallKw(names);
            expr(u, c.func());
            for (Expr a : c.args()) {
                expr(u, a);
            }
            for (Ast.Keyword k : c.keywords()) {
                expr(u, k.value());
            }
            b.endCallKw();
        }
        b.endTag(CallTag.class);
        endSection(u);
    }
}
