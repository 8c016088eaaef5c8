def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
print(f(1, 2, 3, d=4, e=6))

def g(*, key):
    return key

print(g(key="k"))

def h(x, /):
    return x * 2

print(h(21))

def posonly_kw(a, /, **kw):
    return a, kw

print(posonly_kw(1, a=2))

def mixed(a, /, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(1, b=7, c=8, d=9, z=0))

print(f.__defaults__)
print(f.__kwdefaults__)
print(mixed.__defaults__)
print(mixed.__kwdefaults__)
print(g.__kwdefaults__)
print(h.__defaults__)
