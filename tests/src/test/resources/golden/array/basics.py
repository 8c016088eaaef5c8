# array.array: construction, attributes, the list-like methods
import array
from array import array as A

print(array.typecodes)
print(array.ArrayType is A, A.__module__, A.__name__)
for tc in array.typecodes:
    a = A(tc) if tc != 'u' else A(tc, 'xy')
    print(tc, a.typecode, a.itemsize, repr(a))

a = A('i', [3, 1, 4, 1, 5])
print(a, len(a), a[0], a[-1], list(a), a.tolist())
a.append(9)
a.extend([2, 6])
a.extend(A('i', [5, 3]))
a.extend(x * 10 for x in range(3))
print(a)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(1000, 300)
a.insert(-1000, 400)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.count(1), a.count(5), a.count('x'))
print(a.index(5), a.index(5, 5), a.index(10, -3), a.index(100, 0, 2))
a.reverse()
print(a)
print(1 in a, 7 in a, 'x' in a, 100.0 in a)
print(A('d', [1.5, 2.25]), A('f', [0.1]), A('f', [0.1])[0])
print(A('L', [2**64 - 1]), A('Q', [2**64 - 1])[0], A('q', [-2**63]))
print(A('B', b'\x01\x02\xff'), A('b', bytearray(b'\xff\x7f')))
print(A('h', (1, -2, 3)), A('H', range(4)), A('I', iter([7, 8])))
print(A('i', A('b', [1, -1])), A('d', A('i', [1, 2])))
print(A('u', 'h\u00e9\U0001f600'), len(A('u', 'h\u00e9\U0001f600')))
bi = a.buffer_info()
print(type(bi), len(bi), bi[1] == len(a), type(bi[0]))
print(a.__sizeof__() > 0)
print(str(A('b', [1])), repr(A('b')))
print(A[int])

class MyArray(A):
    def total(self):
        return sum(self)

m = MyArray('i', [1, 2, 3])
print(m, type(m).__name__, m.total(), isinstance(m, A), len(m))
print(type(m[:]).__name__, type(m + m).__name__, type(m * 2).__name__)
m.label = 'x'
print(m.label)
