# Decimal construction, arithmetic, str/repr, comparisons, conversions
from decimal import Decimal, InvalidOperation, DivisionByZero, getcontext

print(Decimal('1.1') + Decimal('2.2'), Decimal('1.30') + Decimal('1.20'))
print(repr(Decimal('3.14159')), repr(Decimal(10)), repr(Decimal(-0.0)))
print(Decimal(0.1))
print(Decimal(1) / Decimal(7))
print(Decimal('10') - Decimal('0.001'), Decimal('2.5') * Decimal('4'))
print(Decimal('7') // Decimal('2'), Decimal('-7') // Decimal('2'), Decimal('-7') % Decimal('2'))
print(divmod(Decimal('17.5'), Decimal('4')))
print(Decimal('2') ** 10, Decimal('2') ** Decimal('0.5'))
print(Decimal('1e3'), Decimal('1E+3').normalize(), Decimal('123.4500').normalize())
print(Decimal('-0'), Decimal('Infinity'), Decimal('-inf'), Decimal('NaN'))
print(Decimal('1.5') < Decimal('2'), Decimal('2.0') == Decimal('2'), Decimal('2') == 2, Decimal('0.5') == 0.5)
print(sorted([Decimal('3.3'), Decimal('-1'), Decimal('2.25')]))
print(int(Decimal('42.9')), float(Decimal('2.5')), round(Decimal('2.675'), 2), round(Decimal('3.5')))
print(hash(Decimal('2.0')) == hash(2), abs(Decimal('-3.20')), -Decimal('5'))
print(Decimal('3.14').as_tuple(), Decimal('1.25').as_integer_ratio())
print(Decimal(12345).sqrt(), Decimal('100').log10(), Decimal(1).exp(), Decimal(10).ln())
print(Decimal('1234.5678').adjusted(), Decimal('0.00123').scaleb(3), Decimal('5').max(Decimal('7')))
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.125'):.1%} {Decimal('12'):>8} {Decimal('1e-7'):f}")
print(sum([Decimal('0.1')] * 10), Decimal('0.1') * 3 == Decimal('0.3'))
try:
    Decimal('abc')
except InvalidOperation as e:
    print('InvalidOperation', type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', isinstance(e, ZeroDivisionError))
print(getcontext().prec, getcontext().rounding)
