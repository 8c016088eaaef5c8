# __class__ assignment as CPython's object_set_class: only between classes made by class statements (or
# modules; module subclasses are not supported here yet), with the same instance layout (slots compared as sets, dict and weakref alike); also attributes
# of classmethod/staticmethod objects can be deleted, and __qualname__/__classcell__ may be slots.
def test_set_class():
    # Testing __class__ assignment...
    class C(object): pass
    class D(object): pass
    class E(object): pass
    class F(D, E): pass
    for cls in C, D, E, F:
        for cls2 in C, D, E, F:
            x = cls()
            x.__class__ = cls2
            assert x.__class__ is cls2
            x.__class__ = cls
            assert x.__class__ is cls
    def cant(x, C):
        try:
            x.__class__ = C
        except TypeError:
            pass
        else:
            raise AssertionError("shouldn't allow %r.__class__ = %r" % (x, C))
        try:
            delattr(x, "__class__")
        except (TypeError, AttributeError):
            pass
        else:
            raise AssertionError("shouldn't allow del %r.__class__" % x)
    cant(C(), list)
    cant(list(), C)
    cant(C(), 1)
    cant(C(), object)
    cant(object(), list)
    cant(list(), object)
    class Int(int): __slots__ = []
    cant(True, int)
    cant(2, bool)
    o = object()
    cant(o, type(1))
    cant(o, type(None))
    del o
    class G(object):
        __slots__ = ["a", "b"]
    class H(object):
        __slots__ = ["b", "a"]
    class I(object):
        __slots__ = ["a", "b"]
    class J(object):
        __slots__ = ["c", "b"]
    class K(object):
        __slots__ = ["a", "b", "d"]
    class L(H):
        __slots__ = ["e"]
    class M(I):
        __slots__ = ["e"]
    class N(J):
        __slots__ = ["__weakref__"]
    class P(J):
        __slots__ = ["__dict__"]
    class Q(J):
        pass
    class R(J):
        __slots__ = ["__dict__", "__weakref__"]

    for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
        x = cls()
        x.a = 1
        x.__class__ = cls2
        assert x.__class__ is cls2, (
               "assigning %r as __class__ for %r silently failed" % (cls2, x))
        assert x.a == 1
        x.__class__ = cls
        assert x.__class__ is cls, (
               "assigning %r as __class__ for %r silently failed" % (cls, x))
        assert x.a == 1
    for cls in G, J, K, L, M, N, P, R, list, Int:
        for cls2 in G, J, K, L, M, N, P, R, list, Int:
            if cls is cls2:
                continue
test_set_class(); print("ok")
class A: pass
for v, c in [(A(), 1), (A(), object), (object(), A), ([], A)]:
    try:
        v.__class__ = c
    except TypeError as e:
        print(e)
try:
    del A().__class__
except TypeError as e:
    print(e)
def f(cls, arg):
    "f docstring"
    return (cls, arg)
cm = classmethod(f)
print(sorted(cm.__dict__))
cm.x = 42
print(cm.x, cm.__dict__['x'])
del cm.x
print(hasattr(cm, 'x'))
sm = staticmethod(f)
sm.y = 1
print(sm.y, sm.__wrapped__ is f, cm.__wrapped__ is f, cm.__name__, sm.__doc__)
class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace)
        return super().__new__(cls, name, bases, namespace)
class C1:
    def __init__(self):
        self.b = 42
class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()
c = C2()
print(c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 42
print(c.__classcell__)
class Q1(metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]
print(Q1.__qualname__)
q = Q1()
q.__qualname__ = "q"
print(q.__qualname__)
