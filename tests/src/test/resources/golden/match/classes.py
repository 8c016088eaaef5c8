# class patterns: __match_args__, keywords, builtin self-matching types, dataclass-like classes, errors
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"flat 3d {x} {y}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), 7]:
    print(where(p))

# builtins match themselves with one positional sub-pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if s:
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"binary {bytes(b)!r}"
        case list(l) | tuple(l):
            return f"seq {len(l)}"
        case dict(d):
            return f"dict {len(d)}"
        case set(s) | frozenset(s):
            return f"set {len(s)}"
    return "other"

for v in [True, 3, 2.5, "s", "", b"b", bytearray(b"ba"), [1], (1, 2), {1: 2}, {1}, frozenset(), None]:
    print(kind(v))

class MyInt(int):
    pass

match MyInt(5):
    case int(n):
        print("int subclass", n, type(n).__name__)

# keyword sub-patterns on any object; missing attributes do not match
class Node:
    def __init__(self, op, left=None, right=None):
        self.op = op
        if left is not None:
            self.left = left
            self.right = right

def evaluate(n):
    match n:
        case int(v):
            return v
        case Node(op="+", left=l, right=r):
            return evaluate(l) + evaluate(r)
        case Node(op="*", left=l, right=r):
            return evaluate(l) * evaluate(r)
        case Node(op="neg", left=x):
            return -evaluate(x)
        case Node(op=op):
            return f"bad node {op}"

print(evaluate(Node("+", 1, Node("*", 2, 3))))
print(evaluate(Node("?")))

# errors
def attempt(code):
    try:
        exec(code, {"Point": Point})
    except TypeError as e:
        print("TypeError:", e)

attempt("match 1:\n case int(a, b): pass")
attempt("match Point(1, 2):\n case Point(a, b, c): pass")
attempt("class A:\n __match_args__ = ['a']\nmatch A():\n case A(x): pass")
attempt("class A:\n __match_args__ = (1,)\nmatch A():\n case A(x): pass")
attempt("class A: pass\nmatch A():\n case A(x): pass")
attempt("match Point(1, 2):\n case Point(a, x=b): pass")
attempt("f = len\nmatch 1:\n case f(): pass")
