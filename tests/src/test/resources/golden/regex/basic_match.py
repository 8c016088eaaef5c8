import re

p = re.compile(r'(?P<key>\w+)=(?P<value>\d+)?')
for s in ['width=100', 'height=', '=5', '  depth=7']:
    for meth in (p.match, p.search, p.fullmatch):
        m = meth(s)
        if m is None:
            print(meth.__name__, repr(s), None)
            continue
        print(meth.__name__, repr(s), m.group(), m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
        print('  ', m.span(), m.start(1), m.end('value'), m.span('value'), m.lastindex, m.lastgroup)
        print('  ', m[0], m['key'], m[2], m.group(1, 2, 'key'), m.regs)
        print('  ', m.pos, m.endpos, m.re is p, m.string)

m = re.match(r'(a)(b)?(c)', 'acd')
print(m)
print(m.lastindex, m.lastgroup, m.groups(), m.span(2), m.start(2), m.end(2))
print(repr(re.search('x+', 'a' * 10 + 'x' * 80)))
print(re.match('', 'abc'))
print(p.groups, p.groupindex, p.pattern, p.flags)
print(re.compile('(a)(b)').groups, re.compile('(?:a)').groups)

for bad in [3, -1, 'nope', None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)

# pos / endpos
p2 = re.compile(r'\d+')
print(p2.match('ab123cd', 2), p2.match('ab123cd', 2, 4), p2.search('ab123cd', 4))
print(p2.search('ab123cd', pos=3, endpos=100), p2.match('123', -5), p2.search('123', 10))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile('').match('abcdef', 5, 2))

# identity, equality, hashing, copying
import copy
a = re.compile('ab+c', re.I)
b = re.compile('ab+c', re.I)
print(a == b, a != b, hash(a) == hash(b), a == re.compile('ab+c'), copy.copy(a) is a, copy.deepcopy(a) is a)
mm = a.match('ABBC')
print(copy.copy(mm) is mm, copy.deepcopy(mm) is mm)
print(type(a).__name__, type(mm).__name__, isinstance(a, re.Pattern), isinstance(mm, re.Match))
print(re.purge())
