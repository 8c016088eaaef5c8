# cmath: the complex functions on ordinary values (rounded: the last bit may differ by libm).
import cmath, math

def show(label, z):
    z = complex(z)
    print(label, round(z.real, 11) + 0.0, round(z.imag, 11) + 0.0)

for z in [1 + 2j, -3 + 0.5j, 0.25 - 0.75j, 2.0, -4, 0.5j]:
    show("sqrt", cmath.sqrt(z))
    show("exp", cmath.exp(z))
    show("log", cmath.log(z))
    show("log10", cmath.log10(z))
    show("sin", cmath.sin(z)); show("cos", cmath.cos(z)); show("tan", cmath.tan(z))
    show("sinh", cmath.sinh(z)); show("cosh", cmath.cosh(z)); show("tanh", cmath.tanh(z))
    show("asin", cmath.asin(z)); show("acos", cmath.acos(z)); show("atan", cmath.atan(z))
    show("asinh", cmath.asinh(z)); show("acosh", cmath.acosh(z)); show("atanh", cmath.atanh(z))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0))
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(3 + 4j))
show("rect", cmath.rect(2, math.pi / 2))
show("log base", cmath.log(8, 2))
print(cmath.isclose(cmath.exp(1j * cmath.pi), -1, abs_tol=1e-12), cmath.isclose(1, 1.1))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj))
print(cmath.pi == math.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj)
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError:", e)
# roots of a quadratic, as users write it
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))
print(cmath.sqrt(complex(5e-324, 5e-324)), cmath.sqrt(-0.0), cmath.sqrt(complex(0.0, -0.0)))
try:
    cmath.atan(1j)
except ValueError as e:
    print("atan(1j) ValueError:", e)
