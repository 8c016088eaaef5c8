a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
first, *_ = [9]
print(first, _)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
for head, *tail in [(1, 2, 3), (4,), "xyz"]:
    print(head, tail)
[x, *y] = iter([7, 8, 9])
print(x, y)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)

xs = [1, 2]
ys = (3, 4)
print([*xs, *ys])
print([0, *xs, 5, *ys, *"ab"])
print((*xs, *range(2)))
print(*xs, *ys)
print(sorted({*xs, *ys, 1}))
print([*{"k": 1, "j": 2}])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"z": 0, **d1, "a": 100})
print({**{}, **d1})
print(d1, d2)
merged = d1 | d2
print(merged)
a, b = b, a = 1, 2
print(a, b)
x, y = y, x = "pq"
print(x, y)
n, = [42]
print(n)
