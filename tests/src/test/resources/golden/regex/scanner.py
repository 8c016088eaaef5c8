import re

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('NAME', tok)),
    (r'\d+\.\d*', lambda s, tok: ('FLOAT', float(tok))),
    (r'\d+', lambda s, tok: ('INT', int(tok))),
    (r'[-+*/=()]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3 + 4.5 * (y1 - 27)'))
print(scanner.scan('a = 1 ?? 2'))

p = re.compile(r'\d+|[a-z]+')
sc = p.scanner('12ab 34')
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = p.scanner('12ab 34')
print(sc.search(), sc.search(), sc.search(), sc.search())
print(sc.pattern is p)
sc = re.compile(r'a*').scanner('baab')
print([sc.search().span() for _ in range(4)], sc.search())

# a tokenizer driven by match(text, pos)
TOKEN = re.compile(r'\s*(?:(?P<num>\d+)|(?P<id>[A-Za-z]+)|(?P<op>[-+*/()]))')
def tokens(text):
    pos = 0
    out = []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError('bad char at %d' % pos)
        out.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return out
print(tokens('12 + foo*(3-bar)'))
