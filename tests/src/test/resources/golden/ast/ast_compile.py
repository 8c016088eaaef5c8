import ast

t = compile("x = 1\nprint(x)", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
e = compile("a + 1", "<s>", "eval", flags=ast.PyCF_ONLY_AST)
print(type(e).__name__, ast.dump(e))
s = compile("a = 2", "<s>", "single", ast.PyCF_ONLY_AST)
print(type(s).__name__, ast.dump(s))
print(compile(t, "<s>", "exec", ast.PyCF_ONLY_AST) is t)
b = compile(b"y = 'b'", "<s>", "exec", ast.PyCF_ONLY_AST)
print(ast.dump(b))
for bad in ["x = = 1", "f(a for a in b, c)", "return", "1 = x"]:
    try:
        ast.parse(bad)
    except SyntaxError as err:
        print(type(err).__name__, err.msg, err.lineno)
print(ast.dump(ast.parse("await x", mode="eval")))
