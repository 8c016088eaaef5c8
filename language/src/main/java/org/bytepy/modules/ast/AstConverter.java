package org.bytepy.modules.ast;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.bytepy.ast.Ast;
import org.bytepy.ast.Ast.*;
import org.bytepy.runtime.PyComplex;
import org.bytepy.runtime.PyList;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyObject;
import org.bytepy.runtime.PySingleton;
import org.bytepy.runtime.PyTuple;

/**
 * Turns the parser's tree into {@code ast} node objects, with CPython's positions (columns in UTF-8
 * bytes of the line).
 */
public final class AstConverter {
    private final String text;
    private final boolean ascii;
    private final int[] lineStarts;

    private final AstModule.Types types;

    private AstConverter(AstModule.Types types, String text) {
        this.types = types;
        this.text = text;
        boolean a = true;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                a = false;
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        this.ascii = a;
        lineStarts = new int[lines + 1];
        int l = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lineStarts[l++] = i + 1;
            }
        }
        for (; l <= lines; l++) {
            lineStarts[l] = text.length();
        }
    }

    /** The {@code ast} object for a parsed module/expression/interactive tree of {@code text}. */
    @TruffleBoundary
    static Object convert(AstModule.Types types, Ast.Mod mod, String text) {
        return new AstConverter(types, text).node(mod);
    }

    private int byteCol(int line, int col) {
        if (ascii || col <= 0 || line < 1 || line > lineStarts.length - 1) {
            return col;
        }
        int start = lineStarts[line - 1];
        int i = start;
        int bytes = 0;
        for (int k = 0; k < col && i < text.length(); k++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return bytes;
    }

    private PyObject make(String type, Pos pos, Object... values) {
        PyObject o = new PyObject(types.types.get(type));
        String[] fields = AstModule.FIELDS.get(type);
        for (int i = 0; i < fields.length; i++) {
            Object v = i < values.length ? values[i] : null;
            o.setAttribute(fields[i], v == null ? PyNone.NONE : v);
        }
        if (AstModule.HAS_POS.get(type)) {
            o.setAttribute("lineno", (long) pos.line());
            o.setAttribute("col_offset", (long) byteCol(pos.line(), pos.col()));
            o.setAttribute("end_lineno", (long) pos.endLine());
            o.setAttribute("end_col_offset", (long) byteCol(pos.endLine(), pos.endCol()));
        }
        return o;
    }

    private Object opt(Node n) {
        return n == null ? PyNone.NONE : node(n);
    }

    private PyList list(List<? extends Node> l) {
        Object[] out = new Object[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = opt(l.get(i));
        }
        return new PyList(out);
    }

    private static PyList strs(List<String> l) {
        return new PyList(l.toArray());
    }

    private static Object str(String s) {
        return s == null ? PyNone.NONE : s;
    }

    private PyObject single(String name) {
        return types.singletons.get(name);
    }

    private PyObject ctx(Ctx c) {
        return single(c == Ctx.LOAD ? "Load" : c == Ctx.STORE ? "Store" : "Del");
    }

    private PyObject binOp(BinOpKind k) {
        return single(switch (k) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MULT -> "Mult";
            case MATMULT -> "MatMult";
            case DIV -> "Div";
            case MOD -> "Mod";
            case POW -> "Pow";
            case LSHIFT -> "LShift";
            case RSHIFT -> "RShift";
            case BITOR -> "BitOr";
            case BITXOR -> "BitXor";
            case BITAND -> "BitAnd";
            case FLOORDIV -> "FloorDiv";
        });
    }

    private PyObject cmpOp(CmpOpKind k) {
        return single(switch (k) {
            case EQ -> "Eq";
            case NOTEQ -> "NotEq";
            case LT -> "Lt";
            case LTE -> "LtE";
            case GT -> "Gt";
            case GTE -> "GtE";
            case IS -> "Is";
            case ISNOT -> "IsNot";
            case IN -> "In";
            case NOTIN -> "NotIn";
        });
    }

    private PyObject unOp(UnaryOpKind k) {
        return single(switch (k) {
            case INVERT -> "Invert";
            case NOT -> "Not";
            case UADD -> "UAdd";
            case USUB -> "USub";
        });
    }

    static Object constant(Object value) {
        if (value == null || value instanceof NoneValue) {
            return PyNone.NONE;
        } else if (value instanceof EllipsisValue) {
            return PySingleton.ELLIPSIS;
        } else if (value instanceof Imaginary im) {
            return new PyComplex(0.0, im.imag());
        } else if (value instanceof List<?> items) {
            Object[] out = new Object[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = constant(items.get(i));
            }
            return PyTuple.of(out);
        } else if (value instanceof BigInteger bi) {
            return bi.bitLength() < 64 ? (Object) bi.longValue() : bi;
        }
        return value;
    }

    private Object kind(Constant c) {
        if (c.value() instanceof String && c.pos().start() < text.length()) {
            char ch = text.charAt(c.pos().start());
            if (ch == 'u' || ch == 'U') {
                return "u";
            }
        }
        return PyNone.NONE;
    }

    private Object joined(JoinedStr j) {
        return joined(j, null);
    }

    /** One string token of an implicitly concatenated (f-)string: char offsets. */
    private record Tok(int start, int contentStart, int contentEnd, int end, boolean isF) {
    }

    /** The string tokens in {@code [from, to)}. */
    private List<Tok> tokens(int from, int to) {
        List<Tok> out = new java.util.ArrayList<>();
        int i = from;
        to = Math.min(to, text.length());
        while (i < to) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < to && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (Character.isWhitespace(c) || c == '\\' || c == '(' || c == ')') {
                i++;
                continue;
            }
            int start = i;
            boolean isF = false;
            while (i < to && Character.isLetter(text.charAt(i))) {
                isF |= text.charAt(i) == 'f' || text.charAt(i) == 'F';
                i++;
            }
            if (i >= to || (text.charAt(i) != '\'' && text.charAt(i) != '"')) {
                return out;
            }
            int end = skipString(i, isF);
            int q = text.startsWith(String.valueOf(text.charAt(i)).repeat(3), i) ? 3 : 1;
            out.add(new Tok(start, i + q, Math.max(i + q, end - q), end, isF));
            i = end;
        }
        return out;
    }

    /** The offset after the string whose opening quote is at {@code i}. */
    private int skipString(int i, boolean isF) {
        char q = text.charAt(i);
        boolean triple = text.startsWith(String.valueOf(q).repeat(3), i);
        int k = i + (triple ? 3 : 1);
        int depth = 0;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (depth == 0) {
                if (c == '\\') {
                    k += 2;
                    continue;
                }
                if (c == q && (!triple || text.startsWith(String.valueOf(q).repeat(3), k))) {
                    return k + (triple ? 3 : 1);
                }
                if (isF && c == '{') {
                    if (k + 1 < text.length() && text.charAt(k + 1) == '{') {
                        k += 2;
                        continue;
                    }
                    depth = 1;
                }
                k++;
            } else {
                if (c == '{' || c == '[' || c == '(') {
                    depth++;
                } else if (c == '}' || c == ']' || c == ')') {
                    depth--;
                } else if (c == '\'' || c == '"') {
                    boolean nestedF = k > 0 && (text.charAt(k - 1) == 'f' || text.charAt(k - 1) == 'F' || (k > 1 && (text.charAt(k - 2) == 'f' || text.charAt(k - 2) == 'F')));
                    k = skipString(k, nestedF);
                    continue;
                }
                k++;
            }
        }
        return text.length();
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private void setPos(PyObject o, int start, int end) {
        start = Math.max(0, Math.min(start, text.length()));
        end = Math.max(start, Math.min(end, text.length()));
        int l0 = lineOf(start);
        int l1 = lineOf(end);
        o.setAttribute("lineno", (long) (l0 + 1));
        o.setAttribute("col_offset", (long) utf8Len(lineStarts[l0], start));
        o.setAttribute("end_lineno", (long) (l1 + 1));
        o.setAttribute("end_col_offset", (long) utf8Len(lineStarts[l1], end));
    }

    private int utf8Len(int from, int to) {
        if (ascii) {
            return to - from;
        }
        return text.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * An f-string (or, with {@code spec}, the format spec of {@code spec}), with CPython's positions
     * for its literal parts, which the parser does not record.
     */
    private Object joined(JoinedStr j, FormattedValue spec) {
        List<Expr> vals = j.values();
        int n = vals.size();
        Object[] out = new Object[n];
        List<Tok> toks = spec == null ? tokens(j.pos().start(), j.pos().end()) : List.of();
        int specStart = 0;
        int specEnd = 0;
        if (spec != null) {
            specEnd = spec.pos().end() - 1;
            if (n > 0 && vals.get(0) instanceof FormattedValue f0) {
                specStart = f0.pos().start() - 1;
            } else if (n > 0 && vals.get(0) instanceof Constant c0 && c0.value() instanceof String s0) {
                int after = n > 1 ? vals.get(1).pos().start() : specEnd;
                specStart = after - s0.length() - 1;
            } else {
                specStart = specEnd;
            }
        }
        for (int i = 0; i < n; i++) {
            Expr e = vals.get(i);
            if (!(e instanceof Constant c)) {
                out[i] = e instanceof FormattedValue fv ? formatted(fv) : node(e);
                continue;
            }
            PyObject o = make("Constant", c.pos(), constant(c.value()), null);
            out[i] = o;
            String sv = c.value() instanceof String str ? str : "";
            Expr next = i + 1 < n ? vals.get(i + 1) : null;
            int s;
            int en;
            int debug = spec == null && next instanceof FormattedValue fv ? debugLength(sv, fv.pos().start() + 1) : 0;
            if (debug == sv.length() && debug > 0) {
                s = next.pos().start() + 1;
                en = s + sv.length();
            } else if (spec != null) {
                s = i == 0 ? specStart + 1 : vals.get(i - 1).pos().end();
                en = next != null ? next.pos().start() : specEnd;
            } else {
                int p = i == 0 ? j.pos().start() : vals.get(i - 1).pos().end();
                s = p;
                for (Tok t : toks) {
                    if (p < t.contentEnd()) {
                        if (p < t.contentStart()) {
                            s = t.isF() ? t.contentStart() : t.start();
                        }
                        break;
                    }
                }
                if (debug > 0) {
                    en = next.pos().start() + 1 + debug;
                } else if (next != null) {
                    en = next.pos().start();
                    for (int k = 1; k < toks.size(); k++) {
                        if (toks.get(k).contentStart() == en) {
                            Tok prev = toks.get(k - 1);
                            en = prev.isF() ? prev.contentEnd() : prev.end();
                        }
                    }
                } else if (!toks.isEmpty()) {
                    Tok last = toks.get(toks.size() - 1);
                    en = last.isF() ? last.contentEnd() : last.end();
                } else {
                    en = j.pos().end();
                }
            }
            setPos(o, s, en);
        }
        PyObject r = make("JoinedStr", j.pos(), new PyList(out));
        if (spec != null) {
            setPos(r, specStart, specEnd);
        }
        return r;
    }

    /** The length of the {@code expr=} text of a debug f-string field at {@code at} that ends literal {@code sv}, or 0. */
    private int debugLength(String sv, int at) {
        for (int len = sv.length(); len > 0; len--) {
            String suffix = sv.substring(sv.length() - len);
            if (suffix.indexOf('=') >= 0 && text.startsWith(suffix, at) && suffix.stripTrailing().endsWith("=")) {
                return len;
            }
        }
        return 0;
    }

    private Object formatted(FormattedValue x) {
        return make("FormattedValue", x.pos(), node(x.value()), (long) x.conversion(), x.formatSpec() instanceof JoinedStr j ? joined(j, x) : opt(x.formatSpec()));
    }

    private Object node(Node n) {
        Pos p = n.pos();
        return switch (n) {
            case Ast.Module m -> make("Module", p, list(m.body()), new PyList());
            case Expression m -> make("Expression", p, node(m.body()));
            case Interactive m -> make("Interactive", p, list(m.body()));
            case FunctionDef d -> make(d.isAsync() ? "AsyncFunctionDef" : "FunctionDef", p, d.name(), node(d.args()), list(d.body()), list(d.decorators()), opt(d.returns()), null,
                            list(d.typeParams()));
            case ClassDef d -> make("ClassDef", p, d.name(), list(d.bases()), list(d.keywords()), list(d.body()), list(d.decorators()), list(d.typeParams()));
            case Return r -> make("Return", p, opt(r.value()));
            case Delete d -> make("Delete", p, list(d.targets()));
            case Assign a -> make("Assign", p, list(a.targets()), node(a.value()), null);
            case TypeAlias a -> make("TypeAlias", p, node(a.name()), list(a.typeParams()), node(a.value()));
            case AugAssign a -> make("AugAssign", p, node(a.target()), binOp(a.op()), node(a.value()));
            case AnnAssign a -> make("AnnAssign", p, node(a.target()), node(a.annotation()), opt(a.value()), a.simple() ? 1L : 0L);
            case For x -> make(x.isAsync() ? "AsyncFor" : "For", p, node(x.target()), node(x.iter()), list(x.body()), list(x.orelse()), null);
            case While x -> make("While", p, node(x.test()), list(x.body()), list(x.orelse()));
            case If x -> make("If", p, node(x.test()), list(x.body()), list(x.orelse()));
            case With x -> make(x.isAsync() ? "AsyncWith" : "With", p, list(x.items()), list(x.body()), null);
            case Match x -> make("Match", p, node(x.subject()), list(x.cases()));
            case Raise x -> make("Raise", p, opt(x.exc()), opt(x.cause()));
            case Try x -> make(x.isStar() ? "TryStar" : "Try", p, list(x.body()), list(x.handlers()), list(x.orelse()), list(x.finalbody()));
            case Assert x -> make("Assert", p, node(x.test()), opt(x.msg()));
            case Import x -> make("Import", p, list(x.names()));
            case ImportFrom x -> make("ImportFrom", p, str(x.module()), list(x.names()), (long) x.level());
            case Global x -> make("Global", p, strs(x.names()));
            case Nonlocal x -> make("Nonlocal", p, strs(x.names()));
            case ExprStmt x -> make("Expr", p, node(x.value()));
            case Pass x -> make("Pass", p);
            case Break x -> make("Break", p);
            case Continue x -> make("Continue", p);
            case BoolOp x -> make("BoolOp", p, single(x.isAnd() ? "And" : "Or"), list(x.values()));
            case NamedExpr x -> make("NamedExpr", p, node(x.target()), node(x.value()));
            case BinOp x -> make("BinOp", p, node(x.left()), binOp(x.op()), node(x.right()));
            case UnaryOp x -> make("UnaryOp", p, unOp(x.op()), node(x.operand()));
            case Lambda x -> make("Lambda", p, node(x.args()), node(x.body()));
            case IfExp x -> make("IfExp", p, node(x.test()), node(x.body()), node(x.orelse()));
            case Dict x -> make("Dict", p, list(x.keys()), list(x.values()));
            case Set x -> make("Set", p, list(x.elts()));
            case ListComp x -> make("ListComp", p, node(x.elt()), list(x.generators()));
            case SetComp x -> make("SetComp", p, node(x.elt()), list(x.generators()));
            case DictComp x -> make("DictComp", p, node(x.key()), node(x.value()), list(x.generators()));
            case GeneratorExp x -> make("GeneratorExp", p, node(x.elt()), list(x.generators()));
            case Await x -> make("Await", p, node(x.value()));
            case Yield x -> make("Yield", p, opt(x.value()));
            case YieldFrom x -> make("YieldFrom", p, node(x.value()));
            case Compare x -> {
                Object[] ops = new Object[x.ops().size()];
                for (int i = 0; i < ops.length; i++) {
                    ops[i] = cmpOp(x.ops().get(i));
                }
                yield make("Compare", p, node(x.left()), new PyList(ops), list(x.comparators()));
            }
            case Call x -> make("Call", p, node(x.func()), list(x.args()), list(x.keywords()));
            case FormattedValue x -> formatted(x);
            case JoinedStr x -> joined(x);
            case Constant x -> make("Constant", p, constant(x.value()), kind(x));
            case Attribute x -> make("Attribute", p, node(x.value()), x.attr(), ctx(x.ctx()));
            case Subscript x -> make("Subscript", p, node(x.value()), node(x.slice()), ctx(x.ctx()));
            case Starred x -> make("Starred", p, node(x.value()), ctx(x.ctx()));
            case Name x -> make("Name", p, x.id(), ctx(x.ctx()));
            case ListExpr x -> make("List", p, list(x.elts()), ctx(x.ctx()));
            case Tuple x -> make("Tuple", p, list(x.elts()), ctx(x.ctx()));
            case Slice x -> make("Slice", p, opt(x.lower()), opt(x.upper()), opt(x.step()));
            case Comprehension x -> make("comprehension", p, node(x.target()), node(x.iter()), list(x.ifs()), x.isAsync() ? 1L : 0L);
            case ExceptHandler x -> make("ExceptHandler", p, opt(x.type()), str(x.name()), list(x.body()));
            case Arguments x -> make("arguments", p, list(x.posonlyargs()), list(x.args()), opt(x.vararg()), list(x.kwonlyargs()), list(x.kwDefaults()), opt(x.kwarg()),
                            list(x.defaults()));
            case Arg x -> make("arg", p, x.arg(), opt(x.annotation()), null);
            case Keyword x -> make("keyword", p, str(x.arg()), node(x.value()));
            case Alias x -> make("alias", p, x.name(), str(x.asname()));
            case WithItem x -> make("withitem", p, node(x.contextExpr()), opt(x.optionalVars()));
            case MatchCase x -> make("match_case", p, node(x.pattern()), opt(x.guard()), list(x.body()));
            case MatchValue x -> make("MatchValue", p, node(x.value()));
            case MatchSingleton x -> make("MatchSingleton", p, constant(x.value()));
            case MatchSequence x -> make("MatchSequence", p, list(x.patterns()));
            case MatchMapping x -> make("MatchMapping", p, list(x.keys()), list(x.patterns()), str(x.rest()));
            case MatchClass x -> make("MatchClass", p, node(x.cls()), list(x.patterns()), strs(x.kwdAttrs()), list(x.kwdPatterns()));
            case MatchStar x -> make("MatchStar", p, str(x.name()));
            case MatchAs x -> make("MatchAs", p, opt(x.pattern()), str(x.name()));
            case MatchOr x -> make("MatchOr", p, list(x.patterns()));
            case Ast.TypeVar x -> make("TypeVar", p, x.name(), opt(x.bound()));
            case Ast.ParamSpec x -> make("ParamSpec", p, x.name());
            case Ast.TypeVarTuple x -> make("TypeVarTuple", p, x.name());
        };
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
