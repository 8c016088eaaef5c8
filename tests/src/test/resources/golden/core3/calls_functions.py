class Mapping:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, key):
        return key * 2

def foo(**kw):
    print(sorted(kw.items()))

foo(**Mapping())
foo(x=1, **Mapping())
print({**Mapping(), 'c': 3})
try:
    foo(**3)
except TypeError:
    print("TypeError")

def f():
    return a

ftype = type(f)
f1 = ftype(f.__code__, {"a": 1})
f2 = ftype(f.__code__, {"a": 2}, "renamed")
print(f1(), f2(), f2.__name__, type(f1) is ftype)
for bad in [(None, {}), (f.__code__, None)]:
    try:
        ftype(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(ftype((lambda: (lambda: a)).__code__, {"a": 5})()())
try:
    f.__globals__ = {}
except AttributeError as e:
    print("AttributeError:", e)
print(f.__globals__ is globals())
try:
    round(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

class A:
    def f(self):
        pass
a = A()
print(a.f == a.f, hash(a.f) == hash(a.f), a.f != A().f, hash(a.f) == hash(A.f))
