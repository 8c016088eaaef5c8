# int / int is correctly rounded (half-even) for any size, keeps the sign of zero, and reports
# results too large for a float; found by the fuzzer (0 / -10**25 was 0.0).
import hashlib
import random

r = random.Random(5)
vals = []
for i in range(3000):
    a = r.getrandbits(r.randrange(1, 2200)) * r.choice([1, -1])
    b = r.getrandbits(r.randrange(1, 2200)) * r.choice([1, -1]) or 1
    try:
        vals.append((a / b).hex())
    except OverflowError as e:
        vals.append(str(e))
print(hashlib.md5(",".join(vals).encode()).hexdigest(), len(vals))
print(vals[:5])

cases = [(0, -10**25), (0, 10**25), (-0, -5), (False, -10**30), (1, 3 * 10**400), (10**400, 3),
         (2**1074, 2**2148), (3, 2**1076), (1, 2**1075), (3, 2**1076), (2**1024 - 2**970, 1),
         (2**1024 - 2**970 - 1, 1), (2**53 + 1, 1), (2**54 + 3, 2), (10**30 + 1, 10**30),
         (-(2**80), 3), (12345678901234567890123, -98765)]
for a, b in cases:
    try:
        q = a / b
        print(q.hex(), q)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    print(10**20 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
