# Importing a name before anything was exported gives None (found by the fuzzer: an internal error).
try:
    import polyglot
except ImportError:  # CPython has no polyglot module: the expected behaviour, emulated
    import types
    _bindings = {}
    polyglot = types.SimpleNamespace(export_value=lambda name, value: _bindings.__setitem__(name, value),
                                     import_value=_bindings.get)

print(polyglot.import_value('never_exported'))
polyglot.export_value('answer', 42)
print(polyglot.import_value('answer'), polyglot.import_value('still_missing'))
