# type(name, bases, ns) and class statements check what CPython checks: the name, __qualname__, __doc__, bases
# that cannot be subclassed or whose layouts clash (__base__ is the layout winner), __slots__; an OrderedDict
# namespace keeps its order. Found by CPython's test_builtin (TestType).
import types, collections
def t(label, f):
    try:
        r = f()
        print(label, 'OK', r if not isinstance(r, type) else r.__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
class B:
    def ham(self): return 'ham%d' % self
C = type('C', (B, int), {'spam': lambda self: 'spam%s' % self})
print(C.__base__, C.__bases__, C.__module__, C(42).ham())
t('nokw1', lambda: type('a', (), {}, x=5))
t('nokw2', lambda: type('a', (), dict={}))
for name in 'A', '\xc4', '\U0001f40d', 'B.A', '42', '':
    A = type(name, (), {}); print(repr(A.__name__), repr(A.__qualname__), A.__module__)
t('nul', lambda: type('A\x00B', (), {}))
t('surr', lambda: type('A\udcdcB', (), {}))
t('bytes', lambda: type(b'A', (), {}))
A = type('C', (), {})
def setn(v):
    A.__name__ = v
t('setnul', lambda: setn('A\x00B'))
t('setsurr', lambda: setn('A\udcdcB'))
t('setbytes', lambda: setn(b'A'))
print(A.__name__)
A = type('A', (), {'__qualname__': 'B.C'}); print(A.__qualname__)
t('qualbytes', lambda: type('A', (), {'__qualname__': b'B'}))
def setq(v): A.__qualname__ = v
t('setqual', lambda: setq(b'B'))
for doc in 'x', 'x\x00y', b'x', 42, None:
    print(repr(type('A', (), {'__doc__': doc}).__doc__))
t('docsurr', lambda: type('A', (), {'__doc__': 'x\udcdcy'}))
for args, kw in [((), {}), (('A', ()), {}), (('A', (), {}, ()), {}), (('A', []), {}), (('A', [], {}), {}), (('A', (), types.MappingProxyType({})), {}),
                 (('A', (None,), {}), {}), (('A', (bool,), {}), {}), (('A', (int, str), {}), {})]:
    t('bad ' + repr(args)[:40], lambda: type(*args, **kw))
for ns, bases in [({'__slots__': b'x'}, ()), ({'__slots__': 'x'}, (int,)), ({'__slots__': ''}, ()), ({'__slots__': '42'}, ()), ({'__slots__': 'x\x00y'}, ()),
                  ({'__slots__': 'x', 'x': 0}, ()), ({'__slots__': ('__dict__', '__dict__')}, ()), ({'__slots__': ('__weakref__', '__weakref__')}, ()),
                  ({'__slots__': '__dict__'}, (B,)), ({'__slots__': '__weakref__'}, (B,))]:
    t('slots ' + repr(ns)[:40] + repr(bases), lambda: type('A', bases, ns))
od = collections.OrderedDict([('a', 1), ('b', 2)]); od.move_to_end('a')
print(list(type('C', (), od).__dict__.items())[:2])
class SA:
    __slots__ = ('x',)
class SB(SA):
    __slots__ = ('y',)
class Plain:
    pass
class D(Plain, SA):
    pass
print(D.__base__.__name__, SB.__base__.__name__)
t('conflict', lambda: type('E', (SA, type), {}))
class F(dict, Plain):
    pass
print(F.__base__.__name__)
class I(KeyError, ValueError):
    pass
print(I.__base__.__name__, I.__mro__[1].__name__)
t('final', lambda: type('R', (range,), {}))
t('ok', lambda: type('W', (Plain,), {'__slots__': ()}))
