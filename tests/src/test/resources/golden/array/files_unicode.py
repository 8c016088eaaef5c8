# tofile/fromfile on real and in-memory files; the 'u' typecode: fromunicode, tounicode
import io
import os
import tempfile
from array import array

a = array('i', range(-3, 3))
f = io.BytesIO()
a.tofile(f)
print(f.getvalue())
f.seek(0)
b = array('i')
b.fromfile(f, 4)
print(b)
try:
    b.fromfile(f, 5)
except EOFError as e:
    print('EOFError', e)
print(b)
for bad in [(-1,), ('x',)]:
    try:
        b.fromfile(io.BytesIO(), *bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class NotBytes:
    def read(self, n):
        return 'text'
try:
    b.fromfile(NotBytes(), 1)
except TypeError as e:
    print('TypeError', e)

path = os.path.join(tempfile.mkdtemp(), 'arr.bin')
big = array('d', [x / 4 for x in range(20000)])
with open(path, 'wb') as out:
    big.tofile(out)
print(os.path.getsize(path))
back = array('d')
with open(path, 'rb') as inp:
    back.fromfile(inp, len(big))
print(back == big, back[-1])
os.remove(path)

u = array('u', 'hello')
u.fromunicode(' w\u00f6rld')
u.append('!')
u.extend('?\U0001f600')
print(u, u.tounicode(), len(u), u[-1], u.itemsize)
print(u.index('o'), u.count('l'), u.tolist()[:3])
for f2 in (lambda: array('i').fromunicode('x'), lambda: array('u').fromunicode(b'x'),
           lambda: array('i').tounicode(), lambda: array('u', [1]), lambda: u.append('ab'),
           lambda: array('i', 'abc'), lambda: array('b', array('u', 'a'))):
    try:
        f2()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(array('u', b'a\x00\x00\x00'), array('u', ['x', 'y']))
