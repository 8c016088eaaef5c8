# Repeating an empty sequence any number of times is immediate (found by the fuzzer: a hang); bounded deques.
N = 9223372036854775807
def t(label, f):
    try:
        r = f()
        print(label, repr(r)[:60])
    except Exception as e:
        print(label, type(e).__name__, e)
t('tuple', lambda: () * N)
t('rtuple', lambda: N * ())
t('list', lambda: [] * N)
t('str', lambda: '' * N)
t('bytes', lambda: b'' * N)
t('bytearray', lambda: bytearray() * N)
t('neg', lambda: [1] * -N)
def il():
    x = []; x *= N; return x
def ib():
    x = bytearray(); x *= N; return x
def it():
    x = (); x *= N; return x
def istr():
    x = ''; x *= N; return x
t('ilist', il)
t('ibytearray', ib)
t('ituple', it)
t('istr', istr)
t('const', lambda: '' * 9223372036854775807)
t('const2', lambda: 'ab' * 9223372036854775807)
t('const3', lambda: (1,) * 9223372036854775807)
t('big', lambda: [] * (2 ** 70))
t('deque', lambda: __import__('collections').deque() * N)
t('array', lambda: __import__('array').array('b') * N)
t('x', lambda: [0] * 10 ** 12)
import collections
t('dq', lambda: collections.deque([1, 2]) * 3)
t('dqmax', lambda: collections.deque([1, 2, 3], maxlen=5) * N)
def idq():
    d = collections.deque([1, 2, 3], maxlen=4); d *= N; return d
def idq0():
    d = collections.deque([1, 2, 3]); d *= 0; return d
def idq2():
    d = collections.deque([1, 2]); d *= 2; return d
t('idq', idq); t('idq0', idq0); t('idq2', idq2)
t('dqmax2', lambda: collections.deque([1, 2, 3], maxlen=5) * 2 ** 40)
