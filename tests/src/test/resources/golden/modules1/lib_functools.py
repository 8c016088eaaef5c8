# Lib's functools on _functools and _thread (lru_cache is Lib's Python version)
import functools, operator

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), tuple(fib.cache_info()))
fib.cache_clear()
print(tuple(fib.cache_info()))

@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n

for n in [1, 2, 1, 3, 1, 2]:
    sq(n)
print(tuple(sq.cache_info()))

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts

print(Version(1, 2) <= Version(1, 3), Version(2) >= Version(1, 9), Version(1) > Version(2), sorted([Version(3), Version(1)])[0].parts)

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@trace
def greet(name):
    """Says hello."""
    return 'hello ' + name

print(greet('bob'), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
print(functools.reduce(operator.add, range(10)), functools.partial(int, base=2)('101'))
basetwo = functools.partial(int, base=2)
print(basetwo.func is int, basetwo.args, basetwo.keywords)

print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

class Cell:
    def __init__(self):
        self.v = 0
    def set(self, v):
        self.v = v
    set_one = functools.partialmethod(set, 1)

cell = Cell()
cell.set_one()
print(cell.v)
