square = lambda x: x * x
print(square(7))
print((lambda: 42)())
print((lambda a, b=3: a + b)(1))
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k.items()))(b=2, a=1))
print((lambda a, *, b: a - b)(10, b=3))

print(square.__name__)
print(square.__qualname__)

funcs = [lambda x, n=n: x + n for n in range(4)]
print([fn(10) for fn in funcs])
late = [lambda x: x + n for n in range(4)]
print([fn(10) for fn in late])

pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda p: p[1].upper(), pairs)))
print(list(filter(lambda p: p[0] % 2, pairs)))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5))
print(compose(dbl, inc)(5))

cond = lambda x: "neg" if x < 0 else ("zero" if x == 0 else "pos")
print(cond(-1), cond(0), cond(1))

def outer():
    y = 100
    return lambda x: x + y

print(outer()(1))
print(outer().__qualname__)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in ops:
    print(name, ops[name](6, 7))
print((lambda x: (lambda y: x * y))(3)(4))
