# co_* attributes of code objects: the values CPython 3.12 gives for the same source


def simple():
    x = 10
    y = "hello"
    return x + len(y)


def params(a, b=2, /, c=3, *args, d, e=5, **kw):
    "A docstring."
    total = a + b + c + d + e
    return total, args, kw


def outer(n):
    def inner(m):
        return n + m
    return inner


def show(code):
    print(code.co_name, code.co_qualname)
    print("  args", code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals)
    print("  consts", tuple("<code " + c.co_name + ">" if hasattr(c, "co_code") else c for c in code.co_consts))
    print("  names", code.co_names)
    print("  varnames", code.co_varnames)
    print("  cell/free", code.co_cellvars, code.co_freevars)
    print("  flags", code.co_flags)


show(simple.__code__)
show(params.__code__)
show(outer.__code__)
show(outer(1).__code__)
print(type(simple.__code__).__name__)
print(simple.__code__.co_filename.endswith("code_attrs.py"))
print(simple.__code__.co_firstlineno, params.__code__.co_firstlineno, outer(2).__code__.co_firstlineno)


def attrs(o):
    o.first = o.second.third
    del o.fourth
    return o.method(1, key=2)


show(attrs.__code__)


def imports():
    import os.path
    from sys import path as p, argv
    return os, p, argv


show(imports.__code__)


def folding():
    a = 1 + 2
    b = 2 ** 10
    c = -5
    d = (1, 2, 3)
    e = "ab" * 2
    return a, b, c, d, e


show(folding.__code__)
