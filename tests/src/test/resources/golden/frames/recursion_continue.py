# RecursionError is an ordinary exception: caught, the program goes on
import sys


def forever(n):
    return forever(n + 1)


for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)

# mutual recursion
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)


# recursion through a method and a special method
class Node:
    def __init__(self, parent):
        self.parent = parent

    def __repr__(self):
        return repr(self)

    def up(self):
        return self.up()


try:
    repr(Node(None))
except RecursionError as e:
    print("repr:", e)
try:
    Node(None).up()
except RecursionError as e:
    print("method:", e)


# deeply nested containers built in a loop
nested = []
for i in range(200000):
    nested = [nested]
try:
    print(len(repr(nested)))
except RecursionError as e:
    print("nested repr:", e)
a = []
b = []
for i in range(200000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("nested compare:", e)


# the program still works normally afterwards
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))
print(sum(x * x for x in range(10)))


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print(count_down(900))
try:
    count_down(5000)
except RecursionError:
    print("5000 is too deep")
sys.setrecursionlimit(3000)
print(count_down(2500))
