import math
class L(list): pass
for i in range(3):
    xs = []; xs.append(1); print(len(xs), len((1,2)), len({1:2}), len("héllo"), len(L([1,2,3])))
    l = L(); l.append(5); print(l, len(l))
    print(abs(-3), abs(-2.5), abs(-2**63), abs(True), min(3, 2), min(2.0, 1.0), max(1, 1.0), min(1.0, 1), max("a", "b"))
    print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(l, list), isinstance("x", int))
    print(math.sqrt(4.0), math.sqrt(4), math.sin(0.0), math.cos(0.0))
    try: math.sqrt(-1.0)
    except ValueError as e: print("VE", e)
    try: math.exp(1000.0)
    except OverflowError as e: print("OE", e)
    try: len(5)
    except TypeError as e: print(e)
    try: min(1, "a")
    except TypeError as e: print(e)
class Meta(type):
    def __instancecheck__(cls, inst): return True
class C(metaclass=Meta): pass
print(isinstance(3, C), isinstance(C(), C))
import math as m2
print(m2.pi, math.floor(2.5))
class K:
    A = 5
    B = (1, 2)
    def f(self): return 1
    @classmethod
    def g(cls): return cls.__name__
    @staticmethod
    def h(): return 'h'
for i in range(3):
    print(K.A, K.B, K.f.__name__, K.g(), K.h())
    K.A = i + 10
print(K.A)
