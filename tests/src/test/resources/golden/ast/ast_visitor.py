import ast

src = '''\
"""Module doc."""
import os

def add(a, b):
    """Add two things.

    More text.
    """
    return a + b

class Box:
    "box doc"
    def get(self):
        return self.v * 2
'''
tree = ast.parse(src)
print(ast.get_docstring(tree, clean=False))
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        print(node.name, repr(ast.get_docstring(node, clean=False)))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)
    def visit_Attribute(self, node):
        self.names.append(('.' + node.attr,))
        self.generic_visit(node)

v = Names()
v.visit(tree)
print(v.names)

class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Sub(), node.right), node)
        return node
    def visit_Import(self, node):
        return None

t2 = Swap().visit(ast.parse(src))
print(ast.unparse(t2))
new = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('hi')], []))
mod = ast.Module([new], [])
ast.fix_missing_locations(mod)
print(new.lineno, new.col_offset, new.value.func.lineno, new.end_lineno)
ast.increment_lineno(mod, 4)
print(new.lineno, new.value.args[0].lineno)
print(ast.unparse(mod))
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
print(list(ast.iter_fields(ast.parse('x.y').body[0].value))[1])
print(ast.dump(ast.parse('a')).count('Name'), sum(1 for _ in ast.walk(tree)))
