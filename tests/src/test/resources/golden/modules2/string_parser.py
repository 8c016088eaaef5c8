# _string: the parser behind string.Formatter
import _string

for fmt in ["a{0}b{1:>3}c{!r}{{x}}", "{name.attr[key]!s:{width}}", "plain", "", "{}{}", "}}{{", "{0[1].x:<{w}.{p}f}"]:
    print(repr(fmt), list(_string.formatter_parser(fmt)))
for name in ["a.b[0]", "0", "12.real", "x[k][2]", "", "obj.a.b"]:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(name), repr(first), list(rest))
for fmt in ["{", "}", "a}b", "{0!}", "{0!r", "{0!rx}", "{0:{", "{a{b}"]:
    try:
        print(list(_string.formatter_parser(fmt)))
    except ValueError as e:
        print(repr(fmt), "ValueError:", e)
for name in ["a.", "a[", "a[0]x", "a[]"]:
    try:
        print(list(_string.formatter_field_name_split(name)[1]))
    except ValueError as e:
        print(repr(name), "ValueError:", e)
