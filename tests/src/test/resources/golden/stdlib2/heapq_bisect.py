import heapq
import bisect

tasks = []
heapq.heappush(tasks, (3, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (2, "code"))
heapq.heappush(tasks, (5, "release"))
print(tasks[0], len(tasks))
while tasks:
    print(heapq.heappop(tasks))
nums = [9, 2, 7, 4, 1, 8, 3]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
people = [{"n": "a", "age": 30}, {"n": "b", "age": 25}, {"n": "c", "age": 35}]
print(heapq.nlargest(2, people, key=lambda p: p["age"]))
h = []
for w in "heap sort example words".split():
    heapq.heappush(h, w)
print([heapq.heappop(h) for _ in range(len(h))])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)

grades = [60, 70, 80, 90]
def grade(score, breakpoints=grades, letters="FDCBA"):
    return letters[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 5, lo=1, hi=3))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
print(recs)
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
print(index(a, 8))
try:
    index(a, 7)
except ValueError as e:
    print(e)
