# non-string keywords raise TypeError (partial with a manually added key); tee cannot be re-entered from another thread
import functools, itertools, threading
def capture(*args, **kw):
    return args, kw
p = functools.partial(capture)
p.keywords[1234] = 'value'
print('1234' in repr(p))
try:
    p()
except TypeError as e:
    print("TypeError:", e)
def f(a, b=2): return a, b
try:
    f(1, **{1: 2})
except TypeError as e:
    print("TypeError:", e)

start = threading.Event()
finish = threading.Event()
class I:
    def __iter__(self):
        return self
    def __next__(self):
        start.set()
        finish.wait()
        return 1
a, b = itertools.tee(I())
thread = threading.Thread(target=next, args=[a])
thread.start()
try:
    start.wait()
    try:
        next(b)
    except RuntimeError as e:
        print("RuntimeError:", e)
finally:
    finish.set()
    thread.join()
