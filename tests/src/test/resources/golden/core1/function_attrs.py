def documented(a, b=2):
    """Adds two numbers."""
    return a + b

print(documented.__name__)
print(documented.__qualname__)
print(documented.__doc__)
print(documented.__defaults__)
print(documented.__module__)

def nodoc():
    x = 1

print(nodoc.__doc__)
print(nodoc.__defaults__)

def multi():
    """First line.

    More text.
    """

print(repr(multi.__doc__))

class A:
    def m(self):
        "method doc"
    class B:
        def n(self):
            pass

print(A.m.__qualname__, A.m.__doc__)
print(A.B.__qualname__)
print(A.B.n.__qualname__)
print(A.B.n.__name__)

documented.extra = "hello"
print(documented.extra)
print(documented.__dict__)

def rename():
    pass

rename.__name__ = "renamed"
print(rename.__name__)
rename.__doc__ = "new doc"
print(rename.__doc__)

def outer():
    def inner():
        pass
    return inner

print(outer().__qualname__)
print(callable(documented), callable(5))
print(type(documented).__name__)
print(len.__name__)
f = lambda: 0
print(f.__name__, f.__doc__)
