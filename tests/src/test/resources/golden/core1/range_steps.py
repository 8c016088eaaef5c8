print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 10, 3)))
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(-5, -15, -2)))
print(list(range(0, -5)))
print(list(range(5, 5)))
print(list(range(3, 8, -1)))
r = range(10, -10, -4)
print(r, list(r), len(r))
print(r[0], r[-1], r[2])
print(r[1:3], list(r[1:3]))
print(range(0, 20, 5)[::-1])
print(8 in range(0, 10, 2), 7 in range(0, 10, 2), -6 in r)
print(len(range(0)), len(range(1, 100, 7)), len(range(100, 1, -7)))
print(range(0, 10, 2).index(6), range(0, 10, 2).count(6))
print(range(3) == range(0, 3, 1), range(0) == range(5, 2))
print(repr(range(1, 10, 2)), repr(range(4)))
print(sum(range(100, 0, -1)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
for i in range(3, -1, -1):
    print("countdown", i)
print(list(reversed(range(1, 10, 3))))
print(range(5).start, range(5).stop, range(5).step)
print(bool(range(0)), bool(range(1)))
