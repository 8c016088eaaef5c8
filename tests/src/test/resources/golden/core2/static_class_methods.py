class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

d = Date.from_string("2024-02-29")
print(d)
print(Date.is_leap(2024), Date.is_leap(1900), d.is_leap(2000))
print(Date.count)

class SubDate(Date):
    pass

s = SubDate.from_string("1999-12-31")
print(s, type(s).__name__, Date.count)
print(s.from_string("2000-01-01"))

print(type(Date.__dict__["from_string"]).__name__)
print(type(Date.__dict__["is_leap"]).__name__)
print(Date.is_leap.__name__, Date.from_string.__name__)
print(Date.from_string.__self__ is Date)

class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)

print(Registry.add("a"), Registry().add("b"), Registry.items)

class Util:
    @staticmethod
    def double(x):
        return x * 2
    triple = staticmethod(lambda x: x * 3)
    def use(self):
        return self.double(5) + Util.triple(1)

print(Util.double(4), Util().double(4), Util.triple(2), Util().use())
fn = Util.double
print(fn(10))
