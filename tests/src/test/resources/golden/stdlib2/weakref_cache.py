import weakref
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name!r})"

a = Node("a")
r = weakref.ref(a)
print(r() is a, repr(r).split(" at ")[0])
del a
gc.collect()
print(r())

cache = weakref.WeakValueDictionary()
n1, n2 = Node("x"), Node("y")
cache["x"] = n1
cache["y"] = n2
print(sorted(cache.keys()), len(cache))
del n1
gc.collect()
print(sorted(cache.keys()), "x" in cache, cache.get("y"))

wk = weakref.WeakKeyDictionary()
k = Node("key")
wk[k] = 123
print(wk[k], len(wk))
del k
gc.collect()
print(len(wk))

def on_finalize(name):
    print("finalized", name)
obj = Node("f")
fin = weakref.finalize(obj, on_finalize, "f")
print(fin.alive)
del obj
gc.collect()
print(fin.alive)
obj2 = Node("g")
fin2 = weakref.finalize(obj2, on_finalize, "g")
print(fin2(), fin2.alive, fin2())
calls = []
o3 = Node("cb")
r3 = weakref.ref(o3, lambda ref: calls.append("callback"))
del o3
gc.collect()
print(calls)
ws = weakref.WeakSet()
items = [Node(i) for i in range(3)]
for i in items:
    ws.add(i)
print(len(ws))
items.pop()
gc.collect()
print(len(ws))
p = weakref.proxy(items[0])
print(p.name, p)
class C:
    def method(self):
        return "bound"
c = C()
wm = weakref.WeakMethod(c.method)
print(wm()())
del c
gc.collect()
print(wm())
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
print(weakref.getweakrefcount(items[0]))
keep = Node("atexit")
weakref.finalize(keep, print, "finalize at exit")
