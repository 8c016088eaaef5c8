# PEP 695: generic functions and type aliases create TypeVar/ParamSpec/TypeVarTuple/TypeAliasType objects
def first[T](xs: list[T]) -> T:
    return xs[0]

print(first([1, 2]), first.__name__, first.__qualname__, first.__type_params__)
(T,) = first.__type_params__
print(type(T).__name__, type(T).__module__, T.__name__, repr(T), T.__bound__, T.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__, T.__module__)

def plain():
    pass
print(plain.__type_params__)

# bounds and constraints are evaluated lazily, on first access
def bounded[B: Later, C: (int, str), *Ts, **P](x: B) -> B:
    return x

class Later:
    pass

B, C, Ts, P = bounded.__type_params__
print(B.__bound__, C.__constraints__, C.__bound__, B.__constraints__)
print([type(p).__name__ for p in bounded.__type_params__], [repr(p) for p in bounded.__type_params__])
print(P.__name__, Ts.__name__)

# the type parameters are visible in the body as closure variables
def make_pair[K, V](k: K, v: V) -> tuple[K, V]:
    return (k, v), K, V
pair, k, v = make_pair(1, "a")
print(pair, k, v, make_pair.__type_params__ == (k, v))

# each definition makes new type variables
def mk():
    def inner[T](x: T) -> T:
        return x
    return inner
print(mk().__type_params__[0] is mk().__type_params__[0])

# decorators apply to the generic function
def deco(f):
    print("decorating", f.__name__, f.__type_params__)
    f.decorated = True
    return f

@deco
def ident[X](x: X) -> X:
    return x
print(ident(5), ident.decorated)

# generic methods, with super() and recursion
class Base:
    def hello(self):
        return "base"

class Derived(Base):
    def hello[T](self, t: T) -> str:
        return super().hello() + " " + repr(t)

    def count[T](self, n: int) -> int:
        return 0 if n == 0 else 1 + self.count(n - 1)

d = Derived()
print(d.hello(3), d.count(4), Derived.hello.__qualname__, Derived.hello.__type_params__)

# type aliases: the value is evaluated lazily
type Number = int | float
print(Number, type(Number).__name__, Number.__name__, Number.__value__, Number.__type_params__)

type Tree = list[Tree] | Leaf
class Leaf:
    pass
print(Tree.__value__)

type Pair[A, Bv] = tuple[A, Bv]
print(Pair.__type_params__, Pair.__value__, Pair.__parameters__)

type Broken = DoesNotExist
try:
    Broken.__value__
except NameError as e:
    print("NameError:", e)

# aliases and type parameters inside functions
def scope():
    type Local = dict[str, int]
    def g[T](x: T) -> T:
        return x
    return Local.__value__, g.__type_params__
print(scope())

# syntax errors
for src in ["def f[T, T](): pass", "def f[*Ts: int](): pass", "def f[**P: int](): pass", "type A[T, T] = int", "class C[]: pass"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# in a class body, annotation scopes see the class's names before the globals
X = "global X"
class Outer:
    X = "class X"
    Number = int
    class Base:
        pass
    def method[T: Number](self, x: Base = None) -> Base:
        return X
    type Alias = list[Number]
    type Glob = len
    def uses_default[T](self, d=X):
        return d
o = Outer()
print(o.method(), Outer.method.__type_params__[0].__bound__, Outer.Alias.__value__, Outer.Glob.__value__)
print(o.uses_default(), Outer.method.__qualname__, Outer.Alias.__module__)
