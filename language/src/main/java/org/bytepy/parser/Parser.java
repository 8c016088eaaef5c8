package org.bytepy.parser;

import java.util.ArrayList;
import java.util.List;

import org.bytepy.ast.Ast;
import org.bytepy.ast.Ast.*;

/** Hand-written recursive-descent parser for Python 3.12. */
public final class Parser {
    public enum Mode {
        EXEC, EVAL, SINGLE
    }

    /**
     * CPython's PEG parser stops at 6000 nested rule calls ({@code MemoryError: Parser stack overflowed});
     * {@link #depth} counts what costs it a level (an elif, not, unary minus, if-else expression, lambda
     * twice, ** twice, an atom), so that the same sources overflow (a chain of 5,962 elifs parses, one
     * more does not, as in CPython 3.12).
     */
    private static final int MAX_DEPTH = 5964;

    final Src src;
    private final String s;
    private final List<Token> toks;
    private int i;
    /** The furthest token index the parser has looked at (CPython: the last token its tokenizer produced). */
    private int furthest;
    private int lastEnd;
    private int depth;
    private int fstringDepth;

    private Parser(Src src, List<Token> toks) {
        this.src = src;
        this.s = src.text;
        this.toks = toks;
    }

    public static Ast.Mod parse(String source, String filename, Mode mode) {
        return parse(source, filename, mode, null);
    }

    /** Like {@link #parse(String, String, Mode)}; the literals' SyntaxWarnings are added to {@code warnings} when not null. */
    public static Ast.Mod parse(String source, String filename, Mode mode, List<CompileWarning> warnings) {
        try {
            return parse0(source, filename, mode, warnings);
        } catch (StackOverflowError e) {
            // deeply nested source on a small stack: retry on a thread with a large stack
            Object[] result = new Object[1];
            Thread t = new Thread(null, () -> {
                try {
                    result[0] = parse0(source, filename, mode, warnings);
                } catch (RuntimeException ex) {
                    result[0] = ex;
                } catch (StackOverflowError ex) {
                    result[0] = null;
                }
            }, "bytepy-parser", 256L << 20);
            t.start();
            try {
                t.join();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            if (result[0] instanceof Ast.Mod m) {
                return m;
            }
            if (result[0] instanceof RuntimeException se) {
                throw se;
            }
            Src src = new Src(source, filename);
            throw src.error("too many nested parentheses", 0, 0);
        }
    }

    private static Ast.Mod parse0(String source, String filename, Mode mode, List<CompileWarning> warnings) {
        Src src = new Src(source, filename);
        List<Token> tokens = Tokenizer.tokenize(src);
        Parser p = new Parser(src, tokens);
        try {
            Ast.Mod mod = switch (mode) {
                case EXEC -> p.fileInput();
                case EVAL -> p.evalInput();
                case SINGLE -> p.singleInput();
            };
            if (warnings != null) {
                warnings.addAll(src.sortedWarnings());
            }
            return mod;
        } catch (PySyntaxError e) {
            if (e.warnings == null && !src.warnings.isEmpty()) {
                e.warnings = src.sortedWarnings(); // CPython issues them before the error
            }
            Token last = tokens.get(tokens.size() - 1);
            int errLine = Math.max(e.lineno, src.line(tokens.get(Math.min(p.furthest, tokens.size() - 1)).start));
            if (last.kind == TokenKind.ERROR && last.error != e && tokenizerErrorWins(e, errLine, last.error)) {
                throw last.error;
            }
            throw e;
        }
    }

    /**
     * Whether a tokenizer error further down the file replaces the parser's error, as CPython's
     * {@code _PyPegen_tokenize_full_source_to_check_for_errors} decides: after a parser error other than an
     * unexpected indent/unindent, CPython tokenizes the rest of the source; the errors its tokenizer raises as
     * exceptions (an invalid character or literal, an unterminated string, an unmatched bracket) win, those it
     * only reports by a state (indentation and tab errors, a stray backslash, end of file) do not, except an
     * unclosed bracket opened on a line before the furthest token the parser looked at ({@code errLine}).
     */
    private static boolean tokenizerErrorWins(PySyntaxError parserError, int errLine, PySyntaxError tokError) {
        if (parserError.type.equals("IndentationError")
                        && (parserError.msg.equals("unexpected indent") || parserError.msg.equals("unexpected unindent"))) {
            return false;
        }
        if (!tokError.type.equals("SyntaxError")) {
            return false; // IndentationError (too deep, unindent mismatch), TabError
        }
        return switch (tokError.msg) {
            case "unexpected EOF while parsing", "unexpected character after line continuation character", "invalid syntax" -> false;
            default -> !tokError.msg.endsWith("was never closed") || errLine > tokError.lineno;
        };
    }

    // ------------------------------------------------------------------ token helpers

    private Token peek() {
        if (i > furthest) {
            furthest = i;
        }
        Token t = toks.get(i);
        if (t.kind == TokenKind.ERROR) {
            throw t.error;
        }
        return t;
    }

    private Token peek(int k) {
        int j = Math.min(i + k, toks.size() - 1);
        if (j > furthest) {
            furthest = j;
        }
        Token t = toks.get(j);
        if (t.kind == TokenKind.ERROR) {
            throw t.error;
        }
        return t;
    }

    private Token next() {
        Token t = peek();
        i++;
        if (t.kind != TokenKind.NEWLINE && t.kind != TokenKind.INDENT && t.kind != TokenKind.DEDENT) {
            lastEnd = t.end;
        }
        return t;
    }

    private boolean at(String op) {
        Token t = peek();
        return (t.kind == TokenKind.OP || t.kind == TokenKind.NAME) && t.text.equals(op);
    }

    private boolean at(int k, String op) {
        Token t = peek(k);
        return (t.kind == TokenKind.OP || t.kind == TokenKind.NAME) && t.text.equals(op);
    }

    private boolean atKind(TokenKind k) {
        return peek().kind == k;
    }

    private boolean accept(String op) {
        if (at(op)) {
            next();
            return true;
        }
        return false;
    }

    private Token expect(String op) {
        if (at(op)) {
            return next();
        }
        throw invalid();
    }

    /** Expects ':'; {@code forced} mirrors CPython's {@code &&':'} (always "expected ':'"). */
    private void colon(boolean forced) {
        if (at(":")) {
            next();
            return;
        }
        Token t = peek();
        if (forced) {
            throw src.error("expected ':'", t.start, t.end);
        }
        if (t.kind == TokenKind.NEWLINE) {
            throw src.error("expected ':'", t.start, t.start);
        }
        throw invalid();
    }

    private PySyntaxError expectedColon() {
        Token t = peek();
        if (t.kind == TokenKind.NEWLINE) {
            return src.error("expected ':'", t.start, t.start);
        }
        return invalid();
    }

    private PySyntaxError invalid() {
        Token t = peek();
        return invalidAt(t);
    }

    private PySyntaxError invalidAt(Token t) {
        if (t.kind == TokenKind.INDENT) {
            return indentErr(t);
        }
        if (t.kind == TokenKind.DEDENT) {
            return src.error("IndentationError", "unexpected unindent", t.start, t.start);
        }
        if (t.kind == TokenKind.ENDMARKER && fstringDepth == 0) {
            return src.error("invalid syntax", t.start, t.start);
        }
        if (t.kind == TokenKind.NEWLINE) {
            return src.error("invalid syntax", t.start, t.start + 1);
        }
        return src.error("invalid syntax", t.start, t.end);
    }

    private PySyntaxError indentErr(Token t) {
        int l = src.line(t.end);
        int c = t.end - src.lineStarts[l - 1];
        return src.errorAt("IndentationError", "unexpected indent", l, c, l, c + 1);
    }

    private PySyntaxError errorAt(String msg, Node n) {
        Pos p = n.pos();
        return src.error(msg, p.start(), p.end());
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
                    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
                    "with", "yield");

    private boolean atName() {
        Token t = peek();
        return t.kind == TokenKind.NAME && !KEYWORDS.contains(t.text);
    }

    private static boolean isNameTok(Token t) {
        return t.kind == TokenKind.NAME && !KEYWORDS.contains(t.text);
    }

    private String name() {
        if (!atName()) {
            throw invalid();
        }
        return next().text;
    }

    private Pos pos(int start) {
        return mk(start, lastEnd);
    }

    Pos mk(int start, int end) {
        int l = src.line(start);
        int el = end == start ? l : src.line(end);
        return new Pos(l, start - src.lineStarts[l - 1], el, end - src.lineStarts[el - 1], start, end);
    }

    private int startOf() {
        return peek().start;
    }

    // ------------------------------------------------------------------ entry points

    private Ast.Module fileInput() {
        List<Stmt> body = new ArrayList<>();
        while (!atKind(TokenKind.ENDMARKER)) {
            if (atKind(TokenKind.NEWLINE)) {
                next();
                continue;
            }
            statement(body);
        }
        return new Ast.Module(mk(0, s.length()), body);
    }

    private Expression evalInput() {
        while (atKind(TokenKind.NEWLINE)) {
            next();
        }
        if (atKind(TokenKind.INDENT)) {
            throw invalid();
        }
        Expr e = starExpressions();
        while (atKind(TokenKind.NEWLINE)) {
            next();
        }
        if (!atKind(TokenKind.ENDMARKER)) {
            throw invalid();
        }
        return new Expression(e.pos(), e);
    }

    private Interactive singleInput() {
        List<Stmt> body = new ArrayList<>();
        while (atKind(TokenKind.NEWLINE)) {
            next();
        }
        if (!atKind(TokenKind.ENDMARKER)) {
            statement(body);
        }
        while (atKind(TokenKind.NEWLINE)) {
            next();
        }
        if (!atKind(TokenKind.ENDMARKER)) {
            Token t = peek();
            throw src.error("multiple statements found while compiling a single statement", t.start, t.start);
        }
        return new Interactive(mk(0, s.length()), body);
    }

    // ------------------------------------------------------------------ statements

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind == TokenKind.INDENT) {
            throw indentErr(t);
        }
        if (t.kind == TokenKind.NAME) {
            switch (t.text) {
                case "def" -> {
                    out.add(funcDef(List.of(), t.start, false));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of(), t.start));
                    return;
                }
                case "if" -> {
                    out.add(ifStmt());
                    return;
                }
                case "while" -> {
                    out.add(whileStmt());
                    return;
                }
                case "for" -> {
                    out.add(forStmt(t.start, false));
                    return;
                }
                case "try" -> {
                    out.add(tryStmt());
                    return;
                }
                case "with" -> {
                    out.add(withStmt(t.start, false));
                    return;
                }
                case "async" -> {
                    Token n = peek(1);
                    if (n.is("def")) {
                        next();
                        out.add(funcDef(List.of(), t.start, true));
                        return;
                    }
                    if (n.is("for")) {
                        next();
                        out.add(forStmt(t.start, true));
                        return;
                    }
                    if (n.is("with")) {
                        next();
                        out.add(withStmt(t.start, true));
                        return;
                    }
                    throw invalidAt(n);
                }
                case "match" -> {
                    Stmt m = tryMatch();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
                default -> {
                }
            }
        } else if (t.is("@")) {
            out.add(decorated());
            return;
        }
        simpleStmts(out);
    }

    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (accept(";")) {
                if (atKind(TokenKind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!atKind(TokenKind.NEWLINE)) {
            throw invalid();
        }
        next();
    }

    private List<Stmt> block(String what, int headerStart) {
        if (atKind(TokenKind.NEWLINE)) {
            next();
            if (!atKind(TokenKind.INDENT)) {
                Token t = peek();
                int l = src.line(t.start);
                int c = t.start - src.lineStarts[l - 1];
                throw src.errorAt("IndentationError", "expected an indented block after " + what + " on line " + src.line(headerStart), l, c + 1, l,
                                c + 1 + Math.max(0, t.end - t.start));
            }
            next();
            List<Stmt> body = new ArrayList<>();
            while (!atKind(TokenKind.DEDENT) && !atKind(TokenKind.ENDMARKER)) {
                statement(body);
            }
            if (atKind(TokenKind.DEDENT)) {
                next();
            }
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simpleStmts(body);
        return body;
    }

    private Stmt simpleStmt() {
        Token t = peek();
        int st = t.start;
        if (t.kind == TokenKind.NAME) {
            switch (t.text) {
                case "pass" -> {
                    next();
                    return new Pass(pos(st));
                }
                case "break" -> {
                    next();
                    return new Break(pos(st));
                }
                case "continue" -> {
                    next();
                    return new Continue(pos(st));
                }
                case "return" -> {
                    next();
                    Expr v = atExprEnd() ? null : starExpressions();
                    return new Return(pos(st), v);
                }
                case "raise" -> {
                    next();
                    if (atExprEnd()) {
                        return new Raise(pos(st), null, null);
                    }
                    Expr e = expression();
                    Expr c = null;
                    if (accept("from")) {
                        c = expression();
                    }
                    return new Raise(pos(st), e, c);
                }
                case "global", "nonlocal" -> {
                    next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(name());
                    } while (accept(","));
                    return t.text.equals("global") ? new Global(pos(st), names) : new Nonlocal(pos(st), names);
                }
                case "del" -> {
                    next();
                    return delStmt(st);
                }
                case "assert" -> {
                    next();
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return new Assert(pos(st), test, msg);
                }
                case "import" -> {
                    next();
                    return importStmt(st);
                }
                case "from" -> {
                    next();
                    return fromImport(st);
                }
                case "type" -> {
                    Token n = peek(1);
                    if (isNameTok(n) && (at(2, "=") || at(2, "["))) {
                        next();
                        Token nt = next();
                        Expr nm = new Name(mk(nt.start, nt.end), nt.text, Ctx.STORE);
                        List<TypeParam> tps = typeParams();
                        expect("=");
                        Expr v = expression();
                        return new TypeAlias(pos(st), nm, tps, v);
                    }
                }
                default -> {
                }
            }
        }
        return exprOrAssign();
    }

    /** {@code [T: bound, *Ts, **P]} (PEP 695), or an empty list when there is no {@code [}. */
    private List<TypeParam> typeParams() {
        if (!at("[")) {
            return List.of();
        }
        next();
        List<TypeParam> out = new ArrayList<>();
        do {
            if (at("]") && !out.isEmpty()) {
                break;
            }
            int st = startOf();
            if (accept("*")) {
                String n = name();
                noBound("TypeVarTuple");
                out.add(new TypeVarTuple(pos(st), n));
            } else if (accept("**")) {
                String n = name();
                noBound("ParamSpec");
                out.add(new ParamSpec(pos(st), n));
            } else {
                String n = name();
                Expr bound = accept(":") ? expression() : null;
                out.add(new TypeVar(pos(st), n, bound));
            }
        } while (accept(","));
        expect("]");
        return out;
    }

    /** {@code *Ts: bound} and {@code **P: bound} are errors. */
    private void noBound(String kind) {
        if (at(":")) {
            int cs = peek().start;
            next();
            expression();
            throw src.error("cannot use bound with " + kind, cs, lastEnd);
        }
    }

    private boolean atExprEnd() {
        Token t = peek();
        return t.kind == TokenKind.NEWLINE || t.kind == TokenKind.ENDMARKER || t.is(";");
    }

    private Stmt delStmt(int st) {
        List<Expr> targets = new ArrayList<>();
        while (true) {
            Expr e = delTarget();
            targets.add(toTarget(e, Ctx.DEL));
            if (!accept(",")) {
                break;
            }
            if (atExprEnd()) {
                break;
            }
        }
        if (!atExprEnd()) {
            throw invalid();
        }
        return new Delete(pos(st), targets);
    }

    private Expr delTarget() {
        return starTarget();
    }

    private Stmt importStmt(int st) {
        List<Alias> names = new ArrayList<>();
        do {
            int as = startOf();
            String n = dottedName();
            String asn = null;
            if (accept("as")) {
                asn = name();
            }
            names.add(new Alias(pos(as), n, asn));
        } while (accept(","));
        return new Import(pos(st), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(name());
        while (at(".")) {
            next();
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Stmt fromImport(int st) {
        int level = 0;
        while (at(".") || at("...")) {
            level += next().text.length();
        }
        String module = null;
        if (!at("import")) {
            module = dottedName();
        }
        if (!at("import")) {
            throw invalid();
        }
        next();
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token t = next();
            names.add(new Alias(mk(t.start, t.end), "*", null));
            return new ImportFrom(pos(st), module, names, level);
        }
        boolean paren = accept("(");
        while (true) {
            int as = startOf();
            String n = name();
            String asn = null;
            if (accept("as")) {
                asn = name();
            }
            names.add(new Alias(pos(as), n, asn));
            if (!accept(",")) {
                break;
            }
            if (paren && at(")")) {
                break;
            }
            if (!paren && atExprEnd()) {
                throw src.error("trailing comma not allowed without surrounding parentheses", peek().start, peek().start);
            }
        }
        if (paren) {
            expect(")");
        }
        return new ImportFrom(pos(st), module, names, level);
    }

    private static final java.util.Map<String, BinOpKind> AUG = java.util.Map.ofEntries(java.util.Map.entry("+=", BinOpKind.ADD), java.util.Map.entry("-=", BinOpKind.SUB),
                    java.util.Map.entry("*=", BinOpKind.MULT), java.util.Map.entry("@=", BinOpKind.MATMULT), java.util.Map.entry("/=", BinOpKind.DIV),
                    java.util.Map.entry("%=", BinOpKind.MOD), java.util.Map.entry("&=", BinOpKind.BITAND), java.util.Map.entry("|=", BinOpKind.BITOR),
                    java.util.Map.entry("^=", BinOpKind.BITXOR), java.util.Map.entry("<<=", BinOpKind.LSHIFT), java.util.Map.entry(">>=", BinOpKind.RSHIFT),
                    java.util.Map.entry("**=", BinOpKind.POW), java.util.Map.entry("//=", BinOpKind.FLOORDIV));

    private Expr yieldOrStarExprs() {
        return at("yield") ? yieldExpr() : starExpressions();
    }

    private Stmt exprOrAssign() {
        int st = startOf();
        boolean parenStart = at("(");
        Expr e = yieldOrStarExprs();
        Token t = peek();
        if (t.is(":")) {
            next();
            if (e instanceof Tuple) {
                throw errorAt("only single target (not tuple) can be annotated", e);
            }
            if (e instanceof ListExpr) {
                throw errorAt("only single target (not list) can be annotated", e);
            }
            if (!(e instanceof Name || e instanceof Attribute || e instanceof Subscript)) {
                throw errorAt("illegal target for annotation", e);
            }
            Expr target = toTarget(e, Ctx.STORE);
            Expr ann = expression();
            Expr v = null;
            if (accept("=")) {
                v = yieldOrStarExprs();
            }
            return new AnnAssign(pos(st), target, ann, v, e instanceof Name && !parenStart);
        }
        if (t.kind == TokenKind.OP && AUG.containsKey(t.text)) {
            if (!(e instanceof Name || e instanceof Attribute || e instanceof Subscript)) {
                throw errorAt("'" + exprName(e) + "' is an illegal expression for augmented assignment", e);
            }
            next();
            Expr target = toTarget(e, Ctx.STORE);
            Expr v = yieldOrStarExprs();
            return new AugAssign(pos(st), target, AUG.get(t.text), v);
        }
        if (t.is("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr cur = e;
            while (accept("=")) {
                int eqIdx = i - 1;
                Expr rhs = yieldOrStarExprs();
                if (cur instanceof Yield || cur instanceof YieldFrom) {
                    throw errorAt("assignment to yield expression not possible", cur);
                }
                Expr bad = invalidTarget(cur, Ctx.STORE);
                if (bad != null) {
                    if (bad == cur && targets.isEmpty() && !(cur instanceof Tuple || cur instanceof ListExpr || cur instanceof GeneratorExp) && !(cur instanceof Constant c && (c.value() instanceof Boolean || c.value() == NoneValue.NONE))
                                    && !at("=") && !(rhs instanceof Tuple) && !(rhs instanceof Yield || rhs instanceof YieldFrom)) {
                        Token eq = toks.get(eqIdx);
                        throw src.error("cannot assign to " + exprName(cur) + " here. Maybe you meant '==' instead of '='?", cur.pos().start(), eq.end);
                    }
                    throw errorAt("cannot assign to " + exprName(bad), bad);
                }
                targets.add(toTarget(cur, Ctx.STORE));
                cur = rhs;
            }
            return new Assign(pos(st), targets, cur);
        }
        if (at(":=") && !(e instanceof Name)) {
            throw errorAt("cannot use assignment expressions with " + exprName(e), e);
        }
        if (!atExprEnd() && e instanceof Name n && (n.id().equals("print") || n.id().equals("exec")) && startsExpr()) {
            int save = i;
            try {
                starExpressions();
            } catch (PySyntaxError ex) {
                i = save;
                throw invalid();
            }
            throw src.error("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?", e.pos().start(), lastEnd);
        }
        if (!atExprEnd()) {
            throw stmtEndError(e);
        }
        return new ExprStmt(pos(st), e);
    }

    private PySyntaxError stmtEndError(Expr e) {
        Token t = peek();
        return invalidAt(t);
    }

    // ------------------------------------------------------------------ targets

    static String exprName(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript a -> "subscript";
            case Starred a -> "starred";
            case Name a -> "name";
            case ListExpr a -> "list";
            case Tuple a -> "tuple";
            case Lambda a -> "lambda";
            case Call a -> "function call";
            case BoolOp a -> "expression";
            case BinOp a -> "expression";
            case UnaryOp a -> "expression";
            case GeneratorExp a -> "generator expression";
            case Yield a -> "yield expression";
            case YieldFrom a -> "yield expression";
            case Await a -> "await expression";
            case ListComp a -> "list comprehension";
            case SetComp a -> "set comprehension";
            case DictComp a -> "dict comprehension";
            case Dict a -> "dict literal";
            case Set a -> "set display";
            case JoinedStr a -> "f-string expression";
            case FormattedValue a -> "f-string expression";
            case Constant c -> c.value() == NoneValue.NONE ? "None" : c.value() == Boolean.TRUE ? "True" : c.value() == Boolean.FALSE ? "False" : c.value() == EllipsisValue.ELLIPSIS ? "ellipsis" : "literal";
            case Compare a -> "comparison";
            case IfExp a -> "conditional expression";
            case NamedExpr a -> "named expression";
            default -> "expression";
        };
    }

    /** The first sub-expression that cannot be a target, or null. */
    private static Expr invalidTarget(Expr e, Ctx ctx) {
        return switch (e) {
            case Name n -> null;
            case Attribute a -> null;
            case Subscript a -> null;
            case Starred st -> ctx == Ctx.DEL ? e : invalidTarget(st.value(), ctx);
            case Tuple t -> {
                for (Expr x : t.elts()) {
                    Expr b = invalidTarget(x, ctx);
                    if (b != null) {
                        yield b;
                    }
                }
                yield null;
            }
            case ListExpr t -> {
                for (Expr x : t.elts()) {
                    Expr b = invalidTarget(x, ctx);
                    if (b != null) {
                        yield b;
                    }
                }
                yield null;
            }
            default -> e;
        };
    }

    private Expr toTarget(Expr e, Ctx ctx) {
        Expr bad = invalidTarget(e, ctx);
        if (bad != null) {
            throw errorAt((ctx == Ctx.DEL ? "cannot delete " : "cannot assign to ") + exprName(bad), bad);
        }
        return setCtx(e, ctx);
    }

    private static Expr setCtx(Expr e, Ctx ctx) {
        return switch (e) {
            case Name n -> new Name(n.pos(), n.id(), ctx);
            case Attribute a -> new Attribute(a.pos(), a.value(), a.attr(), ctx);
            case Subscript a -> new Subscript(a.pos(), a.value(), a.slice(), ctx);
            case Starred a -> new Starred(a.pos(), setCtx(a.value(), ctx), ctx);
            case Tuple t -> new Tuple(t.pos(), mapCtx(t.elts(), ctx), ctx);
            case ListExpr t -> new ListExpr(t.pos(), mapCtx(t.elts(), ctx), ctx);
            default -> e;
        };
    }

    private static List<Expr> mapCtx(List<Expr> l, Ctx ctx) {
        List<Expr> r = new ArrayList<>(l.size());
        for (Expr x : l) {
            r.add(setCtx(x, ctx));
        }
        return r;
    }

    /** star_targets: used by for loops and comprehensions. */
    private Expr starTargets() {
        int st = startOf();
        Expr first = starTarget();
        if (!at(",")) {
            return toTarget(first, Ctx.STORE);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("in") || at("=") || at(")") || atExprEnd()) {
                break;
            }
            elts.add(starTarget());
        }
        return toTarget(new Tuple(pos(st), elts, Ctx.LOAD), Ctx.STORE);
    }

    private Expr starTarget() {
        if (at("*")) {
            int st = next().start;
            Expr v = bitwiseOr();
            return new Starred(pos(st), v, Ctx.LOAD);
        }
        return bitwiseOr();
    }

    // ------------------------------------------------------------------ compound statements

    private Stmt decorated() {
        List<Expr> decos = new ArrayList<>();
        while (at("@")) {
            next();
            decos.add(namedExpression());
            if (!atKind(TokenKind.NEWLINE)) {
                throw invalid();
            }
            next();
        }
        Token t = peek();
        if (t.is("def")) {
            return funcDef(decos, t.start, false);
        }
        if (t.is("class")) {
            return classDef(decos, t.start);
        }
        if (t.is("async") && peek(1).is("def")) {
            next();
            return funcDef(decos, t.start, true);
        }
        throw invalid();
    }

    private Stmt funcDef(List<Expr> decos, int st, boolean isAsync) {
        expect("def");
        String name = name();
        List<TypeParam> tps = typeParams();
        if (!at("(")) {
            throw src.error("expected '('", peek().start, peek().end);
        }
        next();
        Arguments args = params(false);
        expect(")");
        Expr returns = null;
        if (accept("->")) {
            returns = expression();
        }
        colon(true);
        List<Stmt> body = block("function definition", st);
        return new FunctionDef(pos(st), name, args, body, decos, returns, isAsync, tps);
    }

    private Stmt classDef(List<Expr> decos, int st) {
        expect("class");
        String name = name();
        List<TypeParam> tps = typeParams();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> kws = new ArrayList<>();
        if (accept("(")) {
            callArgs(bases, kws, -1);
            expect(")");
        }
        colon(false);
        List<Stmt> body = block("class definition", st);
        return new ClassDef(pos(st), name, bases, kws, body, decos, tps);
    }

    private Arguments params(boolean lambda) {
        int st = startOf();
        String end = lambda ? ":" : ")";
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null, kwarg = null;
        boolean star = false, slash = false, seenDefault = false;
        while (!at(end)) {
            Token t = peek();
            if (t.is("/")) {
                if (slash) {
                    throw src.error("/ may appear only once", t.start, t.end);
                }
                if (star) {
                    throw src.error("/ must be ahead of *", t.start, t.end);
                }
                if (args.isEmpty()) {
                    throw src.error("at least one argument must precede /", t.start, t.end);
                }
                next();
                posonly.addAll(args);
                args.clear();
                slash = true;
            } else if (t.is("*")) {
                if (star) {
                    throw src.error("* argument may appear only once", t.start, t.end);
                }
                next();
                star = true;
                if (at(",") || at(end)) {
                    if (!at(",") || at(1, end) || at(1, "**")) {
                        throw src.error("named arguments must follow bare *", t.start, t.end);
                    }
                } else {
                    vararg = param(lambda, true);
                    if (at("=")) {
                        throw src.error("var-positional argument cannot have default value", peek().start, peek().end);
                    }
                }
            } else if (t.is("**")) {
                next();
                kwarg = param(lambda, false);
                if (at("=")) {
                    throw src.error("var-keyword argument cannot have default value", peek().start, peek().end);
                }
                accept(",");
                if (!at(end)) {
                    Token u = peek();
                    throw src.error("arguments cannot follow var-keyword argument", u.start, u.end);
                }
                break;
            } else {
                Arg a = param(lambda, false);
                Expr d = null;
                if (accept("=")) {
                    d = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(d);
                } else {
                    if (d != null) {
                        defaults.add(d);
                        seenDefault = true;
                    } else if (seenDefault) {
                        throw errorAt("parameter without a default follows parameter with a default", a);
                    }
                    args.add(a);
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        if (!at(end)) {
            if (lambda) {
                throw expectedColon();
            }
            throw invalid();
        }
        return new Arguments(mk(st, Math.max(st, lastEnd)), posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg param(boolean lambda, boolean starAnn) {
        int st = startOf();
        String n = name();
        Expr ann = null;
        if (!lambda && accept(":")) {
            if (starAnn && at("*")) {
                int ss = next().start;
                Expr v = expression();
                ann = new Starred(pos(ss), v, Ctx.LOAD);
            } else {
                ann = expression();
            }
        }
        return new Arg(pos(st), n, ann);
    }

    private Stmt ifStmt() {
        Token kw = next(); // 'if' or 'elif'
        int st = kw.start;
        Expr test = condition();
        colon(false);
        List<Stmt> body = block("'" + kw.text + "' statement", st);
        List<Stmt> orelse = new ArrayList<>();
        if (at("elif")) {
            enter();
            try {
                orelse.add(ifStmt());
            } finally {
                depth--;
            }
        } else if (at("else")) {
            int es = next().start;
            colon(true);
            orelse = block("'else' statement", es);
        }
        return new If(pos(st), test, body, orelse);
    }

    /** The test of if/elif/while, with CPython's hint for a mistaken '='. */
    private Expr condition() {
        Expr e = namedExpression();
        if (at("=")) {
            Token eq = peek();
            if (e instanceof Name) {
                throw src.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.pos().start(), eq.end);
            }
            if (!(e instanceof Tuple || e instanceof ListExpr || e instanceof GeneratorExp || e instanceof Constant c && (c.value() instanceof Boolean || c.value() == NoneValue.NONE))) {
                throw src.error("cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?", e.pos().start(), eq.end);
            }
        }
        return e;
    }

    private Stmt whileStmt() {
        int st = next().start;
        Expr test = condition();
        colon(false);
        List<Stmt> body = block("'while' statement", st);
        List<Stmt> orelse = List.of();
        if (at("else")) {
            int es = next().start;
            colon(true);
            orelse = block("'else' statement", es);
        }
        return new While(pos(st), test, body, orelse);
    }

    private Stmt forStmt(int st, boolean isAsync) {
        int fs = expect("for").start;
        Expr target = starTargets();
        if (!at("in")) {
            throw invalid();
        }
        next();
        Expr iter = starExpressions();
        colon(false);
        List<Stmt> body = block("'for' statement", fs);
        List<Stmt> orelse = List.of();
        if (at("else")) {
            int es = next().start;
            colon(true);
            orelse = block("'else' statement", es);
        }
        return new For(pos(st), target, iter, body, orelse, isAsync);
    }

    private Stmt tryStmt() {
        int st = next().start;
        colon(true);
        List<Stmt> body = block("'try' statement", st);
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false, plain = false;
        while (at("except")) {
            int hs = next().start;
            boolean isStar = accept("*");
            if (isStar) {
                star = true;
            } else {
                plain = true;
            }
            if (star && plain) {
                throw src.error("cannot have both 'except' and 'except*' on the same 'try'", hs, lastEnd);
            }
            Expr type = null;
            String name = null;
            if (!at(":")) {
                int ts = startOf();
                type = expression();
                if (at(",")) {
                    List<Expr> elts = new ArrayList<>();
                    elts.add(type);
                    while (accept(",")) {
                        if (at(":") || at("as")) {
                            break;
                        }
                        elts.add(expression());
                    }
                    throw src.error("multiple exception types must be parenthesized", ts, lastEnd);
                }
                if (accept("as")) {
                    name = name();
                }
            } else if (isStar) {
                throw src.error("expected one or more exception types", peek().start, peek().end);
            }
            colon(false);
            List<Stmt> hb = block(isStar ? "'except*' statement" : "'except' statement", hs);
            handlers.add(new ExceptHandler(pos(hs), type, name, hb));
        }
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        if (at("else")) {
            if (handlers.isEmpty()) {
                throw src.error("expected 'except' or 'finally' block", peek().start, peek().end);
            }
            int es = next().start;
            colon(true);
            orelse = block("'else' statement", es);
        }
        if (at("finally")) {
            int fs = next().start;
            colon(true);
            finalbody = block("'finally' statement", fs);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw src.error("expected 'except' or 'finally' block", lastEnd, lastEnd);
        }
        return new Try(pos(st), body, handlers, orelse, finalbody, star);
    }

    private Stmt withStmt(int st, boolean isAsync) {
        int ws = expect("with").start;
        List<WithItem> items = null;
        if (at("(")) {
            int save = i, saveEnd = lastEnd;
            try {
                next();
                List<WithItem> its = new ArrayList<>();
                while (true) {
                    its.add(withItem());
                    if (!accept(",")) {
                        break;
                    }
                    if (at(")")) {
                        break;
                    }
                }
                expect(")");
                if (!at(":")) {
                    throw invalid();
                }
                items = its;
            } catch (PySyntaxError e) {
                i = save;
                lastEnd = saveEnd;
                items = null;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(","));
        }
        colon(false);
        List<Stmt> body = block("'with' statement", ws);
        return new With(pos(st), items, body, isAsync);
    }

    private WithItem withItem() {
        int st = startOf();
        Expr e = expression();
        Expr t = null;
        if (accept("as")) {
            t = toTarget(starTarget(), Ctx.STORE);
            if (!(at(",") || at(")") || at(":"))) {
                throw invalid();
            }
        }
        return new WithItem(pos(st), e, t);
    }

    // ------------------------------------------------------------------ match

    private Stmt tryMatch() {
        int save = i, saveEnd = lastEnd;
        Token kw = next();
        Token n = peek();
        if (n.kind == TokenKind.NEWLINE || n.is("=") || n.is(".") || n.kind == TokenKind.OP && AUG.containsKey(n.text) || n.is(",") || n.is(")") || n.is(":") && false) {
            i = save;
            lastEnd = saveEnd;
            return null;
        }
        Expr subject;
        try {
            int st = startOf();
            Expr first = starNamedExpression();
            if (at(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (accept(",")) {
                    if (at(":")) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                subject = new Tuple(pos(st), elts, Ctx.LOAD);
            } else {
                subject = first;
            }
            if (!at(":")) {
                throw invalid();
            }
        } catch (PySyntaxError e) {
            i = save;
            lastEnd = saveEnd;
            return null;
        }
        next();
        if (!atKind(TokenKind.NEWLINE)) {
            throw invalid();
        }
        next();
        if (!atKind(TokenKind.INDENT)) {
            Token t = peek();
            int l = src.line(t.start);
            int c = t.start - src.lineStarts[l - 1];
            throw src.errorAt("IndentationError", "expected an indented block after 'match' statement on line " + src.line(kw.start), l, c + 1, l, c + 1 + (t.end - t.start));
        }
        next();
        List<MatchCase> cases = new ArrayList<>();
        while (at("case")) {
            int cs = next().start;
            Pattern pat = patterns();
            Expr guard = null;
            if (accept("if")) {
                guard = namedExpression();
            }
            colon(false);
            List<Stmt> body = block("'case' statement", cs);
            cases.add(new MatchCase(pos(cs), pat, guard, body));
        }
        if (cases.isEmpty()) {
            throw invalid();
        }
        if (!atKind(TokenKind.DEDENT)) {
            throw invalid();
        }
        next();
        return new Match(pos(kw.start), subject, cases);
    }

    private Pattern patterns() {
        int st = startOf();
        Pattern first = maybeStarPattern();
        if (!at(",")) {
            if (first instanceof MatchStar) {
                return new MatchSequence(pos(st), List.of(first));
            }
            return first;
        }
        List<Pattern> ps = new ArrayList<>();
        ps.add(first);
        while (accept(",")) {
            if (at(":") || at("if")) {
                break;
            }
            ps.add(maybeStarPattern());
        }
        return new MatchSequence(pos(st), ps);
    }

    private Pattern maybeStarPattern() {
        if (at("*")) {
            int st = next().start;
            String n = name();
            return new MatchStar(pos(st), n.equals("_") ? null : n);
        }
        return pattern();
    }

    private Pattern pattern() {
        int st = startOf();
        Pattern p = orPattern();
        if (accept("as")) {
            String n = name();
            if (n.equals("_")) {
                throw src.error("cannot use '_' as a target", toks.get(i - 1).start, toks.get(i - 1).end);
            }
            return new MatchAs(pos(st), p, n);
        }
        return p;
    }

    private Pattern orPattern() {
        int st = startOf();
        Pattern p = closedPattern();
        if (!at("|")) {
            return p;
        }
        List<Pattern> ps = new ArrayList<>();
        ps.add(p);
        while (accept("|")) {
            ps.add(closedPattern());
        }
        return new MatchOr(pos(st), ps);
    }

    private Pattern closedPattern() {
        enter();
        try {
            return closedPattern0();
        } finally {
            depth--;
        }
    }

    private Pattern closedPattern0() {
        Token t = peek();
        int st = t.start;
        if (t.kind == TokenKind.NUMBER || t.kind == TokenKind.STRING || t.is("-")) {
            Expr v = literalExpr(false);
            return new MatchValue(pos(st), v);
        }
        if (t.is("None") || t.is("True") || t.is("False")) {
            next();
            return new MatchSingleton(pos(st), t.text.equals("None") ? NoneValue.NONE : Boolean.valueOf(t.text.equals("True")));
        }
        if (t.is("(") || t.is("[")) {
            boolean paren = t.is("(");
            String close = paren ? ")" : "]";
            next();
            List<Pattern> ps = new ArrayList<>();
            boolean comma = false;
            while (!at(close)) {
                ps.add(maybeStarPattern());
                if (!accept(",")) {
                    break;
                }
                comma = true;
            }
            expect(close);
            if (paren && ps.size() == 1 && !comma && !(ps.get(0) instanceof MatchStar)) {
                return ps.get(0);
            }
            return new MatchSequence(pos(st), ps);
        }
        if (t.is("{")) {
            next();
            List<Expr> keys = new ArrayList<>();
            List<Pattern> vals = new ArrayList<>();
            String rest = null;
            while (!at("}")) {
                if (accept("**")) {
                    Token rt = peek();
                    rest = name();
                    if (rest.equals("_")) {
                        throw invalidAt(rt);
                    }
                    accept(",");
                    break;
                }
                Token k = peek();
                Expr key;
                if (k.kind == TokenKind.NUMBER || k.kind == TokenKind.STRING || k.is("-")) {
                    key = literalExpr(true);
                } else if (k.is("None") || k.is("True") || k.is("False")) {
                    next();
                    key = new Constant(mk(k.start, k.end), k.text.equals("None") ? NoneValue.NONE : Boolean.valueOf(k.text.equals("True")));
                } else {
                    key = dottedValue();
                    if (key instanceof Name) {
                        throw invalid();
                    }
                }
                keys.add(key);
                colon(false);
                vals.add(pattern());
                if (!accept(",")) {
                    break;
                }
            }
            expect("}");
            return new MatchMapping(pos(st), keys, vals, rest);
        }
        if (isNameTok(t)) {
            Expr v = dottedValue();
            if (at("(")) {
                next();
                List<Pattern> ps = new ArrayList<>();
                List<String> kn = new ArrayList<>();
                List<Pattern> kp = new ArrayList<>();
                while (!at(")")) {
                    if (atName() && at(1, "=")) {
                        kn.add(next().text);
                        next();
                        kp.add(pattern());
                    } else {
                        if (!kn.isEmpty()) {
                            int ps0 = startOf();
                            Pattern bad = pattern();
                            throw src.error("positional patterns follow keyword patterns", ps0, lastEnd);
                        }
                        ps.add(pattern());
                    }
                    if (!accept(",")) {
                        break;
                    }
                }
                expect(")");
                return new MatchClass(pos(st), v, ps, kn, kp);
            }
            if (v instanceof Name n) {
                if (n.id().equals("_")) {
                    return new MatchAs(pos(st), null, null);
                }
                return new MatchAs(pos(st), null, n.id());
            }
            return new MatchValue(pos(st), v);
        }
        throw invalid();
    }

    private Expr dottedValue() {
        int st = startOf();
        Token t = next();
        if (!isNameTok(t)) {
            throw invalidAt(t);
        }
        Expr e = new Name(mk(t.start, t.end), t.text, Ctx.LOAD);
        while (at(".")) {
            next();
            String a = name();
            e = new Attribute(pos(st), e, a, Ctx.LOAD);
        }
        return e;
    }

    /** signed numbers, complex literals, strings. */
    private Expr literalExpr(boolean mappingKey) {
        int st = startOf();
        if (peek().kind == TokenKind.STRING) {
            Expr e = strings();
            if (e instanceof JoinedStr) {
                throw errorAt(mappingKey ? "mapping pattern keys may only match literals and attribute lookups" : "patterns may only match literals and attribute lookups", e);
            }
            return e;
        }
        Expr left;
        if (at("-")) {
            next();
            Token n = peek();
            if (n.kind != TokenKind.NUMBER) {
                throw invalid();
            }
            Expr num = atom();
            left = new UnaryOp(pos(st), UnaryOpKind.USUB, num);
        } else {
            if (peek().kind != TokenKind.NUMBER) {
                throw invalid();
            }
            left = atom();
        }
        if (at("+") || at("-")) {
            BinOpKind op = next().text.equals("+") ? BinOpKind.ADD : BinOpKind.SUB;
            if (peek().kind != TokenKind.NUMBER) {
                throw invalid();
            }
            Expr right = atom();
            Expr real = left instanceof UnaryOp un ? un.operand() : left;
            if (((Constant) real).value() instanceof Imaginary) {
                throw errorAt("real number required in complex literal", real);
            }
            if (!(((Constant) right).value() instanceof Imaginary)) {
                throw errorAt("imaginary number required in complex literal", right);
            }
            return new BinOp(pos(st), left, op, right);
        }
        return left;
    }

    // ------------------------------------------------------------------ expressions

    private void enter() {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw org.bytepy.runtime.PyErrors.raise(org.bytepy.runtime.PyTypes.MEMORY_ERROR, "Parser stack overflowed - Python source too complex to parse", null);
        }
    }

    Expr starExpressions() {
        int st = startOf();
        Expr first = starExpression();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!startsExpr()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Tuple(pos(st), elts, Ctx.LOAD);
    }

    /** Whether the next token can begin an expression. */
    private boolean startsExpr() {
        Token t = peek();
        switch (t.kind) {
            case NAME:
                switch (t.text) {
                    case "not", "lambda", "await", "None", "True", "False", "yield" -> {
                        return true;
                    }
                    default -> {
                        return !KEYWORDS.contains(t.text);
                    }
                }
            case NUMBER:
            case STRING:
                return true;
            case OP:
                switch (t.text) {
                    case "(", "[", "{", "-", "+", "~", "*", "...", "**" -> {
                        return true;
                    }
                    default -> {
                        return false;
                    }
                }
            default:
                return false;
        }
    }

    private Expr starExpression() {
        if (at("*")) {
            int st = next().start;
            Expr v = bitwiseOr();
            return new Starred(pos(st), v, Ctx.LOAD);
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (at("*")) {
            int st = next().start;
            Expr v = bitwiseOr();
            return new Starred(pos(st), v, Ctx.LOAD);
        }
        return namedExpression();
    }

    Expr namedExpression() {
        Token t = peek();
        if (t.kind == TokenKind.NAME && at(1, ":=") && isNameTok(t)) {
            next();
            next();
            Expr v = expression();
            return new NamedExpr(pos(t.start), new Name(mk(t.start, t.end), t.text, Ctx.STORE), v);
        }
        Expr e = expression();
        if (at(":=")) {
            throw errorAt("cannot use assignment expressions with " + exprName(e), e);
        }
        return e;
    }

    Expr expression() {
        enter();
        try {
            if (at("lambda")) {
                enter();
                try {
                    return lambda();
                } finally {
                    depth--;
                }
            }
            int st = startOf();
            Expr body = disjunction();
            if (at("if")) {
                next();
                Expr test = disjunction();
                if (!at("else")) {
                    throw src.error("expected 'else' after 'if' expression", st, lastEnd);
                }
                next();
                Expr orelse = expression();
                return new IfExp(pos(st), test, body, orelse);
            }
            return body;
        } finally {
            depth--;
        }
    }

    private Expr lambda() {
        int st = next().start;
        Arguments args = params(true);
        colon(false);
        Expr body = expression();
        return new Lambda(pos(st), args, body);
    }

    private Expr disjunction() {
        int st = startOf();
        Expr e = conjunction();
        if (!at("or")) {
            return e;
        }
        List<Expr> vals = new ArrayList<>();
        vals.add(e);
        while (accept("or")) {
            vals.add(conjunction());
        }
        return new BoolOp(pos(st), false, vals);
    }

    private Expr conjunction() {
        int st = startOf();
        Expr e = inversion();
        if (!at("and")) {
            return e;
        }
        List<Expr> vals = new ArrayList<>();
        vals.add(e);
        while (accept("and")) {
            vals.add(inversion());
        }
        return new BoolOp(pos(st), true, vals);
    }

    private Expr inversion() {
        if (at("not")) {
            enter();
            try {
                int st = next().start;
                Expr e = inversion();
                return new UnaryOp(pos(st), UnaryOpKind.NOT, e);
            } finally {
                depth--;
            }
        }
        return comparison();
    }

    private CmpOpKind cmpOp() {
        Token t = peek();
        if (t.kind == TokenKind.OP) {
            return switch (t.text) {
                case "==" -> CmpOpKind.EQ;
                case "!=" -> CmpOpKind.NOTEQ;
                case "<" -> CmpOpKind.LT;
                case "<=" -> CmpOpKind.LTE;
                case ">" -> CmpOpKind.GT;
                case ">=" -> CmpOpKind.GTE;
                default -> null;
            };
        }
        if (t.kind == TokenKind.NAME) {
            switch (t.text) {
                case "in":
                    return CmpOpKind.IN;
                case "is":
                    return at(1, "not") ? CmpOpKind.ISNOT : CmpOpKind.IS;
                case "not":
                    return at(1, "in") ? CmpOpKind.NOTIN : null;
                default:
                    return null;
            }
        }
        return null;
    }

    private Expr comparison() {
        int st = startOf();
        Expr e = bitwiseOr();
        CmpOpKind op = cmpOp();
        if (op == null) {
            return e;
        }
        List<CmpOpKind> ops = new ArrayList<>();
        List<Expr> cmps = new ArrayList<>();
        while (op != null) {
            next();
            if (op == CmpOpKind.ISNOT || op == CmpOpKind.NOTIN) {
                next();
            }
            ops.add(op);
            cmps.add(bitwiseOr());
            op = cmpOp();
        }
        return new Compare(pos(st), e, ops, cmps);
    }

    private Expr bitwiseOr() {
        int st = startOf();
        Expr e = bitwiseXor();
        while (at("|")) {
            next();
            Expr r = bitwiseXor();
            e = new BinOp(pos(st), e, BinOpKind.BITOR, r);
        }
        return e;
    }

    private Expr bitwiseXor() {
        int st = startOf();
        Expr e = bitwiseAnd();
        while (at("^")) {
            next();
            Expr r = bitwiseAnd();
            e = new BinOp(pos(st), e, BinOpKind.BITXOR, r);
        }
        return e;
    }

    private Expr bitwiseAnd() {
        int st = startOf();
        Expr e = shiftExpr();
        while (at("&")) {
            next();
            Expr r = shiftExpr();
            e = new BinOp(pos(st), e, BinOpKind.BITAND, r);
        }
        return e;
    }

    private Expr shiftExpr() {
        int st = startOf();
        Expr e = sum();
        while (at("<<") || at(">>")) {
            BinOpKind op = next().text.equals("<<") ? BinOpKind.LSHIFT : BinOpKind.RSHIFT;
            Expr r = sum();
            e = new BinOp(pos(st), e, op, r);
        }
        return e;
    }

    private Expr sum() {
        int st = startOf();
        Expr e = term();
        while (at("+") || at("-")) {
            BinOpKind op = next().text.equals("+") ? BinOpKind.ADD : BinOpKind.SUB;
            Expr r = term();
            e = new BinOp(pos(st), e, op, r);
        }
        return e;
    }

    private Expr term() {
        int st = startOf();
        Expr e = factor();
        while (true) {
            Token t = peek();
            if (t.kind != TokenKind.OP) {
                return e;
            }
            BinOpKind op = switch (t.text) {
                case "*" -> BinOpKind.MULT;
                case "/" -> BinOpKind.DIV;
                case "//" -> BinOpKind.FLOORDIV;
                case "%" -> BinOpKind.MOD;
                case "@" -> BinOpKind.MATMULT;
                default -> null;
            };
            if (op == null) {
                return e;
            }
            next();
            Expr r = factor();
            e = new BinOp(pos(st), e, op, r);
        }
    }

    private Expr factor() {
        Token t = peek();
        if (t.kind == TokenKind.OP && (t.text.equals("-") || t.text.equals("+") || t.text.equals("~"))) {
            enter();
            try {
                next();
                UnaryOpKind op = t.text.equals("-") ? UnaryOpKind.USUB : t.text.equals("+") ? UnaryOpKind.UADD : UnaryOpKind.INVERT;
                Expr e = factor();
                return new UnaryOp(pos(t.start), op, e);
            } finally {
                depth--;
            }
        }
        return power();
    }

    private Expr power() {
        int st = startOf();
        Expr e = awaitPrimary();
        if (at("**")) {
            next();
            enter();
            enter();
            try {
                Expr r = factor();
                return new BinOp(pos(st), e, BinOpKind.POW, r);
            } finally {
                depth -= 2;
            }
        }
        return e;
    }

    private Expr awaitPrimary() {
        if (at("await")) {
            int st = next().start;
            Expr e = primary();
            return new Await(pos(st), e);
        }
        return primary();
    }

    private Expr primary() {
        int st = startOf();
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.kind != TokenKind.OP) {
                return e;
            }
            switch (t.text) {
                case "." -> {
                    next();
                    String n = name();
                    e = new Attribute(pos(st), e, n, Ctx.LOAD);
                }
                case "(" -> {
                    next();
                    List<Expr> args = new ArrayList<>();
                    List<Keyword> kws = new ArrayList<>();
                    callArgs(args, kws, t.start);
                    expect(")");
                    e = new Call(pos(st), e, args, kws);
                }
                case "[" -> {
                    next();
                    Expr sl = slices();
                    expect("]");
                    e = new Subscript(pos(st), e, sl, Ctx.LOAD);
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /** Parses call arguments up to (not including) ')'. {@code parenStart} is the offset of '(' (for a generator argument). */
    private void callArgs(List<Expr> args, List<Keyword> kws, int parenStart) {
        boolean seenKw = false, seenKwUnpack = false;
        while (!at(")")) {
            Token t = peek();
            int st = t.start;
            if (t.is("*")) {
                next();
                Expr v = expression();
                args.add(new Starred(pos(st), v, Ctx.LOAD));
            } else if (t.is("**")) {
                next();
                Expr v = expression();
                if (at("=")) {
                    throw src.error("cannot assign to keyword argument unpacking", st, lastEnd);
                }
                kws.add(new Keyword(pos(st), null, v));
                seenKwUnpack = true;
            } else if (t.kind == TokenKind.NAME && at(1, "=")) {
                if (!isNameTok(t)) {
                    throw src.error(t.text.equals("True") || t.text.equals("False") || t.text.equals("None") ? "cannot assign to " + t.text : "invalid syntax", t.start, t.end);
                }
                next();
                next();
                Expr v = expression();
                kws.add(new Keyword(pos(st), t.text, v));
                seenKw = true;
            } else {
                Expr e = namedExpression();
                if (at("for") || at("async")) {
                    int forIdx = i;
                    List<Comprehension> gens = comprehensions();
                    if (parenStart >= 0 && args.isEmpty() && kws.isEmpty() && at(")")) {
                        next();
                        args.add(new GeneratorExp(pos(parenStart), e, gens));
                        i--;
                        lastEnd = toks.get(i - 1).end;
                        return;
                    }
                    if (parenStart < 0) {
                        throw invalidAt(toks.get(forIdx));
                    }
                    throw src.error("Generator expression must be parenthesized", st, lastEnd);
                }
                if (at("=")) {
                    Token eq = peek();
                    throw src.error("expression cannot contain assignment, perhaps you meant \"==\"?", st, eq.end);
                }
                if (seenKwUnpack) {
                    throw src.error("positional argument follows keyword argument unpacking", e.pos().end(), e.pos().end());
                }
                if (seenKw) {
                    throw src.error("positional argument follows keyword argument", e.pos().end(), e.pos().end());
                }
                args.add(e);
            }
            if (!accept(",")) {
                if (!at(")") && startsExpr() && !atKind(TokenKind.NAME) || (!at(")") && atName())) {
                    throw forgotComma(st);
                }
                break;
            }
        }
    }

    private PySyntaxError forgotComma(int st) {
        int save = i;
        int end;
        try {
            expression();
            end = lastEnd;
        } catch (PySyntaxError e) {
            i = save;
            return invalid();
        }
        i = save;
        return src.error("invalid syntax. Perhaps you forgot a comma?", st, end);
    }

    private Expr slices() {
        int st = startOf();
        Expr first = at("*") ? starExpression() : slice();
        if (!at(",")) {
            if (first instanceof Starred) {
                return new Tuple(pos(st), List.of(first), Ctx.LOAD);
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            elts.add(at("*") ? starExpression() : slice());
        }
        return new Tuple(pos(st), elts, Ctx.LOAD);
    }

    private Expr slice() {
        int st = startOf();
        Expr lower = null;
        if (!at(":")) {
            lower = namedExpression();
            if (!at(":")) {
                return lower;
            }
        }
        next();
        Expr upper = null, step = null;
        if (!at(":") && !at("]") && !at(",")) {
            upper = expression();
        }
        if (accept(":")) {
            if (!at("]") && !at(",")) {
                step = expression();
            }
        }
        return new Slice(pos(st), lower, upper, step);
    }

    private List<Comprehension> comprehensions() {
        List<Comprehension> gens = new ArrayList<>();
        while (at("for") || (at("async") && at(1, "for"))) {
            int st = startOf();
            boolean isAsync = false;
            if (at("async")) {
                next();
                isAsync = true;
            }
            next();
            Expr target = starTargets();
            if (!at("in")) {
                throw invalid();
            }
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (at("if")) {
                next();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(pos(st), target, iter, ifs, isAsync));
        }
        return gens;
    }

    private Expr yieldExpr() {
        int st = next().start;
        if (accept("from")) {
            Expr v = expression();
            return new YieldFrom(pos(st), v);
        }
        if (atExprEnd() || at(")") || at("]") || at("}") || at("=") || at(":")) {
            return new Yield(pos(st), null);
        }
        Expr v = starExpressions();
        return new Yield(pos(st), v);
    }

    private Expr atom() {
        enter();
        try {
            return atom0();
        } finally {
            depth--;
        }
    }

    private Expr atom0() {
        Token t = peek();
        int st = t.start;
        switch (t.kind) {
            case NAME -> {
                switch (t.text) {
                    case "None" -> {
                        next();
                        return new Constant(pos(st), NoneValue.NONE);
                    }
                    case "True" -> {
                        next();
                        return new Constant(pos(st), Boolean.TRUE);
                    }
                    case "False" -> {
                        next();
                        return new Constant(pos(st), Boolean.FALSE);
                    }
                    default -> {
                    }
                }
                if (KEYWORDS.contains(t.text)) {
                    throw invalid();
                }
                next();
                return new Name(pos(st), t.text, Ctx.LOAD);
            }
            case NUMBER -> {
                next();
                return new Constant(pos(st), Literals.number(t.text));
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text) {
                    case "..." -> {
                        next();
                        return new Constant(pos(st), EllipsisValue.ELLIPSIS);
                    }
                    case "(" -> {
                        return parenAtom();
                    }
                    case "[" -> {
                        next();
                        if (accept("]")) {
                            return new ListExpr(pos(st), List.of(), Ctx.LOAD);
                        }
                        Expr first = starNamedExpression();
                        if (at("for") || at("async")) {
                            List<Comprehension> gens = comprehensions();
                            expect("]");
                            return new ListComp(pos(st), first, gens);
                        }
                        List<Expr> elts = displayElts(first, "]");
                        expect("]");
                        return new ListExpr(pos(st), elts, Ctx.LOAD);
                    }
                    case "{" -> {
                        return braceAtom();
                    }
                    default -> {
                    }
                }
            }
            default -> {
            }
        }
        throw invalid();
    }

    private List<Expr> displayElts(Expr first, String close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        int est = first.pos().start();
        while (true) {
            if (!accept(",")) {
                if (!at(close) && startsExpr()) {
                    throw forgotComma(est);
                }
                break;
            }
            if (at(close)) {
                break;
            }
            est = startOf();
            elts.add(starNamedExpression());
        }
        return elts;
    }

    private Expr parenAtom() {
        int st = next().start;
        if (accept(")")) {
            return new Tuple(pos(st), List.of(), Ctx.LOAD);
        }
        if (at("yield")) {
            Expr y = yieldExpr();
            expect(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (at("for") || at("async")) {
            List<Comprehension> gens = comprehensions();
            expect(")");
            return new GeneratorExp(pos(st), first, gens);
        }
        if (at(")")) {
            next();
            if (first instanceof Starred) {
                throw errorAt("cannot use starred expression here", first);
            }
            return first;
        }
        if (!at(",")) {
            if (at("=")) {
                Token eq = peek();
                if (first instanceof Name || first instanceof Attribute || first instanceof Subscript) {
                    throw src.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first.pos().start(), eq.end);
                }
                throw src.error("cannot assign to " + exprName(first) + " here. Maybe you meant '==' instead of '='?", first.pos().start(), eq.end);
            }
            if (startsExpr()) {
                throw forgotComma(first.pos().start());
            }
            throw invalid();
        }
        List<Expr> elts = displayElts(first, ")");
        expect(")");
        return new Tuple(pos(st), elts, Ctx.LOAD);
    }

    private Expr braceAtom() {
        int st = next().start;
        if (accept("}")) {
            return new Dict(pos(st), List.of(), List.of());
        }
        Expr firstKey;
        Expr firstVal;
        if (at("**")) {
            next();
            firstKey = null;
            firstVal = bitwiseOr();
        } else {
            boolean keyParen = at("(");
            Expr e = starNamedExpression();
            if (!at(":")) {
                // set
                if (at("for") || at("async")) {
                    List<Comprehension> gens = comprehensions();
                    expect("}");
                    return new SetComp(pos(st), e, gens);
                }
                List<Expr> elts = displayElts(e, "}");
                expect("}");
                return new Set(pos(st), elts);
            }
            if (e instanceof Starred || e instanceof NamedExpr && !keyParen) {
                throw invalid();
            }
            next();
            firstKey = e;
            if (at("*")) {
                throw src.error("cannot use a starred expression in a dictionary value", peek().start, peek().end);
            }
            firstVal = expression();
            if (at("for") || at("async")) {
                List<Comprehension> gens = comprehensions();
                expect("}");
                return new DictComp(pos(st), firstKey, firstVal, gens);
            }
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> vals = new ArrayList<>();
        keys.add(firstKey);
        vals.add(firstVal);
        while (true) {
            if (!accept(",")) {
                if (!at("}") && startsExpr()) {
                    throw forgotComma(vals.get(vals.size() - 1).pos().start());
                }
                break;
            }
            if (at("}")) {
                break;
            }
            if (accept("**")) {
                keys.add(null);
                vals.add(bitwiseOr());
            } else {
                Expr k = expression();
                if (!at(":")) {
                    throw src.error("':' expected after dictionary key", k.pos().start(), k.pos().end());
                }
                next();
                keys.add(k);
                if (at("*")) {
                    throw src.error("cannot use a starred expression in a dictionary value", peek().start, peek().end);
                }
                vals.add(expression());
            }
        }
        expect("}");
        return new Dict(pos(st), keys, vals);
    }

    // ------------------------------------------------------------------ strings

    private Expr strings() {
        int st = startOf();
        List<Token> ts = new ArrayList<>();
        while (peek().kind == TokenKind.STRING) {
            ts.add(next());
        }
        Pos p = pos(st);
        return Literals.concat(this, ts, p);
    }

    /** Parses an f-string replacement-field expression occupying [from, to) of the source. */
    Expr parseFStringExpr(int from, int to) {
        List<Token> sub = Tokenizer.tokenizeRegion(src, from, to);
        Parser p = new Parser(src, sub);
        p.fstringDepth = fstringDepth + 1;
        p.depth = depth;
        if (p.fstringDepth > 200) {
            throw src.error("too many nested f-strings", from, to);
        }
        if (p.atKind(TokenKind.ENDMARKER)) {
            throw src.error("f-string: valid expression required before '" + (to < s.length() ? s.charAt(to) : '}') + "'", to, to + 1);
        }
        if (p.at("lambda")) {
            Token t = p.peek();
            throw src.error("f-string: lambda expressions are not allowed without parentheses", t.start, t.end);
        }
        int st = p.startOf();
        Expr e = p.yieldOrStarExprs();
        if (!p.atKind(TokenKind.ENDMARKER)) {
            if (p.startsExpr()) {
                throw p.forgotComma(st);
            }
            throw p.invalid();
        }
        return e;
    }
}
