# a tiny expression evaluator written with match: tuples as AST nodes, guards, or-patterns, nested captures
def ev(node, env):
    match node:
        case ("num", n):
            return n
        case ("var", str(name)) if name in env:
            return env[name]
        case ("var", name):
            raise NameError(name)
        case ("add" | "sub" as op, left, right):
            l, r = ev(left, env), ev(right, env)
            return l + r if op == "add" else l - r
        case ("mul", left, ("num", 0)) | ("mul", ("num", 0), left):
            return 0
        case ("mul", left, right):
            return ev(left, env) * ev(right, env)
        case ("let", name, value, body):
            return ev(body, {**env, name: ev(value, env)})
        case ("call", fn, *args):
            return fn(*[ev(a, env) for a in args])
        case other:
            raise ValueError(f"bad node {other!r}")

prog = ("let", "x", ("num", 5),
        ("add", ("mul", ("var", "x"), ("num", 3)), ("call", max, ("num", 1), ("var", "x"), ("num", 2))))
print(ev(prog, {}))
print(ev(("mul", ("var", "undefined"), ("num", 0)), {}))
try:
    ev(("var", "y"), {})
except NameError as e:
    print("NameError", e)
try:
    ev(("pow", 1, 2), {})
except ValueError as e:
    print(e)

# match inside a loop with break/continue in case bodies, and in a generator
def tokens(text):
    for ch in text:
        match ch:
            case " ":
                continue
            case ";":
                break
            case "+" | "-" | "*":
                yield ("op", ch)
            case d if d.isdigit():
                yield ("digit", int(d))
            case _:
                yield ("other", ch)

print(list(tokens("1 + 2*x; ignored")))

# match at class level and with global names
class Config:
    mode = "debug"
    match mode:
        case "debug":
            level = 10
        case _:
            level = 20
print(Config.level)

total = 0
def add(item):
    global total
    match item:
        case int(n) | float(n):
            total += n
        case [*numbers]:
            for n in numbers:
                add(n)
add(1); add([2, 3.5, [4]]); add("x")
print(total)
