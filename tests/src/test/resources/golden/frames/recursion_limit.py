# sys.getrecursionlimit / setrecursionlimit and the depth at which RecursionError is raised
import sys

print(sys.getrecursionlimit())


def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print("max depth", depth())
sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), "max depth", depth())
sys.setrecursionlimit(1000)
print("again", depth())

for bad in [0, -1, 'x', 2**70, 1.5, None]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())


def deep(n):
    if n == 0:
        sys.setrecursionlimit(10)
    else:
        deep(n - 1)


try:
    deep(30)
except RecursionError as e:
    print("too low:", e)
print(sys.getrecursionlimit())


def at_depth():
    try:
        sys.setrecursionlimit(2)
    except RecursionError as e:
        print(e)


at_depth()
sys.setrecursionlimit(3)
print("limit 3 at module level:", sys.getrecursionlimit())


def one():
    return 1


def two():
    return one() + 1


print(two())
try:
    print((lambda: two())())
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
