import csv, io
def rd(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=''), **kw)
        out = list(r)
        print(out, r.line_num)
    except csv.Error as e:
        print("Error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)
rd('a,b,c\r\n1,2,3\r\n')
rd('a,"b,c",d\n"x""y",z\n')
rd('"multi\nline",2\n3,4')
rd('a, b,  c\n', skipinitialspace=True)
rd('a;b;c\n', delimiter=';')
rd("'a''b';c\n", delimiter=';', quotechar="'")
rd('a\\,b,c\n', escapechar='\\')
rd('"a\\"b",c\n', escapechar='\\', doublequote=False)
rd('a,"b"x,c\n')
rd('a,"b"x,c\n', strict=True)
rd('"unterminated\n')
rd('"unterminated\n', strict=True)
rd('1,2.5,"x",\n', quoting=csv.QUOTE_NONNUMERIC)
rd('1,abc\n', quoting=csv.QUOTE_NONNUMERIC)
rd('"a",b\n', quoting=csv.QUOTE_NONE)
rd('\n\na,b\n\n')
rd('a,b\rc,d\r')
rd('a,b\nc\rd\n')
rd(',,\n')
rd('"",x,\n', quoting=csv.QUOTE_NOTNULL)
rd('"",x,1\n', quoting=csv.QUOTE_STRINGS)
try:
    list(csv.reader([b'a,b']))
except csv.Error as e:
    print("Error:", e)
old = csv.field_size_limit(5)
print(old)
rd('abcdef,g\n')
print(csv.field_size_limit(old))
r = csv.reader(['a|b'], delimiter='|')
print(r.dialect.delimiter, r.dialect.quotechar, r.dialect.escapechar, r.dialect.quoting, r.dialect.lineterminator == '\r\n', r.dialect.doublequote, r.dialect.skipinitialspace, r.dialect.strict)
for row in csv.DictReader(io.StringIO("name,age\nann,3\nbob,4,extra\ncid\n")):
    print(row)
