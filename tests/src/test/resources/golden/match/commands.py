# match on command strings and on a point class: sequence, star, or, guard, class, mapping, literal patterns
def f(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"go {direction}"
        case ["pick", "up", *items] if items:
            return f"pick {items}"
        case ["quit" | "exit"]:
            return "bye"
        case [x, *rest]:
            return f"other {x} {rest}"
        case _:
            return "empty"
for c in ["go north", "pick up a b", "pick up", "quit", "exit", "look around now", ""]:
    print(f(c))

class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y

def g(o):
    match o:
        case P(0, 0): return "origin"
        case P(x=0, y=yy): return f"y axis {yy}"
        case P(xx, 0): return f"x axis {xx}"
        case P(a, b) as p: return f"point {a} {b} {type(p).__name__}"
        case {"k": v, **rest}: return f"map {v} {rest}"
        case int(n) | float(n) if n > 10: return f"big {n}"
        case int(n): return f"int {n}"
        case None: return "none"
        case True: return "true"
        case -1: return "minus one"
        case 1+2j: return "complex"
        case str() as s: return "str " + s
        case (1, 2) | [3, 4]: return "pair"
        case _: return "?"
for o in [P(0,0), P(0,5), P(3,0), P(1,2), {"k": 1, "z": 2}, 11, 2.5, 5, None, True, -1, 1+2j, "hi", (1,2), [3,4], range(2), b"x"]:
    print(g(o))
