# User special methods on subclasses of built-in types take precedence over the built-in ones.
class Vec(list):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))
    def __eq__(self, other):
        return isinstance(other, Vec) and list(self) == list(other)
    __hash__ = None
    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)
    def __iter__(self):
        print("iter")
        return super().__iter__()

v = Vec([1, 2]) + Vec([10, 20])
print(v, type(v).__name__, v == Vec([11, 22]), v == [11, 22], 11 in v)
print(list(v), sum(v))

class CIStr(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
    def __len__(self):
        return 99

s = CIStr("HeLLo")
print(s == "hello", "hello" == s, s != "HELLO", len(s), s.lower(), {s: 1}.get(CIStr("hello")))

class Temp(float):
    def __str__(self):
        return f"{float(self):.1f} deg"
    def __lt__(self, other):
        return float(self) < float(other)

t = Temp(21.456)
print(t, repr(t), str(t), f"{t}", f"{t:.2f}", t < 30, sorted([Temp(3), Temp(1)]))

class Clamped(int):
    def __new__(cls, v, lo=0, hi=10):
        return super().__new__(cls, max(lo, min(hi, v)))
    def __neg__(self):
        return Clamped(-int(self))
    def __bool__(self):
        return int(self) > 5

print(Clamped(50), Clamped(-3), -Clamped(7), bool(Clamped(3)), bool(Clamped(8)), not Clamped(8))

class Row(tuple):
    def __getitem__(self, i):
        if isinstance(i, str):
            return {"a": 0, "b": 1}[i] if False else super().__getitem__({"a": 0, "b": 1}[i])
        return super().__getitem__(i)
    def __repr__(self):
        return "Row" + super().__repr__()

r = Row((5, 6))
print(r["a"], r["b"], r[0], r, len(r), r == (5, 6), str(r))

class Default(dict):
    def __init__(self, default, **kw):
        super().__init__(**kw)
        self.default = default
    def __getitem__(self, k):
        return super().__getitem__(k) if k in self else self.default
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __repr__(self):
        return "Default(" + super().__repr__() + ")"

d = Default(-1, a=1)
d["b"] = 5
print(d, d["a"], d["b"], d["q"], d.get("q"), len(d), sorted(d))
d.update(c=3)
print(d, d.pop("a"), d.setdefault("z", 0), d)
