# endless recursion through nested `yield from` hits the recursion limit (json's pure encoder)
import sys

def g(n):
    yield n
    yield from g(n + 1)

sys.setrecursionlimit(200)
c = 0
try:
    for x in g(0):
        c += 1
except RecursionError as e:
    print("RecursionError:", e)
print(c < 200, c > 150)

def nested(depth):
    if depth == 0:
        yield "leaf"
    else:
        yield from nested(depth - 1)

print(list(nested(50)))
sys.setrecursionlimit(1000)
