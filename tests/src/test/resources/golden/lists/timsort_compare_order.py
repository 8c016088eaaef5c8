# list.sort / sorted make exactly CPython's sequence of < comparisons (timsort with powersort merging):
# the logged comparisons, error messages, results on inconsistent orders and mutation checks all depend on it.
import hashlib
import random

log = []


class K:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v!r})"


def digest(name, values, **kw):
    log.clear()
    out = sorted([K(v) for v in values], **kw)
    h = hashlib.md5(repr(log).encode()).hexdigest()[:16]
    res = hashlib.md5(repr([k.v for k in out]).encode()).hexdigest()[:8]
    print(f"{name}: n={len(values)} compares={len(log)} log={h} result={res}")


rng = random.Random(12345)
for n in [0, 1, 2, 3, 5, 8, 17, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 255, 256, 300]:
    digest(f"random{n}", [rng.randrange(1000) for _ in range(n)])
for n in [10, 64, 150, 300]:
    digest(f"dups{n}", [rng.randrange(5) for _ in range(n)])
    digest(f"sorted{n}", list(range(n)))
    digest(f"reversed{n}", list(range(n, 0, -1)))
    digest(f"equal{n}", [7] * n)
for period in [7, 20, 50, 100]:
    saw = [i % period for i in range(300)]
    digest(f"saw{period}", saw)
    digest(f"revsaw{period}", [-x for x in saw])
# long runs interleaved so that merges gallop (and min_gallop adapts)
blocks = []
for b in range(6):
    blocks += sorted(rng.randrange(10000) for _ in range(40 + 10 * b))
digest("blocks", blocks)
digest("halves", list(range(0, 300, 2)) + list(range(1, 300, 2)))
digest("staircase", [x // 30 * 1000 + (29 - x % 30) for x in range(300)])
digest("runs_desc", [v for r in range(5) for v in range(60 * r + 59, 60 * r - 1, -1)])
data = [rng.randrange(50) for _ in range(200)]
digest("key", data, key=lambda k: K(k.v % 7))
digest("reverse", data, reverse=True)
digest("key_reverse", data, key=lambda k: K(-k.v // 3), reverse=True)
for seed in range(20):
    r = random.Random(seed)
    n = r.randrange(0, 301)
    digest(f"seed{seed}", [r.random() for _ in range(n)])

# the full log of small sorts
for values in [[3, 1, 2], [5, 4, 3, 2, 1], [1, 3, 2, 4, 0, 6, 5]]:
    log.clear()
    sorted([K(v) for v in values])
    print(values, log)

# which comparison fails first decides the message
for bad in [[1, 'a', 2.0], ['\n\t', 5, 1.5], [3, 2, 1, 'x'], ['b', 'a', 1], [1.5, 2, None, 3],
            [(1, 'a'), (1, 2)], [[1], (1,)], list(range(100)) + ['z'] + list(range(100)),
            ['q'] * 70 + [1] + ['r'] * 70]:
    try:
        sorted(bad)
        print("sorted?")
    except TypeError as e:
        print("TypeError:", e)
    try:
        sorted(bad, reverse=True)
        print("sorted?")
    except TypeError as e:
        print("TypeError (reverse):", e)

# NaN makes the order inconsistent: the result depends on the algorithm
nan = float("nan")
for values in [[3.0, nan, 1.0, 2.0, nan, 0.5], [nan, 2.0, 1.0], [2.0, 1.0, nan, 0.0, -1.0],
               [5.0, 4.0, nan, 3.0, 2.0, 1.0, nan, 9.0, 8.0]]:
    print(sorted(values), sorted(values, reverse=True))
vals = [float(rng.randrange(100)) for _ in range(250)]
for i in range(0, 250, 23):
    vals[i] = nan
print(hashlib.md5(repr(sorted(vals)).encode()).hexdigest()[:16], sorted(vals)[:12])
print(sorted([1, nan, 0, 3.5, -2, nan, 2]))

# stability
pairs = [(rng.randrange(4), i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0]) == sorted(pairs))
print([i for _, i in sorted(pairs, key=lambda p: p[0], reverse=True)])
words = "the quick brown fox jumps over the lazy dog and a cat".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))

# during the sort the list looks empty
L = [3, 1, 2]
seen = []


def peek_key(x):
    seen.append(len(L))
    return x


L.sort(key=peek_key)
print(L, seen)


class Peek:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        seen.append((len(M), list(M)))
        return self.v < other.v

    def __repr__(self):
        return f"Peek({self.v})"


seen = []
M = [Peek(2), Peek(1), Peek(3)]
M.sort()
print(M, seen)

# changing the list during the sort
L = [5, 3, 4, 1]


def grow(x):
    L.append(x)
    return x


try:
    L.sort(key=grow)
except ValueError as e:
    print("ValueError:", e)
print(L)


class Grow:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        N.append(0)
        return self.v < other.v

    def __repr__(self):
        return f"Grow({self.v})"


N = [Grow(3), Grow(1), Grow(2)]
try:
    N.sort(reverse=True)
except ValueError as e:
    print("ValueError:", e)
print(N)

C = [2, 1]
C.sort(key=lambda x: (C.clear(), x)[1])
print("clear during sort:", C)

# a key function that raises leaves the list alone
L = [3, 1, 2]


def bad_key(x):
    if x == 2:
        raise KeyError(x)
    return x


try:
    L.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e)
print(L)

# a comparison that raises midway: nothing is lost or duplicated
for n, limit, rev in [(50, 30, False), (200, 500, False), (200, 900, True), (300, 1200, False)]:
    calls = 0

    class Boom:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            global calls
            calls += 1
            if calls == limit:
                raise RuntimeError(f"boom at {calls}")
            return self.v < other.v

    vals = [rng.randrange(1000) for _ in range(n)]
    items = [Boom(v) for v in vals]
    try:
        items.sort(reverse=rev)
        print("no error")
    except RuntimeError as e:
        print(e)
    print(sorted(b.v for b in items) == sorted(vals), hashlib.md5(repr([b.v for b in items]).encode()).hexdigest()[:16])

# fast paths give the same results as the general comparison
big = [rng.randrange(-10**6, 10**6) for _ in range(1000)]
print(sorted(big) == sorted(big, key=lambda x: K(x)), sorted(big)[:5])
floats = [rng.uniform(-1, 1) for _ in range(1000)] + [0.0, -0.0, 0.0]
print(sorted(floats)[-3:], [repr(x) for x in sorted([0.0, -0.0, 0.0, -0.0])])
strs = ["a", "\U0001f600", "\uffff", "\ud7ff", "\U00010000", "ab", "", "\x00", "é", "\U0001f600a", "\ud800", "\ud800x", "\ue000"]
print([hex(ord(s[0])) if s else "" for s in sorted(strs)])
print(sorted([10**30, 5, -10**30, True, 2.5]))
