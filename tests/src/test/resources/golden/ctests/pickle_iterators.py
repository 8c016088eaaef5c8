# pickling and copying built-in iterators, range, slice, builtin functions; type(name, bases, ns) takes __module__ from the caller
import pickle, copy
def check(it, label):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        d = pickle.dumps(it, proto)
        assert list(pickle.loads(d)) == list(pickle.loads(d)), label
    print(label, list(pickle.loads(pickle.dumps(it))), list(it))

it = iter([1, 2, 3]); next(it); check(it, "list")
it = iter((1, 2, 3)); check(it, "tuple")
it = iter("héllo"); next(it); next(it); check(it, "str")
it = iter(range(3, 20, 4)); next(it); check(it, "range")
it = reversed([1, 2, 3]); next(it); check(it, "reversed")
it = iter({"a": 1, "b": 2}); next(it); check(it, "dict keys")
it = iter({"a": 1, "b": 2}.values()); check(it, "dict values")
it = iter({"a": 1, "b": 2}.items()); check(it, "dict items")
it = iter({7}); check(it, "set")
it = iter(b"ab"); check(it, "bytes")
it = iter([]); check(it, "empty")
it = iter([4, 5]); c = copy.copy(it); print(list(c), list(it))
print(pickle.loads(pickle.dumps(slice(1, 2))), pickle.loads(pickle.dumps(range(10**30))), range(10**30).stop)
print(pickle.loads(pickle.dumps([len, list.append])))
print(type("Dyn", (), {}).__module__)
class R:
    def __reduce__(self):
        return (R, ())
print(type(pickle.loads(pickle.dumps(R()))).__name__, R().__reduce_ex__(2))
