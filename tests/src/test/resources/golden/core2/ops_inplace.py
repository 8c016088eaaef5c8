class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
    def __iadd__(self, other):
        print("__iadd__")
        self.v += other
        return self
    def __add__(self, other):
        print("__add__")
        return Acc(self.v + other)
    def __imul__(self, other):
        print("__imul__ returns NotImplemented")
        return NotImplemented
    def __mul__(self, other):
        print("__mul__")
        return Acc(self.v * other)

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a *= 3
print(a, a is orig)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)

o = OnlyAdd(1)
first = o
o += 1
print(o.v, o is first)

class Neither:
    pass
try:
    x = Neither()
    x += 1
except TypeError as e:
    print("TypeError:", e)

lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t)

class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __isub__(self, item):
        self.items.remove(item)
        return self
    def __ior__(self, other):
        self.items.extend(other)
        return self

holder = {"bag": Bag()}
holder["bag"] += "x"
holder["bag"] += "y"
holder["bag"] -= "x"
holder["bag"] |= ["z", "w"]
print(holder["bag"].items)

class Obj:
    pass
o = Obj()
o.count = 1
o.count += 4
o.count **= 2
o.count //= 3
print(o.count)
