print("before class")
class Config:
    print("class body runs")
    x = 1
    y = x + 1
    items = [x, y]
    def method(self):
        return x_global
    class Inner:
        z = 3
    del items
print("after class")

x_global = "global seen from method"
print(Config.x, Config.y, Config.Inner.z, Config().method())
print(hasattr(Config, "items"))
print(Config.__name__, Config.Inner.__name__, Config.Inner.__qualname__)
print(Config.__module__, Config.__dict__["x"])
print(type(Config.__dict__["method"]).__name__)

x = "module x"
class Shadow:
    x = "class x"
    def get(self):
        return x
    def get_class(self):
        return self.x
print(Shadow().get(), Shadow().get_class())

def decorate(cls):
    cls.decorated = True
    cls.describe = lambda self: "I am " + type(self).__name__
    return cls

@decorate
class Thing:
    pass

print(Thing.decorated, Thing().describe())

def make_class(n):
    class Made:
        value = n
        def get(self):
            return self.value * 2
    return Made

A = make_class(1)
B = make_class(5)
print(A().get(), B().get(), A is B, A.__qualname__)

class Shared:
    data = []
    def add(self, v):
        self.data.append(v)

s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.data, s1.data is s2.data)

Dyn = type("Dyn", (object,), {"a": 1, "hi": lambda self: "hi"})
print(Dyn.__name__, Dyn.a, Dyn().hi(), [c.__name__ for c in Dyn.__mro__])

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slots()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.a, hasattr(s, "b"))
