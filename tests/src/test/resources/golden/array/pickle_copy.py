# pickling and copying: __reduce_ex__, _array_reconstructor, copy, deepcopy, subclasses
import array
import copy
import pickle
from array import array as A

a = A('i', [1, -2, 3])
print(a.__reduce_ex__(2))
print(a.__reduce_ex__(3))
print(A('d', [0.5]).__reduce_ex__(4))
print(A('u', 'ab').__reduce_ex__(3))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for x in (a, A('d', [1.5, -0.0]), A('u', 'h\u00e9'), A('Q', [2**64 - 1]), A('b')):
        y = pickle.loads(pickle.dumps(x, proto))
        assert y == x and y.typecode == x.typecode and y is not x, (proto, x, y)
print('pickle ok')
print(copy.copy(a), copy.deepcopy(a), copy.copy(a) is a, a.__copy__(), a.__deepcopy__({}))

class Tagged(A):
    pass

t = Tagged('h', [5, 6])
t.tag = 'hi'
print(t.__reduce_ex__(3)[2], t.__reduce_ex__(1)[1])
for proto in (0, 2, 3, 5):
    u = pickle.loads(pickle.dumps(t, proto))
    print(proto, type(u).__name__, u, u.tag)
print(type(copy.copy(t)).__name__, type(copy.deepcopy(t)).__name__)

r = array._array_reconstructor
print(r(A, 'i', 8, b'\x01\x00\x00\x00'))
print(r(A, 'i', 9, b'\x00\x00\x00\x01'))           # big-endian signed 32
print(r(A, 'l', 13, b'\x00' * 7 + b'\x05'))         # big-endian signed 64
print(r(A, 'H', 3, b'\x01\x02'))                   # big-endian unsigned 16
print(r(A, 'b', 0, b'\xff'))                       # unsigned 8 into a signed array: becomes 'B'
print(r(A, 'd', 17, b'?\xf8\x00\x00\x00\x00\x00\x00'))
print(r(A, 'f', 15, b'?\xc0\x00\x00'))
print(r(A, 'u', 19, b'\x00h\x00i'))
print(r(Tagged, 'i', 8, b''))
for args in [(1, 'i', 8, b''), (int, 'i', 8, b''), (A, 'x', 8, b''), (A, 'i', 99, b''),
             (A, 'i', 8, 'str'), (A, 'i', 9, b'\x00'), (A, 5, 8, b'')]:
    try:
        r(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    a.__reduce_ex__('x')
except TypeError as e:
    print('TypeError', e)
it = iter(A('i', [1, 2, 3]))
next(it)
print(list(pickle.loads(pickle.dumps(it))), list(it), list(pickle.loads(pickle.dumps(it))))
print(pickle.loads(pickle.dumps(array._array_reconstructor)) is array._array_reconstructor)
