# random (Lib) on top of _random: the same numbers as CPython
import random

random.seed(42)
print(random.random())
print(random.randint(1, 100), random.randrange(0, 1000, 7), random.choice("abcdefgh"))
items = list(range(12))
random.shuffle(items)
print(items)
print(random.sample(range(1000), 6))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.expovariate(2.0), 12))
print(random.choices("xyz", weights=[1, 2, 3], k=8))
random.seed("a string seed")
print(random.random())
random.seed(b"bytes seed")
print(random.random())
r = random.Random(99)
s = r.getstate()
first = [r.randint(0, 10**9) for _ in range(4)]
r.setstate(s)
print(first == [r.randint(0, 10**9) for _ in range(4)], first)
print(random.Random(5).getrandbits(77))
