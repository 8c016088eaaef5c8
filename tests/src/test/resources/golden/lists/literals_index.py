a = [1, 2, 3]
print(a)
print([])
print([1, "two", 3.0, None, True])
print(a[0], a[2], a[-1], a[-3])
a[1] = 20
print(a)
a[-1] = "last"
print(a)
t = (1, 2, 3)
print(t, t[0], t[-1])
print(len(a), len([]), len(t), len(()))
