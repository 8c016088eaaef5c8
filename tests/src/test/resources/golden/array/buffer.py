# arrays are bytes-like: bytes(), bytearray(), memoryview, struct, join, hashlib, zlib, binascii
import binascii
import hashlib
import struct
import sys
import zlib
from array import array

a = array('i', [1, 2, 258])
print(sys.byteorder, a.tobytes(), bytes(a), bytearray(a), len(bytes(a)))
print(bytes(array('d', [1.0])), bytes(array('u', 'a')), bytes(array('b')))
print(b''.join([b'<', array('B', b'ab'), bytearray(b'>')]), b'-'.join([array('h', [1])]))
print(b'x' + array('b', [65, 66]), bytearray(b'x') + array('b', [67]))
print(bytearray(b'\x01\x00') == array('h', [1]), b'\x01' == array('b', [1]))
print(b'\x02' in bytes(array('b', [1, 2])), array('B', b'ab') in [b'ab'])

m = memoryview(a)
print(m.format, m.itemsize, m.shape, m.strides, m.nbytes, m.ndim, m.readonly, len(m))
print(m[0], m[-1], m.tolist(), m[1:].tolist(), m.tobytes() == a.tobytes(), m.obj is a)
m[0] = 100
m[1:3] = array('i', [-5, 7])
print(a)
for tc in 'bBhHiIlLqQfd':
    v = memoryview(array(tc, [1, 2]))
    print(tc, v.format, v.itemsize, v.tolist())
print(memoryview(array('u', 'hi')).format)
u = memoryview(bytearray(4)).cast('i')
u[0] = -2
print(u.tolist(), u.format, bytes(u.obj))
try:
    m[0] = 2**40
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    m[0] = 1.5
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
m.release()

b = array('h')
b.frombytes(memoryview(b'\x01\x00\x02\x00'))
b.frombytes(bytearray(b'\x03\x00'))
b.frombytes(array('b', [4, 0]))
print(b)
try:
    b.frombytes(b'\x01')
except ValueError as e:
    print('ValueError', e)
try:
    b.frombytes('ab')
except TypeError as e:
    print('TypeError', e)

buf = array('B', bytes(8))
struct.pack_into('<hi', buf, 1, -2, 65536)
print(buf, struct.unpack_from('<hi', buf, 1), struct.unpack('<q', buf))
d = array('d', [0.0, 0.0])
struct.pack_into('d', d, 8, 2.5)
print(d, struct.unpack('2d', d), list(struct.iter_unpack('<i', array('i', [5, 6]))))
s = struct.Struct('<H')
s.pack_into(buf, 0, 513)
print(buf.tolist()[:2], s.unpack_from(array('B', [1, 2, 3]), 1))

data = array('L', range(5))
print(hashlib.sha256(data).hexdigest() == hashlib.sha256(bytes(data)).hexdigest())
h = hashlib.md5()
h.update(array('b', b'abc'))
print(h.hexdigest())
print(zlib.crc32(array('B', b'hello')), zlib.adler32(array('h', [1, 2])))
print(zlib.decompress(zlib.compress(array('i', [7] * 4))) == bytes(array('i', [7] * 4)))
print(binascii.hexlify(array('h', [1, -1])), binascii.crc32(array('B', b'hello')))
print(binascii.b2a_base64(array('B', b'hi')), binascii.a2b_hex(array('B', b'4142')))

c = array('i', [1, 2, 0x01020304])
c.byteswap()
print(c, c.tobytes())
e = array('d', [1.0])
e.byteswap()
print(e.tobytes())
