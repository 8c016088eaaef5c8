# A profiler timer that raises is reported as unraisable (on sys.stderr) and counts as 0; profiling goes on.
import _lsprof, sys, io
def timer():
    raise NameError('no clock')
def f():
    return 1
p = _lsprof.Profiler(timer)
err = io.StringIO()
sys.stderr = err
p.enable()
f()
p.disable()
sys.stderr = sys.__stderr__
text = err.getvalue()
print(text.count('Exception ignored in: <function timer'), text.count('NameError: no clock'))
print(sorted(e.code if isinstance(e.code, str) else e.code.co_name for e in p.getstats()))
