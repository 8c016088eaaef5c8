class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return self.name + " greets " + other

g = Greeter("ann")
m = g.greet
print(m("bob"))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__)
print(type(m).__name__, type(Greeter.greet).__name__)
print(Greeter.greet(g, "cid"))

h = Greeter("hal")
methods = [g.greet, h.greet]
print([f("x") for f in methods])
print(g.greet == g.greet, g.greet == h.greet)
print(g.greet is g.greet)

def free_function(self):
    return "free " + self.name

Greeter.extra = free_function
print(g.extra())
g.instance_fn = lambda: "not bound"
print(g.instance_fn())

class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
        return self

s = Stack()
push = s.push
for i in range(3):
    push(i)
print(s.items)
s.push(3).push(4)
print(s.items)
print(list(map(Greeter("zed").greet, ["a", "b"])))

class CallsOther:
    def a(self):
        return "a->" + self.b()
    def b(self):
        return "b"

class Override(CallsOther):
    def b(self):
        return "B"

print(CallsOther().a(), Override().a())
try:
    Greeter.greet("only one")
except TypeError as e:
    print("TypeError:", e)
