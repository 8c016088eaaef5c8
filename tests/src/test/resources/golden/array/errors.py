# constructor and method argument errors, with CPython's messages
from array import array

def attempt(f):
    try:
        print('  ok', f())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(' ', type(e).__name__, e)

attempt(lambda: array())
attempt(lambda: array('x'))
attempt(lambda: array('w'))
attempt(lambda: array(1))
attempt(lambda: array('ii'))
attempt(lambda: array('i', [1], 2))
attempt(lambda: array('i', x=1))
attempt(lambda: array('i', 5))
attempt(lambda: array('i', b'abc'))
attempt(lambda: array('i', None))
a = array('i', [1, 2, 3])
attempt(lambda: a.index(4))
attempt(lambda: a.index(1, 'x'))
attempt(lambda: a.index())
attempt(lambda: a.remove(4))
attempt(lambda: array('i').pop())
attempt(lambda: a.pop(10))
attempt(lambda: a.pop('x'))
attempt(lambda: a.pop(1, 2))
attempt(lambda: a.insert(1))
attempt(lambda: a.insert('x', 1))
attempt(lambda: a.append())
attempt(lambda: a.append(1, 2))
attempt(lambda: a.count())
attempt(lambda: a.extend(5))
attempt(lambda: a.extend(array('b')))
attempt(lambda: a.fromlist((1,)))
attempt(lambda: a.tolist(1))
attempt(lambda: a.tobytes(1))
attempt(lambda: a.__deepcopy__())
attempt(lambda: a.__getitem__())
attempt(lambda: a.__len__(1))
attempt(lambda: a * 2**70)
print(a)

class WithInit(array):
    def __init__(self, typecode, data, scale=1):
        self.scale = scale

w = WithInit('b', [1, 2], scale=3)
print(w, w.scale)
