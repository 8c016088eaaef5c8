# compile() arguments and errors


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


attempt(compile, "1 +* 2", "fn.py", "eval")
try:
    compile("1 +* 2", "fn.py", "eval")
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, repr(e.text), e.msg)
try:
    compile("a = 1\nb = = 2\n", "two.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, e.text.strip(), e.msg)
attempt(compile, "x", "f", "bogus")
attempt(compile, 1, "f", "exec")
attempt(compile, "a\0", "f", "exec")
attempt(compile, "a", "f", "exec", 0x10000000)
attempt(compile, "a", "f", "exec", 0, True)
attempt(compile, "a", "f", "exec", flags=0, dont_inherit=True, optimize=-1)
attempt(compile, b"a = 1", "f", "exec")
attempt(compile, source="a", filename="f", mode="eval")
attempt(compile, "a", "f")
attempt(eval, "1", 1)
attempt(exec, "1", 1)
attempt(eval, "1", [])
attempt(exec, "1", {}, 3)
attempt(eval, "1", {}, 3)
attempt(eval)
attempt(exec, "1", {}, {}, {})
attempt(eval, 5)
attempt(exec, "return 1")
print(exec("1 + 1"), eval("1 + 1"))
