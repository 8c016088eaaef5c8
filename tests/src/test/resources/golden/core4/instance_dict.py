import functools
class A:
    def __init__(self): self.x = 1
    @functools.cached_property
    def heavy(self):
        print("computing")
        return 42
    def m(self): return "method"
a = A()
print(a.heavy, a.heavy)
d = a.__dict__
d['y'] = 5
print(a.y, sorted(vars(a)))
a.z = 3
print(d['z'], 'heavy' in d)
a.__dict__.update(w=9)
print(a.w)
del a.x
print('x' in a.__dict__)
a.__dict__ = {"q": 1}
print(a.q, hasattr(a, 'y'), a.m())
for i in range(50):
    b = A(); b.__dict__['k'] = i; b.k2 = b.k + 1
print(b.k2)
