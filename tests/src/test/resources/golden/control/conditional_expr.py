for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 10
y = x * 2 if x > 5 else x // 2
print(y)
print([1] if [] else "empty")
s = "even" if x % 2 == 0 else "odd"
print(s)
print((1 if True else 2) + (3 if False else 4))
