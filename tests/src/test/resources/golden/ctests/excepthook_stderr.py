# sys.excepthook / sys.__excepthook__ write to sys.stderr as it is at the call
import io
import sys

def f():
    return 1 / 0

try:
    f()
except ZeroDivisionError:
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(*sys.exc_info())
        sys.excepthook(*sys.exc_info())
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
lines = text.splitlines()
print(len(lines) > 4, lines[0], lines[-1])
print(text.count("Traceback (most recent call last):"))

class HugeLen:
    def __len__(self):
        return sys.maxsize + 1

try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
