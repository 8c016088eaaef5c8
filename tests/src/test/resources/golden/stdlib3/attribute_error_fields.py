# AttributeError carries name and obj (raised by attribute access or built as AttributeError(msg, name=, obj=)),
# NameError its name; traceback.print_exc then offers the same hints as CPython.
import sys, traceback
class A:
    blech = 1
try:
    A().bluch
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
    print(traceback.format_exc().splitlines()[-1])
try:
    bluc
except NameError as e:
    print(repr(e.name))
    print(traceback.format_exc().splitlines()[-1])
try:
    (1).foo
except AttributeError as e:
    print(repr(e.name), e.obj)
try:
    getattr(A, 'zz')
except AttributeError as e:
    print(repr(e.name), e.obj)
import math
try:
    math.sinn
except AttributeError as e:
    print(repr(e.name), e.obj is math)
    print(traceback.format_exc().splitlines()[-1])
