def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    if neg:
        n = -n
    out = ""
    while n > 0:
        out = digits[n % base] + out
        n //= base
    return "-" + out if neg else out

for n in [0, 5, 255, -10, 2 ** 64, 1000]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36))
for n in [0, 5, 255, 2 ** 64]:
    print(int(to_base(n, 7), 7) == n)
