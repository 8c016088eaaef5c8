import sys

class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self.v
        return r

async def add(a, b):
    x = await Sleep(a)
    return x + b

async def main():
    r = await add(1, 2)
    print("add ->", r)
    async with Ctx("c1") as c:
        print("inside", c)
    try:
        async with Ctx("c2"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    async with Ctx("c3", swallow=True):
        raise KeyError("k")
    print("after swallow")
    total = 0
    async for v in agen(4):
        total += v
    else:
        print("else ran")
    print("total", total)
    out = []
    async for v in ARange(3):
        out.append(v)
    print(out)
    return "done"

class Ctx:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

async def agen(n):
    for i in range(n):
        await Sleep(i)
        yield i * 10

class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

def run(coro):
    sent = None
    steps = 0
    while True:
        try:
            v = coro.send(sent)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        sent = v

print(run(main()))
c = add(1, 2)
print(type(c).__name__, type(agen(1)).__name__)
c.close()
g = agen(2)
print(type(g.__anext__()).__name__)
try:
    run(g.__anext__())
except StopIteration as e:
    print("first", e.value)
async def noawait(): return 5
try:
    noawait().send(None)
except StopIteration as e:
    print("stop", e.value)
try:
    async def bad(): await 5
    bad().send(None)
except TypeError as e:
    print(e)
