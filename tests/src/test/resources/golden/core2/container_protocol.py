class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError("cell out of range")
            return self.cells.get(key, ".")
        raise TypeError("bad key")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)

g = Grid(3, 3)
g[0, 1] = "x"
g[2, 2] = "o"
print(g[0, 1], g[1, 1], len(g))
print("x" in g, "z" in g, "z" not in g)
del g[0, 1]
print(len(g), "x" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10

s = Seq()
print(list(s))
print(20 in s, 25 in s)
for v in s:
    print("iter via getitem", v)
a, b, *c = s
print(a, b, c)

class Slicer:
    def __getitem__(self, key):
        return repr(key)

sl = Slicer()
print(sl[1], sl[1:2], sl[::3], sl[1:2, 3], sl[...], sl["k"])

class Mapping:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __missing__(self, k):
        return "never used by plain classes"

m = Mapping()
m["a"] = 1
m["a"] += 10
print(m["a"])
try:
    m["zz"]
except KeyError as e:
    print("KeyError:", e)

class NoItems:
    pass
try:
    NoItems()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoItems()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NoItems()
except TypeError as e:
    print("TypeError:", e)
