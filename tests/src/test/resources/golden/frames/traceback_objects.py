# exceptions carry __traceback__: tb_frame, tb_lineno, tb_lasti, tb_next; with_traceback
import sys


def level3(x):
    y = x * 2
    raise KeyError(y)


def level2(x):
    return level3(x + 1)


def level1():
    return level2(10)


try:
    level1()
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is e.__traceback__, sys.exc_info()[2] is tb)
    while tb is not None:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, type(tb.tb_lasti).__name__)
        tb = tb.tb_next
    last = e.__traceback__
    while last.tb_next is not None:
        last = last.tb_next
    print("locals of level3:", sorted(last.tb_frame.f_locals.items()))
    saved = e

print(saved.__traceback__.tb_frame.f_code.co_name)
e2 = ValueError("no traceback yet")
print(e2.__traceback__)
print(e2.with_traceback(None) is e2)


def reraise_with():
    try:
        level1()
    except KeyError as e:
        raise RuntimeError("wrapped").with_traceback(e.__traceback__)


try:
    reraise_with()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

try:
    raise TypeError("x")
except TypeError as e:
    e.__traceback__ = None
    print(e.__traceback__)
    try:
        e.__traceback__ = 5
    except TypeError as err:
        print(err)

try:
    ValueError().with_traceback(5)
except TypeError as err:
    print(err)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, tp, value, tb):
        print("exit:", tp.__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno, tb is value.__traceback__)
        return True


def in_with():
    with Manager():
        {}["missing"]


in_with()


def chain():
    try:
        level1()
    except KeyError as e:
        raise ValueError("during") from e


try:
    chain()
except ValueError as e:
    print(e.__cause__.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_frame.f_code.co_name)
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)
