# _lsprof directly: the records getstats() returns, enable/disable/clear, errors
import _lsprof

def leaf(x):
    return x + 1

def branch(n):
    return [leaf(i) for i in range(n)]

p = _lsprof.Profiler()
print(type(p).__name__, type(p).__module__)
p.enable()
branch(3)
p.disable()
p.disable()   # a second disable does nothing
stats = {e.code if isinstance(e.code, str) else e.code.co_name: e for e in p.getstats()}
for name in sorted(stats):
    e = stats[name]
    calls = None if e.calls is None else sorted((s.code if isinstance(s.code, str) else s.code.co_name, s.callcount) for s in e.calls)
    print(name, e.callcount, e.reccallcount, calls)
e = stats["branch"]
print(isinstance(e, tuple), len(e), e[1], type(e.totaltime).__name__, e.totaltime >= e.inlinetime >= 0)
print(type(e).__name__, type(e.calls[0]).__name__, _lsprof.profiler_entry.n_fields, _lsprof.profiler_subentry.n_fields)
print(e.code is branch.__code__)

p.clear()
print(p.getstats())

# subcalls=False: no sub-entries; builtins=False: no built-in entries
p = _lsprof.Profiler(subcalls=False, builtins=False)
p.enable()
branch(2)
len("abc")
p.disable()
print(sorted((e.code.co_name, e.callcount, e.calls) for e in p.getstats()))

# enable's own arguments change the flags
p = _lsprof.Profiler()
p.enable(subcalls=False)
leaf(1)
p.disable()
print(sorted((e.code if isinstance(e.code, str) else e.code.co_name, e.calls) for e in p.getstats()))

# one profiler at a time
q = _lsprof.Profiler()
p.enable()
try:
    q.enable()
except ValueError as ex:
    print("ValueError:", ex)
p.disable()
q.enable()
q.disable()
print("ok")

# recursion: reccallcount counts the calls made while already active
def down(n):
    if n:
        down(n - 1)
p = _lsprof.Profiler()
p.enable()
down(4)
p.disable()
e = [e for e in p.getstats() if e.code is down.__code__][0]
print(e.callcount, e.reccallcount, [(s.callcount, s.reccallcount) for s in e.calls])
