import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any

@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)

class PriorityQueue:
    REMOVED = "<removed>"
    def __init__(self):
        self.pq = []
        self.entry_finder = {}
        self.counter = itertools.count()
    def add(self, task, priority=0):
        if task in self.entry_finder:
            self.remove(task)
        entry = [priority, next(self.counter), task]
        self.entry_finder[task] = entry
        heapq.heappush(self.pq, entry)
    def remove(self, task):
        entry = self.entry_finder.pop(task)
        entry[-1] = self.REMOVED
    def pop(self):
        while self.pq:
            priority, count, task = heapq.heappop(self.pq)
            if task is not self.REMOVED:
                del self.entry_finder[task]
                return task
        raise KeyError("pop from an empty priority queue")

pq = PriorityQueue()
for task, pr in [("write spec", 2), ("fix bug", 1), ("lunch", 5), ("review", 2)]:
    pq.add(task, pr)
pq.add("lunch", 0)
pq.remove("review")
out = []
try:
    while True:
        out.append(pq.pop())
except KeyError as e:
    print(out, e)
h = [PrioritizedItem(3, "c"), PrioritizedItem(1, "a"), PrioritizedItem(2, {"unorderable": 1})]
heapq.heapify(h)
print([heapq.heappop(h).item for _ in range(3)])
def dijkstra(graph, start):
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist
g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)]}
print(dijkstra(g, "A"))
