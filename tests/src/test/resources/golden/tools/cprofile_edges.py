# cProfile edge cases: exceptions, enable inside a returning function, clear while enabled, re-enable, float timers
import io, cProfile, pstats, _lsprof
def names(p):
    st = pstats.Stats(p, stream=io.StringIO())
    return sorted((k[2], v[0], v[1]) for k, v in st.stats.items())

def boom(n):
    if n == 0:
        raise RuntimeError("x")
    boom(n - 1)

p = cProfile.Profile()
try:
    p.runcall(boom, 3)
except RuntimeError as e:
    print("raised", e)
print(names(p))

# enable inside a function that then returns; the profiler keeps running
p = cProfile.Profile()
def start():
    p.enable()
    return 1
def f(): return 2
start()
f()
p.disable()
print(names(p))

# clear while enabled, then continue
p = cProfile.Profile()
p.enable()
f()
p.clear()
f(); f()
p.disable()
print(names(p))

# re-enable accumulates
p.enable()
f()
p.disable()
print(names(p))

# a timer that returns floats
t = [0.0]
def timer():
    t[0] += 0.5
    return t[0]
p = _lsprof.Profiler(timer)
p.enable()
f()
p.disable()
print(sorted((e.code if isinstance(e.code, str) else e.code.co_name, e.callcount, e.totaltime, e.inlinetime) for e in p.getstats()))
try:
    _lsprof.Profiler(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError")
