# co_flags bits and code object methods


def plain():
    pass


def varargs(*a):
    pass


def varkw(**k):
    pass


def both(*a, **k):
    pass


def generator():
    yield 1


def outer():
    def nested():
        pass
    def nested_gen():
        yield
    return nested, nested_gen


for f in (plain, varargs, varkw, both, generator) + outer():
    print(f.__name__, f.__code__.co_flags)

print(compile("pass", "m", "exec").co_flags)
print(compile("(x for x in y)", "m", "eval").co_consts[0].co_flags)

c = plain.__code__
r = c.replace(co_name="renamed", co_firstlineno=99)
print(r.co_name, r.co_firstlineno, c.co_name)
print(repr(r).startswith("<code object renamed at 0x"), repr(r).endswith(', line 99>'))
print(r.co_consts == c.co_consts, r.co_varnames == c.co_varnames)
try:
    c.replace(co_bogus=1)
except TypeError as e:
    print("TypeError", e)
print(repr(c).startswith("<code object plain at "), 'file "' in repr(c))


def lines():
    a = 1
    b = 2
    return a + b


co = lines.__code__
spans = list(co.co_lines())
print(all(len(t) == 3 for t in spans))
print(all(start < end for start, end, line in spans))
print(spans[-1][1] == len(co.co_code))
first = co.co_firstlineno
print({first + 1, first + 2, first + 3} <= set(line for _, _, line in spans))
positions = list(co.co_positions())
print(len(positions) == len(co.co_code) // 2)
print(all(len(p) == 4 for p in positions))
print(type(co.co_code).__name__, co.co_stacksize > 0)
