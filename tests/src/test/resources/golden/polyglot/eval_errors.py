# polyglot.eval: exceptions raised by the evaluated code, syntax errors, bad arguments, unknown languages.
try:
    import polyglot
except ImportError:  # CPython has no polyglot module: the expected behaviour, emulated
    import ast, types, __main__

    def _eval(language=None, string=None, *, path=None):
        if string is None and path is None:
            raise TypeError('eval() needs either a string or a path')
        if not isinstance(language, str):
            raise TypeError(f"eval() argument 'language' must be str, not {type(language).__name__}")
        if language != 'bytepy':
            raise ValueError(f"polyglot language '{language}' is not available in this context (available: bytepy)")
        tree = ast.parse(string, '<eval>')
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, '<eval>', 'exec'), __main__.__dict__)
        return None if last is None else eval(compile(ast.Expression(last.value), '<eval>', 'eval'), __main__.__dict__)

    polyglot = types.SimpleNamespace(eval=_eval)


def attempt(*args, **kwargs):
    try:
        print('ok', repr(polyglot.eval(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt('bytepy', '1 / 0')
attempt('bytepy', '{}["missing"]')
attempt('bytepy', 'undefined_name + 1')
attempt('bytepy', 'x = 1 +')
attempt('bytepy', 'raise KeyError("k")')
attempt('js', '1 + 1')
attempt('ruby', '1')
attempt('bytepy')
attempt(language=3, string='1')
attempt(string='7 * 6', language='bytepy')


class Custom(Exception):
    pass


try:
    polyglot.eval('bytepy', 'raise Custom("from eval")')
except Custom as e:
    print('caught Custom:', e, type(e) is Custom)

try:
    polyglot.eval('bytepy', 'import nonexistent_module_xyz')
except ImportError as e:
    print(type(e).__name__, e.name)
print(polyglot.eval('bytepy', '"still works"'))
