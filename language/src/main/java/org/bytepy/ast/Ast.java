package org.bytepy.ast;

import java.util.List;

/**
 * The abstract syntax tree, in the words of CPython's {@code ast} module (Parser/Python.asdl). The parser
 * builds it, the scope pass and the constant folder read it, the compiler turns it into bytecode.
 *
 * <p>Every node carries its source position: 1-based line, 0-based column in code points (as CPython's
 * {@code col_offset}), and the end position, plus absolute character offsets into the source text
 * ({@code start}, {@code end}) so that the compiler can attach exact Truffle source sections.
 */
public final class Ast {
    private Ast() {
    }

    /** Source position of a node. Lines 1-based; columns 0-based; offsets are char indices into the source. */
    public record Pos(int line, int col, int endLine, int endCol, int start, int end) {
        public static final Pos NONE = new Pos(1, 0, 1, 0, 0, 0);

        public Pos to(Pos last) {
            return new Pos(line, col, last.endLine, last.endCol, start, last.end);
        }
    }

    public sealed interface Node permits Mod, Stmt, Expr, Arg, Arguments, Keyword, Alias, WithItem, ExceptHandler, Comprehension, MatchCase, Pattern, TypeParam {
        Pos pos();
    }

    // ---------------------------------------------------------------- modules

    public sealed interface Mod extends Node permits Module, Expression, Interactive {
    }

    /** A file or {@code exec} source. */
    public record Module(Pos pos, List<Stmt> body) implements Mod {
    }

    /** An {@code eval} source. */
    public record Expression(Pos pos, Expr body) implements Mod {
    }

    /** A {@code single} source (REPL): expression statements echo their value. */
    public record Interactive(Pos pos, List<Stmt> body) implements Mod {
    }

    // ---------------------------------------------------------------- statements

    public sealed interface Stmt extends Node {
    }

    /**
     * {@code def}; {@code isAsync} for {@code async def}. {@code returns} may be null. {@code typeParams}
     * holds the PEP 695 parameters of {@code def f[T]()} (empty when there are none).
     */
    public record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns, boolean isAsync, List<TypeParam> typeParams) implements Stmt {
        public FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns, boolean isAsync) {
            this(pos, name, args, body, decorators, returns, isAsync, List.of());
        }
    }

    /** {@code typeParams}: the PEP 695 parameters of {@code class C[T]} (empty when there are none). */
    public record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators, List<TypeParam> typeParams) implements Stmt {
        public ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators) {
            this(pos, name, bases, keywords, body, decorators, List.of());
        }
    }

    /** {@code value} may be null. */
    public record Return(Pos pos, Expr value) implements Stmt {
    }

    public record Delete(Pos pos, List<Expr> targets) implements Stmt {
    }

    /** {@code a = b = value}: several targets, assigned left to right. */
    public record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {
    }

    public record AugAssign(Pos pos, Expr target, BinOpKind op, Expr value) implements Stmt {
    }

    /** {@code target: annotation [= value]}; {@code simple} when the target is a bare name not in parentheses. */
    public record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {
    }

    public record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync) implements Stmt {
    }

    public record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    /** {@code elif} chains are nested {@code If}s in {@code orelse}, as in CPython. */
    public record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    public record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {
    }

    public record Match(Pos pos, Expr subject, List<MatchCase> cases) implements Stmt {
    }

    /** {@code exc} and {@code cause} may be null. */
    public record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {
    }

    /** {@code isStar} for {@code except*}. */
    public record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, boolean isStar) implements Stmt {
    }

    /** {@code msg} may be null. */
    public record Assert(Pos pos, Expr test, Expr msg) implements Stmt {
    }

    public record Import(Pos pos, List<Alias> names) implements Stmt {
    }

    /** {@code module} may be null ({@code from . import x}); {@code level} counts the leading dots. */
    public record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {
    }

    public record Global(Pos pos, List<String> names) implements Stmt {
    }

    public record Nonlocal(Pos pos, List<String> names) implements Stmt {
    }

    public record ExprStmt(Pos pos, Expr value) implements Stmt {
    }

    public record Pass(Pos pos) implements Stmt {
    }

    public record Break(Pos pos) implements Stmt {
    }

    public record Continue(Pos pos) implements Stmt {
    }

    /** {@code type X[T] = ...} (3.12). */
    public record TypeAlias(Pos pos, Expr name, List<TypeParam> typeParams, Expr value) implements Stmt {
    }

    // ---------------------------------------------------------------- expressions

    public enum Ctx {
        LOAD, STORE, DEL
    }

    public sealed interface Expr extends Node {
    }

    /** {@code and} / {@code or} over two or more values. */
    public record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {
    }

    /** {@code target := value}. */
    public record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {
    }

    public record BinOp(Pos pos, Expr left, BinOpKind op, Expr right) implements Expr {
    }

    public record UnaryOp(Pos pos, UnaryOpKind op, Expr operand) implements Expr {
    }

    public record Lambda(Pos pos, Arguments args, Expr body) implements Expr {
    }

    /** {@code body if test else orelse}. */
    public record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {
    }

    /** {@code keys} holds null for a {@code **mapping} entry, whose mapping is then in {@code values}. */
    public record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {
    }

    public record Set(Pos pos, List<Expr> elts) implements Expr {
    }

    public record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
    }

    public record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
    }

    public record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {
    }

    public record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
    }

    public record Await(Pos pos, Expr value) implements Expr {
    }

    /** {@code value} may be null. */
    public record Yield(Pos pos, Expr value) implements Expr {
    }

    public record YieldFrom(Pos pos, Expr value) implements Expr {
    }

    /** {@code a < b <= c}: {@code ops.size() == comparators.size()}. */
    public record Compare(Pos pos, Expr left, List<CmpOpKind> ops, List<Expr> comparators) implements Expr {
    }

    /** Positional arguments may include {@link Starred}; keywords with null {@code arg} are {@code **kw}. */
    public record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    /**
     * One {@code {value!conversion:format_spec}} of an f-string. {@code conversion} is -1 (none), 's', 'r'
     * or 'a'; {@code formatSpec} is a {@link JoinedStr} or null.
     */
    public record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {
    }

    /** An f-string: {@link Constant} str parts and {@link FormattedValue}s. */
    public record JoinedStr(Pos pos, List<Expr> values) implements Expr {
    }

    /**
     * A literal. {@code value} is one of: {@code Long} or {@code java.math.BigInteger} (int), {@code Double}
     * (float), {@link Imaginary} (complex literal {@code 2j}), {@code String} (str), {@code byte[]}
     * (bytes), {@code Boolean}, {@link NoneValue#NONE}, {@link EllipsisValue#ELLIPSIS}, and after
     * constant folding also {@code List<Object>} standing for a tuple of constants.
     */
    public record Constant(Pos pos, Object value) implements Expr {
    }

    public record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {
    }

    public record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {
    }

    /** {@code *value} in a call, a display or an assignment target. */
    public record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {
    }

    public record Name(Pos pos, String id, Ctx ctx) implements Expr {
    }

    public record ListExpr(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {
    }

    public record Tuple(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {
    }

    /** {@code lower:upper:step}, each may be null. Only inside {@link Subscript#slice()} (or a Tuple there). */
    public record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {
    }

    public enum BinOpKind {
        ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"), LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

        public final String symbol;

        BinOpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    public enum UnaryOpKind {
        INVERT("~"), NOT("not"), UADD("+"), USUB("-");

        public final String symbol;

        UnaryOpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    public enum CmpOpKind {
        EQ("=="), NOTEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">="), IS("is"), ISNOT("is not"), IN("in"), NOTIN("not in");

        public final String symbol;

        CmpOpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Marker for the {@code None} literal inside {@link Constant}. */
    public enum NoneValue {
        NONE
    }

    /** Marker for the {@code ...} literal inside {@link Constant}. */
    public enum EllipsisValue {
        ELLIPSIS
    }

    /** An imaginary literal such as {@code 2j}; the real part is 0. */
    public record Imaginary(double imag) {
    }

    // ---------------------------------------------------------------- helpers

    public record Comprehension(Pos pos, Expr target, Expr iter, List<Expr> ifs, boolean isAsync) implements Node {
    }

    /** {@code type} and {@code name} may be null. */
    public record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {
    }

    /**
     * A parameter list: {@code def f(posonly, /, args, *vararg, kwonly, **kwarg)}. {@code defaults} align
     * with the tail of {@code posonlyargs + args}; {@code kwDefaults} align with {@code kwonlyargs} and hold
     * null where a keyword-only parameter has no default.
     */
    public record Arguments(Pos pos, List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
    }

    /** {@code annotation} may be null. */
    public record Arg(Pos pos, String arg, Expr annotation) implements Node {
    }

    /** {@code arg} is null for {@code **value}. */
    public record Keyword(Pos pos, String arg, Expr value) implements Node {
    }

    /** {@code import name as asname}; {@code asname} may be null; {@code name} may be dotted or {@code *}. */
    public record Alias(Pos pos, String name, String asname) implements Node {
    }

    /** {@code optionalVars} may be null. */
    public record WithItem(Pos pos, Expr contextExpr, Expr optionalVars) implements Node {
    }

    public record MatchCase(Pos pos, Pattern pattern, Expr guard, List<Stmt> body) implements Node {
    }

    /** Pattern matching is parsed later; the type exists so the tree has the right shape. */
    public sealed interface Pattern extends Node {
    }

    public record MatchValue(Pos pos, Expr value) implements Pattern {
    }

    public record MatchSingleton(Pos pos, Object value) implements Pattern {
    }

    public record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {
    }

    public record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {
    }

    public record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns) implements Pattern {
    }

    public record MatchStar(Pos pos, String name) implements Pattern {
    }

    public record MatchAs(Pos pos, Pattern pattern, String name) implements Pattern {
    }

    public record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {
    }

    // ---------------------------------------------------------------- PEP 695 type parameters

    /** One parameter of {@code def f[T: int, *Ts, **P]}, {@code class C[...]} or {@code type X[...]}. */
    public sealed interface TypeParam extends Node {
        String name();
    }

    /** {@code T}, {@code T: bound} or {@code T: (constraint, ...)}; {@code bound} may be null. */
    public record TypeVar(Pos pos, String name, Expr bound) implements TypeParam {
    }

    /** {@code **P}. */
    public record ParamSpec(Pos pos, String name) implements TypeParam {
    }

    /** {@code *Ts}. */
    public record TypeVarTuple(Pos pos, String name) implements TypeParam {
    }
}
