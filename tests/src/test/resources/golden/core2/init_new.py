class Logged:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst

    def __init__(self, value):
        print("__init__", value)
        self.value = value

x = Logged(5)
print(x.value, x.created_by_new)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

a = Singleton()
b = Singleton()
print(a is b)

class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")

print(ReturnsOther())

class Base:
    def __init__(self, name):
        self.name = name
        print("Base init", name)

class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Child init", age)

c = Child("kid", 7)
print(c.name, c.age)

class NoInit(Base):
    pass

n = NoInit("inherited")
print(n.name)

class BadInit:
    def __init__(self):
        return 5

try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]

p = Point(1, 2)
print(p, p.x, len(p), isinstance(p, tuple))
try:
    object.__new__(Logged).value
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
