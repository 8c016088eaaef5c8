import contextlib
import io

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("h1") as t:
    print("inside", t)

@contextlib.contextmanager
def suppress_and_report():
    try:
        yield
    except ZeroDivisionError as e:
        print("caught", e)

with suppress_and_report():
    1 / 0
print("after")

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print(repr(buf.getvalue()))

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("close", self.n)

with contextlib.closing(Res(1)):
    print("using")

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"t{i}"))
    stack.callback(print, "callback ran")
    print("body")

def cleanup_order():
    with contextlib.ExitStack() as stack:
        stack.callback(print, "first registered")
        stack.callback(print, "second registered")
        raise ValueError("boom")
try:
    cleanup_order()
except ValueError as e:
    print("propagated", e)

with contextlib.nullcontext(5) as v:
    print(v)

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0])
        return False

@Timer()
def work():
    print("working")
work()

@contextlib.contextmanager
def cd_like():
    yield
try:
    with cd_like():
        raise KeyError("k")
except KeyError as e:
    print("KeyError passes", e)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print(err.getvalue().strip())
class AC(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("ac exit")
with AC() as x:
    print(type(x).__name__)
