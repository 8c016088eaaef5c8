a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "ab"
print(m, n)
a, (b, c), d = 1, [2, 3], 4
print(a, b, c, d)
t = 5, 6
print(t)
u, v = t
print(u, v)
a, b, c = range(3)
print(a, b, c)
a = b, c = 1, 2
print(a, b, c)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
