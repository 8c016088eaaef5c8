import io
import _lsprof, cProfile, pstats

def counts(p):
    st = pstats.Stats(p, stream=io.StringIO())
    out = []
    for (fn, line, name), (cc, nc, tt, ct, callers) in st.stats.items():
        fn = fn.rsplit('/', 1)[-1]
        out.append((fn, name, nc, cc, sorted((c[2], v[0]) for c, v in callers.items())))
    for row in sorted(out):
        print(row)
    print('---')

def gen(n):
    for i in range(n):
        yield i

class A:
    def __len__(self):
        return 3
    def m(self, x):
        return x * 2

def f():
    total = sum(gen(3))
    a = A()
    total += len(a) + a.m(1) + A.m(a, 2)
    total += len([x for x in range(4)])
    return total

p = cProfile.Profile()
print(p.runcall(f))
counts(p)

p = cProfile.Profile(builtins=False)
p.runcall(f)
counts(p)

p = cProfile.Profile(subcalls=False)
p.runcall(f)
counts(p)

with cProfile.Profile() as p:
    f()
counts(p)

def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
p = cProfile.Profile()
p.enable()
rec(5)
try:
    int("x")
except ValueError:
    pass
p.disable()
counts(p)
p.clear()
print(p.getstats())

q = _lsprof.Profiler()
p.enable()
try:
    q.enable()
except ValueError as e:
    print("ValueError:", e)
p.disable()
e = [s for s in p.getstats() if s.code == "<method 'enable' of '_lsprof.Profiler' objects>"][0]
print(type(e).__name__, type(e).__module__, e.callcount, e.reccallcount, e.calls, type(e.totaltime).__name__)
print(_lsprof.profiler_entry.n_fields, _lsprof.profiler_subentry.n_fields)
