it = iter([10, 20, 30])
print(next(it))
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(next(it, "default"))

s = iter("ab")
print(list(s), list(s))

d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), next(di))
print(list(iter(d.items())))
print(list(iter(d.values())))

r = iter(range(3))
print(type(r).__name__, list(r))

lst = [1, 2, 3]
it1 = iter(lst)
it2 = iter(lst)
print(next(it1), next(it1), next(it2))

try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

a = iter([1, 2, 3, 4, 5, 6])
print(list(zip(a, a)))

def manual_for(iterable):
    out = []
    iterator = iter(iterable)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            break
        out.append(item)
    return out

print(manual_for((1, 2, 3)))
print(manual_for(x * 2 for x in range(3)))

it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print("rest:", list(it))

t = iter((5, 6))
print(5 in t, list(t))
m = iter([1, 2, 3])
print(3 in m, list(m))
print(sum(iter([1, 2, 3])), max(iter([4, 9, 2])))
print(list(enumerate(iter("xy"))))
