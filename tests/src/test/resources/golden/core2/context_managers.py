class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress

with Managed("a") as value:
    print("body", value)

with Managed("b", suppress=True):
    print("raising")
    raise ValueError("suppressed")
print("after suppressed")

try:
    with Managed("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

with Managed("outer") as o, Managed("inner") as i:
    print("both", o, i)

try:
    with Managed("x"), Managed("y", suppress=True):
        raise RuntimeError("inner suppresses")
    print("continued")
except RuntimeError:
    print("not reached")

def early_return():
    with Managed("ret"):
        return "returned"
print(early_return())

for n in range(3):
    with Managed("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)

class NoEnterValue:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        print("exit args", len(args))

with NoEnterValue() as v:
    print("as value:", v)

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")

try:
    with BadExit():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))

class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

class Timer:
    def __enter__(self):
        self.events = ["start"]
        return self
    def __exit__(self, t, v, tb):
        self.events.append("stop")
with Timer() as t:
    t.events.append("work")
print(t.events)
