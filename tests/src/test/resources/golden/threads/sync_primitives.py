# Condition, Event, Semaphore, Barrier and Timer between threads.
import threading, time

# producer/consumer with a Condition
items = []
cond = threading.Condition()
consumed = []
def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            x = items.pop(0)
        if x is None:
            break
        consumed.append(x * x)
c = threading.Thread(target=consumer)
c.start()
for i in range(10):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    items.append(None)
    cond.notify()
c.join()
print("consumed", consumed)

# wait_for with a timeout that expires
with cond:
    print("wait_for", cond.wait_for(lambda: False, timeout=0.05))

# Event
ev = threading.Event()
print("event set?", ev.is_set(), ev.wait(0.01))
def setter():
    time.sleep(0.05)
    ev.set()
threading.Thread(target=setter).start()
print("event waited", ev.wait(5))

# Semaphore bounds concurrency
sem = threading.BoundedSemaphore(2)
active = 0
peak = 0
guard = threading.Lock()
def limited():
    global active, peak
    with sem:
        with guard:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with guard:
            active -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2", peak <= 2, "peak >= 1", peak >= 1)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

# Barrier
order = []
b = threading.Barrier(3)
def party(i):
    order.append(("before", i))
    idx = b.wait()
    order.append(("after", i))
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
befores = [k for k, _ in order[:3]]
print("barrier", befores, sorted(i for k, i in order if k == "after"))

# Timer fires once, a cancelled one never
fired = []
t1 = threading.Timer(0.02, fired.append, args=("first",))
t2 = threading.Timer(0.02, fired.append, args=("cancelled",))
t1.start(); t2.start(); t2.cancel()
t1.join(); t2.join()
print("timers", fired)
