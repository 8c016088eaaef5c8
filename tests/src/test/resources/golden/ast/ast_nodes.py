import ast, _ast

print(ast.AST, ast.Name, ast.Name.__module__, ast.Name.__name__, ast.Name.__mro__)
print(ast.Name._fields, ast.Name.__match_args__, ast.Name._attributes)
print(ast.FunctionDef._fields)
print(ast.arguments._fields, ast.arguments._attributes)
print(ast.Load._fields, ast.Add._attributes, ast.AST._fields, ast.AST._attributes)
print(ast.expr._attributes, ast.stmt._attributes, ast.pattern._attributes, ast.type_param._attributes)
print(ast.Name.__doc__)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.Return().value, ast.expr.end_lineno, ast.Constant().kind, hasattr(ast.Name(), 'id'))

n = ast.Name('x', ast.Load())
print(n.id, type(n.ctx).__name__, ast.dump(n), sorted(n.__dict__))
n2 = ast.Name(id='y', ctx=ast.Store(), lineno=3, extra=5)
print(n2.id, n2.lineno, n2.extra)
for args, kw in [(('a', 'b', 'c'), {}), (('a',), {'id': 'b'}), ((1, 2, 3, 4), {})]:
    try:
        ast.Name(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    ast.Return(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(n, ast.expr), isinstance(n, ast.AST), issubclass(ast.Add, ast.operator), isinstance(n, ast.stmt))
print(type(ast.parse('x').body[0].value.ctx).__name__)

class MyName(ast.Name):
    _fields = ('id', 'ctx', 'extra')
    def hello(self):
        return 'hi ' + self.id

m = MyName('q', ast.Load(), 7)
print(m.hello(), m.extra, isinstance(m, ast.Name), type(m).__name__)
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
print(ast.Constant(5).value, ast.Constant(value='s').value)
r = ast.Name('z', ast.Load()).__reduce__()
print(r[0].__name__, r[1], sorted(r[2]), r[2]['id'])
import copy
c = copy.deepcopy(ast.parse('a + b'))
print(ast.dump(c))
match ast.parse('f(1)').body[0].value:
    case ast.Call(ast.Name(fname), [ast.Constant(v)]):
        print('matched', fname, v)
print(sorted(x for x in dir(_ast) if not x.startswith('_'))[:12])
print(len([x for x in dir(_ast) if isinstance(getattr(_ast, x), type)]))
