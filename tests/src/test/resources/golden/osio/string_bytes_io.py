# io.StringIO and io.BytesIO (from _io).
from _io import StringIO, BytesIO

s = StringIO()
print(s.write('hello\n'), s.write('world'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(list(s), s.readable(), s.writable(), s.seekable())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.truncate(4), repr(s.getvalue()))
s.seek(10)
s.write('!')
print(repr(s.getvalue()))
print(s.closed, s.line_buffering, s.newlines)
s.close()
print(s.closed)
for f in (s.getvalue, s.read, lambda: s.write('x')):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)

s = StringIO('a\nb\r\nc\rd')
print(s.readlines())
s = StringIO('a\nb\r\nc\rd', newline=None)
print(s.readlines(), s.newlines)
s = StringIO('a\nb\r\nc\rd', newline='')
print(s.readlines())
s = StringIO(newline='\r\n')
s.write('x\ny\n')
print(repr(s.getvalue()))
with StringIO('ctx') as s:
    print(s.read())
print(s.closed)
for bad in [lambda: StringIO(5), lambda: StringIO().write(b'x'), lambda: StringIO().seek(-1), lambda: StringIO().seek(1, 1),
            lambda: StringIO(newline='x'), lambda: StringIO().truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

b = BytesIO(b'abc\ndef\nghi')
print(b.read(2), b.readline(), b.tell(), b.read(), b.read())
b.seek(0)
print(list(b))
print(b.seek(-2, 2), b.read(), b.seek(100), b.read(), b.tell())
b = BytesIO()
print(b.write(b'12345'), b.write(bytearray(b'67')), b.getvalue())
b.seek(2)
b.write(b'xx')
print(b.getvalue(), b.truncate(3), b.getvalue(), b.tell())
b.seek(6)
b.write(b'Z')
print(b.getvalue())
b.seek(0)
buf = bytearray(3)
print(b.readinto(buf), buf, b.read1(2))
b.close()
print(b.closed)
for bad in [b.getvalue, lambda: b.write(b'x'), lambda: BytesIO('str'), lambda: BytesIO().write('s'), lambda: BytesIO().seek(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Upper(StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
u.write('shout')
print(u.getvalue(), isinstance(u, StringIO), type(u).__mro__[1].__name__)
print(StringIO.__module__, BytesIO.__name__, repr(StringIO)[:25])
