import textwrap
import string

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\nb", "+ ", lambda line: line.startswith("b")))
code = """
    def f():
        return 1
"""
print(repr(textwrap.dedent(code)))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print(w.fill("Supercalifragilisticexpialidocious is a very long word indeed"))
print(textwrap.fill("a b c d e f g", width=5, max_lines=2, placeholder="..."))

print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
print(repr(string.whitespace), string.ascii_uppercase, string.octdigits, len(string.printable))
print(string.capwords("hello   wORLD foo"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="tim"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print(e)
print(string.Template("$a $b").get_identifiers(), string.Template("$a").is_valid())
fmt = string.Formatter()
print(fmt.format("{0} + {name} = {1:>5}", 1, 2, name="x"))
print(list(fmt.parse("a{0}b{x!r:>3}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {:>6}", "abc", "def"))
print("{:*^20}".format("centered"), "{:+08.3f}".format(3.14159), "{:#x} {:#o} {:b}".format(255, 8, 5), "{:,}".format(1234567))
print("{0[0]}-{0[1]} {p.real}".format(("a", "b"), p=3+4j), "{:e}".format(12345.678), "{:g}".format(0.00001234))
print(f"{'left':<10}|{'right':>10}|{42:^6d}|{3.14159:.2f}|{1e10:,.0f}")
