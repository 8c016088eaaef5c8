# Lib's collections on the native _collections, itertools, _operator, _weakref
from collections import namedtuple, Counter, OrderedDict, deque, defaultdict, ChainMap
import collections.abc as cabc

P = namedtuple('P', 'x y')
p = P(1, 2)
print(tuple(p), p.x + p.y, tuple(p._replace(x=5)), p._asdict(), P._fields, P(*range(2)).y, P.x.__doc__)
x, y = p
print(x, y, p == (1, 2), isinstance(p, tuple), p[1], p.index(2))

c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], sorted(c.elements())[:4])
c.update('aaz')
print(c['a'], c['z'], c - Counter('a'), +c == c, c.total())
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=2))

od = OrderedDict(a=1, b=2)
od['c'] = 3
od.move_to_end('a')
print(od, list(od), od.popitem(last=False), od.popitem(), od)
print(OrderedDict.fromkeys('xyz') == OrderedDict.fromkeys('xzy'), dict(OrderedDict(k=1)))

dq = deque(range(10), maxlen=4)
dq.rotate(1)
print(dq, dq.maxlen, isinstance(dq, cabc.MutableSequence), isinstance(dq, cabc.Sequence))
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': [], 'e': ['a']}
seen, todo, order = {'a'}, deque(['a']), []
while todo:
    n = todo.popleft()
    order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m)
            todo.append(m)
print(order)

dd = defaultdict(list)
for word in 'apple bat avocado cherry banana'.split():
    dd[word[0]].append(word)
print(dd, isinstance(dd, cabc.MutableMapping), sorted(dd))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print({k: dict(v) for k, v in nested.items()})

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4})['c'])
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(deque, cabc.Iterable), isinstance(iter(()), cabc.Iterator))
