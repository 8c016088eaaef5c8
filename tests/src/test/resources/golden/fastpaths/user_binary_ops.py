class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        return NotImplemented
    def __radd__(self, o): return V(self.x + o + 1000)
    def __sub__(self, o): return V(self.x - o.x)
class W(V):
    def __radd__(self, o): return "W.radd"
class Z:
    def __radd__(self, o): return "Z.radd"
for i in range(3):
    a = V(1) + V(2); print(a.x)
    print((V(1) + W(5)))
    print((V(1) + Z()))
    try: V(1) + 5
    except TypeError as e: print(e)
    print((V(1) - V(7)).x)
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print(e)
class S:
    __slots__ = ('a',)
    def __init__(self, a): self.a = a
print(S(3).a)
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
try: A()
except TypeError as e: print(e)
class K:
    def __init__(self, a, b=2): self.s = a + b
print(K(1).s, K(1, 5).s)
V.__init__ = lambda self, x: setattr(self, 'x', x * 10)
print(V(3).x)
