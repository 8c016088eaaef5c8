def show(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

def f(a, b):
    pass

def g(a, b=1, *, c):
    pass

def h(x, /, y):
    pass

def k():
    pass

def m(a, b, c, d=0):
    pass

show(f)
show(f, 1)
show(f, 1, 2, 3)
show(f, 1, b=2, c=3)
show(f, 1, 2, a=3)
show(f, b=1)
show(g, 1)
show(g, 1, 2, 3)
show(g, 1, 2, 3, c=4)
show(h, x=1, y=2)
show(h, 1, x=2, y=3)
show(k, 1)
show(k, a=1)
show(m)
show(m, 1)
show(m, 1, 2, 3, 4, 5)
show(m, 1, 2, d=1)

class C:
    def meth(self, a):
        pass

show(C().meth)
show(C().meth, 1, 2)
show(C().meth, a=1, b=2)
show(lambda: 0, 1)
show(lambda x: 0)
show(len)
show(len, 1, 2)
show(f, *[1], **{"a": 2})
