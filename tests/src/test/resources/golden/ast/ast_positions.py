import ast

src = '''\
def f(a, b=2):
    s = "héllo wörld" + a
    return (s,
            b)

class K:
    ψ = 'π' ; ω = 2
x = [1,
     2]  # comment
'''
tree = ast.parse(src)
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
              repr(ast.get_source_segment(src, node)))
print(ast.dump(ast.parse("y = 'ü' + z"), include_attributes=True))
