import threading
import queue
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

counter = 0
lock = threading.Lock()
def incr(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=incr, args=(1000,), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, [t.name for t in threads], any(t.is_alive() for t in threads))

q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(10):
    q.put(i)
for _ in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print(sorted(results))

def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(8))))
    futs = {ex.submit(square, i): i for i in range(5)}
    done = sorted((futs[f], f.result()) for f in as_completed(futs))
    print(done)
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("future raised", e, type(f.exception()).__name__)
    d, nd = wait([ex.submit(square, 3)])
    print(len(d), len(nd))

cond = threading.Condition()
items = []
def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop())
out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
with cond:
    items.append("payload")
    cond.notify()
c.join()
print(out)

ev = threading.Event()
seen = []
def waiter():
    ev.wait()
    seen.append("event set")
t = threading.Thread(target=waiter)
t.start()
ev.set()
t.join()
print(seen, ev.is_set())

sem = threading.Semaphore(2)
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
local = threading.local()
def setlocal(v, res):
    local.v = v
    res.append(local.v)
res = []
ts = [threading.Thread(target=setlocal, args=(i, res)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(res), hasattr(local, "v"))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
b = threading.Barrier(3)
arrived = []
def at_barrier(i):
    arrived.append(i)
    b.wait()
bt = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
[t.start() for t in bt]; [t.join() for t in bt]
print(sorted(arrived))
tm = threading.Timer(0.01, lambda: print("timer fired"))
tm.start(); tm.join()
class MyThread(threading.Thread):
    def run(self):
        self.result = sum(range(101))
mt = MyThread(); mt.start(); mt.join()
print(mt.result, mt.daemon)
print("main continues")
