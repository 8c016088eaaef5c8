# Containers compare items by identity first (PyObject_RichCompareBool): the same NaN object is found by in,
# index, count, remove and container ==, while nan == nan stays False.
x = float('nan')
xs = [7, x, x]
print(xs.index(x), xs.count(x), x in xs, x in (x,), x in {x}, x in {x: 1}, x == x, x is x)
print([x] == [x], (x,) == (x,), {1: x} == {1: x}, [x] != [x])
xs.remove(x)
print(len(xs), xs.count(x))
import collections, operator
d = collections.deque([1, x])
print(d.count(x), d.index(x), operator.countOf([x, x], x), operator.indexOf([0, x], x))
print(('a', x) in {'a': x}.items())
