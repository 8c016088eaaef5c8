class Left:
    def __add__(self, other):
        print("Left.__add__")
        return NotImplemented

class Right:
    def __radd__(self, other):
        print("Right.__radd__")
        return "right wins"

print(Left() + Right())

class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"

class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"

print(Base() + Sub())
print(Sub() + Base())
print(Base() + Base())

class Neither:
    pass

try:
    Left() + Neither()
except TypeError as e:
    print("TypeError:", e)

class Num:
    def __init__(self, n):
        self.n = n
    def __radd__(self, other):
        return Num(other + self.n)
    def __rpow__(self, other):
        return other ** self.n
    def __rtruediv__(self, other):
        return other / self.n
    def __rfloordiv__(self, other):
        return other // self.n
    def __rmod__(self, other):
        return other % self.n

print((1 + Num(2)).n, 2 ** Num(3), 9 / Num(2), 9 // Num(2), 9 % Num(2))
