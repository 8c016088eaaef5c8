# Subclasses of int, float, str, tuple and bytes.
class Meters(float):
    def __repr__(self):
        return "%.2fm" % self
    def __add__(self, other):
        return Meters(float(self) + float(other))

m = Meters(1.5)
print(m, repr(m), m + 2, type(m + 2).__name__, m * 2, type(m * 2).__name__)
print(m > 1, m == 1.5, float(m), int(m), round(m), isinstance(m, float))

class Money(int):
    def __new__(cls, cents, currency="EUR"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj
    def __str__(self):
        return "%d.%02d %s" % (self // 100, self % 100, self.currency)

p = Money(1234)
print(p, repr(p), p + 1, p * 2, -p, abs(Money(-5)), p.currency, int(p), hash(p) == hash(1234))
print(p < 2000, p == 1234, 1234 == p, {1234: "found"}[p], [0, 1, 2][Money(1)], "%d" % p)
print(f"{p}", f"{p:>8}", format(p, "x"), str(p), isinstance(p, int), type(p).__name__)
print(list(range(Money(3))), bool(Money(0)), bool(Money(2)), Money(7) // 2, divmod(Money(7), 2))

class Bits(int):
    pass

b = Bits(6)
print(b, b | 1, b & 2, b ^ 3, b << 1, b >> 1, ~b, b ** 2, type(b | 1).__name__)

class Name(str):
    def title_case(self):
        return self.title()

n = Name("ada lovelace")
print(n, repr(n), n.title_case(), n.upper(), n.split(), len(n), n[0], n[-4:])
print(n == "ada lovelace", "ada lovelace" == n, n + "!", type(n + "!").__name__, "ada" in n)
print(f"<{n}>", "%s|%r" % (n, n), " ".join([n, n]), n.startswith("ada"), sorted([Name("b"), Name("a")]))
d = {n: 1}
print(d["ada lovelace"], {"ada lovelace": 2}[n], hash(n) == hash("ada lovelace"))

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])

pr = Pair(1, 2)
x, y = pr
print(pr, x, y, pr.swap(), len(pr), pr[0], pr + (3,), pr == (1, 2), hash(pr) == hash((1, 2)))
print({pr: "p"}[(1, 2)], pr.count(1), pr.index(2), list(pr), isinstance(pr, tuple), type(pr).__name__)

class Blob(bytes):
    def hex_upper(self):
        return self.hex().upper()

bl = Blob(b"\x01\xab")
print(bl, len(bl), bl[1], bl.hex_upper(), bl + b"!", b"!" + bl, bl == b"\x01\xab", bytes(bl), list(bl))
