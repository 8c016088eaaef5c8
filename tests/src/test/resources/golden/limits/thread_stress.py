# Many Python threads appending to one list and updating one dict (and a set, a deque, a counter
# under a lock) lose no update.
import threading, collections

N_THREADS = 8
N = 5000
shared_list = []
shared_dict = {}
shared_set = set()
dq = collections.deque()
counter = [0]
lock = threading.Lock()
start = threading.Barrier(N_THREADS)

def work(t):
    start.wait()
    for i in range(N):
        shared_list.append((t, i))
        shared_dict[(t, i)] = i
        shared_set.add(t * N + i)
        dq.append(i)
        shared_dict.setdefault(t, []).append(i)
        with lock:
            counter[0] += 1

threads = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print(len(shared_list), len(set(shared_list)))
print(len(shared_dict), len(shared_set), len(dq), counter[0])
print(all(shared_dict[t] == list(range(N)) for t in range(N_THREADS)))
# each thread's own appends stay in its order
per = collections.defaultdict(list)
for t, i in shared_list:
    per[t].append(i)
print(all(per[t] == list(range(N)) for t in range(N_THREADS)))

# pop from one list by many threads: every element is taken exactly once
items = list(range(40000))
taken = []
def consumer():
    while True:
        try:
            x = items.pop()
        except IndexError:
            return
        taken.append(x)
ts = [threading.Thread(target=consumer) for _ in range(6)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(len(taken), sorted(taken) == list(range(40000)), items)
print('done')
