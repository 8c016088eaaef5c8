# _weakref: ref identity, callbacks after collection, proxies, _remove_dead_weakref
import _weakref, gc
class A:
    def m(self): return 1
a = A()
r = _weakref.ref(a)
print(r() is a, _weakref.ref(a) is r, _weakref.getweakrefcount(a), r.__callback__, type(r).__name__)
calls = []
r2 = _weakref.ref(a, lambda ref: calls.append(ref is r2))
print(r2 is not r, _weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)), r == r2, hash(r) == hash(a))
p = _weakref.proxy(a)
a.x = 5
print(p.x, p.m(), type(p).__name__)
p.y = 7; print(a.y)
del a
gc.collect()
print(r(), calls, r == r2)
try:
    p.x
except ReferenceError as e:
    print('ReferenceError', e)
for bad in (1, 'x', [], (1,)):
    try:
        _weakref.ref(bad)
    except TypeError as e:
        print(e)
def f(): pass
print(_weakref.ref(f)() is f, _weakref.ref(A)() is A)
d = {'k': _weakref.ref(A())}
gc.collect()
_weakref._remove_dead_weakref(d, 'k'); print(d)
