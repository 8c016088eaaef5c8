# queue.Queue between threads, and concurrent.futures.ThreadPoolExecutor.
import queue, threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

q = queue.Queue()
results = queue.Queue()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.put((item, item ** 2))
        q.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers: w.start()
for i in range(20):
    q.put(i)
for _ in workers:
    q.put(None)
q.join()
for w in workers: w.join()
out = sorted(results.get() for _ in range(results.qsize()))
print(out[:5], len(out))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")

bounded = queue.Queue(maxsize=2)
bounded.put(1); bounded.put(2)
try:
    bounded.put(3, block=False)
except queue.Full:
    print("full")
lifo = queue.LifoQueue()
for i in range(3): lifo.put(i)
print("lifo", [lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [5, 1, 3]: pq.put(x)
print("priority", [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("a"); sq.put("b")
print("simple", sq.get(), sq.qsize(), sq.empty())

def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print("map", list(ex.map(square, range(10))))
    futs = {ex.submit(square, n): n for n in range(5)}
    print("as_completed", sorted(f.result() for f in as_completed(futs)))
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("future raised", type(e).__name__, e)
    print("exception()", type(f.exception()).__name__)
    done, not_done = wait([ex.submit(square, 7)])
    print("wait", [d.result() for d in done], len(not_done))

def fetch(name):
    return f"{name}:{threading.current_thread().name.startswith('worker')}"
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="worker") as ex:
    print(list(ex.map(fetch, ["a", "b", "c"])))
