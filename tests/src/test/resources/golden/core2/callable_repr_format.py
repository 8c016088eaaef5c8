class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale

double = Multiplier(2)
print(double(5), double(5, 1, 1), double(5, scale=10))
print(callable(double), callable(Multiplier), callable(5))
print(list(map(Multiplier(3), [1, 2, 3])))

class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"

b = Both()
print(b)
print(str(b), repr(b))
print([b], (b,), {"k": b})
print("%s and %r" % (b, b))
print(f"{b} {b!r} {b!s}")

class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"

print(ReprOnly(), str(ReprOnly()), [ReprOnly()])

class StrOnly:
    def __str__(self):
        return "StrOnly-str"

s = StrOnly()
print(s, repr(s).startswith("<__main__.StrOnly object at "))

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return "$%s" % self.v
        if spec == "cents":
            return "%d cents" % (self.v * 100)
        return "$" + format(self.v, spec)

m = Money(3.5)
print(format(m), format(m, "cents"), format(m, ".3f"))
print(f"{m}|{m:cents}|{m:>8.2f}")
print("{} {:cents}".format(m, m))

class NoFormat:
    def __str__(self):
        return "nf"

print(f"{NoFormat()}", format(NoFormat()))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    Both()()
except TypeError as e:
    print("TypeError:", e)
