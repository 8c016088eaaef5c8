# A class's __qualname__ (nested, <locals>, given, assigned) shows in its repr and stays out of its __dict__;
# pickle and copy use __getnewargs__/__getnewargs_ex__ (a namedtuple pickles).
class A:
    class B:
        pass
print(A.B, repr(A.B), A.B.__qualname__, '__qualname__' in A.__dict__)
def f():
    class C: pass
    return C
print(f(), f().__qualname__)
C = type('C', (), {'__qualname__': 'X.Y'})
print(C, C.__qualname__, '__qualname__' in C.__dict__)
C.__qualname__ = 'Z'
print(C, C.__name__)
C.__name__ = 'N'
print(C, C.__qualname__)
import pickle, collections
P = collections.namedtuple('P', 'x y')
print(P, pickle.loads(pickle.dumps(P(1, 2))))
import enum
class Color(enum.Enum):
    RED = 1
print(Color, Color.RED, repr(Color.RED))
print(int | A.B)
import copy
class NA:
    def __new__(cls, a, *, b=0):
        o = super().__new__(cls); o.a = a; o.b = b; return o
    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}
n = pickle.loads(pickle.dumps(NA(3, b=4), 2)); print(n.a, n.b)
m = copy.copy(NA(5, b=6)); print(m.a, m.b)
class T(tuple):
    def __getnewargs__(self): return (tuple(self),)
t = pickle.loads(pickle.dumps(T([1, 2]), 4)); print(type(t).__name__, t)
print(copy.deepcopy(P(3, [4])))
