import csv, io
def wr(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        for r in rows: w.writerow(r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    print(repr(s.getvalue()))
wr([['a\\b', 'c']], escapechar='\\')
wr([['a,b', 'c']], quotechar=None, escapechar='\\')
wr([['a,b']], quotechar=None)
wr([['a;b', 'x\n']], lineterminator=';')
wr([[1.5, 10**20, 1e100, float('nan')]])
wr([['é', '🚀,']])
wr("abc")
wr([None])
wr([[None]], quoting=csv.QUOTE_NONE)
def rd(text, **kw):
    try:
        print(list(csv.reader(io.StringIO(text, newline=''), **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
rd('a\\\nb,c\n', escapechar='\\')
rd('"a\\\nb",c\n', escapechar='\\')
rd('a,b\\', escapechar='\\')
rd('"a\0b",c\n')
rd('  "a" ,b\n', skipinitialspace=True)
rd('x,"y"\n', quoting=csv.QUOTE_NONNUMERIC)
rd('a\tb\n', dialect='excel-tab')
print(csv.list_dialects())
for kw in [dict(delimiter='\n'), dict(delimiter=' '), dict(escapechar=','), dict(quotechar=','), dict(quotechar='', quoting=csv.QUOTE_NONE), dict(quoting=None), dict(lineterminator='')]:
    try:
        csv.reader([], **kw); print("ok", kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)

import _csv
dd = _csv.Dialect(delimiter=';')
print(dd.delimiter, type(dd).__name__)
try:
    dd.delimiter = 'x'
except AttributeError as e:
    print("AttributeError")
