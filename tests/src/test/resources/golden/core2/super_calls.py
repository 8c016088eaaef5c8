class Base:
    def __init__(self):
        self.log = ["Base"]
    def describe(self):
        return "Base"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def describe(self):
        return "Left>" + super().describe()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def describe(self):
        return "Right>" + super().describe()

class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")
    def describe(self):
        return "Both>" + super().describe()

b = Both()
print(b.log)
print(b.describe())
print(super(Left, b).describe())
print(super(Both, b).describe())

class Shape:
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)

class Colored:
    def __init__(self, color="black", **kw):
        self.color = color
        super().__init__(**kw)

class Square(Shape, Colored):
    def __init__(self, side, **kw):
        self.side = side
        super().__init__(**kw)

s = Square(3, name="sq", color="red")
print(s.name, s.color, s.side)

class Counter:
    @classmethod
    def create(cls):
        return cls.__name__

class SubCounter(Counter):
    @classmethod
    def create(cls):
        return "sub:" + super().create()

print(SubCounter.create())

class P:
    def value(self):
        return 1

class Q(P):
    def value(self):
        helper = lambda: super(Q, self).value()
        return helper() + 10
    def nested(self):
        return [super().value() for _ in range(2)]

print(Q().value(), Q().nested())
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
