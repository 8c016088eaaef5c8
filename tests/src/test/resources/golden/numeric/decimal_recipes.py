# The recipes of the decimal documentation: pi, exp, cos to a context's precision; money formatting;
# contexts stay per Context (contextvars) and are restored by localcontext in generators
import contextvars
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN

def pi():
    getcontext().prec += 2
    three = Decimal(3)
    lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    getcontext().prec -= 2
    return +s

def exp(x):
    getcontext().prec += 2
    i, lasts, s, fact, num = 0, 0, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 1
        fact *= i
        num *= x
        s += num / fact
    getcontext().prec -= 2
    return +s

def cos(x):
    getcontext().prec += 2
    i, lasts, s, fact, num, sign = 0, 0, 1, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 2
        fact *= i * (i - 1)
        num *= x * x
        sign *= -1
        s += num / fact * sign
    getcontext().prec -= 2
    return +s

def moneyfmt(value, places=2, curr='', sep=',', dp='.', pos='', neg='-', trailneg=''):
    q = Decimal(10) ** -places
    sign, digits, exp = value.quantize(q).as_tuple()
    result = []
    digits = list(map(str, digits))
    build, next = result.append, digits.pop
    if sign:
        build(trailneg)
    for i in range(places):
        build(next() if digits else '0')
    if places:
        build(dp)
    if not digits:
        build('0')
    i = 0
    while digits:
        build(next())
        i += 1
        if i == 3 and digits:
            i = 0
            build(sep)
    build(curr)
    build(neg if sign else pos)
    return ''.join(reversed(result))

with localcontext(prec=50):
    print(pi())
    print(exp(Decimal(1)))
    print(cos(Decimal('0.5')))
print(pi(), exp(Decimal(2)), cos(Decimal(1)))
print(moneyfmt(Decimal('-1234567.8901'), curr='$'), moneyfmt(Decimal('123456789'), sep=' '), moneyfmt(Decimal('-0.02'), neg='<', trailneg='>'))

prices = [Decimal('19.99'), Decimal('5.25'), Decimal('0.99')]
qty = [3, 2, 10]
subtotal = sum(p * q for p, q in zip(prices, qty))
tax = (subtotal * Decimal('0.0825')).quantize(Decimal('0.01'), rounding=ROUND_HALF_EVEN)
print(subtotal, tax, subtotal + tax)

def gen():
    with localcontext() as c:
        c.prec = 4
        yield Decimal(1) / 3
        yield Decimal(2) / 3

g = gen()
print(next(g), Decimal(1) / 3)

def in_other_context():
    getcontext().prec = 5
    return Decimal(1) / 7

ctx = contextvars.copy_context()
print(ctx.run(in_other_context), Decimal(1) / 7, getcontext().prec)
