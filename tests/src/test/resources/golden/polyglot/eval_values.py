# polyglot.eval of bytepy source: values keep their Python type and identity across the interop boundary.
try:
    import polyglot
except ImportError:  # CPython has no polyglot module: the expected behaviour, emulated
    import ast, types, __main__

    def _eval(language=None, string=None, *, path=None):
        if language != 'bytepy':
            raise ValueError(f"polyglot language '{language}' is not available in this context (available: bytepy)")
        tree = ast.parse(string, '<eval>')
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, '<eval>', 'exec'), __main__.__dict__)
        return None if last is None else eval(compile(ast.Expression(last.value), '<eval>', 'eval'), __main__.__dict__)

    polyglot = types.SimpleNamespace(eval=_eval)

cases = [
    "6 * 7",
    "-2 ** 63",
    "2 ** 100",
    "-(3 ** 50)",
    "1 / 3",
    "float('inf')",
    "'héllo ' + chr(0x1F600)",
    "True",
    "None",
    "b'\\x00ab'",
    "bytearray(b'xy')",
    "3 - 4j",
    "[1, 'two', [3.0]]",
    "(1, (2, 3))",
    "{'a': 1, 2: [3]}",
    "{1, 2, 3}",
    "range(2, 10, 3)",
    "len",
    "int",
    "...",
]
for src in cases:
    v = polyglot.eval('bytepy', src)
    print(f'{src!s:28} -> {type(v).__name__:10} {v!r}')

big = polyglot.eval(language='bytepy', string='2 ** 70 + 1')
print(big == 2 ** 70 + 1, big - 2 ** 70, type(big) is int)

shared = [1, 2]
same = polyglot.eval('bytepy', 'shared')
print(same is shared)
same.append(3)
print(shared)
d = polyglot.eval('bytepy', 'shared_dict = {"k": shared}\nshared_dict')
print(d['k'] is shared, d is shared_dict)
print(polyglot.eval('bytepy', 'x = 5'))
print(polyglot.eval('bytepy', 'def half(n):\n    return n / 2\nhalf')(9))
print(half(5))
