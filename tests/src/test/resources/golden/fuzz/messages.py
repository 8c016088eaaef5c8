# CPython's messages for errors the differential fuzzer found worded differently
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: {} ** 2)
show(lambda: pow({}, 2))
show(lambda: pow({}, 2, 3))
show(lambda: divmod({}, 2))
show(lambda: divmod(7.5, 2))
x = {}
try:
    x **= 2
except TypeError as e:
    print(e)
for m in ["count(1)", "find(1)", "rindex(1)", "split(1)", "partition(1)", "center(3, 1)", "removeprefix(1)",
          "encode(1)", "startswith(1)", "strip(1)"]:
    show(lambda: eval("'abc'." + m))
s, lst, f = 'abc', [1], 1.0
show(lambda: s[f])
show(lambda: lst[f])
show(lambda: format('abc', ','))
show(lambda: format('abc', '_'))
show(lambda: format('abc', '#'))
show(lambda: format(float('-inf'), 'o'))
show(lambda: format(True, 's'))
show(lambda: format(5, 's'))
show(lambda: 'x0' % [12, '3.5'])
show(lambda: 'ab' % {})
show(lambda: 'ab' % 5)
show(lambda: '%s' % [])


class C17:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return len(self.v) if hasattr(self.v, '__len__') else 0


class D18(C17):
    def __repr__(self):
        return 'sub:' + super().__repr__()[:11]


print(repr(D18({})), bool(C17('AbC')), bool(C17(1)))
