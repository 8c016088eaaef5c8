# compile(..., 'single') echoes expression statements through sys.displayhook semantics
import builtins

for src in ["1 + 2", "None", "'text'", "[1, (2, 3)]", "x = 5", "x * 2", "print('printed')"]:
    code = compile(src, "<input>", "single")
    exec(code)
print(builtins._)

ns = {}
exec(compile("y = 10\n", "<input>", "single"), ns)
exec(compile("y + 1\n", "<input>", "single"), ns)
print(ns["y"], builtins._)

exec(compile("if True:\n    7\n", "<input>", "single"))
exec(compile("for i in range(2): i\n", "<input>", "single"))

try:
    compile("1\n2\n", "<input>", "single")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(type(compile("1", "<input>", "single")).__name__)
