import threading
import queue
import time

buf = queue.Queue(maxsize=3)
produced, consumed = [], []
plock = threading.Lock()

def producer(pid, n):
    for i in range(n):
        item = f"p{pid}-{i}"
        buf.put(item)
        with plock:
            produced.append(item)

def consumer(stop):
    while not stop.is_set() or not buf.empty():
        try:
            item = buf.get(timeout=0.05)
        except queue.Empty:
            continue
        with plock:
            consumed.append(item)
        buf.task_done()

stop = threading.Event()
consumers = [threading.Thread(target=consumer, args=(stop,), daemon=True) for _ in range(2)]
producers = [threading.Thread(target=producer, args=(i, 5)) for i in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
buf.join()
stop.set()
for t in consumers:
    t.join()
print(len(produced), len(consumed), sorted(produced) == sorted(consumed))
print(sorted(consumed)[:4])

pq = queue.PriorityQueue()
for p in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put(p)
print([pq.get()[1] for _ in range(3)])
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)], lq.empty(), lq.qsize())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("queue.Empty raised")
fq = queue.Queue(maxsize=1)
fq.put(1)
try:
    fq.put(2, block=False)
except queue.Full:
    print("queue.Full raised")
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty())

results = {}
def fetch(key, delay):
    time.sleep(delay)
    results[key] = threading.current_thread().name
ts = [threading.Thread(target=fetch, args=(k, 0.01 * i), name=f"fetch-{k}") for i, k in enumerate("abc")]
for t in ts:
    t.start()
for t in ts:
    t.join(timeout=5)
print(sorted(results.items()))
t = threading.Thread(target=lambda: None, name="short")
print(repr(t).split(" ")[0], t.ident is None)
t.start(); t.join()
print(t.is_alive(), t.ident is not None, isinstance(threading.get_ident(), int))
