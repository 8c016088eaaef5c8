class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = 1
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", cls.__name__)
        return super().__call__(*a)
    def __instancecheck__(cls, inst):
        return True
    def hello(cls):
        return "hello " + cls.__name__
class A(metaclass=Meta):
    pass
print(type(A).__name__, A.added, A.hello())
a = A()
print(isinstance(3, A))
class B(A): pass
print(type(B).__name__)
print(B.added, B.hello())
print(repr(int | str), (int | None), isinstance(3, int | str), isinstance(3.0, int | str))
print(issubclass(bool, int | str), (int | str) == (str | int))
class Sized(type):
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2, 3])
    def __getitem__(cls, k): return k * 2
    def __contains__(cls, x): return x == 7
    def __repr__(cls): return "<sized " + cls.__name__ + ">"
class C(metaclass=Sized): pass
print(len(C), list(C), C[4], 7 in C, 8 in C, repr(C), C)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"seed": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
class D(metaclass=Ordered, flag=True):
    x = seed + 1
print(D.x, type(D) is Ordered, D.__class__.__name__)
class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry.append((cls.__name__, key))
class P1(Plugin, key="a"): pass
class P2(Plugin): pass
print(Plugin.registry)
class Prop(type):
    @property
    def members(cls): return ["m", cls.__name__]
class E(metaclass=Prop):
    pass
print(E.members)
T = type("T", (object,), {"v": 3})
print(T.v, T.__name__, type(T))
M2 = Ordered("M2", (), {})
print(type(M2).__name__)
