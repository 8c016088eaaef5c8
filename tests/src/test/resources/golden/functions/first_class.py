def inc(x):
    return x + 1

def dec(x):
    return x - 1

f = inc
print(f(10))
ops = [inc, dec, inc]
v = 0
for op in ops:
    v = op(v)
print(v)
table = (("inc", inc), ("dec", dec))
for name, fn in table:
    print(name, fn(100))

def choose(up):
    if up:
        return inc
    return dec

print(choose(True)(5), choose(False)(5))
g = print
g("printed via alias", 1, 2)
h = len
print(h([1, 2, 3]))
print(f == inc, f == dec)
print(type(inc))
