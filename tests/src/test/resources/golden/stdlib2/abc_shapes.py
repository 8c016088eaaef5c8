from abc import ABC, abstractmethod, ABCMeta
import collections.abc as cabc
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    @property
    def name(self):
        return "circle"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(Circle(1).describe())
try:
    Shape()
except TypeError as e:
    print(e)
try:
    Square(2)
except TypeError as e:
    print(e)
print(Shape.__abstractmethods__ == frozenset({"area", "name"}))

class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__)
        return NotImplemented

class Canvas:
    def draw(self): pass
print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable), isinstance(1, Drawable))

class Sized2(ABC):
    pass
Sized2.register(tuple)
print(issubclass(tuple, Sized2), isinstance((1,), Sized2), issubclass(list, Sized2))

class MyList(cabc.Sequence):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]
    def __len__(self):
        return len(self.data)
ml = MyList([3, 1, 2])
print(list(reversed(ml)), ml.index(1), ml.count(2), 2 in ml)
print(isinstance({}, cabc.Mapping), isinstance([], cabc.MutableSequence), isinstance("", cabc.Hashable), isinstance(iter([]), cabc.Iterator))

class Registry(cabc.MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry()
r["A"] = 1; r.update(B=2); r.setdefault("c", 3)
print(dict(r), r.get("a"), r.pop("b"), len(r))
try:
    class Incomplete(cabc.Iterator): pass
    Incomplete()
except TypeError as e:
    print(e)
