import ast

SOURCES = [
    'x = f"a{b}" f"cd{e!r:>{w}}"',
    'y = "ab" f"c{d}e" "fg"',
    'z = f"""q\n{a}r\n"""',
    'w = f"{a:{b}}"',
    'v = f"{a=}" f"t: {b = }"',
    'u = f"{a!r}x{{y}}"',
    's = (f"first {a} "\n     f"second"\n     f"{b}")',
    't = f"ünï {cödé} ∂"',
    'r = f"{ {1: 2}[1] } and {\'q\'} {f\'{x}\'}"',
]
for src in SOURCES:
    print(src)
    for n in ast.walk(ast.parse(src)):
        if hasattr(n, 'lineno'):
            print(' ', type(n).__name__, repr(getattr(n, 'value', '')) if isinstance(n, ast.Constant) else '',
                  n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
