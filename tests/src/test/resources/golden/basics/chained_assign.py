a = b = c = 0
print(a, b, c)
x = y = "s"
print(x + y)
p, q = r = 1, 2
print(p, q, r)
i = j = k = 2 ** 70
print(i == j == k, i)
