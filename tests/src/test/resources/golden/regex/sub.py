import re

print(re.sub(r'\d+', '#', 'a1b22c333'))
print(re.sub(r'\d+', '#', 'a1b22c333', count=2))
print(re.subn(r'\d+', '#', 'a1b22c333'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example and ann@site'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'John Smith'))
print(re.sub(r'(\w+)', r'<\g<0>>', 'a bc'))
print(re.sub(r'a', r'\n', 'banana'))
print(repr(re.sub(r'a', r'\t\\', 'ab')))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'', '-', 'abc'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'\w+', lambda m: m.group().upper() if len(m.group()) > 2 else None, 'a big cat is here'))
print(re.subn(r'o', 'O', 'foo boo', 3))
print(re.compile(r'(\d+)').sub(r'<\1>', 'x12y3'))
print(re.sub(r'(?i)hello', 'bye', 'Hello HELLO hello'))
print(re.sub('a', 'b', ''))
print(re.sub(r'\s+$', '', 'trailing   '))
print(re.sub(r'^\s+', '', '   leading'))
print(re.sub(r'(\d+)-(\d+)', lambda m: m.expand(r'\2-\1'), '10-20, 30-40'))
m = re.match(r'(?P<a>\w)(?P<b>\w)?', 'x')
print(repr(m.expand(r'[\1][\g<b>][\g<a>]')))
print(re.escape('a.b*c?d[e]f(g)h{i}j|k^l$m\\n o'))
print(re.escape(b'a.b c'))
for bad in [r'\3', r'\g<zz>', r'\g<1', '\\']:
    try:
        re.sub(r'(a)(b)', bad, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 3, 'a')
except TypeError as e:
    print('TypeError', e)
print(re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', -2))
print(re.sub(r'(?P<x>a)|(?P<y>b)', r'[\g<x>|\g<y>]', 'ab'))
print(re.sub('(a)', r'\g<1>0', 'a'), re.sub('(a)', r'\10', 'a') if False else '', re.sub('a', '\\\\', 'a'))
print(re.compile(r'(\w)(\w)').sub(r'\2\1', 'abcd', 1))
