# string.Formatter and Template on _string
import string

f = string.Formatter()
print(f.format("{0} + {1} = {2:>5}", 1, 2, 3))
print(f.format("{a.real}|{b[1]}|{c!r:^9}", a=3, b=[7, 8], c="x"))
print(f.vformat("{:{w}.{p}f}", (3.14159,), {"w": 10, "p": 3}))
print(list(f.parse("x{0}y{z!s:>4}")))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

print(Upper().format("{0} and {1:x}", "abc", 255))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.capwords("hello   big world"), string.ascii_letters[:5], string.digits, string.punctuation[:6])
