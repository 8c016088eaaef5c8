# A finally body that runs because of an exception runs with it as the handled exception: sys.exc_info() sees
# it, an exception raised there chains it as __context__, return/break/continue there drop it.
def a():
    try:
        try:
            raise TypeError(1)
        finally:
            raise ValueError(2)
    except Exception as e:
        return e
e = a(); print(repr(e), repr(e.__context__))
def b():
    try:
        try:
            raise TypeError(1)
        except:
            raise ValueError(2)
        finally:
            raise OSError(3)
    except Exception as e:
        return e
e = b(); print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
def c():
    try:
        try:
            pass
        except:
            pass
        else:
            raise ValueError(1)
        finally:
            raise OSError(2)
    except Exception as e:
        return e
e = c(); print(repr(e), repr(e.__context__))
def d():
    try:
        raise KeyError(1)
    finally:
        pass
try:
    d()
except KeyError as e:
    print(repr(e), e.__context__)
def g():
    for i in range(2):
        try:
            raise TypeError(i)
        finally:
            if i == 0:
                continue
            raise ValueError(i)
try:
    g()
except ValueError as e:
    print(repr(e), repr(e.__context__))
import sys, traceback
def f1():
    try:
        1 / 0
    finally:
        print('in finally', sys.exc_info()[0].__name__)
try:
    f1()
except ZeroDivisionError:
    print(traceback.format_exc().count('line'), 'lines in tb')
    tb = sys.exc_info()[2]
    n = 0
    while tb: n += 1; tb = tb.tb_next
    print('tb depth', n)
print('after', sys.exc_info())
def f2():
    try:
        raise KeyError('k')
    finally:
        return 'swallowed'
print(f2(), sys.exc_info())
def f3():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            if i == 1:
                continue
    return out
print(f3(), sys.exc_info())
def f4():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(f4())
def g():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally', sys.exc_info()[0])
x = g(); next(x); x.close()
x = g(); next(x)
try:
    x.throw(RuntimeError('boom'))
except RuntimeError as e:
    print('thrown', e, e.__context__)
def nested():
    try:
        try:
            raise TypeError('inner')
        finally:
            print('inner finally', sys.exc_info()[1])
    finally:
        print('outer finally', sys.exc_info()[1])
try:
    nested()
except TypeError as e:
    print('caught', e, e.__context__)
def h():
    try:
        pass
    finally:
        print('normal finally', sys.exc_info())
h()
