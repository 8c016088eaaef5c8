import ast

SOURCES = [
    "x = 1 + 2 * (3 - 4) ** -1",
    "def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    return a",
    "class C(B, metaclass=M):\n    x: int = 3\n\n    @property\n    def p(self):\n        pass",
    "for i, j in enumerate(y):\n    if i:\n        continue\n    elif j:\n        break\nelse:\n    pass",
    "try:\n    pass\nexcept ValueError as e:\n    raise\nfinally:\n    pass",
    "with a as b, c:\n    yield from d",
    "lambda: (yield)",
    "x = [i for i in range(10) if i % 2]\ny = {k: v for k, v in z.items()}",
    "print(f'{a!r:>10} and {b}')",
    "a = b if c else d\ndel a[1:2], b.c",
    "import os.path as p\nfrom .m import (a, b as c)",
    "s = 'it\\'s' + \"q\" + '''multi\nline'''",
    "async def g():\n    await x\n    async for a in b:\n        pass",
    "match x:\n    case [1, *r]:\n        pass\n    case {'a': 1, **kw}:\n        pass\n    case P(a, b=2) | None:\n        pass",
    "global g\nassert not x, 'no'\n(n := 5)",
]
for src in SOURCES:
    out = ast.unparse(ast.parse(src))
    print(out)
    print('---')
    print(ast.dump(ast.parse(out)) == ast.dump(ast.parse(src)))
