import re

s = 'ab' * 100000
m = re.match('(a|b)*', s)
print(m.span(), m.group(1))
m = re.match('(?:a|b)*c', s)
print(m)
m = re.match('(ab)*?$', s)
print(m.span(), m.lastindex)
print(len(re.findall('a', s)), len(re.split('b', s)))
print(re.fullmatch('(?:ab)+', s) is not None)
print(re.match('((a)|(b))*', s).groups())
print(len(re.sub('a', 'xx', s)))
t = 'x' * 50000 + 'y'
print(re.search('x*y', t).span(), re.search('(x+x+)+z', 'x' * 20))
print(re.match(r'(?:\w+\s?)*$', 'word ' * 20000).end())
