# range checks of each typecode, with CPython's OverflowError/TypeError messages
from array import array

limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1), 'L': (0, 2**64 - 1),
          'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}

def attempt(f):
    try:
        print('  ok', f())
    except (OverflowError, TypeError, ValueError) as e:
        print(' ', type(e).__name__, e)

for tc, (lo, hi) in limits.items():
    print(tc)
    attempt(lambda: array(tc, [lo, hi]))
    attempt(lambda: array(tc, [hi + 1]))
    attempt(lambda: array(tc, [lo - 1]))
    attempt(lambda: array(tc, [40000]))
    attempt(lambda: array(tc, [-40000]))
    attempt(lambda: array(tc, [2**40]))
    attempt(lambda: array(tc, [2**80]))
    attempt(lambda: array(tc, [-2**80]))
    attempt(lambda: array(tc, [1.0]))
    attempt(lambda: array(tc, ['1']))
    attempt(lambda: array(tc, [True, False]))

class Idx:
    def __index__(self):
        return 7

print(array('b', [Idx()]), array('Q', [Idx()]))
for tc in 'fd':
    attempt(lambda: array(tc, [1, 2.5, True, 10**300 if tc == 'd' else 1e300]))
    attempt(lambda: array(tc, [2**1100]))
    attempt(lambda: array(tc, ['x']))
    attempt(lambda: array(tc, [None]))
attempt(lambda: array('u', ['ab']))
attempt(lambda: array('u', [65]))
# a failed append leaves the array as it was; a failed extend keeps what came before
a = array('b', [1])
attempt(lambda: a.append(128))
attempt(lambda: a.extend([2, 3, 300, 4]))
attempt(lambda: a.fromlist([5, 6, 300]))
print(a)
attempt(lambda: a.__setitem__(0, -129))
attempt(lambda: a.insert(0, 'x'))
print(a)
