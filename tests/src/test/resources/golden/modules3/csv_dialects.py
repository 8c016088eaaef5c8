import csv, io, _csv
print(sorted(csv.list_dialects()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(type(d).__name__, d.delimiter, d.quoting, d.quotechar, repr(d.lineterminator))
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a', 1])
print(repr(s.getvalue()))
print(list(csv.reader(['x|"y|z"'], 'pipes')))
csv.unregister_dialect('pipes')
for f in [lambda: csv.get_dialect('pipes'), lambda: csv.unregister_dialect('nope'), lambda: csv.reader([], 'nope')]:
    try:
        f()
    except csv.Error as e:
        print("Error:", e)
class My(csv.Dialect):
    delimiter = ':'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(["a:'b:c'"], My)))
csv.register_dialect('my', My)
print(csv.get_dialect('my').delimiter)
print(list(csv.reader(["a:b"], 'my', delimiter=';')))
for kw in [dict(delimiter='ab'), dict(delimiter=1), dict(quoting=9), dict(quotechar=None), dict(lineterminator=5), dict(foo=1)]:
    try:
        csv.reader([], **kw)
        print("ok", kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == '\n')
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL, csv.__version__)
print(issubclass(csv.Error, Exception), csv.Error.__module__)
sn = csv.Sniffer()
print(sn.sniff("a;b;c\n1;2;3\n").delimiter, sn.has_header("name,age\nann,3\nbob,4\n"))
