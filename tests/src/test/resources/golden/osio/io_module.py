# The io module (Lib/io.py re-exports _io) and its abstract base classes.
import io

print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
s = io.StringIO('one\ntwo\n')
print(s.readlines(), isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
b = io.BytesIO(b'data')
print(b.read(), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='\r\n')
t.write('a\nb\n')
t.flush()
print(t.buffer.getvalue(), t.encoding, repr(t)[:20])
t = io.TextIOWrapper(io.BytesIO(b'x\r\ny\rz\n'))
print(t.readlines(), t.newlines)
r = io.BufferedReader(io.BytesIO(b'line1\nline2\n'))
print(r.readline(), r.peek(3)[:3], r.read())
w = io.BufferedWriter(io.BytesIO())
print(w.write(b'abc'), w.tell())
print(issubclass(io.UnsupportedOperation, OSError), io.UnsupportedOperation.__module__)

class MyRaw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
raw = MyRaw(b'hello raw\nsecond')
print(raw.read(5), raw.readall())
buffered = io.BufferedReader(MyRaw(b'abc\ndef'))
print(buffered.readline(), buffered.read())
text = io.TextIOWrapper(io.BufferedReader(MyRaw('h\xe9 \u20ac\nline2'.encode())), encoding='utf-8')
print(ascii(text.readline()), text.read())

class Counter(io.StringIO):
    count = 0
    def write(self, s):
        self.count += 1
        return super().write(s)
c = Counter()
c.write('a')
c.writelines(['b', '\n'])
print(c.count, repr(c.getvalue()))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
