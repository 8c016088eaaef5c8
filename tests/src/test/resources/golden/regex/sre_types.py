import _sre
p = _sre.compile('a', 0, [16, 97, 1], 0, {}, (None,))
P = type(p)
print(P, P.__name__, P.__module__, P[str])
m = p.match('a')
print(type(m), type(m)[bytes])
def f(x: P[str]) -> type(m)[str]: return x
print(f.__annotations__)
print(p.match('a', pos=0), p.search(string='xa'))
try:
    p.match('a', pos=0, string='b')
except TypeError as e: print(e)
print(str(p), p == p, p != p)
q = _sre.compile(b'a', 0, [16, 97, 1], 0, {}, (None,))
print(q, q.match(b'a'), q.match(bytearray(b'ab')).group())
for args in [('a',), (b'a', 1, 2, 3)]:
    try:
        q.match(*args)
    except TypeError as e:
        print(e)
print(p.groups, p.groupindex, p.flags, p.pattern, p.scanner('aa').pattern is p)
it = p.finditer('banana')
print(type(it).__name__, [m.span() for m in it])
