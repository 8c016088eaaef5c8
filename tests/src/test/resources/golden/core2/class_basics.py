class Point:
    """A 2D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1, 1)
print(q.x, q.y, p.x)
print(Point.dims, p.dims)
print(Point.__name__, Point.__qualname__, Point.__doc__)
print(type(p) is Point, p.__class__ is Point, type(p).__name__)
print(p.__dict__)
p.z = 10
print(p.__dict__)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
print(Point.norm2(p))

p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 4
print(p.dims, q.dims)
del p.dims
print(p.dims)

class Empty:
    pass

e = Empty()
print(e.__dict__, type(e).__name__, Empty.__bases__)
e.anything = [1]
print(e.anything)
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a, b, c = Counter(), Counter(), Counter()
print(a.id, b.id, c.id, Counter.count)
print(isinstance(a, Counter), isinstance(a, object), isinstance(1, Counter))
print(type(Point).__name__, type(Point) is type)
print(hasattr(p, "x"), hasattr(p, "nope"), getattr(p, "nope", "dflt"))
setattr(p, "x", 99)
print(getattr(p, "x"))
delattr(p, "z")
print(p.__dict__)
