# Values through the polyglot bindings and back: every kind keeps its type and value, objects their identity.
try:
    import polyglot
except ImportError:  # CPython has no polyglot module: the expected behaviour, emulated
    import types
    _bindings = {}

    def _export(value=None, name=None):
        _bindings[name] = value
        return value

    polyglot = types.SimpleNamespace(export_value=_export, import_value=_bindings.get)


def gen():
    yield 'first'
    yield 'second'


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f'Box({self.v!r})'


class MyError(ValueError):
    pass


values = {
    'small': 7, 'negative': -2 ** 63, 'big': 10 ** 30, 'huge_negative': -(7 ** 80),
    'float': 2.5, 'nan_check': float('inf'), 'true': True, 'false': False, 'none': None,
    'text': 'naïve ☕', 'empty': '', 'bytes': b'\x00\xff', 'complex': 1j, 'tuple': (1, ('x',)),
    'list': [[]], 'dict': {'k': {'n': 1}}, 'set': frozenset({3}), 'range': range(3), 'gen': gen(),
    'box': Box(1), 'cls': Box, 'func': len, 'exc': MyError('bad'), 'type': int, 'ellipsis': ...,
    'not_impl': NotImplemented, 'slice': slice(1, 2), 'bytearray': bytearray(b'ab'),
}
for name, v in values.items():
    polyglot.export_value(v, name)
for name, v in values.items():
    back = polyglot.import_value(name)
    same = back is v
    shown = repr(back).split(' at 0x')[0]  # no addresses
    print(f'{name:14} {type(back).__name__:18} {shown:42} same={same} equal={back == v}')

g = polyglot.import_value('gen')
print(next(g), list(g))
try:
    raise polyglot.import_value('exc')
except MyError as e:
    print('raised', type(e).__name__, e)
print(polyglot.import_value('cls')(5), polyglot.import_value('func')('abc'))
print(polyglot.import_value('true') is True, polyglot.import_value('none') is None)
print(polyglot.import_value('small') + polyglot.import_value('big'))
