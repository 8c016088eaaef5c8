# nested code objects as constants; lambdas, generator expressions, classes; module code


def gen_and_lambda(items):
    squares = (i * i for i in items)
    key = lambda v: -v
    evens = [j for j in items if j % 2 == 0]
    return sorted(squares, key=key), evens


def show(code, indent=""):
    print(indent + code.co_name, code.co_qualname, code.co_flags)
    print(indent + "  consts", [c if not hasattr(c, "co_code") else "<code " + c.co_name + ">" for c in code.co_consts])
    print(indent + "  names", code.co_names)
    print(indent + "  varnames", code.co_varnames, code.co_freevars)
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            show(c, indent + "    ")


show(gen_and_lambda.__code__)


class Point:
    "A point."
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return super().__repr__()


m = compile("import math\nR = 1 + 2\nclass K(object):\n    z = 1\ndef h(a=1, *, b=3):\n    pass\nprint(R)\n", "mod.py", "exec")
show(m)
print(m.co_filename, m.co_firstlineno, m.co_nlocals)
e = compile("a + b * 2", "expr.py", "eval")
show(e)
s = compile("x = 1\n", "s.py", "single")
show(s)
print(Point.norm.__code__.co_freevars, Point.norm.__code__.co_names)
print(Point.__init__.__code__.co_names, Point.__init__.__code__.co_varnames)
