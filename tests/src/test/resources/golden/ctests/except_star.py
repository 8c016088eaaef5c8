# try/except*: splitting groups, wrapping naked exceptions, re-raising what is left
import sys
def show(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
    else:
        print("no exception")

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e), sys.exception() is e)
    except* TypeError as e:
        print("T", repr(e))
show(t1)

def t2():
    try:
        raise KeyError("naked")
    except* KeyError as e:
        print("K", repr(e), repr(e.exceptions[0]))
show(t2)

def t3():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled V")
show(t3)

def t4():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
show(t4)

def t5():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
show(t5)

def t6():
    try:
        raise ValueError("x")
    except* TypeError:
        print("no")
show(t6)

def t7():
    try:
        try:
            raise ValueError(1)
        except* ExceptionGroup:
            pass
    except TypeError as e:
        print(e)
show(t7)

def t8():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else")
    finally:
        print("finally")
show(t8)
for i in range(2):
    try:
        raise ExceptionGroup("x", [ValueError(i)])
    except* (ValueError, KeyError) as eg:
        print("loop", i, eg.exceptions)
