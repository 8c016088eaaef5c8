import difflib

a = """one
two
three
four
five""".splitlines(keepends=True)
b = """one
2
three
four
4.5
five
six""".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt")))
print("".join(difflib.context_diff(a, b, fromfile="a", tofile="b")))
print("".join(difflib.ndiff(["abcde\n", "same\n"], ["abdxe\n", "same\n"])))
print(list(difflib.unified_diff(["x"], ["y"], lineterm="", n=0)))
s = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 4), s.quick_ratio() >= s.ratio(), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)
print(s.get_matching_blocks())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "wall"], n=2, cutoff=0.5))
sm = difflib.SequenceMatcher(lambda x: x == " ", "a b c d", "a x c d")
print(sm.ratio(), list(sm.get_grouped_opcodes(1)))
d = difflib.Differ()
print(list(d.compare(["line 1\n", "line 2\n"], ["line 1\n", "line two\n"])))
print(difflib.SequenceMatcher(None, [1, 2, 3, 4], [1, 3, 4, 5]).ratio())
html = difflib.HtmlDiff().make_table(["a"], ["b"])
print(html.count("<tr>"), "diff_sub" in html)
print("".join(difflib.restore(difflib.ndiff(["x\n"], ["y\n"]), 2)))
