import re

print(re.findall(r'^\w+', 'one\ntwo\nthree'))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M))
print(re.findall(r'\w+$', 'one\ntwo\nthree', re.MULTILINE))
print(re.findall(r'a.c', 'a\nc abc'), re.findall(r'a.c', 'a\nc abc', re.S))
print(re.findall(r'(?i)abc', 'ABC abc AbC'))
print(re.findall(r'[a-c]+', 'ABCabc', re.IGNORECASE))
print(re.findall(r'[^a-c]+', 'ABCabcXYZ', re.IGNORECASE))
verbose = re.compile(r'''
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
    -
    (?P<day>\d\d)     # day
''', re.VERBOSE)
print(verbose.match('2024-01-31').groupdict())
print(re.findall(r'\w+', 'café naïve', re.ASCII), re.findall(r'\w+', 'café naïve'))
print(re.findall(r'(?a)\d', '1٢3'), re.findall(r'\d', '1٢3'))
print(re.findall(r'(?i:a)b', 'Ab AB ab'))
print(re.findall(r'a(?-i:b)', 'ab aB AB Ab', re.I))
for f in [0, re.I, re.I | re.M, re.S | re.X, re.A, re.U, re.I | re.A | re.M | re.S | re.X]:
    print(repr(re.compile('ab', f)))
print(repr(re.compile(b'ab', re.I)), repr(re.compile(b'ab')))
print(repr(re.compile('a' * 300))[-30:])
print(re.compile('x', re.I).flags, re.compile(b'x').flags, re.compile('(?s)x').flags)
print(re.I, re.M | re.S, re.RegexFlag.ASCII.value)
print(re.match(r'(?i)ǆ', 'ǅ'), re.match(r'(?i)ß', 'ẞ'), re.match(r'(?i)K', '\u212a'))
print(re.match(r'(?i)[k]', '\u212a'), re.match(r'(?ia)k', '\u212a'))
print(re.findall(r'(?i)[ς]', 'Σσς'))
print(re.search(r'\bé', ' é'), re.search(r'(?a)\bé', ' é'))
