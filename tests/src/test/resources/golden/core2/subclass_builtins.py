class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__, s == [1, 2])
print(type(s + [9]).__name__, sorted(Stack([3, 1, 2])))

class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dict(dd), len(dd), "a" in dd, dd.get("zz"))

class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v.upper() if isinstance(v, str) else v)

ld = LoudDict()
ld["x"] = "hello"
print(ld, ld["x"])

class Celsius(float):
    def __repr__(self):
        return "%.1f C" % self
class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)
    def is_big(self):
        return self > 100

e = Even(7)
print(e, e + 1, type(e + 1).__name__, e.is_big(), Even(300).is_big())
print(isinstance(e, int), e == 6, repr(Celsius(21.55)))

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("bob")
print(n, n.shout(), n + "by", type(n + "by").__name__, len(n), n[0])
print(n == "bob", {"bob": 1}[n])

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

p = Point(3, 4)
print(p, p.x, p.y, p + (5,))

class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise AppError("bad", 7)
except Exception as err:
    print(err, err.code, err.args)

class Flags(int):
    def __str__(self):
        return "Flags(%d)" % int(self)
print(str(Flags(5)), Flags(5) | 2, Flags(2) * 3)
