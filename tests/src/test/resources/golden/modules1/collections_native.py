from _collections import deque, defaultdict, _count_elements, _tuplegetter
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([7, 8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.count(1), d.index(2), d.index('a'))
d.insert(1, 'X'); d.remove('X'); d.reverse(); print(d, list(reversed(d)))
d[0] = 'first'; del d[1]; print(d)
m = deque(range(10), maxlen=3); print(m, m.maxlen, deque().maxlen)
m.append(10); m.appendleft(6); print(m)
print(deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) == [1], deque([1,2]) != deque([1]))
print(deque('ab') + deque('cd'), deque('ab') * 2, 2 * deque('x'))
e = deque([1]); e += [2, 3]; e *= 2; print(e)
print(bool(deque()), bool(deque([0])), d.copy(), type(iter(d)).__name__)
for f in [lambda: d.index(99), lambda: d.remove(99), lambda: deque().pop(), lambda: d[50], lambda: d['a'], lambda: deque(maxlen=-1),
          lambda: deque([1], 1).insert(0, 1), lambda: d + [1], lambda: deque(1), lambda: d.rotate('a'),
          lambda: defaultdict(1)]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
it = iter(d); d.append(4)
try:
    next(it)
except RuntimeError as ex:
    print(ex)
r = deque([1]); r.append(r); print(r)
class D(deque):
    def total(self):
        return sum(x for x in self)
x = D([1, 2, 3]); x.append(4); print(x, x.total(), isinstance(x, deque), D.__name__)
dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(dd, dd.default_factory, dict(dd), len(dd), 'a' in dd, dd.get('zz'))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
ci = defaultdict(int)
for w in 'the cat the hat'.split():
    ci[w] += 1
print(sorted(ci.items()), isinstance(ci, dict))
try:
    defaultdict()['k']
except KeyError as ex:
    print('KeyError', ex)
dd.default_factory = set; dd['s'].add(1); print(dd['s'], dd.copy(), type(dd.copy()).__name__)
print(dd | {'z': 0})
class DD(defaultdict):
    pass
print(DD(int), DD(int)['x'])
c = {}
_count_elements(c, 'abracadabra'); print(c)
class P(tuple):
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'doc y')
p = P((3, 4)); print(p.x, p.y, P.x.__doc__)
try:
    p.x = 5
except AttributeError as ex:
    print(ex)
print(deque.__module__, defaultdict.__module__, deque.__name__)
print(deque[int], defaultdict[str, int], deque[int].__origin__ is deque)
import copy
dq = deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq2[1].append(3)
print(dq, dq2, dq2.maxlen)
