import csv, io
def wr(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        for r in rows:
            w.writerow(r)
    except csv.Error as e:
        print("Error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    print(repr(s.getvalue()))
wr([['a', 'b,c', 'd"e', 'f\ng', 1, 2.5, None, True, '']])
wr([[1, 'x', None, 2.0]], quoting=csv.QUOTE_ALL)
wr([[1, 'x', None, 2.0, True]], quoting=csv.QUOTE_NONNUMERIC)
wr([[1, 'x', None, '']], quoting=csv.QUOTE_STRINGS)
wr([[1, 'x', None, '']], quoting=csv.QUOTE_NOTNULL)
wr([['a,b', 'c']], quoting=csv.QUOTE_NONE)
wr([['a,b', 'c"d']], quoting=csv.QUOTE_NONE, escapechar='\\')
wr([['a"b']], doublequote=False)
wr([['a"b', 'c\\d']], doublequote=False, escapechar='\\')
wr([['a', 'b']], delimiter='\t', lineterminator='\n')
wr([[''], [], [None]])
wr([['']], quoting=csv.QUOTE_NONE)
wr([[' a', 'b ']])
wr([['x\ry']])
wr([1])
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['abc', 'de']))
w.writerows([[1, 2], (3, 4), iter([5])])
print(repr(s.getvalue()))
print(w.dialect.delimiter)
try:
    csv.writer(42)
except TypeError as e:
    print("TypeError:", e)
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['a', 'b'])
dw.writeheader()
dw.writerow({'a': 1, 'b': 'x,y'})
dw.writerows([{'a': 2}, {'b': 3}])
print(repr(s.getvalue()))
try:
    dw.writerow({'c': 1})
except ValueError as e:
    print("ValueError:", e)
