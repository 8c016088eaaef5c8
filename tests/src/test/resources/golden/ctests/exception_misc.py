# small exception behaviours unittest's machinery relies on
import sys
import traceback

try:
    raise SyntaxError
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
e = SyntaxError("bad", ("f.py", 3, 4, "x = ", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print("".join(traceback.format_exception_only(SyntaxError, SyntaxError("m"))), end="")


class Odd(Exception):
    def __new__(cls, *args):
        return object()


try:
    raise Odd
except TypeError as e:
    print(e)

def fail():
    1 / 0


try:
    fail()
except ZeroDivisionError as e:
    traceback.clear_frames(e.__traceback__)
    print("cleared", e.__traceback__.tb_next.tb_frame.clear())


class C:
    def method(self):
        pass


class Callable:
    __qualname__ = "Callable"

    def __call__(self, *a):
        pass


import types
print(repr(C().method).startswith("<bound method C.method of <__main__.C object at "))

e = ImportError("m", name="x", path="p")
print(e.name, e.path, e.args)
try:
    ImportError("m", foo=1)
except TypeError as x:
    print(x)
e = AttributeError("a", name="n", obj=3)
print(e.name, e.obj)
