# f_lineno of a frame that an exception left is the line of its last statement (PEP 626), not the line of
# the cleanup code that re-raised it (that code has no line of its own).
import sys
def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    lines = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        lines.append(None if frame.f_lineno is None else frame.f_lineno - frame.f_code.co_firstlineno)
        t = t.tb_next
    return tuple(lines)
def in_try():
    try:
        1/0
    except:
        pass
    1/0
def simple():
    1/0
def in_except():
    try:
        1/0
    except:
        1/0
        pass
def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass
def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass
def in_finally_normal():
    try:
        pass
    finally:
        1/0
        pass
class Noop:
    def __enter__(self): return self
    def __exit__(self, *a): pass
def after_with():
    with Noop():
        1/0
def nested():
    def inner():
        1/0
    inner()
for f in (simple, in_try, in_except, in_named_except, in_finally_except, in_finally_normal, after_with, nested):
    print(f.__name__, lineno_after_raise(f))
def live():
    return sys._getframe().f_lineno - sys._getframe().f_code.co_firstlineno
print(live())
