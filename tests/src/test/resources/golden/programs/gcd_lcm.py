def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(100, 75))
print(gcd_rec(1071, 462), gcd_rec(2 ** 100, 6 ** 50))
print(lcm(4, 6), lcm(21, 6), lcm(7, 13))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print(acc)
acc = 1
for k in range(1, 101):
    acc = lcm(acc, k)
print(acc)
