import tokenize, io
srcs = ['x = f"a{{b}}c{d}"\n', "y = f'{x=}' rf'\\d{a:{b}.{c}f}'\n", 'if a:\n    b\n  # c\n\n    c\nd', '"""ab\ncd""" + x\n', "a = [1,\n  # c\n 2]\n", "x = 1\n   \n", "x\\\n  y\n",
 'def f(a, b=1):\n    x = f"a{b!r:>{a}}c" + 3.5j  # hi\n\n    return (x,\n      2) \\\n  + 1\n', "a **= 0x1F + 1e-3 ... @ b != c -> d\n", "", "# only\n",
 "x = f'{a:{b}{c}}' f'{x:}' f'''\n{y}\n'''\n", "class A:\n\tdef f(self):\n\t\tpass\n\nprint(A)\n", "s = b'x' rb'\\y' u'z' 'a\\'b'\n"]
for src in srcs:
    print(repr(src))
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        print(tokenize.tok_name[t.type], tokenize.tok_name[t.exact_type], repr(t.string), t.start, t.end, repr(t.line))
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("if x :\n  y = (1 ,2)\n").readline)))
