def f(**kw):
    print("kw:", kw, type(kw).__name__)

f()
f(a=1)
f(b=2, a=1)
f(**{"x": 1, "y": 2})
f(z=0, **{"x": 1}, w=3)
f(**{"a": 1}, **{"b": 2})

def g(a, b=10, **extra):
    print("g:", a, b, extra)

g(1)
g(1, 2)
g(1, c=3)
g(b=5, a=6, d=7)
g(**{"a": 1, "b": 2, "c": 3})

def h(*args, **kwargs):
    print("h:", args, kwargs)

h()
h(1, 2, x=3)
h(*[1, 2], **{"k": "v"})
args = (3, 4)
kw = {"sep": "-"}
h(0, *args, 5, key=1, **kw)

def wrapper(*args, **kwargs):
    return h(*args, **kwargs)

wrapper(9, 8, flag=True)

def make(**kw):
    kw["added"] = True
    return kw

d = {"a": 1}
r = make(**d)
print(r)
print(d)
print(r is d)

print("sep test", 1, 2, **{"sep": "|"})
