# Fraction arithmetic, construction, limit_denominator, mixing with other numbers
from fractions import Fraction
from decimal import Decimal
import math

a, b = Fraction(3, 4), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a))
print(a ** 2, a ** -2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(1, 2))
print(repr(Fraction(6, -8)), str(Fraction(5)), Fraction('3/7'), Fraction(' -1.25e1 '), Fraction('0.125'))
print(Fraction(0.1), Fraction(Decimal('1.1')), Fraction(2.5), Fraction(Fraction(1, 3), Fraction(2, 5)))
print(Fraction('3.1415926535').limit_denominator(1000), Fraction(math.pi).limit_denominator(100))
print(Fraction(1, 3).limit_denominator(2), Fraction(7, 10).limit_denominator(1))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction(5, 1).is_integer())
print(a < b, a == Fraction(6, 8), a == 0.75, Fraction(1, 2) < 0.6, sorted([a, b, Fraction(1, 2)]))
print(a + 1, 1 - a, a * 2.0, a + Decimal('0.5') if False else a + 0.5)
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1234, 100), 1))
print(int(Fraction(-7, 2)), float(Fraction(1, 3)), hash(Fraction(1, 2)) == hash(0.5), bool(Fraction(0)))
print(sum(Fraction(1, n) for n in range(1, 11)))
print(f"{Fraction(1, 3):.5f} {Fraction(22, 7):.3e} {Fraction(-5, 4):+.2%}")
for bad in ('1/0', 'abc'):
    try:
        Fraction(bad)
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
