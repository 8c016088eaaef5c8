def g(n):
    for i in range(n):
        x = yield i
        if x: print("got", x)
    return "ret%d" % n
def outer():
    r = yield from g(3)
    print("inner returned", r)
    r2 = yield from [10, 11]
    print("list r", r2)
    return "outer-done"
for i in range(3):
    print(list(outer()))
    it = outer(); print(next(it)); print(it.send("hello")); print(list(it))
def bad():
    yield 1
    raise StopIteration
try:
    for v in bad(): print(v)
except RuntimeError as e: print("RE", e)
def rec(n):
    if n: yield from rec(n-1)
    yield n
import sys
sys.setrecursionlimit(200)
try:
    print(sum(rec(150)))
    print(sum(rec(500)))
except RecursionError as e: print("RecursionError", e)
sys.setrecursionlimit(1000)
def running():
    yield next(gg)
gg = running()
try: next(gg)
except ValueError as e: print(e)
def thrower():
    try:
        yield 1
    except KeyError: yield "caught"
def dl():
    yield from thrower()
d = dl(); next(d); print(d.throw(KeyError()))
