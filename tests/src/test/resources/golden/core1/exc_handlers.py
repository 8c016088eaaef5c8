def classify(fn):
    try:
        fn()
    except ZeroDivisionError:
        return "zero"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except TypeError as e:
        return "type: " + str(e)
    except Exception as e:
        return "other " + type(e).__name__
    else:
        return "no error"

print(classify(lambda: 1 / 0))
print(classify(lambda: {}["k"]))
print(classify(lambda: [][0]))
print(classify(lambda: 1 + "a"))
print(classify(lambda: int("x")))
print(classify(lambda: 42))

def first_match():
    try:
        raise KeyError("k")
    except LookupError:
        print("LookupError handler")
    except KeyError:
        print("KeyError handler (never)")

first_match()

e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

def unbound_after():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)

print(unbound_after())

try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as v:
    print("outer caught", v)

try:
    pass
except Exception:
    print("never")
else:
    print("else ran")
finally:
    print("finally ran")

types = (ValueError, TypeError)
try:
    raise TypeError("t")
except types as x:
    print("tuple variable caught", type(x).__name__)

for exc in [ValueError, IndexError, KeyError, RuntimeError]:
    try:
        raise exc("m")
    except (IndexError, ValueError):
        print(exc.__name__, "-> first")
    except LookupError:
        print(exc.__name__, "-> second")
    except BaseException:
        print(exc.__name__, "-> third")
