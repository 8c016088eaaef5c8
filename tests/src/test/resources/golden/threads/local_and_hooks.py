# threading.local, excepthook, daemon threads and _thread basics.
import threading, _thread, sys, time

data = threading.local()
data.name = "main"
seen = {}
def work(n):
    print_has = hasattr(data, "name")
    data.name = f"worker-{n}"
    time.sleep(0.01)
    seen[n] = (print_has, data.name)
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()))
print("main keeps", data.name)

class Counter(threading.local):
    def __init__(self, start):
        self.value = start
    def bump(self):
        self.value += 1
        return self.value
ctr = Counter(10)
ctr.bump()
res = []
def bumper():
    res.append(ctr.bump())
t = threading.Thread(target=bumper); t.start(); t.join()
print("local subclass", ctr.value, res)

# excepthook gets the failing thread's exception
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def boom():
    raise ValueError("bad value")
t = threading.Thread(target=boom, name="boomer")
t.start(); t.join()
print("hook", caught)
threading.excepthook = threading.__excepthook__

# the default hook prints the traceback to the thread's stderr
import io
def boom2():
    raise KeyError("k")
t = threading.Thread(target=boom2, name="noisy")
saved, sys.stderr = sys.stderr, io.StringIO()
buf = sys.stderr
t.start(); t.join()
sys.stderr = saved
lines = buf.getvalue().splitlines()
print("default hook", lines[0], lines[1], lines[-2].strip(), lines[-1])

# _thread directly
done = _thread.allocate_lock()
done.acquire()
out = []
def raw(a, b, c=0):
    out.append(a + b + c)
    done.release()
_thread.start_new_thread(raw, (1, 2), {"c": 3})
done.acquire()
print("raw thread", out, type(done).__name__, isinstance(done, _thread.LockType))
try:
    _thread.start_new_thread(raw, [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print("TypeError:", e)
print("daemon allowed", _thread.daemon_threads_allowed(), _thread.TIMEOUT_MAX > 1e6)
print("stack_size", _thread.stack_size())

# a daemon thread does not keep the program alive
def forever():
    while True:
        time.sleep(0.01)
d = threading.Thread(target=forever, daemon=True)
d.start()
print("daemon", d.daemon, d.is_alive())

# a non-daemon thread still running at the end is waited for
def late():
    time.sleep(0.1)
    print("late thread finished")
threading.Thread(target=late).start()
print("main done")
