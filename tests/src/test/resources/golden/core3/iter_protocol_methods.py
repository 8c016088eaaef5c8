it = iter(range(3))
print(it.__next__(), it.__iter__() is it, next(it), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
for obj in [[1, 2], (3, 4), "ab", {"k": 1}, b"xy", enumerate("z"), zip("a", "b"), map(str, [1]), reversed([7])]:
    i = iter(obj)
    print(i.__next__(), iter(i) is i, i.__iter__() is i)

class Gen:
    def __init__(self):
        self.done = False
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "once"

g = Gen()
print(next(g, "default"), next(g, "default"))
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    next(object())
except TypeError as e:
    print("TypeError:", e)

r = range(1, 5)
print(r[1:-2:2], r[:3], r[::-1], r[1:100], range(0, 100, 15)[2:-1:3], range(10)[8:2:-3])
print(slice(None).indices(10), slice(2, 7, -2).indices(5), slice(7, 2, -2).indices(5), slice(-3, None).indices(4))
for bad in [None, -1]:
    try:
        slice(1).indices(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
