# Built-in iterators answer __length_hint__ with what is left (0 once a set or dict changed size), as CPython;
# bytes and bytearray iterators have their own types.
import operator
for it in (iter({1, 2, 3}), iter(frozenset([1])), iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()), iter([1, 2]), iter((1,)), iter(range(5)), reversed([1, 2]), iter('ab'), iter(b'ab'), iter(bytearray(b'a'))):
    try:
        print(type(it).__name__, it.__length_hint__(), operator.length_hint(it))
    except Exception as e:
        print(type(it).__name__, type(e).__name__, e)
s = {1, 2, 3}
it = iter(s)
next(it)
print(it.__length_hint__())
s.add(9)
try:
    next(it)
except RuntimeError as e:
    print(e)
print(it.__length_hint__())
print(list(reversed([1, 2, 3])), type(iter(b'')).__name__)
