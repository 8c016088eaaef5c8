# exec/eval with a separate locals mapping: lookups check locals, globals, builtins; assignments go to locals

g = {"shared": 100}
l = {}
exec("a = 1\nb = a + shared\ndef f():\n    return shared\nc = f()\nd = len('abc')", g, l)
print(sorted(l), sorted(k for k in g if k != "__builtins__"))
print(l["b"], l["c"], l["d"])
print(eval("a + b", g, l))

try:
    exec("def f2():\n    return a\nf2()", g, l)
except NameError as e:
    print("NameError", e)

exec("global gv\ngv = 3\nlv = 4", g, l)
print(g.get("gv"), "gv" in l, l.get("lv"))

exec("del lv", g, l)
print("lv" in l)
try:
    exec("del nothere", g, l)
except NameError as e:
    print("NameError", e)


class Mapping:
    def __init__(self):
        self.data = {}
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        if key == "magic":
            return 42
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]


m = Mapping()
exec("x = magic + 1\ny = x * 2\ndel x", {}, m)
print(m.data, m.log)
print(eval("magic + y", {}, m))
try:
    eval("missing", {}, m)
except NameError as e:
    print("NameError", e)

d = {}
exec("class K:\n    v = 1\nw = K.v + 1", {}, d)
print(d["w"], type(d["K"]).__name__)

print(eval("locals() is mine", {"mine": None}, {}) is False)
loc = {}
print(exec("r = locals()", {}, loc), loc["r"] is loc)

code = compile("total = base * 2", "<c>", "exec")
env = {"base": 21}
exec(code, env)
print(env["total"])
other = {}
exec(code, {"base": 5}, other)
print(other)


def func():
    q = 7
    print(eval("q * 3"))
    print(eval("q + extra", {"extra": 1}, {"q": 2}))
    exec("print(q, 'from exec')")


func()


class Body:
    value = 3
    doubled = eval("value * 2")


print(Body.doubled)

print(eval(compile("x = 1\n5", "<c>", "exec")))
print(eval(compile("40 + 2", "<c>", "eval")))
print(eval("  1 + 1"))
