a = []
a.append(1)
a.append("x")
a.append([2, 3])
print(a, len(a))
for i in range(5):
    a.append(i * i)
print(a)
print([1, 2] + [3], [0] * 5, 2 * ["ab"], [] * 3)
print((1, 2) + (3,), (0,) * 3)
c = [[0] * 2] * 2
c[0][0] = 1
print(c)
x = [1]
y = x + [2]
x.append(9)
print(x, y)
