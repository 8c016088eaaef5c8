# Function attributes that can be replaced or deleted (__defaults__, __kwdefaults__, __doc__, __dict__), cells made
# with types.CellType, assigned and emptied through cell_contents and ordered by their contents, and
# dict.fromkeys as a class method (a subclass gets an instance of itself).
import types
def f(a, b=2, *, c=3):
    "doc"
    return a, b, c
del f.__defaults__
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
f.__defaults__ = (5,)
print(f(1))
try:
    f.__defaults__ = [1]
except TypeError as e:
    print('TypeError', e)
del f.__kwdefaults__
print(f.__kwdefaults__)
f.__kwdefaults__ = {'c': 9}
print(f(0))
del f.__doc__
print(f.__doc__)
d = {'x': 1}
f.__dict__ = d
print(f.x, f.__dict__ is d)
for bad in (None, 3):
    try:
        f.__dict__ = bad
    except TypeError as e:
        print('TypeError', e)
try:
    del f.__dict__
except TypeError as e:
    print('TypeError', e)
c, e, o = types.CellType(1), types.CellType(), types.CellType(2)
print(e < c, c < o, c == types.CellType(1), e == types.CellType(), c != o)
try:
    e.cell_contents
except ValueError as x:
    print('ValueError', x)
c.cell_contents = 7
print(c.cell_contents)
del c.cell_contents
print(c == e)
def outer():
    v = 1
    def inner():
        return v
    return inner
g = outer()
g.__closure__[0].cell_contents = 42
print(g())
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
x = D.fromkeys('ab', 5)
print(type(x).__name__, x, dict.fromkeys([1, 2]), {}.fromkeys('z'))
import collections
print(collections.OrderedDict.fromkeys('ba'))
print(type(dict.__dict__['fromkeys']).__name__ == type(int.__dict__['from_bytes']).__name__)
