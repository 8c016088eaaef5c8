import _sre
CASES = [
    ('(a|b)*c', 32, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1], 1, {}, (None, None)),
    ('(?P<w>\\w+)\\s(?P=w)', 32, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 13, 4, 8, 12, 0, 11, 0, 1], 1, {'w': 1}, (None, 'w')),
    ('(?i)[a-f]+\\d', 34, [14, 4, 0, 2, 4294967295, 24, 10, 1, 4294967295, 39, 5, 22, 97, 102, 0, 1, 13, 4, 8, 10, 0, 1], 0, {}, (None,)),
    ('(?<=x)y+?', 32, [14, 4, 0, 1, 4294967295, 4, 5, 1, 16, 120, 1, 26, 6, 1, 4294967295, 16, 121, 1, 1], 0, {}, (None,)),
    ('a++|(?>b+)c', 32, [14, 4, 0, 1, 4294967295, 7, 10, 29, 6, 1, 4294967295, 16, 97, 1, 15, 17, 15, 27, 9, 24, 6, 1, 4294967295, 16, 98, 1, 1, 16, 99, 15, 2, 0, 1], 0, {}, (None,)),
    ('(a)?(?(1)b|c)', 32, [14, 4, 0, 1, 2, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1], 1, {}, (None, None)),
    ('^\\s*#', 40, [14, 4, 0, 1, 4294967295, 6, 1, 24, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 16, 35, 1], 0, {}, (None,)),
    (b'[\\x80-\\xff]+', 0, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 128, 255, 0, 1, 1], 0, {}, (None,)),
]
SUBJECTS = ['ababc', 'hello hello', 'ABC1 fed2', 'xyyy', 'aaa bbbc', 'ab c', '  # comment\nx\n#y', b'a\x80\xffb']

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.unicode_iscased(0x3a3), _sre.unicode_iscased(0x5d0))
print(_sre.ascii_tolower(ord('Q')), _sre.ascii_tolower(0xc9), _sre.unicode_tolower(0xc9), _sre.unicode_tolower(0x130))
for pat, flags, code, groups, gi, ig in CASES:
    p = _sre.compile(pat, flags, code, groups, gi, ig)
    print(p, p.groups, p.groupindex)
    for s in SUBJECTS:
        if isinstance(s, bytes) != isinstance(pat, bytes):
            continue
        m = p.search(s)
        print('  ', repr(s), m and (m.span(), m.groups()), p.findall(s), p.sub('<>' if isinstance(s, str) else b'<>', s))
t = _sre.template(_sre.compile('(a)(b)', 0, [17, 0, 16, 97, 17, 1, 17, 2, 16, 98, 17, 3, 1], 2, {}, (None, None, None)), ['<', 2, '-', 1, ''])
print(type(t).__name__)
