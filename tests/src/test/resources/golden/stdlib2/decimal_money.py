from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero, Context
import decimal

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
total = sum(prices)
print(total, repr(total), total * 3, total / 3)
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(tax, total + tax)
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_EVEN))
print(Decimal(0.1), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
with localcontext() as ctx:
    ctx.prec = 40
    print(Decimal(1) / Decimal(7))
    print(Decimal(2).sqrt())
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
print(Decimal("1.30") + Decimal("1.20"), Decimal("3.14159").as_tuple(), Decimal("-0.00"), Decimal("1e3"), Decimal("1E+3") + 0)
print(Decimal("10.5").to_integral_value(), Decimal("7.7") // 2, Decimal("7.7") % 2, divmod(Decimal("7"), Decimal("2")))
print(Decimal("123.456").quantize(Decimal("1."), rounding=ROUND_DOWN), round(Decimal("2.345"), 2), round(Decimal("2.5")))
print(Decimal("inf"), Decimal("nan"), Decimal("-Infinity") < 0, Decimal("1.5").is_finite())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__name__)
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", format(Decimal("1e-7"), "f"), str(Decimal("1e-7")))
print(Decimal(10) ** 20, Decimal("2") ** Decimal("0.5"), Decimal("100").log10(), Decimal(1).exp())
print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1.05")]), max(Decimal("1"), Decimal("1.0")), Decimal("1.0") == 1)
print(Decimal("3.50").normalize(), Decimal("1.23E+5").to_eng_string(), Decimal(5).compare(Decimal(3)), Decimal("-3").copy_abs())
ctx = Context(prec=3, rounding=ROUND_HALF_UP)
print(ctx.divide(Decimal(2), Decimal(3)), ctx.create_decimal("1.2345"))
print(float(Decimal("1.5")), int(Decimal("-7.9")), Decimal.from_float(0.5), Decimal((0, (1, 4), -1)))
print(Decimal(3).fma(2, 1), Decimal("12.345").scaleb(2), Decimal(" 12 ").adjusted(), Decimal(42).__hash__() == hash(42))
