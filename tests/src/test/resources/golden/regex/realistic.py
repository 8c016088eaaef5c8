import re

log = '''2024-01-15 10:23:45 ERROR [db] Connection refused (code=111)
2024-01-15 10:23:46 INFO [web] GET /index.html 200 0.012s
2024-01-15 10:24:01 WARN [web] GET /missing 404 0.003s
2024-01-15 10:25:13 ERROR [auth] Invalid token for user=alice'''
LINE = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)$', re.M)
for m in LINE.finditer(log):
    print(m['level'], m['mod'], m.group('msg')[:20])
print([m.group('time') for m in LINE.finditer(log) if m['level'] == 'ERROR'])
print(re.findall(r'GET (\S+) (\d{3})', log))

emails = 'Contact: john.doe@example.com, jane_doe99@mail.co.uk; bad@; @bad.com'
print(re.findall(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+', emails))

csv = 'name,"quoted, value",42,,"say ""hi"""'
print(re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)', csv))

def camel_to_snake(name):
    s = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()
print([camel_to_snake(n) for n in ['CamelCase', 'getHTTPResponseCode', 'already_snake', 'HTML5Parser']])

print(re.sub(r'\s+', ' ', '  lots   of \n\t whitespace  ').strip())
print(re.match(r'^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$', '192.168.0.1').groups())
print(bool(re.match(r'^[a-zA-Z0-9_]{3,16}$', 'user_01')), bool(re.match(r'^[a-zA-Z0-9_]{3,16}$', 'u!')))
url = re.compile(r'(?P<scheme>https?)://(?P<host>[^/:]+)(?::(?P<port>\d+))?(?P<path>/[^?#]*)?(?:\?(?P<query>[^#]*))?')
for u in ['http://example.com', 'https://x.org:8080/a/b?q=1&r=2', 'ftp://nope']:
    m = url.match(u)
    print(m and m.groupdict())
print(re.findall(r'#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b', 'color: #fff; bg: #12ab9F; bad: #12345'))
print(re.sub(r'\{(\w+)\}', lambda m: {'name': 'World', 'n': '3'}.get(m.group(1), m.group()), 'Hello {name}, you have {n} {unknown}'))
words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that a single man... isn't it?".lower())
print(words)
from collections import Counter
print(sorted(Counter(re.findall(r'\w+', 'the cat and the hat and the bat')).items()))
print(re.split(r'(?<=[.!?])\s+', 'One. Two! Three? Four'))
print(re.sub(r'(?m)^', '> ', 'quote\nme'))
print(re.fullmatch(r'[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?', '-1.5e10') is not None)
print(re.findall(r'<(\w+)[^>]*>(.*?)</\1>', '<b>bold</b> <i class="x">it</i> <b>un</i>'))
