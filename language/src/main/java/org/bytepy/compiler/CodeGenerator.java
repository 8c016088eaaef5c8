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
import com.oracle.truffle.api.instrumentation.StandardTags.ExpressionTag;
import com.oracle.truffle.api.instrumentation.StandardTags.ReadVariableTag;
import com.oracle.truffle.api.instrumentation.StandardTags.WriteVariableTag;
import com.oracle.truffle.api.instrumentation.StandardTags.StatementTag;
import com.oracle.truffle.api.source.Source;

import org.bytepy.BytepyLanguage;
import org.bytepy.ast.Ast;
import org.bytepy.ast.Ast.Expr;
import org.bytepy.ast.Ast.Stmt;
import org.bytepy.nodes.PyRootNode;
import org.bytepy.nodes.PyRootNodeGen;
import org.bytepy.parser.PySyntaxError;
import org.bytepy.runtime.ExecNamespace;
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
        return compile(language, source, filename, mod, false);
    }

    /**
     * Like {@link #compile(BytepyLanguage, Source, String, Ast.Mod)}; with {@code mappingNamespace} the
     * module-level names live in the mapping passed as frame argument 1 (an {@link ExecNamespace}), as
     * {@code exec(code, globals, locals)} needs: CPython's LOAD_NAME/STORE_NAME/DELETE_NAME.
     */
    public static PyCode compile(BytepyLanguage language, Source source, String filename, Ast.Mod mod, boolean mappingNamespace) {
        List<org.bytepy.parser.CompileWarning> warnings = new ArrayList<>();
        Map<Ast.Node, Scope> scopes = ScopeAnalyzer.analyze(mod, filename, source.getCharacters().toString(), warnings);
        CodeGenerator gen = new CodeGenerator(language, source, filename, scopes);
        gen.mappingNamespace = mappingNamespace;
        PyCode code = gen.compileUnit(mod);
        code.mappingNamespace = mappingNamespace;
        code.compileWarnings = warnings.isEmpty() ? null : warnings;
        return code;
    }

    /** Module-level names go through a mapping namespace (see {@link #compile(BytepyLanguage, Source, String, Ast.Mod, boolean)}). */
    private boolean mappingNamespace;

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
        /** co_consts, co_names and the inlined comprehensions' variables, recorded as code is generated. */
        final List<Object> consts = new ArrayList<>();
        final java.util.Set<Object> constKeys = new java.util.HashSet<>();
        final List<Object> lateConsts = new ArrayList<>();
        final java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        final java.util.LinkedHashSet<String> inlinedVarnames = new java.util.LinkedHashSet<>();
        /** Fast locals in order of first use in the generated code (CPython's co_varnames order). */
        final java.util.LinkedHashSet<String> varOrder = new java.util.LinkedHashSet<>();
        int suppressConsts;
        /** 'single' mode: expression statements of this (module-level) unit are echoed. */
        boolean interactive;

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
            startMetadata(u, node);
            emitBody(u, node);
            finishMetadata(u, node, code);
            PyRootNode root = b.endRoot();
            root.setCode(code);
            b.endSourceSection();
            b.endSource();
        });
        code.setCallTarget(roots.getNode(0).getCallTarget());
        return code;
    }

    private static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10, CO_GENERATOR = 0x20,
                    CO_COROUTINE = 0x80, CO_ASYNC_GENERATOR = 0x200;

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
        if (s.isAsync) {
            flags |= s.isGenerator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
        } else if (s.isGenerator) {
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
                if (hasAnnotations(m.body())) {
                    storeName(u, "__annotations__", () -> {
                        b.beginBuildDict();
                        b.endBuildDict();
                    });
                }
                stmts(u, m.body(), true);
                b.beginReturn();
                b.emitLoadLocal(u.lastValue);
                b.endReturn();
            }
            case Ast.Interactive m -> {
                u.interactive = true;
                stmts(u, m.body(), false);
                returnNone(u);
            }
            case Ast.Expression e -> {
                b.beginReturn();
                expr(u, e.body());
                b.endReturn();
            }
            case Ast.FunctionDef f -> {
                if (s.isGenerator || s.isAsync) {
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
                if (hasAnnotations(c.body())) {
                    b.beginStoreClassName("__annotations__");
                    b.beginBuildDict();
                    b.endBuildDict();
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
        Object[] pad = PyRootNode.POOL_PADDING;
        u.b.emitPadConstants(pad[0], pad[1], pad[2], pad[3], pad[4], pad[5], pad[6], pad[7]);
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
        // Every fast local exists before any code: the DSL's serializer runs a finally handler's
        // generator when the try begins, and a local first created there would belong to the handler's
        // (nested) serialization context although the try body uses it too.
        for (Map.Entry<String, Scope.Binding> e : s.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.LOCAL) {
                u.local(e.getKey());
            }
        }
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

    // ================================================================== co_consts, co_names

    /** Records a constant of {@code co_consts} (CPython's LOAD_CONST order; equal constants of the same type once). */
    private static void addConst(Unit u, Object value) {
        if (u.suppressConsts > 0) {
            return;
        }
        Object v = value instanceof Ast.NoneValue ? PyNone.NONE : value instanceof BigInteger bi && bi.bitLength() < 64 ? (Object) bi.longValue() : value;
        Object key = constKey(v);
        if (key != null) {
            if (u.constKeys.add(key)) {
                u.consts.add(v);
            }
            return;
        }
        for (Object c : u.consts) {
            if (sameConst(c, v)) {
                return;
            }
        }
        u.consts.add(v);
    }

    /** A hash key that is equal for constants CPython's compiler treats as the same (same type and value), or null. */
    private static Object constKey(Object v) {
        if (v instanceof String || v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof PyCode) {
            return List.of(v.getClass(), v);
        } else if (v instanceof Double d) {
            return List.of(Double.class, Double.doubleToRawLongBits(d));
        } else if (v instanceof PyNone || v instanceof PySingleton) {
            return v;
        } else if (v instanceof byte[] bytes) {
            return List.of(byte[].class, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        } else if (v instanceof PyTuple t) {
            List<Object> keys = new ArrayList<>();
            keys.add(PyTuple.class);
            for (Object item : t.items()) {
                Object k = constKey(item);
                if (k == null) {
                    return null;
                }
                keys.add(k);
            }
            return keys;
        }
        return null;
    }

    private static boolean sameConst(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass() || a instanceof PyCode) {
            return false;
        }
        if (a instanceof PyTuple ta) {
            Object[] x = ta.items(), y = ((PyTuple) b).items();
            if (x.length != y.length) {
                return false;
            }
            for (int i = 0; i < x.length; i++) {
                if (!sameConst(x[i], y[i])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof byte[] ba) {
            return java.util.Arrays.equals(ba, (byte[]) b);
        }
        return a.equals(b);
    }

    /** A for-loop or comprehension target that is a plain fast local: first use of the variable. */
    private static void noteVar(Unit u, Expr target) {
        if (target instanceof Ast.Name n && u.scope.lookup(n.id()) == Scope.Binding.LOCAL) {
            u.varOrder.add(n.id());
        }
    }

    /** Records a name of {@code co_names}. */
    private static void addName(Unit u, String name) {
        u.names.add(name);
    }

    private static boolean isNameOrGlobal(Unit u, String name) {
        Scope.Binding bd = u.scope.lookup(name);
        return bd == Scope.Binding.GLOBAL || bd == Scope.Binding.NAME;
    }

    /** A module-level name of code compiled for a separate locals mapping. */
    private boolean usesMapping(Unit u, String name) {
        return mappingNamespace && u.scope.kind == Scope.Kind.MODULE && u.scope.lookup(name) == Scope.Binding.NAME;
    }

    /** {@code fn(namespace, name[, value])}: a name operation on the mapping namespace of frame argument 1. */
    private static void mappingOp(Unit u, Object fn, String name, Runnable value) {
        PyRootNodeGen.Builder b = u.b;
        b.beginCall();
        b.emitLoadConstant(fn);
        b.emitClassNamespace();
        b.emitLoadConstant(name);
        if (value != null) {
            value.run();
        }
        b.endCall();
    }

    /** The value of a constant expression (after folding), or null. */
    private Object constValueOf(Expr e) {
        if (e instanceof Ast.Constant c) {
            return constantValue(c.value(), c.pos());
        }
        if (e instanceof Ast.BinOp || e instanceof Ast.UnaryOp || e instanceof Ast.Tuple) {
            Object folded = ConstantFolder.fold(e);
            if (folded != null) {
                return constantValue(folded, e.pos());
            }
        }
        return null;
    }

    /** What CPython's compiler puts first: a function's docstring (or None), a class body's qualname. */
    private void startMetadata(Unit u, Ast.Node node) {
        switch (node) {
            case Ast.FunctionDef f -> {
                String doc = docstring(f.body());
                addConst(u, doc != null ? doc : PyNone.NONE);
            }
            case Ast.Lambda l -> addConst(u, PyNone.NONE);
            case Ast.ClassDef c -> {
                addName(u, "__name__");
                addName(u, "__module__");
                addConst(u, u.scope.qualname);
                addName(u, "__qualname__");
                String doc = docstring(c.body());
                if (doc != null) {
                    addConst(u, doc);
                    addName(u, "__doc__");
                }
            }
            default -> {
            }
        }
    }

    /** The implicit {@code return None} and the late (folded) constants; stores the tables into the code object. */
    private void finishMetadata(Unit u, Ast.Node node, PyCode code) {
        switch (node) {
            case Ast.FunctionDef f -> {
                Stmt last = f.body().isEmpty() ? null : f.body().get(f.body().size() - 1);
                if (!(last instanceof Ast.Return || last instanceof Ast.Raise)) {
                    addConst(u, PyNone.NONE);
                }
            }
            case Ast.Module m -> addConst(u, PyNone.NONE);
            case Ast.Interactive m -> addConst(u, PyNone.NONE);
            case Ast.GeneratorExp g -> addConst(u, PyNone.NONE);
            case Ast.ClassDef c -> {
                if (u.scope.cellvars.contains("__class__")) {
                    addName(u, "__classcell__");
                } else {
                    addConst(u, PyNone.NONE);
                }
            }
            default -> {
            }
        }
        for (Object c : u.lateConsts) {
            addConst(u, c);
        }
        code.consts = u.consts.toArray();
        code.names = u.names.toArray(new String[0]);
        // co_varnames: parameters, then fast locals (and inlined comprehension variables) in order of first use
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(u.scope.params);
        for (String v : u.varOrder) {
            if (u.scope.lookup(v) == Scope.Binding.LOCAL || u.inlinedVarnames.contains(v)) {
                all.add(v);
            }
        }
        for (String v : code.varnames) {
            if (u.scope.lookup(v) == Scope.Binding.LOCAL) {
                all.add(v);
            }
        }
        all.addAll(u.inlinedVarnames);
        if (!java.util.Arrays.equals(all.toArray(new String[0]), code.varnames)) {
            code.displayVarnames = all.toArray(new String[0]);
        }
    }

    /** A list, set or dict comprehension is inlined in CPython 3.12 (PEP 709): its tables become the enclosing code's. */
    private static void inlineMetadata(Unit u, PyCode inner) {
        for (Object c : inner.consts) {
            addConst(u, c);
        }
        for (String n : inner.names) {
            addName(u, n);
        }
        for (String v : inner.coVarnames()) {
            if (!v.equals(".0") && !java.util.Arrays.asList(inner.freevars).contains(v)) {
                u.inlinedVarnames.add(v);
                u.varOrder.add(v);
            }
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
                if (w.isAsync() && !u.scope.isAsync) {
                    throw error("'async with' outside async function", w.pos());
                }
                withItems(u, w, 0);
            }
            case Ast.FunctionDef f when TypeParams.isGeneric(f) -> {
                beginStatement(u, s);
                genericDef(u, f, f.name(), f.decorators());
                endStatement(u);
            }
            case Ast.FunctionDef f -> {
                beginStatement(u, s);
                storeName(u, f.name(), () -> {
                    for (Expr d : f.decorators()) {
                        b.beginCall();
                        expr(u, d);
                    }
                    List<Ast.Arg> annotated = annotatedArgs(f.args());
                    if (!annotated.isEmpty() || f.returns() != null) {
                        b.beginSetFunctionAnnotations();
                        makeFunction(u, f, f.args());
                        b.beginBuildDict();
                        for (Ast.Arg arg : annotated) {
                            b.emitLoadConstant(arg.arg());
                            expr(u, arg.annotation());
                        }
                        if (f.returns() != null) {
                            b.emitLoadConstant("return");
                            expr(u, f.returns());
                        }
                        b.endBuildDict();
                        b.endSetFunctionAnnotations();
                    } else {
                        makeFunction(u, f, f.args());
                    }
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
            case Ast.ExprStmt e -> {
                if (u.interactive) {
                    // 'single' mode: expression statements are echoed by sys.displayhook
                    b.beginCall();
                    b.emitLoadConstant(ExecNamespace.DISPLAYHOOK);
                    expr(u, e.value());
                    b.endCall();
                } else {
                    expr(u, e.value());
                }
            }
            case Ast.Pass p -> {
            }
            case Ast.Return r -> {
                if (!u.scope.isFunctionLike()) {
                    throw error("'return' outside function", r.pos());
                }
                if (r.value() != null && u.scope.isAsync && u.scope.isGenerator) {
                    throw error("'return' with value in async generator", r.pos());
                }
                b.beginReturn();
                if (r.value() == null) {
                    addConst(u, PyNone.NONE);
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
                if (!u.scope.isFunctionLike() && a.simple() && a.target() instanceof Ast.Name n) {
                    // module and class bodies record the annotation: __annotations__['x'] = annotation
                    b.beginSetItem();
                    loadName(u, "__annotations__");
                    b.emitLoadConstant(n.id());
                    expr(u, a.annotation());
                    b.endSetItem();
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
                    addConst(u, 0L);
                    addConst(u, PyNone.NONE);
                    addName(u, a.name());
                    if (a.asname() != null) {
                        for (int k = 1; k < parts.length; k++) {
                            addName(u, parts[k]);
                        }
                    }
                    if (a.asname() == null) {
                        storeName(u, parts[0], () -> b.emitImportModule(a.name(), 0, false));
                    } else {
                        storeName(u, a.asname(), () -> b.emitImportModule(a.name(), 0, true));
                    }
                }
            }
            case Ast.ImportFrom i -> {
                BytecodeLocal mod = u.temp();
                addConst(u, (long) i.level());
                Object[] fromList = new Object[i.names().size()];
                for (int k = 0; k < fromList.length; k++) {
                    fromList[k] = i.names().get(k).name();
                }
                addConst(u, new PyTuple(fromList));
                addName(u, i.module() == null ? "" : i.module());
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
                    addName(u, a.name());
                    storeName(u, a.asname() != null ? a.asname() : a.name(), () -> {
                        b.beginImportFrom(a.name());
                        b.emitLoadLocal(mod);
                        b.endImportFrom();
                    });
                }
            }
            case Ast.ClassDef c when TypeParams.isGeneric(c) -> genericDef(u, c, c.name(), c.decorators());
            case Ast.ClassDef c -> classDef(u, c);
            case Ast.Match m -> matchStmt(u, m);
            case Ast.TypeAlias t -> genericDef(u, t, ((Ast.Name) t.name()).id(), List.of());
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
            addConst(u, code);
            addConst(u, c.name());
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
            asyncForStmt(u, f);
            return;
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
        noteVar(u, f.target());
        b.beginWhile();
        // each step of the loop is a statement on the for line, where debuggers stop as pdb does
        beginSection(u, f.target());
        b.beginTag(StatementTag.class);
        b.beginForNext(item);
        b.emitLoadLocal(iter);
        b.endForNext();
        b.endTag(StatementTag.class);
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

    /**
     * {@code async for}: {@code it = aiter(x)}; each step awaits {@code it.__anext__()} in a try that
     * ends the loop (running the else clause) on StopAsyncIteration.
     */
    private void asyncForStmt(Unit u, Ast.For f) {
        if (!u.scope.isAsync) {
            throw error("'async for' outside async function", f.pos());
        }
        PyRootNodeGen.Builder b = u.b;
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        BytecodeLocal iter = u.temp();
        BytecodeLocal item = u.temp();
        BytecodeLocal more = u.temp();
        beginSection(u, f.iter());
        b.beginStoreLocal(iter);
        b.beginGetAIter();
        expr(u, f.iter());
        b.endGetAIter();
        b.endStoreLocal();
        endSection(u);
        b.beginWhile();
        b.beginBlock();
        b.beginTryCatch();
        b.beginBlock();
        b.beginStoreLocal(item);
        delegate(u, () -> {
            b.beginGetAwaitable();
            b.beginGetANext();
            b.emitLoadLocal(iter);
            b.endGetANext();
            b.endGetAwaitable();
        });
        b.endStoreLocal();
        b.beginStoreLocal(more);
        b.emitLoadConstant(Boolean.TRUE);
        b.endStoreLocal();
        b.endBlock();
        b.beginBlock();
        b.beginCheckStopAsyncIteration();
        b.emitLoadException();
        b.endCheckStopAsyncIteration();
        b.beginStoreLocal(more);
        b.emitLoadConstant(Boolean.FALSE);
        b.endStoreLocal();
        b.endBlock();
        b.endTryCatch();
        b.beginIsTrue();
        b.emitLoadLocal(more);
        b.endIsTrue();
        b.endBlock();
        loopBody(u, breakLabel, f.body(), () -> assign(u, f.target(), () -> b.emitLoadLocal(item)));
        b.endWhile();
        stmts(u, f.orelse(), false);
        b.emitLabel(breakLabel);
        b.endBlock();
    }

    // ================================================================== exceptions

    private void tryStmt(Unit u, Ast.Try t) {
        PyRootNodeGen.Builder b = u.b;
        // When the try part always leaves (return/raise/break/continue), the DSL still emits a branch
        // from its unreachable end to the label after the finally handler, and drops the unreachable
        // code after it: the label lands past the end of the code and bytecode validation (-ea) fails.
        // An opaque condition around the try part keeps its end reachable.
        boolean keepEndReachable = !t.finalbody().isEmpty() && !t.body().isEmpty() && t.body().get(t.body().size() - 1) instanceof Ast.Return;
        if (!t.finalbody().isEmpty()) {
            // the finally body after the try part completes or leaves early (return/break/continue)
            b.beginTryCatchOtherwise(() -> block(u, t.finalbody()));
            b.beginBlock();
        }
        if (keepEndReachable) {
            b.beginIfThen();
            b.emitLoadConstant(Boolean.TRUE);
            b.beginBlock();
        }
        if (t.handlers().isEmpty()) {
            block(u, t.body());
        } else {
            // try/except/else without branches out of the try (labels in a finally handler are
            // mis-relocated by the DSL when it copies the handler to a return site): a flag says
            // whether the body completed, and the else clause runs after the try when it did
            BytecodeLocal completed = t.orelse().isEmpty() ? null : u.temp();
            b.beginBlock();
            if (completed != null) {
                b.beginStoreLocal(completed);
                b.emitLoadConstant(Boolean.FALSE);
                b.endStoreLocal();
            }
            b.beginTryCatch();
            b.beginBlock();
            stmts(u, t.body(), false);
            if (completed != null) {
                b.beginStoreLocal(completed);
                b.emitLoadConstant(Boolean.TRUE);
                b.endStoreLocal();
            }
            b.endBlock();
            if (t.isStar()) {
                starHandlers(u, t.handlers());
            } else {
                handlers(u, t.handlers());
            }
            b.endTryCatch();
            if (completed != null) {
                b.beginIfThen();
                b.beginIsTrue();
                b.emitLoadLocal(completed);
                b.endIsTrue();
                block(u, t.orelse());
                b.endIfThen();
            }
            b.endBlock();
        }
        if (keepEndReachable) {
            b.endBlock();
            b.endIfThen();
        }
        if (!t.finalbody().isEmpty()) {
            b.endBlock();
            finallyOnException(u, t.finalbody());
            b.endTryCatchOtherwise();
        }
    }

    /**
     * The finally body when the try part raised: it runs with the exception as the handled one (CPython's
     * PUSH_EXC_INFO: sys.exc_info() sees it and an exception raised there gets it as __context__); then the
     * exception propagates, unless the body left by return/break/continue.
     */
    private void finallyOnException(Unit u, List<Stmt> finalbody) {
        withHandledException(u, caught -> block(u, finalbody), true);
    }

    /**
     * The catch part of a try: the caught exception becomes the handled one (sys.exc_info(), bare
     * raise, implicit chaining) for as long as a handler runs; handlers are tested in order; no match
     * re-raises.
     */
    private void handlers(Unit u, List<Ast.ExceptHandler> handlers) {
        withHandledException(u, caught -> handlerChain(u, handlers, 0, caught), false);
    }

    /**
     * In a catch part: {@code body} runs with the caught exception (its argument) as the handled one, which
     * is restored however the body ends; what the body raises is chained to it. With {@code reraise}, the
     * caught exception propagates again when the body completes.
     */
    private void withHandledException(Unit u, java.util.function.Consumer<BytecodeLocal> body, boolean reraise) {
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
        body.accept(caught);
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
        if (reraise) {
            b.beginReraise();
            b.emitLoadLocal(caught);
            b.endReraise();
        }
        b.endBlock();
    }

    /**
     * The catch part of a try with {@code except*} handlers. The run-time work (splitting the caught
     * exception group by each handler's type, wrapping a naked exception, combining what the handlers
     * raised with what none of them matched) is done by the Python module {@code _bytepy_exceptstar};
     * this code calls it: {@code st = start(exc)}, then per handler {@code m = st.match(T)} and, when
     * {@code m} is not None, the handler body with {@code m} as the handled exception (an exception it
     * raises goes to {@code st.raised(x)}); finally {@code st.finish()} raises the result, if any.
     * break, continue and return cannot appear in an except* block, so no branch leaves a handler.
     */
    private void starHandlers(Unit u, List<Ast.ExceptHandler> handlers) {
        PyRootNodeGen.Builder b = u.b;
        BytecodeLocal caught = u.temp();
        BytecodeLocal prev = u.temp();
        BytecodeLocal state = u.temp();
        BytecodeLocal match = u.temp();
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
        b.beginBlock();
        b.beginStoreLocal(state);
        b.beginCall();
        b.beginGetAttr("start");
        b.emitImportModule("_bytepy_exceptstar", 0, true);
        b.endGetAttr();
        b.beginExceptionValue();
        b.emitLoadLocal(caught);
        b.endExceptionValue();
        b.endCall();
        b.endStoreLocal();
        for (Ast.ExceptHandler h : handlers) {
            if (h.type() == null) {
                throw error("expected one or more exception types", h.pos());
            }
            beginSection(u, h.type());
            b.beginStoreLocal(match);
            b.beginCall();
            b.beginGetAttr("match");
            b.emitLoadLocal(state);
            b.endGetAttr();
            expr(u, h.type());
            b.endCall();
            b.endStoreLocal();
            endSection(u);
            b.beginIfThen();
            b.beginIsNot();
            b.emitLoadLocal(match);
            b.emitLoadConstant(PyNone.NONE);
            b.endIsNot();
            starHandlerBody(u, h, state, match);
            b.endIfThen();
        }
        b.beginCall();
        b.beginGetAttr("finish");
        b.emitLoadLocal(state);
        b.endGetAttr();
        b.endCall();
        b.endBlock();
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

    /** One except* handler: runs with the matched group as the handled exception; what it raises is collected. */
    private void starHandlerBody(Unit u, Ast.ExceptHandler h, BytecodeLocal state, BytecodeLocal match) {
        PyRootNodeGen.Builder b = u.b;
        BytecodeLocal prev = u.temp();
        b.beginBlock();
        b.beginStoreLocal(prev);
        b.beginEnterHandler();
        b.emitLoadLocal(match);
        b.endEnterHandler();
        b.endStoreLocal();
        b.beginTryCatchOtherwise(() -> {
            b.beginExitHandler();
            b.emitLoadLocal(prev);
            b.endExitHandler();
        });
        b.beginBlock();
        if (h.name() == null) {
            stmts(u, h.body(), false);
        } else {
            storeName(u, h.name(), () -> b.emitLoadLocal(match));
            b.beginTryFinally(() -> clearName(u, h.name()));
            block(u, h.body());
            b.endTryFinally();
        }
        b.endBlock();
        b.beginBlock();
        b.beginExitHandler();
        b.emitLoadLocal(prev);
        b.endExitHandler();
        b.beginCall();
        b.beginGetAttr("raised");
        b.emitLoadLocal(state);
        b.endGetAttr();
        b.beginExceptionValue();
        b.emitLoadException();
        b.endExceptionValue();
        b.endCall();
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
        addConst(u, PyNone.NONE);
        b.beginBlock();
        storeName(u, name, () -> b.emitLoadConstant(PyNone.NONE));
        if (usesMapping(u, name)) {
            mappingOp(u, ExecNamespace.DELETE_NAME, name, null);
            b.endBlock();
            return;
        }
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
                    b.emitDeleteClassName(mangle(u, name));
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
        boolean async = w.isAsync();
        b.beginStoreLocal(exit);
        if (async) {
            b.beginAsyncWithExit();
            b.emitLoadLocal(mgr);
            b.endAsyncWithExit();
        } else {
            b.beginWithExit();
            b.emitLoadLocal(mgr);
            b.endWithExit();
        }
        b.endStoreLocal();
        endSection(u);
        Runnable enter = () -> {
            beginSection(u, item.contextExpr());
            if (async) {
                delegate(u, () -> {
                    b.beginGetAwaitable();
                    b.beginAsyncWithEnter();
                    b.emitLoadLocal(mgr);
                    b.endAsyncWithEnter();
                    b.endGetAwaitable();
                });
            } else {
                b.beginWithEnter();
                b.emitLoadLocal(mgr);
                b.endWithEnter();
            }
            endSection(u);
        };
        if (item.optionalVars() != null) {
            assign(u, item.optionalVars(), enter);
        } else {
            enter.run();
        }
        if (async) {
            b.beginTryCatchOtherwise(() -> delegate(u, () -> {
                b.beginGetAwaitable();
                b.beginAsyncWithExitCall();
                b.emitLoadLocal(exit);
                b.emitLoadConstant(PyNone.NONE);
                b.endAsyncWithExitCall();
                b.endGetAwaitable();
            }));
        } else {
            b.beginTryCatchOtherwise(() -> {
                beginSection(u, w); // an exception from __exit__ is at the with statement's line, as CPython's
                b.beginWithExitNormal();
                b.emitLoadLocal(exit);
                b.endWithExitNormal();
                endSection(u);
            });
        }
        b.beginBlock();
        withItems(u, w, i + 1);
        b.endBlock();
        if (async) {
            BytecodeLocal caught = u.temp();
            b.beginBlock();
            b.beginStoreLocal(caught);
            b.emitLoadException();
            b.endStoreLocal();
            b.beginAsyncWithExitCheck();
            delegate(u, () -> {
                b.beginGetAwaitable();
                b.beginAsyncWithExitCall();
                b.emitLoadLocal(exit);
                b.emitLoadLocal(caught);
                b.endAsyncWithExitCall();
                b.endGetAwaitable();
            });
            b.emitLoadLocal(caught);
            b.endAsyncWithExitCheck();
            b.endBlock();
        } else {
            b.beginWithExitException();
            b.emitLoadLocal(exit);
            b.emitLoadException();
            b.endWithExitException();
        }
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

    /**
     * CPython's private name mangling: {@code __x} used inside a class {@code C} (its body and the
     * functions in it) is {@code _C__x}. Applied to attribute names and to the names of class bodies;
     * a function's own variables keep their names (mangling them consistently changes nothing visible).
     */
    private static String mangle(Unit u, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        for (Scope s = u.scope; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                String cls = s.name;
                int i = 0;
                while (i < cls.length() && cls.charAt(i) == '_') {
                    i++;
                }
                return i == cls.length() ? name : "_" + cls.substring(i) + name;
            }
        }
        return name;
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
                b.beginSetAttr(mangle(u, a.attr()));
                expr(u, a.value());
                addName(u, mangle(u, a.attr()));
                b.emitLoadLocal(v);
                b.endSetAttr();
                endSection(u);
                clearTemp(u, v);
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
                clearTemp(u, v);
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
        clearTemp(u, arr);
    }

    /**
     * Drops the reference a temporary holds once it is used: temporaries are never reused, so one
     * left set would keep its value alive as long as the frame (forever at module level), and a
     * weak reference to it would never die.
     */
    private static void clearTemp(Unit u, BytecodeLocal temp) {
        u.b.beginStoreLocal(temp);
        u.b.emitLoadConstant(PyNone.NONE);
        u.b.endStoreLocal();
    }

    private void storeName(Unit u, String name, Runnable valueCode) {
        PyRootNodeGen.Builder b = u.b;
        Runnable value = valueCode;
        if (u.scope.lookup(name) == Scope.Binding.LOCAL) {
            value = () -> {
                valueCode.run();
                u.varOrder.add(name);
            };
        }
        if (isNameOrGlobal(u, name)) {
            value = () -> {
                valueCode.run();
                addName(u, name);
            };
            if (usesMapping(u, name)) {
                mappingOp(u, ExecNamespace.STORE_NAME, name, value);
                return;
            }
        }
        switch (u.scope.lookup(name)) {
            case LOCAL -> {
                b.beginTag(WriteVariableTag.class);
                b.beginStoreLocal(u.local(name));
                value.run();
                b.endStoreLocal();
                b.endTag(WriteVariableTag.class);
            }
            case CELL, FREE -> {
                b.beginTag(WriteVariableTag.class);
                b.beginStoreCellValue();
                b.emitLoadLocal(u.local(name));
                value.run();
                b.endStoreCellValue();
                b.endTag(WriteVariableTag.class);
            }
            case GLOBAL -> {
                b.beginStoreGlobal(name);
                value.run();
                b.endStoreGlobal();
            }
            case NAME -> {
                if (u.scope.kind == Scope.Kind.CLASS) {
                    b.beginStoreClassName(mangle(u, name));
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
        if (classDictLoad(u, name)) {
            return;
        }
        if (u.scope.lookup(name) == Scope.Binding.LOCAL) {
            u.varOrder.add(name);
        }
        if (isNameOrGlobal(u, name)) {
            addName(u, name);
            if (usesMapping(u, name)) {
                mappingOp(u, ExecNamespace.LOAD_NAME, name, null);
                return;
            }
        }
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
                    b.emitLoadClassName(mangle(u, name));
                } else {
                    b.emitLoadGlobal(name);
                }
            }
        }
    }

    private void delete(Unit u, Expr target) {
        PyRootNodeGen.Builder b = u.b;
        if (target instanceof Ast.Name dn && isNameOrGlobal(u, dn.id())) {
            addName(u, dn.id());
            if (usesMapping(u, dn.id())) {
                mappingOp(u, ExecNamespace.DELETE_NAME, dn.id(), null);
                return;
            }
        }
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
                            b.emitDeleteClassName(mangle(u, n.id()));
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
                b.beginDelAttr(mangle(u, a.attr()));
                expr(u, a.value());
                addName(u, mangle(u, a.attr()));
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
                addName(u, mangle(u, at.attr()));
                beginSection(u, a);
                b.beginSetAttr(mangle(u, at.attr()));
                b.emitLoadLocal(obj);
                beginInplace(u, a.op());
                b.beginGetAttr(mangle(u, at.attr()));
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

    /** The parameters with annotations, in CPython's order (positional-only, positional, *args, keyword-only, **kwargs). */
    private static List<Ast.Arg> annotatedArgs(Ast.Arguments args) {
        List<Ast.Arg> out = new java.util.ArrayList<>();
        java.util.function.Consumer<Ast.Arg> add = a -> {
            if (a != null && a.annotation() != null) {
                out.add(a);
            }
        };
        args.posonlyargs().forEach(add);
        args.args().forEach(add);
        add.accept(args.vararg());
        args.kwonlyargs().forEach(add);
        add.accept(args.kwarg());
        return out;
    }

    /** Whether a module or class body has annotated assignments (so it gets an {@code __annotations__} dict). */
    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt st : body) {
            boolean found = switch (st) {
                case Ast.AnnAssign a -> true;
                case Ast.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Ast.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Ast.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Ast.With w -> hasAnnotations(w.body());
                case Ast.Try t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody())
                                || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private void makeFunction(Unit u, Ast.Node node, Ast.Arguments args) {
        PyRootNodeGen.Builder b = u.b;
        PyCode code = compileUnit(node);
        Scope child = scopes.get(node);
        b.beginMakeFunction(code);
        // defaults
        if (args.defaults().isEmpty()) {
            b.emitLoadConstant(PyNone.NONE);
        } else {
            // CPython folds a tuple of constant defaults into one constant, after code generation
            Object[] folded = new Object[args.defaults().size()];
            for (int k = 0; folded != null && k < folded.length; k++) {
                Object v = constValueOf(args.defaults().get(k));
                if (v == null) {
                    folded = null;
                } else {
                    folded[k] = v;
                }
            }
            if (folded != null) {
                u.suppressConsts++;
                u.lateConsts.add(new PyTuple(folded));
            }
            b.beginBuildTuple();
            for (Expr d : args.defaults()) {
                expr(u, d);
            }
            b.endBuildTuple();
            if (folded != null) {
                u.suppressConsts--;
            }
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
        if (anyKw) {
            List<Object> kwNames = new ArrayList<>();
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                if (args.kwDefaults().get(i) != null) {
                    kwNames.add(args.kwonlyargs().get(i).arg());
                }
            }
            addConst(u, new PyTuple(kwNames.toArray()));
        }
        addConst(u, code);
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
        noteVar(u, g.target());
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
        if (node instanceof Ast.GeneratorExp) {
            addConst(u, code);
        }
        b.beginGetIter();
        expr(u, gens.get(0).iter());
        b.endGetIter();
        b.endCall();
        endSection(u);
        if (!(node instanceof Ast.GeneratorExp)) {
            inlineMetadata(u, code);
        }
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
                b.beginTag(ExpressionTag.class, ReadVariableTag.class);
                loadName(u, n.id());
                b.endTag(ExpressionTag.class, ReadVariableTag.class);
                endSection(u);
            }
            case Ast.BinOp bin -> {
                beginSection(u, bin);
                b.beginTag(ExpressionTag.class);
                beginBinary(u, bin.op());
                expr(u, bin.left());
                expr(u, bin.right());
                endBinary(u, bin.op());
                b.endTag(ExpressionTag.class);
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
                b.beginGetAttr(mangle(u, a.attr()));
                expr(u, a.value());
                addName(u, mangle(u, a.attr()));
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
                } else if (st.elts().size() > 2 && st.elts().stream().allMatch(x -> constValueOf(x) != null)) {
                    b.beginBuildConstSet();
                    for (Expr x : st.elts()) {
                        expr(u, x);
                    }
                    b.endBuildConstSet();
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
                if (u.scope.isAsync) {
                    b.beginAsyncGenWrap();
                    optional(u, y.value());
                    b.endAsyncGenWrap();
                } else {
                    optional(u, y.value());
                }
                b.endYield();
                b.endCheckResume();
                endSection(u);
            }
            case Ast.YieldFrom y -> yieldFrom(u, y);
            case Ast.Await a -> {
                beginSection(u, a);
                delegate(u, () -> {
                    b.beginGetAwaitable();
                    expr(u, a.value());
                    b.endGetAwaitable();
                });
                endSection(u);
            }
        }
    }

    /** {@code yield from it}: a loop of {@link PyRootNode.YieldFromNext} steps and yields; its value is the delegate's return value. */
    private void yieldFrom(Unit u, Ast.YieldFrom y) {
        PyRootNodeGen.Builder b = u.b;
        beginSection(u, y);
        delegate(u, () -> {
            b.beginGetYieldFromIter();
            expr(u, y.value());
            b.endGetYieldFromIter();
        });
        endSection(u);
    }

    /**
     * The delegation loop of {@code yield from} and {@code await}: {@code iterator} emits the delegate;
     * every value it yields is passed up, what is sent in goes down; the value is its return value.
     */
    private void delegate(Unit u, Runnable iterator) {
        PyRootNodeGen.Builder b = u.b;
        BytecodeLocal it = u.temp();
        BytecodeLocal sent = u.temp();
        BytecodeLocal out = u.temp();
        b.beginBlock();
        b.beginStoreLocal(it);
        iterator.run();
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
    }

    private void constant(Unit u, Object value, Ast.Pos pos) {
        Object v = constantValue(value, pos);
        addConst(u, v);
        u.b.emitLoadConstant(v);
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
            addConst(u, PyNone.NONE);
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
                addConst(u, c.value());
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
        b.beginTag(CallTag.class, ExpressionTag.class);
        if (c.func() instanceof Ast.Name fn && fn.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() && u.scope.isFunctionLike() &&
                        (u.scope.lookup("__class__") == Scope.Binding.FREE || u.scope.lookup("__class__") == Scope.Binding.CELL) && !superScope(u.scope).params.isEmpty()) {
            // zero-argument super(): super(__class__, <first argument>)
            b.beginCall();
            loadName(u, "super");
            loadName(u, "__class__");
            loadName(u, superScope(u.scope).params.get(0));
            b.endCall();
            b.endTag(CallTag.class, ExpressionTag.class);
            endSection(u);
            return;
        }
        if (c.func() instanceof Ast.Name fn && (fn.id().equals("locals") || fn.id().equals("vars") || fn.id().equals("dir")) && c.args().isEmpty() && c.keywords().isEmpty() &&
                        (u.scope.lookup(fn.id()) == Scope.Binding.GLOBAL || u.scope.lookup(fn.id()) == Scope.Binding.NAME)) {
            // locals(), vars() and dir() without arguments read the caller's namespace: compiled in place
            boolean dir = fn.id().equals("dir");
            addName(u, fn.id());
            if (mappingNamespace && u.scope.kind == Scope.Kind.MODULE) {
                if (dir) {
                    b.beginCall();
                    b.emitLoadGlobal("sorted");
                }
                b.beginCall();
                b.emitLoadConstant(ExecNamespace.LOCALS);
                b.emitClassNamespace();
                b.endCall();
                if (dir) {
                    b.endCall();
                }
                b.endTag(CallTag.class, ExpressionTag.class);
                endSection(u);
                return;
            }
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
            b.endTag(CallTag.class, ExpressionTag.class);
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
                        addConst(u, k.arg());
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
            addConst(u, new PyTuple(names.clone()));
            b.endCallKw();
        }
        b.endTag(CallTag.class, ExpressionTag.class);
        endSection(u);
    }

    // ================================================================== match (PEP 634)

    /**
     * {@code match}: the subject goes into a temporary; each case tests its pattern, which stores the
     * captured values into temporaries, and only when the whole pattern matched are they bound to their
     * names (before the guard, as in CPython); the first case that matches (and whose guard holds) runs.
     */
    private void matchStmt(Unit u, Ast.Match m) {
        PyRootNodeGen.Builder b = u.b;
        b.beginBlock();
        BytecodeLabel end = b.createLabel();
        BytecodeLocal subject = u.temp();
        beginSection(u, m.subject());
        b.beginStoreLocal(subject);
        expr(u, m.subject());
        b.endStoreLocal();
        endSection(u);
        for (int i = 0; i < m.cases().size(); i++) {
            Ast.MatchCase c = m.cases().get(i);
            boolean allowIrrefutable = c.guard() != null || i == m.cases().size() - 1;
            List<String> names = new ArrayList<>();
            patternNames(c.pattern(), names, allowIrrefutable);
            Map<String, BytecodeLocal> captures = new java.util.LinkedHashMap<>();
            b.beginIfThen();
            beginSection(u, c.pattern());
            b.beginTag(StatementTag.class);
            pattern(u, c.pattern(), subject, captures);
            b.endTag(StatementTag.class);
            endSection(u);
            b.beginBlock();
            for (String n : names) {
                storeName(u, n, () -> b.emitLoadLocal(captures.get(n)));
            }
            if (c.guard() != null) {
                b.beginIfThen();
                condition(u, c.guard());
                b.beginBlock();
                stmts(u, c.body(), false);
                b.emitBranch(end);
                b.endBlock();
                b.endIfThen();
            } else {
                stmts(u, c.body(), false);
                b.emitBranch(end);
            }
            b.endBlock();
            b.endIfThen();
        }
        b.emitLabel(end);
        b.endBlock();
    }

    /**
     * The names a pattern binds, in order; reports CPython's compile-time errors (unreachable patterns
     * after an irrefutable one, repeated names, or-patterns binding different names, ...).
     */
    private void patternNames(Ast.Pattern p, List<String> names, boolean allowIrrefutable) {
        switch (p) {
            case Ast.MatchAs a -> {
                if (a.pattern() == null && !allowIrrefutable) {
                    if (a.name() != null) {
                        throw error("name capture '" + a.name() + "' makes remaining patterns unreachable", a.pos());
                    }
                    throw error("wildcard makes remaining patterns unreachable", a.pos());
                }
                if (a.pattern() != null) {
                    patternNames(a.pattern(), names, allowIrrefutable);
                }
                captureName(a.name(), names, a.pos());
            }
            case Ast.MatchStar s -> captureName(s.name(), names, s.pos());
            case Ast.MatchValue v -> {
            }
            case Ast.MatchSingleton s -> {
            }
            case Ast.MatchSequence s -> {
                boolean star = false;
                for (Ast.Pattern sub : s.patterns()) {
                    if (sub instanceof Ast.MatchStar) {
                        if (star) {
                            throw error("multiple starred names in sequence pattern", sub.pos());
                        }
                        star = true;
                    }
                    patternNames(sub, names, true);
                }
            }
            case Ast.MatchMapping mm -> {
                List<Object> literal = new ArrayList<>();
                for (Expr k : mm.keys()) {
                    Object v = constValueOf(k);
                    if (v != null && !(k instanceof Ast.Attribute)) {
                        for (Object seen : literal) {
                            if (sameConst(seen, v) || seen.equals(v) || org.bytepy.runtime.PyObjects.eq(seen, v)) {
                                throw error("mapping pattern checks duplicate key (" + org.bytepy.runtime.PyObjects.repr(v) + ")", mm.pos());
                            }
                        }
                        literal.add(v);
                    }
                }
                for (Ast.Pattern sub : mm.patterns()) {
                    patternNames(sub, names, true);
                }
                captureName(mm.rest(), names, mm.pos());
            }
            case Ast.MatchClass mc -> {
                for (Ast.Pattern sub : mc.patterns()) {
                    patternNames(sub, names, true);
                }
                List<String> attrs = new ArrayList<>();
                for (int i = 0; i < mc.kwdAttrs().size(); i++) {
                    String attr = mc.kwdAttrs().get(i);
                    if (attrs.contains(attr)) {
                        throw error("attribute name repeated in class pattern: " + attr, mc.kwdPatterns().get(i).pos());
                    }
                    attrs.add(attr);
                }
                for (Ast.Pattern sub : mc.kwdPatterns()) {
                    patternNames(sub, names, true);
                }
            }
            case Ast.MatchOr o -> {
                java.util.Set<String> first = null;
                for (int i = 0; i < o.patterns().size(); i++) {
                    List<String> alt = new ArrayList<>(names);
                    patternNames(o.patterns().get(i), alt, allowIrrefutable && i == o.patterns().size() - 1);
                    java.util.Set<String> bound = new java.util.LinkedHashSet<>(alt.subList(names.size(), alt.size()));
                    if (first == null) {
                        first = bound;
                    } else if (!first.equals(bound)) {
                        throw error("alternative patterns bind different names", o.pos());
                    }
                }
                names.addAll(first);
            }
        }
    }

    private void captureName(String name, List<String> names, Ast.Pos pos) {
        if (name == null) {
            return;
        }
        if (names.contains(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern", pos);
        }
        names.add(name);
    }

    private static boolean isWildcard(Ast.Pattern p) {
        return p instanceof Ast.MatchAs a && a.pattern() == null && a.name() == null || p instanceof Ast.MatchStar s && s.name() == null;
    }

    /** Emits a boolean: whether the value in {@code subject} matches; captured values go to {@code captures}. */
    private void pattern(Unit u, Ast.Pattern p, BytecodeLocal subject, Map<String, BytecodeLocal> captures) {
        PyRootNodeGen.Builder b = u.b;
        switch (p) {
            case Ast.MatchAs a -> {
                if (a.pattern() == null) {
                    capture(u, a.name(), subject, captures);
                } else if (a.name() == null) {
                    pattern(u, a.pattern(), subject, captures);
                } else {
                    b.beginCmpAnd();
                    pattern(u, a.pattern(), subject, captures);
                    capture(u, a.name(), subject, captures);
                    b.endCmpAnd();
                }
            }
            case Ast.MatchStar s -> capture(u, s.name(), subject, captures);
            case Ast.MatchValue v -> {
                b.beginIsTrue();
                b.beginEq();
                b.emitLoadLocal(subject);
                expr(u, v.value());
                b.endEq();
                b.endIsTrue();
            }
            case Ast.MatchSingleton s -> {
                b.beginIs();
                b.emitLoadLocal(subject);
                b.emitLoadConstant(s.value() == Ast.NoneValue.NONE ? PyNone.NONE : s.value());
                b.endIs();
            }
            case Ast.MatchSequence s -> {
                int star = -1;
                for (int i = 0; i < s.patterns().size(); i++) {
                    if (s.patterns().get(i) instanceof Ast.MatchStar) {
                        star = i;
                    }
                }
                int count = s.patterns().size();
                int starIndex = star;
                int starWildcard = star >= 0 && isWildcard(s.patterns().get(star)) ? 1 : 0;
                subPatterns(u, s.patterns(), () -> {
                    b.beginMatchSequence(count, starIndex, starWildcard);
                    b.emitLoadLocal(subject);
                    b.endMatchSequence();
                }, captures, null);
            }
            case Ast.MatchMapping mm -> {
                subPatterns(u, mm.patterns(), () -> {
                    b.beginMatchMapping(mm.rest() == null ? 0 : 1);
                    b.emitLoadLocal(subject);
                    for (Expr k : mm.keys()) {
                        expr(u, k);
                    }
                    b.endMatchMapping();
                }, captures, mm.rest());
            }
            case Ast.MatchClass mc -> {
                List<Ast.Pattern> all = new ArrayList<>(mc.patterns());
                all.addAll(mc.kwdPatterns());
                for (String attr : mc.kwdAttrs()) {
                    addName(u, attr);
                }
                subPatterns(u, all, () -> {
                    beginSection(u, mc);
                    b.beginMatchClass(mc.patterns().size(), mc.kwdAttrs().toArray(new String[0]));
                    b.emitLoadLocal(subject);
                    expr(u, mc.cls());
                    b.endMatchClass();
                    endSection(u);
                }, captures, null);
            }
            case Ast.MatchOr o -> {
                b.beginBoolOr();
                for (Ast.Pattern alt : o.patterns()) {
                    pattern(u, alt, subject, captures);
                }
                b.endBoolOr();
            }
        }
    }

    /** Stores the subject into the temporary of a captured name; true. */
    private void capture(Unit u, String name, BytecodeLocal subject, Map<String, BytecodeLocal> captures) {
        PyRootNodeGen.Builder b = u.b;
        if (name == null) {
            b.emitLoadConstant(Boolean.TRUE);
            return;
        }
        b.beginBlock();
        b.beginStoreLocal(captures.computeIfAbsent(name, k -> u.temp()));
        b.emitLoadLocal(subject);
        b.endStoreLocal();
        b.emitLoadConstant(Boolean.TRUE);
        b.endBlock();
    }

    /**
     * The test {@code items} (a MatchSequence/MatchMapping/MatchClass operation giving an array or null),
     * then each sub-pattern against its item; {@code rest} captures the item after them ({@code **rest}).
     */
    private void subPatterns(Unit u, List<Ast.Pattern> subs, Runnable items, Map<String, BytecodeLocal> captures, String rest) {
        PyRootNodeGen.Builder b = u.b;
        BytecodeLocal arr = u.temp();
        b.beginBlock();
        b.beginStoreLocal(arr);
        items.run();
        b.endStoreLocal();
        b.beginCmpAnd();
        b.beginIsMatch();
        b.emitLoadLocal(arr);
        b.endIsMatch();
        for (int i = 0; i < subs.size(); i++) {
            Ast.Pattern sub = subs.get(i);
            if (isWildcard(sub)) {
                continue;
            }
            BytecodeLocal item = u.temp();
            b.beginBlock();
            b.beginStoreLocal(item);
            b.beginArrayItem(i);
            b.emitLoadLocal(arr);
            b.endArrayItem();
            b.endStoreLocal();
            pattern(u, sub, item, captures);
            b.endBlock();
        }
        if (rest != null) {
            b.beginBlock();
            b.beginStoreLocal(captures.computeIfAbsent(rest, k -> u.temp()));
            b.beginArrayItem(subs.size());
            b.emitLoadLocal(arr);
            b.endArrayItem();
            b.endStoreLocal();
            b.emitLoadConstant(Boolean.TRUE);
            b.endBlock();
        }
        // CmpAnd needs two operands
        b.emitLoadConstant(Boolean.TRUE);
        b.endCmpAnd();
        b.endBlock();
    }

    // ================================================================== PEP 695 type parameters

    /**
     * A generic def or class, or a type alias: calls its annotation scope (a hidden function, see
     * {@link TypeParams}) and binds the result, decorated, to {@code name}.
     */
    private void genericDef(Unit u, Ast.Stmt s, String name, List<Expr> decorators) {
        PyRootNodeGen.Builder b = u.b;
        Ast.FunctionDef scopeFn = (Ast.FunctionDef) scopes.get(s).node;
        storeName(u, name, () -> {
            for (Expr d : decorators) {
                b.beginCall();
                expr(u, d);
            }
            b.beginCall();
            makeFunction(u, scopeFn, scopeFn.args());
            if (!scopeFn.args().args().isEmpty()) {
                b.emitClassNamespace();
            }
            b.endCall();
            for (int i = 0; i < decorators.size(); i++) {
                b.endCall();
            }
        });
    }

    /**
     * In an annotation scope of a class body (and its lazily evaluated bounds and values), a global name
     * is looked up in the class namespace first, as CPython's LOAD_FROM_DICT_OR_GLOBALS. Returns false
     * for any other name or scope.
     */
    private boolean classDictLoad(Unit u, String name) {
        if (name.startsWith(".") || !u.scope.bindings.containsKey(TypeParams.CLASSDICT) || u.scope.lookup(name) != Scope.Binding.GLOBAL || u.scope.explicitGlobals.contains(name)) {
            return false;
        }
        addName(u, name);
        u.b.beginLoadClassDictOrGlobal(name);
        loadName(u, TypeParams.CLASSDICT);
        u.b.endLoadClassDictOrGlobal();
        return true;
    }
}
