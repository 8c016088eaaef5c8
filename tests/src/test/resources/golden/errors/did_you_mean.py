# "Did you mean" hints as CPython prints them: attributes of the object, names of the frame, its globals and
# builtins, self.<name> in a method, and "Did you forget to import" for a standard module.
class A:
    blech = 1
    def m(self):
        return blech
import sys
def f():
    lenn = 1
    return lem
for thunk in (lambda: A().bluch, lambda: A().m(), f, lambda: sys.exitt, lambda: math, lambda: ZeroDivisionErrrr):
    try:
        thunk()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
A().bluchh
