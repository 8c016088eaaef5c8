# polyglot.export_value / import_value: the polyglot bindings hold Python values unchanged.
try:
    import polyglot
except ImportError:  # CPython has no polyglot module: the expected behaviour, emulated
    import types
    _bindings = {}

    def _export(value=None, name=None):
        if name is None:
            name = getattr(value, '__name__', None)
            if not isinstance(name, str):
                raise TypeError('export_value() needs a name for a value without __name__')
        elif isinstance(value, str) and not isinstance(name, str):
            value, name = name, value
        _bindings[name] = value
        return value

    class ForeignObject:
        pass

    class ForeignException(Exception):
        pass

    ForeignObject.__name__ = 'foreign'
    polyglot = types.SimpleNamespace(export_value=_export, import_value=_bindings.get,
                                     ForeignObject=ForeignObject, ForeignException=ForeignException)

data = {'n': [1, 2, 3]}
print(polyglot.export_value(data, 'data') is data)
print(polyglot.import_value('data') is data)
print(polyglot.export_value('reversed', [3, 2, 1]))  # (name, value) works too
print(polyglot.import_value('reversed'))
print(polyglot.export_value(value=2 ** 80, name='big'), polyglot.import_value('big') == 2 ** 80)
polyglot.export_value(b'raw', 'raw')
print(polyglot.import_value('raw'), polyglot.import_value('raw') is polyglot.import_value('raw'))
print(polyglot.import_value('never_exported'))


@polyglot.export_value
def greet(who):
    return f'hello {who}'


print(greet is polyglot.import_value('greet'), polyglot.import_value('greet')('world'))


class Temperature:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32


polyglot.export_value(Temperature, 'Temperature')
T = polyglot.import_value('Temperature')
print(T is Temperature, T(100).f)
polyglot.export_value(1, 'data')  # rebinding a name
print(polyglot.import_value('data'))
try:
    polyglot.export_value(42)
except TypeError as e:
    print('TypeError:', e)
print(polyglot.ForeignObject.__name__, issubclass(polyglot.ForeignException, Exception))
print(isinstance(data, polyglot.ForeignObject), isinstance(greet, polyglot.ForeignObject))
