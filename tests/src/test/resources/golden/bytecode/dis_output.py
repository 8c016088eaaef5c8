# dis.dis / code_info / show_code output layout (CPython 3.12's columns)
import dis


class Sink:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s


def square(n):
    return n * n


def loop(items):
    total = 0
    for it in items:
        if it:
            total += it
    return total


def outer():
    def inner():
        return 1
    return inner


out = Sink()
dis.dis(square, file=out)
lines = out.text.splitlines()
print(lines[0].split()[0] == str(square.__code__.co_firstlineno))
print(all(len(l) == 0 or l.startswith("  ") or l[:3].strip().isdigit() for l in lines))
mul = [l for l in lines if "BINARY_OP" in l][0]
print(mul.rstrip().endswith("(*)"), mul.index("BINARY_OP"))
load = [l for l in lines if "LOAD_FAST" in l][0]
print(load.rstrip().endswith("(n)"), load.index("LOAD_FAST"))
print(lines[-1].split()[1] == "RETURN_VALUE")

out = Sink()
dis.dis(loop, file=out)
print(">>" in out.text)
print(sum(1 for l in out.text.splitlines() if l == "") >= 3)
print("(+=)" in out.text, "(it)" in out.text, "(total)" in out.text)

out = Sink()
dis.dis(outer, file=out)
print("Disassembly of <code object inner at " in out.text)
out = Sink()
dis.dis(outer, file=out, depth=0)
print("Disassembly of" in out.text)

out = Sink()
dis.dis("lambda q: q + 1", file=out)
print("Disassembly of <code object <lambda> at " in out.text, 'file "<dis>", line 1>:' in out.text)


class Shape:
    def area(self):
        return 0

    def name(self):
        return "shape"


out = Sink()
dis.dis(Shape, file=out)
print([l for l in out.text.splitlines() if l.startswith("Disassembly")])

info = dis.code_info(loop).splitlines()
print("\n".join(l for l in info if not l.startswith("Stack size") and not l.startswith("Filename")))
print(dis.Bytecode(square).info() == dis.code_info(square))
out = Sink()
dis.show_code(square, file=out)
print(out.text == dis.code_info(square) + "\n")
print(dis.pretty_flags(3), dis.pretty_flags(0x23), dis.pretty_flags(0))
text = dis.Bytecode(square).dis()
print(type(text).__name__, "RETURN_VALUE" in text, text.endswith("\n"))
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError", e)
try:
    dis.code_info(42)
except TypeError as e:
    print("TypeError", e)
