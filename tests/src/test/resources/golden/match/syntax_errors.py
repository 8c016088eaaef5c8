# compile-time errors of match statements
cases = [
    "match x:\n case y:\n  pass\n case 2:\n  pass",
    "match x:\n case _:\n  pass\n case 2:\n  pass",
    "match x:\n case 1 | y:\n  pass",
    "match x:\n case y | 1:\n  pass",
    "match x:\n case [a, a]:\n  pass",
    "match x:\n case [*a, *b]:\n  pass",
    "match x:\n case {'k': 1, 'k': 2}:\n  pass",
    "match x:\n case P(a=1, a=2):\n  pass",
    "match x:\n case (a, 1) | (b, 2):\n  pass",
    "match x:\n case (y) as z:\n  pass\n case 1:\n  pass",
    "match x:\n case y if y:\n  pass\n case 1:\n  pass",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
