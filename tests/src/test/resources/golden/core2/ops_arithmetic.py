class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        print("__rmul__ called")
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a)
print(b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), a @ b)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    1 - a
except TypeError as e:
    print("TypeError:", e)
try:
    ~a
except TypeError as e:
    print("TypeError:", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    __radd__ = __add__
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, o):
        return "lshift %d" % o
    def __rrshift__(self, o):
        return "rrshift %d" % o
    def __invert__(self):
        return "invert"

print(Money(5) + 3, 3 + Money(5), Money(1) + Money(2))
print(sum([Money(1), Money(2), Money(3)]))
print(10 - Money(4))
m = Money(0)
print(m & 1, m | 1, m ^ 1, m << 2, 8 >> m, ~m)
