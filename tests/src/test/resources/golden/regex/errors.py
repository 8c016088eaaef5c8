import re

for pat in ['(', 'a)', '[a-', '*a', 'a**', '(?P<1>a)', '(?P<n>a)(?P<n>b)', r'\1', '(?<=a+)b', 'a{3,1}', '(?z)', r'\p', '(?P=missing)', '[b-a]']:
    try:
        re.compile(pat)
        print('ok', pat)
    except re.error as e:
        print(repr(pat), '->', e, '| pos', e.pos)
try:
    re.compile('a').match()
except TypeError as e:
    print(e)
try:
    re.compile('a').match('a', 1, 2, 3)
except TypeError as e:
    print(e)
try:
    re.compile('a').search('a', foo=1)
except TypeError as e:
    print(e)
try:
    re.compile('(a)').match('a').group(2)
except IndexError as e:
    print(e)
print(re.compile('a').match(string='xa', pos=1))
