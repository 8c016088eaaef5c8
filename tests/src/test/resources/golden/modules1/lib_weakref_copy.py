# Lib's weakref, copy and reprlib on _weakref, _collections and _thread
import weakref, copy, reprlib, gc
from collections import deque, defaultdict

class Obj:
    def __init__(self, name):
        self.name = name

a, b = Obj('a'), Obj('b')
wv = weakref.WeakValueDictionary()
wv['a'] = a
wv['b'] = b
print(sorted(wv.keys()), wv['a'] is a, 'b' in wv, wv.get('zz'))
ws = weakref.WeakSet([a, b])
print(len(ws), a in ws, Obj('c') in ws)
wk = weakref.WeakKeyDictionary()
wk[a] = 1
print(wk[a], len(wk), a in wk)
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a) >= 1)

d = deque(range(5))
d2, d3 = copy.copy(d), copy.deepcopy(d)
d.append(9)
print(d2, d3, type(d3).__name__)
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2['a'].append(2)
print(dd, dd2, dd2.default_factory is list)
nested = {'k': [1, [2, 3]], 't': (4, 5)}
cp = copy.deepcopy(nested)
cp['k'][1].append(9)
print(nested, cp)
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100))

class Tree:
    def __init__(self):
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Tree(%s)' % ', '.join(repr(k) for k in self.kids)

t = Tree()
t.kids.append(t)
print(repr(t))
