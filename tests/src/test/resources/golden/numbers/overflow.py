m = 9223372036854775807
print(m)
print(m + 1)
print(m + 1 - 1)
print(m * 2)
print(m * 2 // 2)
n = -9223372036854775808
print(n)
print(n - 1)
print(n - 1 + 1)
print(-n)
print(n // -1)
print(abs(n))
print(n * -1)
x = 4611686018427387904
print(x + x)
print(x * 2 - x)
print(3037000500 * 3037000500)
print(2 ** 62 + 2 ** 62)
y = 1
for i in range(70):
    y = y * 2
print(y)
for i in range(70):
    y = y // 2
print(y, type(y))
print((m + 1) - (m + 1) == 0)
print(1 << 63, 1 << 64, (1 << 64) >> 64)
