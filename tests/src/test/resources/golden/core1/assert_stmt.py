assert True
assert 1 == 1, "not shown"
print("passed simple asserts")

try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))

try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)

calls = []
def msg():
    calls.append("msg")
    return "lazy message"

assert True, msg()
print("message evaluated on success:", calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)

def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

print(check_positive(3))
try:
    check_positive(-2)
except AssertionError as e:
    print("caught:", e)

x = 5
try:
    assert x % 2 == 0, x
except AssertionError as e:
    print("args:", e.args, type(e.args[0]).__name__)
print(issubclass(AssertionError, Exception))
assert len((1, 2)) == 2, "tuple length"
print("done")
