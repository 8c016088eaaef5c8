# eval and exec run source through the same compiler as scripts
x = 10
print(eval("x * 2 + 1"))
print(eval("  [i * i for i in range(4)]"))
exec("y = x + 5\nprint('y is', y)")
print(y)
ns = {"a": 3}
exec("b = a * 7", ns)
print(ns["b"], sorted(k for k in ns if k != "__builtins__"))
print(eval("a + b", ns))
code = compile("z = 40 + 2", "<mine>", "exec")
exec(code)
print(z, type(code).__name__)
print(eval(compile("1 + 2", "<e>", "eval")))
def f():
    return eval("x + 1")
print(f())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)
print(globals()["x"], "x" in globals())
