from _functools import reduce, partial, cmp_to_key
import _operator as op
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(op.mul, range(1, 6), 10))
try:
    reduce(op.add, [])
except TypeError as e:
    print(e)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 3, d=9), p.func is f, p.args, p.keywords)
q = partial(p, 7)
print(q(), q.args, q.keywords, q.func is f)
print(repr(partial(max, 1, key=abs)).replace(repr(max), 'MAX'))
class MyP(partial):
    pass
print(type(MyP(f, 1)).__name__, MyP(f, 1)(2))
try:
    partial(1)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(1), K(3) == K(3), K(5).obj)
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(1, 4), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.inv(5), op.invert(5), op.not_(0), op.truth([1]), op.abs(-2.5), op.index(7))
print(op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, 1), op.concat([1], [2]))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iconcat(x, [3]), op.imul(2, 3), op.ior({1}, {2}))
print(op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(5, 7))
print(op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'), op.itemgetter('k')({'k': 1}))
class A: pass
a = A(); a.b = A(); a.b.c = 42; a.n = 'x'
print(op.attrgetter('n')(a), op.attrgetter('b.c', 'n')(a))
print(op.methodcaller('split', ',')('a,b'), op.methodcaller('replace', 'a', 'b')('aaa'), op.methodcaller('get', 'k', default=0) if False else '')
print(repr(op.itemgetter(1, 'a')), repr(op.attrgetter('x.y')), repr(op.methodcaller('f', 1, k=2)))
print(op._compare_digest(b'abc', b'abc'), op._compare_digest('a', 'b'), op.call(len, 'abc'))
for fn in [lambda: op.concat(1, 2), lambda: op.indexOf([1], 5), lambda: op.index('a'), lambda: op.itemgetter(5)([1])]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
import operator, heapq, bisect
print(operator.add is op.add, operator.__lt__(1, 2), operator.itemgetter is op.itemgetter)
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
h2 = [9, 4, 7, 1, 3]; heapq.heapify(h2); print(h2, heapq.heapreplace(h2, 10), heapq.heappushpop(h2, 0), h2)
print(heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [4, 1, 3]), list(heapq.merge([1, 4], [2, 3])))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
s = [1, 3, 3, 5]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 3, 2))
bisect.insort(s, 4); bisect.insort_left(s, 0); print(s)
recs = [(1, 'a'), (5, 'b')]
print(bisect.bisect_left(recs, 5, key=lambda r: r[0])); bisect.insort(recs, (3, 'c'), key=lambda r: r[0]); print(recs)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print(e)
