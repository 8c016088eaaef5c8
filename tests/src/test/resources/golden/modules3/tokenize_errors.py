import tokenize, io
for src in ["x = 'abc\n", "if x:\n    a\n  b\n", "x = (1,\n", "x = 1 +\\\n", "x = '''abc\n\n", "a $ b\n", "x = )\n"]:
    print(repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(t[:4])
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
