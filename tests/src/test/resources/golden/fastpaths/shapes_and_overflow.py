# Attribute caches across shape changes, int overflow to big ints, float edge cases, mutation while iterating.
class P:
    pass

def make(i):
    p = P()
    if i % 3 == 0:
        p.a = i; p.b = i * 2
    elif i % 3 == 1:
        p.b = i * 2; p.a = i
    else:
        p.a = i; p.b = i * 2; p.c = "extra"
    return p

def total(n):
    t = 0
    for i in range(n):
        p = make(i)
        t += p.a + p.b
        if i == n // 2:
            del p.a
            p.a = 0
            t += p.a
    return t

for _ in range(3):
    print(total(3000))

def acc(n, x):
    s = 0
    for i in range(n):
        s += x          # long addition overflows to a big int
        s *= 3
    return s

for _ in range(3):
    print(acc(50, 2**40) % 1000003, acc(5, 1), type(acc(50, 2**40)).__name__)

def fdiv(a, b):
    return a / b, a // b, a % b

for args in [(7, 2), (-7, 2), (7.5, -2), (1e308, 1e-308), (0.0, -1.0)]:
    try:
        print(fdiv(*args))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(float("inf") - float("inf") != float("nan"), -0.0 == 0.0, 2**63 - 1 + 1, -(-2**63), abs(-2**63))

xs = [1, 2, 3]
for x in xs:
    if len(xs) < 6:
        xs.append(x * 10)
print(xs)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print("RuntimeError", e)
