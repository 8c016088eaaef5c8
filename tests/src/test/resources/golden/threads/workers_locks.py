# A worker pool guarded by Lock/RLock, counting with shared state.
import threading

counter = 0
lock = threading.Lock()

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=add, args=(2000,), name=f"adder-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print("alive after join", [t.is_alive() for t in threads])
print("names", [t.name for t in threads])

# RLock is re-entrant for its owner
rl = threading.RLock()
def nested(depth):
    with rl:
        if depth:
            return nested(depth - 1) + 1
        return 0
print("nested", nested(5))
rl.acquire()
print("rlock owned", rl._is_owned())
rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Lock basics
l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

# an RLock held by another thread cannot be taken without waiting
rl2 = threading.RLock()
got = []
def hold():
    rl2.acquire()
    got.append(rl2.acquire(blocking=False))
    rl2.release(); rl2.release()
t = threading.Thread(target=hold)
t.start(); t.join()
print("reentrant in thread", got)
print("after thread", rl2.acquire(blocking=False))
rl2.release()

print("ident differs", threading.get_ident() != t.ident, t.ident is not None)
print("main thread", threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print("active", threading.active_count(), len(threading.enumerate()))
