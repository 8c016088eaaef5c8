# __context__ is set when an exception is raised inside an except block (also when it is caught
# there), cycles in the context chain are cut or tolerated, and a generator's handled exception
# does not leak into its caller (sys.exc_info())
import sys

class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass

try:
    raise A()
except A as _a:
    a = _a
    try:
        raise B()
    except B as _b:
        b = _b
        try:
            raise C()
        except C as _c:
            c = _c
            a.__context__ = c
            try:
                raise D()
            except D as _d:
                d = _d
print(repr(d.__context__), repr(c.__context__), repr(b.__context__), repr(a.__context__))

def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)

# raising an exception already in the chain moves it to the front without a cycle
try:
    try:
        raise A("a")
    except A as a_:
        a = a_
        try:
            raise B("b")
        except B as b_:
            b = b_
            raise a
except A as e:
    print(e is a, repr(a.__context__), repr(b.__context__))

def yield_raise():
    try:
        raise KeyError("caught")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]

g = yield_raise()
print(next(g), sys.exc_info()[0])
print(next(g), sys.exc_info()[0])
print(next(g), sys.exc_info()[0])

def gen_sees_caller():
    yield sys.exc_info()[0]

try:
    raise IndexError
except IndexError:
    print(next(gen_sees_caller()))
print(sys.exc_info())

try:
    raise ValueError("x") from None
except ValueError:
    try:
        raise KeyError("k") from None
    except KeyError as k:
        print(repr(k.__context__), k.__suppress_context__)
