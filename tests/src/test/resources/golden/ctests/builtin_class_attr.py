# builtin functions as class attributes do not bind; __flags__ heap bit; pickling protocol 1 of int subclasses
import copyreg
import math
import sys


class T:
    isclose = math.isclose
    length = len


print(T().isclose(1.0, 1.0 + 1e-12), T().length([1, 2]), T.length("abc"))
print(bool(T.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)))


class I(int):
    pass


r = I(5).__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1])
print(sys.stdin is None or hasattr(sys.stdin, "read"))
