# Decimal contexts: precision, rounding, traps, flags, localcontext, quantize
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, BasicContext,
                     ExtendedContext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_UP, Inexact, Rounded, DivisionByZero, InvalidOperation)

getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123456789') + 0)
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(2).sqrt(), getcontext().prec)
with localcontext(prec=12, rounding=ROUND_DOWN):
    print(Decimal(2) / 3)
print(Decimal(2).sqrt(), getcontext().prec)

for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR):
    vals = [Decimal(s).quantize(Decimal('0.1'), rounding=r) for s in ('2.25', '2.35', '-2.25', '2.21')]
    print(r, vals)
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_HALF_UP))
print(Decimal('1.41421356').quantize(Decimal('1.000')), Decimal('123').quantize(Decimal('1e1')))

c = Context(prec=4, rounding=ROUND_HALF_EVEN)
print(c.add(Decimal('1.23456'), Decimal('1')), c.divide(Decimal(10), Decimal(3)), c.sqrt(Decimal(3)))
print(c.create_decimal('3.14159265'), c.power(Decimal(2), Decimal(20)))
c.clear_flags()
c.divide(Decimal(1), Decimal(3))
print(sorted(k.__name__ for k, v in c.flags.items() if v))
c.traps[Inexact] = True
try:
    c.divide(Decimal(1), Decimal(3))
except Inexact:
    print('trapped Inexact')

setcontext(ExtendedContext)
print(Decimal(1) / Decimal(0), Decimal(0) / Decimal(0), getcontext().prec)
setcontext(BasicContext)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero:
    print('BasicContext traps DivisionByZero')
print(getcontext().prec, getcontext().rounding)
c = Context(prec=5, Emin=-10, Emax=10, capitals=0)
print(c.prec, c.Emin, c.Emax, c.capitals, c.clamp, sorted(k.__name__ for k, v in c.traps.items() if v))
