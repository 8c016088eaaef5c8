def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("return", result)
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(1, 2)
add(a=3, b=4)
print(add.__name__)

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

def tag(label):
    def deco(fn):
        def wrapper():
            return "<" + label + ">" + fn() + "</" + label + ">"
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "x"

print(text())

order = []
def mark(name):
    order.append("make " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco

@mark("outer")
@mark("inner")
def f():
    pass

print(order)

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def one():
    return 1

@register
def two():
    return 2

print(list(registry), registry["two"]())

def replace(fn):
    return 42

@replace
def gone():
    pass

print(gone)
