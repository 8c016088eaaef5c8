# sys._getframe and frame objects
import sys

top = sys._getframe()
print(type(top).__name__, top.f_code.co_name, top.f_lineno)
print(top.f_back)
print(top.f_globals is globals(), top.f_locals is globals())
print(top.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else top.f_builtins is __builtins__)
print(type(top.f_lasti).__name__)


def inner(a, b=2):
    c = a + b
    f = sys._getframe()
    print("inner:", f.f_code.co_name, f.f_lineno, sorted((k, v) for k, v in f.f_locals.items() if k != "f"))
    print("caller:", f.f_back.f_code.co_name, f.f_back.f_lineno)
    print("caller via depth:", sys._getframe(1).f_code.co_name, sys._getframe(1) .f_lineno)
    names = []
    g = f
    while g is not None:
        names.append(g.f_code.co_name)
        g = g.f_back
    print("stack:", names)
    print(f.f_globals is globals())
    return c


def outer():
    x = "local of outer"
    return inner(1)


print(outer())


def caller_name():
    return sys._getframe(1).f_code.co_name


def some_function():
    return caller_name()


print(some_function())


class K:
    frame = sys._getframe()
    attr = 1
    print("class body:", frame.f_code.co_name, sorted(k for k in frame.f_locals if not k.startswith("__")))


def too_deep():
    try:
        sys._getframe(50)
    except ValueError as e:
        print("ValueError:", e)


too_deep()


def snapshot():
    x = 1
    f = sys._getframe()
    before = f.f_locals
    x = 2
    print(before["x"], "x" in before)


snapshot()


def gen():
    f = sys._getframe()
    yield f.f_code.co_name
    yield f.f_back is not None


print(list(gen()))
print(sys._getframe(0).f_code is sys._getframe().f_code)
