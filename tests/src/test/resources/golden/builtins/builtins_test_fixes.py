# Found by CPython's test_builtin: int.__class__, the singletons' types make the singleton, pow()
# and __import__ by keyword, sum() of bytes, pickling map/filter/zip (zip keeps strict), bool() of
# NotImplemented warns, compile() of a memoryview with a BOM.
import pickle
import warnings

print(int.__class__, str.__class__, type.__class__, type(None)(), type(...)(), type(NotImplemented)())
for t in (type(None), type(...), type(NotImplemented)):
    for args, kw in (((1,), {}), ((), {'a': 1})):
        try:
            t(*args, **kw)
        except TypeError as e:
            print(e)
print(pow(base=5, exp=2, mod=14), pow(0, exp=0), pow(base=2, exp=10), pow(2, 5, mod=None))
for args, kw in (((2,), {'base': 3}), ((), {'exp': 2}), ((2,), {})):
    try:
        pow(*args, **kw)
    except TypeError as e:
        print(e)
for v in ('', b'', bytearray()):
    try:
        sum([], v)
    except TypeError as e:
        print(e)
try:
    __import__('sys', name='sys')
except TypeError as e:
    print(e)
print(__import__(name='sys').__name__)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    z = zip((1, 2, 3), 'abc', strict=True)
    next(z)
    z2 = pickle.loads(pickle.dumps(z, proto))
    m = map(pow, [-1, -2, 3], [4, 5, 6])
    next(m)
    f = filter(None, [0, 1, 0, 2])
    print(proto, list(z2), list(pickle.loads(pickle.dumps(m, proto))), list(pickle.loads(pickle.dumps(f, proto))))
z = zip([1, 2], [3], strict=True)
print(z.__reduce__()[0].__name__, len(z.__reduce__()), z.__reduce__()[2])
try:
    list(pickle.loads(pickle.dumps(z)))
except ValueError as e:
    print(e)
print(len(zip([1], [2]).__reduce__()))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    bool(NotImplemented)
    x = not NotImplemented
    if NotImplemented:
        pass
print([(x.category.__name__, str(x.message)) for x in w])
exec(compile(memoryview(b'\xef\xbb\xbfprint(7)'), 'n', 'exec'))
exec(compile(bytearray(b'print(8)'), 'n', 'exec'))
