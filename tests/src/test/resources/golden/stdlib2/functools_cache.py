import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x

for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20))

def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

@log_calls
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)
power_of_two = functools.partial(pow, 2)
print(power_of_two(10), power_of_two.func, power_of_two.args)
basetwo = functools.partial(int, base=2)
print(basetwo("1011"), basetwo.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(lambda a, b: a + b, [], 0))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

@functools.singledispatch
def show(arg):
    return f"object {arg!r}"
@show.register
def _(arg: int):
    return f"int {arg}"
@show.register(list)
def _(arg):
    return "list of " + ", ".join(show(a) for a in arg)
print(show("s"), show(5), show([1, "x"]))

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)

class Cell:
    def __init__(self):
        self.v = 0
    @functools.singledispatchmethod
    def set(self, arg):
        raise NotImplementedError("no")
    @set.register
    def _(self, arg: int):
        self.v = arg
    @set.register
    def _(self, arg: str):
        self.v = int(arg)
cl = Cell(); cl.set("42"); print(cl.v)
