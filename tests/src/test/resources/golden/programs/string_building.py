def repeat_char(c, n):
    s = ""
    for i in range(n):
        s += c
    return s

def triangle(h):
    for i in range(1, h + 1):
        print(repeat_char(" ", h - i) + repeat_char("*", 2 * i - 1))

triangle(5)

def reverse(s):
    out = ""
    for ch in s:
        out = ch + out
    return out

def is_palindrome(s):
    return s == reverse(s)

for w in ["racecar", "python", "abba", "", "x"]:
    print(repr(w), reverse(w), is_palindrome(w))

def join(items, sep):
    out = ""
    first = True
    for it in items:
        if not first:
            out += sep
        out += str(it)
        first = False
    return out

print(join([1, 2, 3], ", "), join([], "-"), join(["a"], "+"))
words = ["alpha", "beta", "gamma"]
acr = ""
for w in words:
    acr += w[0]
print(acr, f"{len(words)} words", f"{words[-1]!r}")
box_w = 12
print("+" + "-" * box_w + "+")
print("|" + " " * 3 + "bytepy" + " " * 3 + "|")
print("+" + "-" * box_w + "+")
