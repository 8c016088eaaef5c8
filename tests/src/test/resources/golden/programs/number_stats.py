def mean(xs):
    return sum(xs) / len(xs)

def variance(xs):
    m = mean(xs)
    total = 0.0
    for x in xs:
        total += (x - m) ** 2
    return total / len(xs)

def digits_sum(n):
    s = 0
    for ch in str(n):
        s += int(ch)
    return s

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), variance(data), variance(data) ** 0.5)
print(min(data), max(data), sum(data))
print(digits_sum(2 ** 1000))
f = 1
for i in range(1, 101):
    f *= i
print(digits_sum(f))
perfect = []
for n in range(2, 8200):
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    if s == n:
        perfect.append(n)
print(perfect)
