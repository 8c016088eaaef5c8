import re

print(re.findall(rb'\w+', b'hello world 123'))
print(re.sub(rb'(\w+)', rb'<\1>', b'ab cd'))
print(re.split(rb'\s+', b'a b\tc'))
print(re.match(rb'(?i)ABC', b'abc'))
print(re.search(rb'\xff+', b'a\xff\xffb').span())
print(re.findall(rb'[\x80-\xff]', bytes(range(0x7e, 0x83))))
print(re.findall(rb'\w', b'\xe9a'), re.findall(rb'(?L)\w', b'\xe9a'))
print(re.match(rb'.', bytearray(b'xy')).group(), type(re.match(rb'.', bytearray(b'xy')).group()))
m = re.match(rb'(?P<n>\d+)', b'42!')
print(m, m.groupdict(), m.string, m.group(0))
print(re.sub(rb'a', lambda m: b'[' + m.group() + b']', b'banana'))
print(re.subn(rb'x*', b'-', b'abc'))
for pat, s in [('a', b'a'), (b'a', 'a')]:
    try:
        re.match(pat, s)
    except TypeError as e:
        print('TypeError', e)
try:
    re.match('a', 1)
except TypeError as e:
    print('TypeError', e)
print(repr(re.compile(rb'\d+', re.I)))
print(re.escape(b'1+1=2'))
