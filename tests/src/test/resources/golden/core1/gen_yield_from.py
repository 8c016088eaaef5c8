def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    return "outer result"

print(list(outer()))

g = outer()
for v in g:
    print("got", v)

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))

def tree(n):
    if n == 0:
        yield "leaf"
        return 0
    left = yield from tree(n - 1)
    yield "node%d" % n
    right = yield from tree(n - 1)
    return left + right + 1

g = tree(2)
try:
    while True:
        print(next(g))
except StopIteration as e:
    print("count", e.value)

def echo():
    while True:
        received = yield
        if received is None:
            return "stopped"
        print("echo:", received)

def delegator():
    res = yield from echo()
    print("delegator got", res)
    yield "after"

d = delegator()
next(d)
d.send("a")
d.send("b")
print(d.send(None))

def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
