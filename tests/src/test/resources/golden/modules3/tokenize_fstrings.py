import tokenize, io
srcs = ["s = f'2\\N{GREEK CAPITAL LETTER DELTA}3' fr'\\{6*7}' f'{x:=10}' f'{a!=b}'\n",
        "t = ('🚀', 'é', x)  # ünï\n",
        "u = f'''{\n  a +\n  b\n}''' + f\"{'nested' + f'{y}'}\"\n",
        "v = f'{x!r:^{w}.{p}}|{y=!s}'\n"]
for src in srcs:
    print(repr(src))
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))
