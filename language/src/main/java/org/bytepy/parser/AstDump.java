package org.bytepy.parser;

import java.math.BigDecimal;
import java.util.List;

import org.bytepy.ast.Ast;
import org.bytepy.ast.Ast.*;

/** Produces exactly CPython 3.12's {@code ast.dump(tree)} text (no attributes, no indent). */
public final class AstDump {
    private final StringBuilder sb = new StringBuilder();

    private AstDump() {
    }

    public static String dump(Ast.Node node) {
        AstDump d = new AstDump();
        d.node(node);
        return d.sb.toString();
    }

    // field helpers: each writes ", name=value" or "name=value" depending on position
    private boolean first;

    private void open(String name) {
        sb.append(name).append('(');
        first = true;
    }

    private void close() {
        sb.append(')');
        first = false;
    }

    private void sep(String name) {
        if (!first) {
            sb.append(", ");
        }
        first = false;
        sb.append(name).append('=');
    }

    private void f(String name, Node n) {
        sep(name);
        boolean save = first;
        node(n);
        first = save;
    }

    private void opt(String name, Node n) {
        if (n != null) {
            f(name, n);
        }
    }

    private void optStr(String name, String v) {
        if (v != null) {
            sep(name);
            sb.append(strRepr(v));
        }
    }

    private void raw(String name, String v) {
        sep(name);
        sb.append(v);
    }

    private void list(String name, List<? extends Node> l) {
        sep(name);
        sb.append('[');
        for (int k = 0; k < l.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            Node n = l.get(k);
            if (n == null) {
                sb.append("None");
            } else {
                node(n);
            }
        }
        sb.append(']');
        first = false;
    }

    private void strList(String name, List<String> l) {
        sep(name);
        sb.append('[');
        for (int k = 0; k < l.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(strRepr(l.get(k)));
        }
        sb.append(']');
    }

    private void ctx(Ctx c) {
        sep("ctx");
        sb.append(c == Ctx.LOAD ? "Load()" : c == Ctx.STORE ? "Store()" : "Del()");
    }

    private static String binOp(BinOpKind k) {
        return switch (k) {
            case ADD -> "Add()";
            case SUB -> "Sub()";
            case MULT -> "Mult()";
            case MATMULT -> "MatMult()";
            case DIV -> "Div()";
            case MOD -> "Mod()";
            case POW -> "Pow()";
            case LSHIFT -> "LShift()";
            case RSHIFT -> "RShift()";
            case BITOR -> "BitOr()";
            case BITXOR -> "BitXor()";
            case BITAND -> "BitAnd()";
            case FLOORDIV -> "FloorDiv()";
        };
    }

    private static String cmpOp(CmpOpKind k) {
        return switch (k) {
            case EQ -> "Eq()";
            case NOTEQ -> "NotEq()";
            case LT -> "Lt()";
            case LTE -> "LtE()";
            case GT -> "Gt()";
            case GTE -> "GtE()";
            case IS -> "Is()";
            case ISNOT -> "IsNot()";
            case IN -> "In()";
            case NOTIN -> "NotIn()";
        };
    }

    private static String unOp(UnaryOpKind k) {
        return switch (k) {
            case INVERT -> "Invert()";
            case NOT -> "Not()";
            case UADD -> "UAdd()";
            case USUB -> "USub()";
        };
    }

    private void node(Node n) {
        boolean save = first;
        switch (n) {
            case Ast.Module m -> {
                open("Module");
                list("body", m.body());
                raw("type_ignores", "[]");
            }
            case Expression m -> {
                open("Expression");
                f("body", m.body());
            }
            case Interactive m -> {
                open("Interactive");
                list("body", m.body());
            }
            case FunctionDef d -> {
                open(d.isAsync() ? "AsyncFunctionDef" : "FunctionDef");
                optStr("name", d.name());
                f("args", d.args());
                list("body", d.body());
                list("decorator_list", d.decorators());
                opt("returns", d.returns());
                list("type_params", d.typeParams());
            }
            case ClassDef d -> {
                open("ClassDef");
                optStr("name", d.name());
                list("bases", d.bases());
                list("keywords", d.keywords());
                list("body", d.body());
                list("decorator_list", d.decorators());
                list("type_params", d.typeParams());
            }
            case Return r -> {
                open("Return");
                opt("value", r.value());
            }
            case Delete d -> {
                open("Delete");
                list("targets", d.targets());
            }
            case Assign a -> {
                open("Assign");
                list("targets", a.targets());
                f("value", a.value());
            }
            case TypeAlias a -> {
                open("TypeAlias");
                f("name", a.name());
                list("type_params", a.typeParams());
                f("value", a.value());
            }
            case AugAssign a -> {
                open("AugAssign");
                f("target", a.target());
                raw("op", binOp(a.op()));
                f("value", a.value());
            }
            case AnnAssign a -> {
                open("AnnAssign");
                f("target", a.target());
                f("annotation", a.annotation());
                opt("value", a.value());
                raw("simple", a.simple() ? "1" : "0");
            }
            case For x -> {
                open(x.isAsync() ? "AsyncFor" : "For");
                f("target", x.target());
                f("iter", x.iter());
                list("body", x.body());
                list("orelse", x.orelse());
            }
            case While x -> {
                open("While");
                f("test", x.test());
                list("body", x.body());
                list("orelse", x.orelse());
            }
            case If x -> {
                open("If");
                f("test", x.test());
                list("body", x.body());
                list("orelse", x.orelse());
            }
            case With x -> {
                open(x.isAsync() ? "AsyncWith" : "With");
                list("items", x.items());
                list("body", x.body());
            }
            case Match x -> {
                open("Match");
                f("subject", x.subject());
                list("cases", x.cases());
            }
            case Raise x -> {
                open("Raise");
                opt("exc", x.exc());
                opt("cause", x.cause());
            }
            case Try x -> {
                open(x.isStar() ? "TryStar" : "Try");
                list("body", x.body());
                list("handlers", x.handlers());
                list("orelse", x.orelse());
                list("finalbody", x.finalbody());
            }
            case Assert x -> {
                open("Assert");
                f("test", x.test());
                opt("msg", x.msg());
            }
            case Import x -> {
                open("Import");
                list("names", x.names());
            }
            case ImportFrom x -> {
                open("ImportFrom");
                optStr("module", x.module());
                list("names", x.names());
                raw("level", String.valueOf(x.level()));
            }
            case Global x -> {
                open("Global");
                strList("names", x.names());
            }
            case Nonlocal x -> {
                open("Nonlocal");
                strList("names", x.names());
            }
            case ExprStmt x -> {
                open("Expr");
                f("value", x.value());
            }
            case Pass x -> open("Pass");
            case Break x -> open("Break");
            case Continue x -> open("Continue");
            case BoolOp x -> {
                open("BoolOp");
                raw("op", x.isAnd() ? "And()" : "Or()");
                list("values", x.values());
            }
            case NamedExpr x -> {
                open("NamedExpr");
                f("target", x.target());
                f("value", x.value());
            }
            case BinOp x -> {
                open("BinOp");
                f("left", x.left());
                raw("op", binOp(x.op()));
                f("right", x.right());
            }
            case UnaryOp x -> {
                open("UnaryOp");
                raw("op", unOp(x.op()));
                f("operand", x.operand());
            }
            case Lambda x -> {
                open("Lambda");
                f("args", x.args());
                f("body", x.body());
            }
            case IfExp x -> {
                open("IfExp");
                f("test", x.test());
                f("body", x.body());
                f("orelse", x.orelse());
            }
            case Dict x -> {
                open("Dict");
                list("keys", x.keys());
                list("values", x.values());
            }
            case Set x -> {
                open("Set");
                list("elts", x.elts());
            }
            case ListComp x -> {
                open("ListComp");
                f("elt", x.elt());
                list("generators", x.generators());
            }
            case SetComp x -> {
                open("SetComp");
                f("elt", x.elt());
                list("generators", x.generators());
            }
            case DictComp x -> {
                open("DictComp");
                f("key", x.key());
                f("value", x.value());
                list("generators", x.generators());
            }
            case GeneratorExp x -> {
                open("GeneratorExp");
                f("elt", x.elt());
                list("generators", x.generators());
            }
            case Await x -> {
                open("Await");
                f("value", x.value());
            }
            case Yield x -> {
                open("Yield");
                opt("value", x.value());
            }
            case YieldFrom x -> {
                open("YieldFrom");
                f("value", x.value());
            }
            case Compare x -> {
                open("Compare");
                f("left", x.left());
                sep("ops");
                sb.append('[');
                for (int k = 0; k < x.ops().size(); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    sb.append(cmpOp(x.ops().get(k)));
                }
                sb.append(']');
                list("comparators", x.comparators());
            }
            case Call x -> {
                open("Call");
                f("func", x.func());
                list("args", x.args());
                list("keywords", x.keywords());
            }
            case FormattedValue x -> {
                open("FormattedValue");
                f("value", x.value());
                raw("conversion", String.valueOf(x.conversion()));
                opt("format_spec", x.formatSpec());
            }
            case JoinedStr x -> {
                open("JoinedStr");
                list("values", x.values());
            }
            case Constant x -> {
                open("Constant");
                raw("value", constRepr(x.value()));
                if (UKind.contains(x)) {
                    raw("kind", "'u'");
                }
            }
            case Attribute x -> {
                open("Attribute");
                f("value", x.value());
                optStr("attr", x.attr());
                ctx(x.ctx());
            }
            case Subscript x -> {
                open("Subscript");
                f("value", x.value());
                f("slice", x.slice());
                ctx(x.ctx());
            }
            case Starred x -> {
                open("Starred");
                f("value", x.value());
                ctx(x.ctx());
            }
            case Name x -> {
                open("Name");
                optStr("id", x.id());
                ctx(x.ctx());
            }
            case ListExpr x -> {
                open("List");
                list("elts", x.elts());
                ctx(x.ctx());
            }
            case Tuple x -> {
                open("Tuple");
                list("elts", x.elts());
                ctx(x.ctx());
            }
            case Slice x -> {
                open("Slice");
                opt("lower", x.lower());
                opt("upper", x.upper());
                opt("step", x.step());
            }
            case Comprehension x -> {
                open("comprehension");
                f("target", x.target());
                f("iter", x.iter());
                list("ifs", x.ifs());
                raw("is_async", x.isAsync() ? "1" : "0");
            }
            case ExceptHandler x -> {
                open("ExceptHandler");
                opt("type", x.type());
                optStr("name", x.name());
                list("body", x.body());
            }
            case Arguments x -> {
                open("arguments");
                list("posonlyargs", x.posonlyargs());
                list("args", x.args());
                opt("vararg", x.vararg());
                list("kwonlyargs", x.kwonlyargs());
                list("kw_defaults", x.kwDefaults());
                opt("kwarg", x.kwarg());
                list("defaults", x.defaults());
            }
            case Arg x -> {
                open("arg");
                optStr("arg", x.arg());
                opt("annotation", x.annotation());
            }
            case Keyword x -> {
                open("keyword");
                optStr("arg", x.arg());
                f("value", x.value());
            }
            case Alias x -> {
                open("alias");
                optStr("name", x.name());
                optStr("asname", x.asname());
            }
            case WithItem x -> {
                open("withitem");
                f("context_expr", x.contextExpr());
                opt("optional_vars", x.optionalVars());
            }
            case MatchCase x -> {
                open("match_case");
                f("pattern", x.pattern());
                opt("guard", x.guard());
                list("body", x.body());
            }
            case MatchValue x -> {
                open("MatchValue");
                f("value", x.value());
            }
            case MatchSingleton x -> {
                open("MatchSingleton");
                raw("value", constRepr(x.value()));
            }
            case MatchSequence x -> {
                open("MatchSequence");
                list("patterns", x.patterns());
            }
            case MatchMapping x -> {
                open("MatchMapping");
                list("keys", x.keys());
                list("patterns", x.patterns());
                optStr("rest", x.rest());
            }
            case MatchClass x -> {
                open("MatchClass");
                f("cls", x.cls());
                list("patterns", x.patterns());
                strList("kwd_attrs", x.kwdAttrs());
                list("kwd_patterns", x.kwdPatterns());
            }
            case MatchStar x -> {
                open("MatchStar");
                optStr("name", x.name());
            }
            case MatchAs x -> {
                open("MatchAs");
                opt("pattern", x.pattern());
                optStr("name", x.name());
            }
            case MatchOr x -> {
                open("MatchOr");
                list("patterns", x.patterns());
            }
            case Ast.TypeVar x -> {
                open("TypeVar");
                optStr("name", x.name());
                opt("bound", x.bound());
            }
            case Ast.ParamSpec x -> {
                open("ParamSpec");
                optStr("name", x.name());
            }
            case Ast.TypeVarTuple x -> {
                open("TypeVarTuple");
                optStr("name", x.name());
            }
        }
        close();
        first = save;
    }

    // ------------------------------------------------------------------ Python reprs

    public static String constRepr(Object v) {
        if (v == null || v == NoneValue.NONE) {
            return "None";
        }
        if (v == EllipsisValue.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String str) {
            return strRepr(str);
        }
        if (v instanceof byte[] bytes) {
            return bytesRepr(bytes);
        }
        if (v instanceof Double d) {
            return floatRepr(d);
        }
        if (v instanceof Imaginary im) {
            String r = floatRepr(im.imag());
            if (r.endsWith(".0")) {
                r = r.substring(0, r.length() - 2);
            }
            return r + "j";
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("(");
            for (int k = 0; k < l.size(); k++) {
                if (k > 0) {
                    b.append(", ");
                }
                b.append(constRepr(l.get(k)));
            }
            if (l.size() == 1) {
                b.append(',');
            }
            return b.append(')').toString();
        }
        return String.valueOf(v);
    }

    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        if (Math.abs(d) < Double.MIN_NORMAL) {
            // Double.toString is not always shortest for subnormals
            for (int prec = 1; prec <= 17; prec++) {
                BigDecimal c = new BigDecimal(Math.abs(d)).round(new java.math.MathContext(prec, java.math.RoundingMode.HALF_EVEN));
                if (c.doubleValue() == Math.abs(d)) {
                    bd = c.stripTrailingZeros();
                    break;
                }
            }
        }
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        StringBuilder b = new StringBuilder(sign);
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                b.append("0.");
                b.append("0".repeat(-decpt));
                b.append(digits);
            } else if (decpt >= digits.length()) {
                b.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            int e = decpt - 1;
            b.append('e').append(e < 0 ? '-' : '+');
            int ae = Math.abs(e);
            if (ae < 10) {
                b.append('0');
            }
            b.append(ae);
        }
        return b.toString();
    }

    private static boolean printable(int cp) {
        if (cp < 0x7f) {
            return cp >= 0x20;
        }
        if (cp < 0xa0) {
            return false;
        }
        int t = Character.getType(cp);
        return switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                            Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    public static String strRepr(String v) {
        char q = (v.indexOf('\'') >= 0 && v.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder b = new StringBuilder(v.length() + 2);
        b.append(q);
        for (int k = 0; k < v.length();) {
            int cp = v.codePointAt(k);
            k += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (printable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        }
        return b.append(q).toString();
    }

    public static String bytesRepr(byte[] v) {
        boolean sq = false, dq = false;
        for (byte x : v) {
            sq |= x == '\'';
            dq |= x == '"';
        }
        char q = sq && !dq ? '"' : '\'';
        StringBuilder b = new StringBuilder("b");
        b.append(q);
        for (byte x : v) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(q).toString();
    }
}
