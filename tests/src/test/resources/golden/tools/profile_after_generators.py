# Turning cProfile on after generators with several `yield from`s have run reparses them for
# instrumentation; they must go on working, also when suspended in the middle (known: the generated
# builder's constant-pool assertion fails on that reparse, see README "Not yet").
import cProfile, io, pstats

def tree(n):
    if n == 0:
        yield "leaf"
        return 0
    left = yield from tree(n - 1)
    yield "node%d" % n
    right = yield from tree(n - 1)
    return left + right + 1

def count(n):
    g = tree(n)
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        return out, e.value

suspended = tree(3)
print([next(suspended) for _ in range(3)])
print(count(2))
p = cProfile.Profile()
p.enable()
print(count(3))
print(list(suspended))
p.disable()
s = io.StringIO()
st = pstats.Stats(p, stream=s)
print(sorted((fn[2], cc) for fn, (cc, nc, tt, ct, callers) in st.stats.items() if fn[2] in ('tree', 'count')))
