package org.bytepy.compiler;

import java.util.ArrayList;
import java.util.List;

import org.bytepy.ast.Ast;
import org.bytepy.ast.Ast.Expr;
import org.bytepy.ast.Ast.Stmt;

/**
 * PEP 695: {@code def f[T]()}, {@code class C[T]} and {@code type X[T] = ...} run in an "annotation
 * scope", as CPython 3.12 compiles them: a hidden function {@code <generic parameters of f>} that makes
 * the type parameters (objects of the {@code _typing} module), defines the function or class (which sees
 * them as closure variables) and returns it. This class builds that hidden function as ordinary AST so
 * that the scope pass and the code generator handle it like any nested function.
 *
 * <p>Differences from CPython: default values of a generic function are evaluated inside the annotation
 * scope; an annotation scope in a class body looks up global names in the class namespace first, but
 * not names of enclosing functions.
 */
final class TypeParams {
    private TypeParams() {
    }

    /** The hidden name under which the annotation scope keeps the {@code _typing} module. */
    private static final String TYPING = ".typing";
    private static final String PARAMS = ".type_params";

    static boolean isGeneric(Stmt s) {
        return switch (s) {
            case Ast.FunctionDef f -> !f.typeParams().isEmpty();
            case Ast.ClassDef c -> !c.typeParams().isEmpty();
            case Ast.TypeAlias t -> true;
            default -> false;
        };
    }

    static String scopeName(Stmt s) {
        return switch (s) {
            case Ast.FunctionDef f -> "<generic parameters of " + f.name() + ">";
            case Ast.ClassDef c -> "<generic parameters of " + c.name() + ">";
            case Ast.TypeAlias t -> "<generic parameters of " + ((Ast.Name) t.name()).id() + ">";
            default -> throw new IllegalArgumentException();
        };
    }

    /**
     * The name of the parameter through which an annotation scope in a class body gets the class
     * namespace: its names are looked up there before the globals (CPython's {@code __classdict__}).
     */
    static final String CLASSDICT = ".classdict";

    /**
     * The annotation scope of a generic def/class or of a type alias, as a function without parameters
     * (with the one parameter {@link #CLASSDICT} when the definition is in a class body).
     */
    static Ast.FunctionDef annotationFunction(Stmt s, boolean inClass) {
        Ast.Pos p = s.pos();
        List<Stmt> body = new ArrayList<>();
        body.add(new Ast.Import(p, List.of(new Ast.Alias(p, "_typing", TYPING))));
        List<Ast.TypeParam> params = switch (s) {
            case Ast.FunctionDef f -> f.typeParams();
            case Ast.ClassDef c -> c.typeParams();
            case Ast.TypeAlias t -> t.typeParams();
            default -> throw new IllegalArgumentException();
        };
        List<Expr> names = new ArrayList<>();
        for (Ast.TypeParam tp : params) {
            Ast.Pos tpos = tp.pos();
            Expr make = switch (tp) {
                case Ast.TypeVar tv -> {
                    Expr bound = none(tpos);
                    Expr constraints = none(tpos);
                    if (tv.bound() instanceof Ast.Tuple tu) {
                        constraints = lazy(tu);
                    } else if (tv.bound() != null) {
                        bound = lazy(tv.bound());
                    }
                    yield typingCall(tpos, "_make_typevar", str(tpos, tv.name()), bound, constraints);
                }
                case Ast.ParamSpec ps -> typingCall(tpos, "_make_paramspec", str(tpos, ps.name()));
                case Ast.TypeVarTuple tt -> typingCall(tpos, "_make_typevartuple", str(tpos, tt.name()));
            };
            body.add(new Ast.Assign(tpos, List.of(new Ast.Name(tpos, tp.name(), Ast.Ctx.STORE)), make));
            names.add(new Ast.Name(tpos, tp.name(), Ast.Ctx.LOAD));
        }
        body.add(new Ast.Assign(p, List.of(name(p, PARAMS, Ast.Ctx.STORE)), new Ast.Tuple(p, names, Ast.Ctx.LOAD)));
        switch (s) {
            case Ast.FunctionDef f -> {
                body.add(new Ast.FunctionDef(f.pos(), f.name(), f.args(), f.body(), List.of(), f.returns(), f.isAsync()));
                body.add(new Ast.Assign(p, List.of(new Ast.Attribute(p, name(p, f.name(), Ast.Ctx.LOAD), "__type_params__", Ast.Ctx.STORE)), name(p, PARAMS, Ast.Ctx.LOAD)));
                body.add(new Ast.Return(p, name(p, f.name(), Ast.Ctx.LOAD)));
            }
            case Ast.ClassDef c -> {
                String base = ".generic_base";
                body.add(new Ast.Assign(p, List.of(name(p, base, Ast.Ctx.STORE)), typingCall(p, "_subscript_generic", name(p, PARAMS, Ast.Ctx.LOAD))));
                List<Expr> bases = new ArrayList<>(c.bases());
                bases.add(name(p, base, Ast.Ctx.LOAD));
                List<Stmt> classBody = new ArrayList<>(c.body());
                int at = !classBody.isEmpty() && classBody.get(0) instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant k && k.value() instanceof String ? 1 : 0;
                classBody.add(at, new Ast.Assign(p, List.of(name(p, "__type_params__", Ast.Ctx.STORE)), name(p, PARAMS, Ast.Ctx.LOAD)));
                body.add(new Ast.ClassDef(c.pos(), c.name(), bases, c.keywords(), classBody, List.of()));
                body.add(new Ast.Return(p, name(p, c.name(), Ast.Ctx.LOAD)));
            }
            case Ast.TypeAlias t -> {
                String n = ((Ast.Name) t.name()).id();
                body.add(new Ast.Return(p, typingCall(p, "_make_typealias", str(p, n), name(p, PARAMS, Ast.Ctx.LOAD), lazy(t.value()))));
            }
            default -> throw new IllegalArgumentException();
        }
        Ast.Arguments args = inClass ? new Ast.Arguments(p, List.of(), List.of(new Ast.Arg(p, CLASSDICT, null)), null, List.of(), List.of(), null, List.of()) : emptyArguments(p);
        return new Ast.FunctionDef(p, scopeName(s), args, body, List.of(), null, false);
    }

    /** The lazily evaluated bounds, constraints and alias value of an annotation function: annotation scopes too. */
    static List<Ast.Lambda> lazies(Ast.FunctionDef fn) {
        List<Ast.Lambda> out = new ArrayList<>();
        for (Stmt st : fn.body()) {
            Expr v = st instanceof Ast.Assign a ? a.value() : st instanceof Ast.Return r ? r.value() : null;
            if (v instanceof Ast.Call c) {
                for (Expr arg : c.args()) {
                    if (arg instanceof Ast.Lambda l) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    private static Ast.Arguments emptyArguments(Ast.Pos p) {
        return new Ast.Arguments(p, List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /** {@code lambda: e}: bounds, constraints and alias values are evaluated when first asked for. */
    private static Expr lazy(Expr e) {
        return new Ast.Lambda(e.pos(), emptyArguments(e.pos()), e);
    }

    private static Expr typingCall(Ast.Pos p, String fn, Expr... args) {
        return new Ast.Call(p, new Ast.Attribute(p, name(p, TYPING, Ast.Ctx.LOAD), fn, Ast.Ctx.LOAD), List.of(args), List.of());
    }

    private static Expr name(Ast.Pos p, String id, Ast.Ctx ctx) {
        return new Ast.Name(p, id, ctx);
    }

    private static Expr str(Ast.Pos p, String s) {
        return new Ast.Constant(p, s);
    }

    private static Expr none(Ast.Pos p) {
        return new Ast.Constant(p, Ast.NoneValue.NONE);
    }
}
