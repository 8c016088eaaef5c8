try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v))
    print(repr(v.__cause__))
    print(repr(v.__context__))
    print(v.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as r:
    print(repr(r))
    print(r.__cause__)
    print(repr(r.__context__))
    print(r.__suppress_context__)

try:
    try:
        raise TypeError("a")
    except TypeError:
        raise IndexError("b") from None
except IndexError as i:
    print(repr(i), i.__cause__, repr(i.__context__), i.__suppress_context__)

def reraise():
    try:
        raise KeyError("original")
    except KeyError:
        print("logging and re-raising")
        raise

try:
    reraise()
except KeyError as k:
    print("caught again:", repr(k))

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    raise ValueError()
except ValueError as e:
    print(repr(e), str(e) == "")

def reraise_other():
    try:
        raise ValueError("first")
    except ValueError as e:
        saved = e
    raise saved

try:
    reraise_other()
except ValueError as e:
    print("raised saved:", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    raise 5
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError("x") from 3
except TypeError as e:
    print("TypeError:", e)

exc = KeyError("no context")
print(exc.__context__, exc.__cause__, exc.__traceback__)
e1 = ValueError("one")
e2 = TypeError("two")
e2.__cause__ = e1
print(repr(e2.__cause__), e2.__suppress_context__)
