# faulthandler (flag, dump_traceback of the current thread); classmethod/staticmethod copy the
# wrapped function's attributes (__name__, __doc__, __wrapped__, __dict__), as functools.wraps
import faulthandler, io, os, sys
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.disable()
print(faulthandler.is_enabled())
import tempfile
def inner():
    with tempfile.TemporaryFile("w+") as out:
        faulthandler.dump_traceback(out, all_threads=False)
        out.seek(0)
        return out.read().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")
def outer():
    return inner()
print(outer(), end="")
faulthandler.dump_traceback_later(100)
faulthandler.cancel_dump_traceback_later()

def f(x: int):
    "doc of f"
    return x
for deco in (classmethod, staticmethod):
    c = deco(f)
    print(c.__doc__, c.__name__, c.__qualname__, c.__module__, c.__wrapped__ is f, c.__annotations__, c.__func__ is f)
    c.extra = 5
    print(c.__dict__)
    print(c.__isabstractmethod__)

import functools
class A:
    @functools.singledispatchmethod
    @classmethod
    def m(cls, arg: int) -> str:
        """My function docstring"""
        return str(arg)
print(A.m(5), A.m.__doc__, A().m.__doc__, A.m.__name__)
