# Which error wins when a parser error comes before a tokenizer error further down (CPython 3.12's order):
# the tokenizer's exceptions (invalid character or literal, unterminated string, unmatched bracket) replace
# the parser's error; its indentation, tab, line-continuation and end-of-file errors do not; an unexpected
# indent/unindent is reported as it is; an unclosed bracket wins only if opened before the parser's error.
cases = [
    "x = 1 +\ny = )\n",
    "x = (1 2)\ny = 3 $ 4\nz = \u00a7\n",
    "if x:\npass\nz = 'abc\n",
    "def f(:\n    pass\nx = 0777\n",
    "x = 1\n    y = 2\nz = ]\n",
    "x = 1\n    y = 2\nz = \ufffd\n",
    "for x in y\n    pass\nif 1:\n  a\n b\n",
    "a b c\nif 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 110)) + "  pass\n",
    "class C:\n    def f(self):\n        return (\n            1 2\n",
    "x = [1, 2\nprint(x y)\n",
    "print(x y)\nx = [1, 2\n",
    "try:\n    pass\nexcept:\nfoo(\n",
    "def f():\nreturn 1\ny = (\n",
    "x = 1 2\ny = 1 \\ 2\n",
    "x = 1 2\nif 1:\n\tif 2:\n        pass\n",
    "x === 1\ns = '''abc\n",
    "lambda: yield\nx = 1_\n",
    "f(**a, *b)\nx = 0b2\n",
    "import\nx = 'abc' 'def\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
for src in ["a = 1 ? 2\n", "a = `x`\n", "a <> b\n", "a = !b\n", "a = 1 $\nb = '\n", "f'{a!r}' $ 1\n", "x = $\n\ty = (\n"]:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
