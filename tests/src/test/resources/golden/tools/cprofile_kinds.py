# cProfile sees class bodies (and builtins.__build_class__), coroutines, lambdas, builtins calling Python
import cProfile, pstats, io
def make():
    class A:
        x = 1
        def m(self): return 2
    return A().m()
p = cProfile.Profile()
p.runcall(make)
st = pstats.Stats(p, stream=io.StringIO())
print(sorted((k[2], v[1]) for k, v in st.stats.items()))
async def co():
    return 5
def drive():
    c = co()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
p = cProfile.Profile()
p.runcall(drive)
st = pstats.Stats(p, stream=io.StringIO())
print(sorted((k[2], v[1]) for k, v in st.stats.items()))
p = cProfile.Profile()
p.runcall(lambda: list(map(abs, [-1, 2])) + sorted([3, 1], key=lambda v: -v))
st = pstats.Stats(p, stream=io.StringIO())
print(sorted((k[2], v[1]) for k, v in st.stats.items()))
