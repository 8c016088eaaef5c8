import ast

for s in ["1", "-2.5", "1+2j", "'abc'", "b'x'", "[1, (2, 3), {4: 5}, {6}]", "None", "True",
          "(1,)", "set()", "{'a': [1, -1]}", "  42", "-(1)", "1e10", "...", "0x10"]:
    try:
        print(repr(ast.literal_eval(s)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["x", "1 + x", "f(1)", "[1, a]", "{**a}", "2 ** 3", "'a' + 'b'"]:
    try:
        print(repr(ast.literal_eval(s)))
    except Exception as e:
        print(type(e).__name__, str(e)[:40])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
