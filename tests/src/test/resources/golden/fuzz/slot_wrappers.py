class A: pass
class B(A): pass
print(A.__subclasses__(), list[int], type(list[int]), dict[str, int])
print({1:2} | {3:4}, int | None, {1} ^ {2})
x = {1: 2}; x |= {5: 6}; print(x)
print(repr(hasattr(list, '__class_getitem__')))
import functools
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class MyInt(int):
    def __add__(self, o): return MyInt(super().__add__(o) * 10)
print(MyInt(2) + 3, int.__add__(3, 4), (5).__radd__(1), float.__rsub__(1.0, 3))
import collections.abc as c
print(isinstance([], c.Hashable), isinstance((), c.Hashable), isinstance({}, c.Hashable))
print(sorted([3,1,2], key=int.__neg__), list(map(str.__len__, ['ab', 'c'])), list(map(int.__mul__, [1,2], [3,4])))
print(bool.__and__(True, False), True.__or__(False), (3).__index__(), str.__mod__('%d', 5))
