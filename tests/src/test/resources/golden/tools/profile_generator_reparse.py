# A generator suspended after two `yield from`s and then reparsed for profiling: the reparsed code keeps the
# first parse's constant layout (continuations resume in the right place) and the results do not change.
def tree(n):
    if n == 0:
        yield "leaf"
        return 0
    left = yield from tree(n - 1)
    right = yield from tree(n - 1)
    total = left + right + 1
    yield ("after", total)
    yield ("again", left, right)
    return total

def drive(g):
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        out.append(("result", e.value))
    return out

print(drive(tree(2)))
g = tree(2)
first = [next(g) for _ in range(5)]
print(first)
import cProfile
p = cProfile.Profile()
p.enable()
rest = drive(g)
p.disable()
print(rest)
print(drive(tree(3))[-3:])
