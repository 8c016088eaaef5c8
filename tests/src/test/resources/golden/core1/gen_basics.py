def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

print(list(count_up(4)))
for v in count_up(2):
    print("loop", v)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for n in fib():
    if n > 100:
        break
    out.append(n)
print(out)

def with_return():
    yield 1
    return "done"

g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)

g = with_return()
print(next(g), next(g, "default"), next(g, "again"))

def empty():
    return
    yield

print(list(empty()))
print(sum(x for x in range(10)))

it = iter(count_up(0))
print(it is iter(it))

def lazy():
    print("body runs")
    yield 1

g = lazy()
print("created")
print(next(g))

def genexpr_scope():
    xs = [1, 2, 3]
    return list(x * 2 for x in xs)

print(genexpr_scope())
