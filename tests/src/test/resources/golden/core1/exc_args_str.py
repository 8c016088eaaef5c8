e = ValueError("message")
print(e.args, str(e), repr(e))
e = ValueError("a", 2, None)
print(e.args, str(e), repr(e))
e = ValueError()
print(e.args, repr(str(e)), repr(e))
e = ValueError(42)
print(e.args, str(e), repr(e))
e = KeyError("key")
print(e.args, str(e), repr(e))
e = KeyError()
print(repr(str(e)), repr(e))
e = KeyError("a", "b")
print(str(e), repr(e))
e = IndexError("list index out of range")
print(str(e), repr(e))
e = Exception("x", [1, 2])
print(str(e), repr(e))

try:
    [][1]
except IndexError as x:
    print(x.args)
try:
    {}[(1, 2)]
except KeyError as x:
    print(x.args, str(x))
try:
    1 // 0
except ZeroDivisionError as x:
    print(x.args)
try:
    int("12z")
except ValueError as x:
    print(x.args)
try:
    "a" + 1
except TypeError as x:
    print(x.args)
try:
    undefined_name
except NameError as x:
    print(x.args, x.name)

e = RuntimeError("x")
e.args = ("changed", 1)
print(str(e), e.args)
print(type(e).__name__, type(e) is RuntimeError)
print(isinstance(e, Exception), isinstance(e, BaseException))
err = StopIteration(7)
print(err.value, err.args)
err = StopIteration()
print(err.value)
print(str(SystemExit(3)), SystemExit(3).code)
print(f"{ValueError('fmt')}")
print("%s|%r" % (TypeError("t"), TypeError("t")))
