class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def key(self):
        return (self.major, self.minor)
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() < other.key()
    def __le__(self, other):
        return self.key() <= other.key()
    def __repr__(self):
        return "v%d.%d" % self.key()

a, b, c = Version(1, 0), Version(1, 2), Version(1, 0)
print(a == c, a != c, a == b, a != b)
print(a < b, b < a, a <= c, b > a, b >= a)
print(sorted([Version(2, 0), b, a]))
print(max([a, b]), min([b, a]))
print(a == 1, a != "x")
print(a in [Version(1, 0)])
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass

p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p)
print(p in [q], p in [p])
try:
    p < q
except TypeError as e:
    print("TypeError:", e)

class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return NotImplemented
    def __gt__(self, other):
        print("gt", self.name, other.name)
        return NotImplemented
    def __lt__(self, other):
        print("lt", self.name, other.name)
        return NotImplemented

x, y = Loud("x"), Loud("y")
print(x == y)
print(x != y)
try:
    x < y
except TypeError as e:
    print("TypeError:", e)

class Weird:
    def __eq__(self, other):
        return "truthy string"
    def __ne__(self, other):
        return 0

print(Weird() == 1, Weird() != 1)
print(1 < 2 < 3, Version(1, 0) < Version(1, 1) < Version(2, 0))
class Always:
    def __eq__(self, other):
        return True
print(Always() == 5, 5 == Always(), [1, 2].count(Always()), [7, 8].index(Always()))
