import ast
src = '''
def f(a, b=2, *c, d, **e):
    return [x * b for x in range(a) if x % 2], c, d, e
class K:
    y = 3
    def m(self):
        return f"{self.y!r:>5}" + str({1: 2}) + str({i for i in 'ab'} == {'a', 'b'})
try:
    1/0
except ZeroDivisionError as ex:
    print("caught", ex)
print(f(5, 3, 4, d=1, z=2), K().m())
match [1, 2, 3]:
    case [1, *rest]:
        print("rest", rest)
with open(__file__ if False else '/dev/null') as fh:
    print(fh.read() == '')
'''
tree = ast.parse(src)
code = compile(tree, "<ast>", "exec")
exec(code, {})
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t2 = ast.fix_missing_locations(Double().visit(ast.parse("print(1 + 2, [10, 20])")))
exec(compile(t2, "<t2>", "exec"))
print(eval(compile(ast.parse("3 * 4", mode="eval"), "<e>", "eval")))
e = ast.Expression(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
ast.fix_missing_locations(e)
print(eval(compile(e, "<e2>", "eval")))
for bad, mode in [(ast.parse("x"), "eval"), (ast.Expression(ast.Name("x", ast.Load())), "exec")]:
    try:
        compile(bad, "<b>", mode)
    except TypeError as err:
        print("TypeError:", err)
try:
    exec(compile(ast.parse("1/0"), "<zz>", "exec"))
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
g = {}
l = {}
exec(compile(ast.parse("a = 5\nb = a * 2"), "<m>", "exec"), g, l)
print(sorted(l), "a" in g)
