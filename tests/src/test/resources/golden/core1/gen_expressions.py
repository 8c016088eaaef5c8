g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))

print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]))
print(all(x > 0 for x in [1, 2, -1]))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(",".join(str(i) for i in range(5)))
print(sorted((c for c in "hello"), reverse=True))
print(tuple(c.upper() for c in "abc"))
print(dict((k, len(k)) for k in ["one", "three"]))

def numbers():
    n = 0
    while True:
        yield n
        n += 1

evens = (n for n in numbers() if n % 2 == 0)
firsts = []
for e in evens:
    if e > 10:
        break
    firsts.append(e)
print(firsts)

src = [1, 2, 3]
g = (x * 10 for x in src)
src.append(4)
print(list(g))

try:
    g = (1 / x for x in [1, 0])
    print(next(g))
    print(next(g))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
print(next(iter([]), None))
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration", repr(e.value))
