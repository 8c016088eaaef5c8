# sequence and mapping patterns follow collections.abc: registered and derived classes match, deque is a sequence
import collections
import collections.abc

match collections.deque([1, 2, 3]):
    case [a, *b]:
        print("deque", a, b)

class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

match Config(host="localhost", port=8080):
    case {"host": h, "port": int(p), **rest}:
        print("config", h, p, rest)

class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return 3

match Seq():
    case [x, *rest]:
        print("abc sequence", x, rest)

class Registered:
    def __len__(self):
        return 2
    def __iter__(self):
        return iter("ab")
    def __getitem__(self, i):
        return "ab"[i]

match Registered():
    case [a, b]:
        print("not registered yet?!")
    case _:
        print("plain class with __getitem__ is not a sequence")

collections.abc.Sequence.register(Registered)
match Registered():
    case [a, b]:
        print("registered", a, b)

match collections.OrderedDict(a=1):
    case {"a": v}:
        print("OrderedDict", v)

# with several collection bases, the first one in the MRO decides (CPython's inherited type flags)
class C:
    pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
for cls in (M1, M3, S1, S3):
    match cls():
        case [*_]:
            print(cls.__name__, "sequence")
        case {}:
            print(cls.__name__, "mapping")

# late registration also covers subclasses defined before it; {} and [*_] do not call len()
class Parent:
    pass
class Child(Parent):
    pass
collections.abc.Mapping.register(Parent)
match Child():
    case [*_]:
        print("sequence")
    case {}:
        print("Child is a mapping now")
