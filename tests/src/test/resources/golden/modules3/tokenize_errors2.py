import tokenize, io
for src in ["x = f'abc\n", "x = f'''abc\n", "if x:\n\ty\n        z\n", "x = 1\n  y\n", "x = 0x\n", "x = 1_\n", "x = '''a\n'''\n'b", "a = 1 \\ 2\n", "x = f'{a!}'\n", "x = f'}'\n", "x = 09\n", "x = 1if y else 2\n", "x = 1e\n", "print(1)\n\x0c\nx\n", "x = [\n", "def f():\n  return 1\n\n\n", "x = 1\n\n\n# end", "x = (\n  1)\n  "]:
    print(repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(t[:4])
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
