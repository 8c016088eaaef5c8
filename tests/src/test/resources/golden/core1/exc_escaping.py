def a(n):
    return b(n) + 1

def b(n):
    return c(n) * 2

def c(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n

print(a(3))
try:
    print(a(-1))
except ValueError as e:
    print("caught at top:", e)

def with_cleanup(n):
    steps = []
    try:
        steps.append("start")
        c(n)
        steps.append("ok")
    finally:
        steps.append("cleanup")
        print(steps)

with_cleanup(1)
try:
    with_cleanup(-5)
except ValueError as e:
    print("after cleanup:", e)

def gen():
    yield 1
    raise KeyError("from generator")

try:
    for v in gen():
        print("gen", v)
except KeyError as e:
    print("KeyError escaped generator:", e)

def recurse(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        recurse(n - 1)
    finally:
        print("unwinding", n)

try:
    recurse(3)
except IndexError as e:
    print("caught", e)

def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("from handler")

try:
    handler_raises()
except TypeError as e:
    print(e, "context:", type(e.__context__).__name__)

results = []
for n in [1, -1, 2]:
    try:
        results.append(a(n))
    except ValueError:
        results.append(None)
print(results)
print(list(map(lambda x: x * 2, [1, 2])))
try:
    list(map(lambda x: 1 // x, [1, 0]))
except ZeroDivisionError as e:
    print("from map:", e)
