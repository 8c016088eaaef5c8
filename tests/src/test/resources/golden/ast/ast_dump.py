import ast

SOURCES = [
    "x = 1 + 2 * 3",
    "a, *b = c[1:2, ::3]",
    "def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    '''doc'''\n    return a",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i",
    "class C(B, metaclass=M):\n    x: int = 3\n    y: 'str'\n    def m(self): pass",
    "@dec\n@dec2(1)\ndef h(): ...",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del q",
    "try:\n    pass\nexcept* E:\n    pass",
    "with open(f) as (a, b):\n    pass",
    "import a.b as c, d\nfrom ..e import f as g, h\nfrom . import *",
    "global x\nnonlocal y",
    "lambda x, *y, z=3: x if y else z",
    "[x for x in y if x for z in w]\n{x: y for x, y in z}\n{a for a in b}\n(a async for a in b)",
    "f'a{b!r:>{width}}c' 'd' f'{x=}'",
    "u'kind' 'x'\nb'bytes'\n1.5j\n10**100\n0xff\n1_000.0\nTrue, None, ...",
    "x = y = z\nx += 1\nx @= m\nx //= 2\nnot a and b or c\n-x, +x, ~x",
    "a < b <= c is not d not in e",
    "while x:\n    break\nelse:\n    continue",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "assert x, 'msg'\n(y := 10)\nprint(*a, **k, sep='')",
    "match p:\n    case 1 | 2: pass\n    case [a, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=yy) as pt if yy: pass\n    case None: pass\n    case str() | bytes(): pass\n    case _: pass",
    "type Alias[T: int, *Ts, **P] = list[T]\ndef f[T](x: T) -> T: pass\nclass C[T: (int, str)]: pass",
]
for src in SOURCES:
    print(ast.dump(ast.parse(src)))
print(ast.dump(ast.parse("1 + x", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("def f(a, b): pass"), indent=2))
print(ast.dump(ast.parse("x"), annotate_fields=False))
