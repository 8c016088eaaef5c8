s = set([3, 1, 2, 100, 9, 17])
print(s, len(s), 3 in s, 4 in s)
f = frozenset([5, 6])
print(f, hash(f) == hash(frozenset([6, 5])), {f: 1})
print(s | set([40]), s & set([1, 2, 55]), s - set([1]), s ^ set([1, 77]))
s.add(33); s.discard(100); print(s, s.pop(), s)
try:
    s.remove(999)
except KeyError as e: print("KeyError", e)
try:
    set([s])
except TypeError as e: print(e)
print(set([1,2]) <= set([1,2,3]), set([1,2]) < set([1,2]), set([1]) == frozenset([1]), set() , frozenset())
d = {1: 2, 3: 4}
k = d.keys()
d[5] = 6
print(k, d.values(), d.items(), len(k), 3 in k, (3, 4) in d.items())
print(d.keys() & set([1, 5]), d.keys() | set([7]), d.keys() - set([1]), d.popitem(), d)
print(dict.fromkeys([1, 2], 0), {1: 1} | {2: 2})
try:
    {}.popitem()
except KeyError as e: print(e)
it = iter(d)
next(it)
d[9] = 9
try: next(it)
except RuntimeError as e: print(e)
print(set(range(20)), set([x*7 for x in range(10)]))
s = set(range(10)); s.difference_update(set([1,2])); s.intersection_update(range(5)); print(s)
print((1).real, (2.5).imag, True.numerator, (5).denominator)
print(s.union([1], (9,)), s.issubset(range(10)), s.issuperset([3]), s.isdisjoint([0]))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
