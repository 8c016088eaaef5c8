print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate([], 5)))
for i, (x, y) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, x, y)

print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1, 2], [3, 4], [5, 6])))
print(dict(zip("abc", range(3))))
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)

print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(len, ["", "a", "ab"])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))

print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda n: n % 3 == 0, range(10))))
print(list(filter(str.isdigit, "a1b2c3")))

print(list(reversed([1, 2, 3])))
print(list(reversed("abc")))
print(list(reversed(range(5))))
print(list(reversed((1, "two"))))
r = reversed([1, 2])
print(next(r), list(r))
try:
    reversed({1: 2}.items())
    print("reversed dict items ok")
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)

print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__)
print(type(filter(None, [])).__name__, type(reversed([])).__name__)
print(list(map(lambda kv: kv[1] + str(kv[0]), enumerate("pq"))))
print(sum(map(int, "12345")))
print(list(zip(range(3), reversed(range(3)))))
