# _functools: reduce, partial (flattening, repr, attributes), cmp_to_key
from _functools import reduce, partial, cmp_to_key
import _operator as op

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(op.mul, range(1, 6), 10), reduce(op.add, [], 'init'))
for args in [(op.add, []), (op.add, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError:', e)

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)

p = partial(f, 1, d=5)
print(p(2), p(2, 3, d=9), p.func is f, p.args, p.keywords)
q = partial(p, 7)
print(q(), q.args, q.keywords, q.func is f)
print(repr(partial(f)).startswith('functools.partial(<function f at '))
print(repr(partial(len, 'abc')), repr(partial(max, 1, key=abs)).endswith(', 1, key=<built-in function abs>)'))
print(partial(len, 'abcd')())

class MyPartial(partial):
    pass

mp = MyPartial(f, 1)
print(type(mp).__name__, mp(2), isinstance(mp, partial), repr(mp).startswith('MyPartial(<function f at '))
mp.extra = 'attr'
print(mp.extra, partial(mp, 2).func is mp)

try:
    partial(1)
except TypeError as e:
    print('TypeError:', e)
try:
    partial()
except TypeError as e:
    print('TypeError:', e)

words = ['pear', 'Apple', 'fig', 'banana']
def by_len_then_ci(a, b):
    return (len(a) - len(b)) or ((a.lower() > b.lower()) - (a.lower() < b.lower()))
print(sorted(words, key=cmp_to_key(by_len_then_ci)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(1), K(3) == K(3), K(3) != K(4), K(5) > K(4), K(5).obj)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError: unhashable')
try:
    K(1) < 5
except TypeError as e:
    print('TypeError:', e)
