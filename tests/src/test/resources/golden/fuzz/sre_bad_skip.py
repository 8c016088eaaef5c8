# Code handed to _sre.compile by hand whose skips lead backwards or past the end is CPython's
# "invalid SRE code" (RuntimeError), never an endless loop.
import _sre
cases = [
    [14, 4294967295, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 13, 4, 8, 12, 0, 11, 0, 1],
    [14, 400, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 13, 4, 8, 12, 0, 11, 0, 1],
]
for code in cases:
    try:
        p = _sre.compile('(?P<w>\\w+)\\s(?P=w)', 32, code, 1, {'w': 1}, (None, 'w'))
        print(p.search('hello hello'))
    except RuntimeError as e:
        print('RuntimeError', e)
p = _sre.compile('(?P<w>\\w+)\\s(?P=w)', 32, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 13, 4, 8, 12, 0, 11, 0, 1], 1, {'w': 1}, (None, 'w'))
print(p.search('hello hello').span())
