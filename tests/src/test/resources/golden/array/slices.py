# the sequence protocol: indexing, slices (extended too), operators, comparisons
from array import array

def attempt(f):
    try:
        print('  ok', f())
    except (IndexError, TypeError, ValueError, OverflowError) as e:
        print(' ', type(e).__name__, e)

a = array('h', range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[7:2:-2], a[100:], a[5:2])
b = array('h', range(10))
b[2:4] = array('h', [20, 30, 40])
print(b)
b[1:1] = array('h', [-1])
print(b)
b[::2] = array('h', [0] * len(b[::2]))
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
b[0] = 99
b[-1] = -99
print(b)
b[:] = b
print(b)
b[len(b):] = array('h', [7])
print(b)
attempt(lambda: b[100])
attempt(lambda: b[-100])
attempt(lambda: b['x'])
attempt(lambda: b[2**70])
attempt(lambda: b.__setitem__(100, 1))
attempt(lambda: b.__delitem__(100))
attempt(lambda: b.__setitem__(slice(0, 2), [1, 2]))
attempt(lambda: b.__setitem__(slice(0, 2), array('i', [1, 2])))
attempt(lambda: b.__setitem__(slice(0, 4, 2), array('h', [1, 2, 3])))

x = array('i', [1, 2])
y = array('i', [3])
print(x + y, x * 3, 2 * x, x * 0, x * -1)
attempt(lambda: x + [3])
attempt(lambda: x + array('b', [1]))
attempt(lambda: x * 'a')
x += y
x += array('i')
print(x)
x *= 2
print(x)
attempt(lambda: x.__iadd__([1]))
attempt(lambda: x.__iadd__(array('d')))
z = x
z *= 0
print(x, z is x, len(x))

print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]))
print(array('i', [1, 2]) != array('i', [1, 2, 3]), array('i', [1, 2]) < array('i', [1, 2, 3]))
print(array('b', [-1]) < array('B', [0]), array('i', [2]) > array('i', [1, 5]))
print(array('i', [1]) <= array('i', [1]), array('i', [1]) >= array('i', [2]))
print(array('i', [1]) == [1], array('u', 'ab') == array('u', 'ab'), array.__hash__ is None)
nan = float('nan')
print(array('d', [nan]) == array('d', [nan]), array('d', [nan]) != array('d', [nan]))
print(sorted(array('i', [3, 1, 2])), max(array('d', [1.5, 9.25])), sum(array('B', b'\x01\x02')))
it = iter(array('i', [1, 2, 3]))
print(next(it), list(it), list(it))
c = array('i', [1, 2])
for v in c:
    if v < 5:
        c.append(v + 10)
print(c, list(reversed(c)), list(enumerate(array('u', 'ab'))))
