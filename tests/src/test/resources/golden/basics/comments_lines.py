# comments and blank lines

x = 1  # trailing comment
if x:
    # indented comment
    y = 2
print(x, y)
z = (1 +
     2 +
     3)
print(z)
w = 1 + \
    2
print(w)
lst = [
    1,
    2,
    3,
]
print(lst)
a = 1; b = 2; print(a + b)
