print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 2.0)
print(2 ** 100 + 0.5)
print(1 + True, 2.5 * False, True / 2)
print(3 == 3.0, 0.5 + 0.5 == 1)
print(int(2.5) + 1, float(2) / 4)
x = 1
x += 0.5
print(x, type(x))
print(10 // 2.5, 10 % 2.5)
print(-3 * 1.0, 0 * -1.0)
