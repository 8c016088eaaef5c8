# Calls that leave parameters to their defaults, through direct calls once specialized.
def f(a, b=10, c=[]):
    c.append(a)
    return a + b, len(c)

class K:
    def m(self, x, y=2, z=3):
        return x * y + z
    def g(self, n=3):
        for i in range(n):
            yield i

for i in range(2000):
    r1 = f(i)
    r2 = f(i, 1)
    r3 = K().m(i)
    r4 = K().m(i, 5)
    r5 = list(K().g())
print(r1, r2, r3, r4, r5)
f.__defaults__ = (100, [])
print(f(1), f(1, 2))
K.m.__defaults__ = (0, 0)
print(K().m(7))
try:
    f()
except TypeError as e:
    print(e)
try:
    K().m()
except TypeError as e:
    print(e)
