class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.name)
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()
    __hash__ = None

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("%dx%d" % (w, h))
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Circle(Shape):
    def __init__(self, r):
        super().__init__("r=%d" % r)
        self.r = r
    def area(self):
        return 3 * self.r * self.r

class Blob(Shape):
    pass

shapes = [Rect(2, 5), Square(3), Circle(1), Square(2), Rect(1, 4)]
for s in shapes:
    print(s, s.area())
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Square(2) == Rect(1, 4), Square(2) == Rect(2, 3), Square(2) == 4)
print(Shape.count)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s.area())
print(by_kind)
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
try:
    Blob("b").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    {Square(1)}
except TypeError as e:
    print("TypeError:", e)
print([type(s).__mro__[1].__name__ for s in shapes])
