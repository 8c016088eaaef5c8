import sys
import math
print(sys.implementation.name == "bytepy" or sys.implementation.name == "cpython")
print("sys" in sys.modules, "math" in sys.modules)
print(__import__("math").sqrt(16), __import__("math") is math)
def f(a):
    b = a + 1
    print(dir(), sorted(vars()), locals())
f(1)
class C:
    x = 1
    def m(self):
        pass
c = C()
c.y = 2
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(C) if not n.startswith("__")])
print(vars(c))
print("f" in dir(), "C" in dir())
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
