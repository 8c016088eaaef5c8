def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

g = accumulator()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)

def running_average():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

ra = running_average()
print(next(ra))
for v in [10, 20, 60]:
    print(ra.send(v))

def two_way():
    got = yield "first"
    print("got", got)
    got = yield "second"
    print("got", got)

g = two_way()
print(g.send(None))
print(g.send("A"))
print(next(g, "end"))
