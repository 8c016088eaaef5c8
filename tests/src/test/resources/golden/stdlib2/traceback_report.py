import traceback
import sys

def level3(x):
    return 10 / x

def level2(x):
    return level3(x - 1)

def level1():
    return level2(1)

try:
    level1()
except ZeroDivisionError:
    tb = traceback.format_exc()
    print(tb.replace(__file__, "FILE"))
    etype, value, tbobj = sys.exc_info()
    frames = traceback.extract_tb(tbobj)
    for fs in frames:
        print(fs.name, fs.lineno, fs.line)
    print(traceback.format_exception_only(etype, value))
    print(len(traceback.format_tb(tbobj)))

def wrapper():
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("bad config") from e

try:
    wrapper()
except ValueError as e:
    lines = traceback.format_exception(e)
    text = "".join(lines).replace(__file__, "FILE")
    print(text)
    print(e.__cause__, repr(e.__cause__))

try:
    try:
        int("x")
    except ValueError:
        undefined_name
except NameError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)).replace(__file__, "FILE"))

s = traceback.extract_stack()
print(s[-1].name, type(s).__name__)
te = None
try:
    [][1]
except IndexError as e:
    te = traceback.TracebackException.from_exception(e)
print("".join(te.format_exception_only()), end="")
print(te.exc_type.__name__, te.stack[0].lineno)
def f():
    raise RuntimeError("printed to stderr")
try:
    f()
except RuntimeError:
    traceback.print_exc()
traceback.print_stack(limit=1)
raise SystemExit(traceback.format_exception_only(KeyError, KeyError("k"))[0].strip())
