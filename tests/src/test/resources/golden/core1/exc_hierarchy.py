def catch(exc, base):
    try:
        raise exc
    except base:
        return True
    except BaseException:
        return False

print(catch(KeyError(), LookupError))
print(catch(IndexError(), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(OverflowError(), ArithmeticError))
print(catch(ValueError(), ArithmeticError))
print(catch(UnboundLocalError(), NameError))
print(catch(RecursionError(), RuntimeError))
print(catch(NotImplementedError(), RuntimeError))
print(catch(StopIteration(), Exception))
print(catch(KeyboardInterrupt(), Exception))
print(catch(SystemExit(), Exception))
print(catch(GeneratorExit(), Exception))
print(catch(AttributeError(), Exception))
print(catch(UnicodeError(), ValueError))

for t in [KeyError, IndexError, ZeroDivisionError, UnboundLocalError, RecursionError,
          NotImplementedError, TypeError, StopIteration, KeyboardInterrupt, AssertionError]:
    print(t.__name__, [b.__name__ for b in t.__mro__])

print(issubclass(KeyError, LookupError), issubclass(LookupError, KeyError))
print(issubclass(Exception, BaseException), issubclass(BaseException, Exception))
print(isinstance(KeyError("x"), Exception))
print(KeyError.__bases__, ZeroDivisionError.__bases__[0].__name__)

try:
    [1, 2][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)

try:
    {"a": 1}["b"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)

try:
    10 % 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__, e)

try:
    int("abc")
except ValueError as e:
    print("ValueError caught", e)

try:
    None.foo
except AttributeError as e:
    print("AttributeError caught", e)
