# complex numbers: literals, constructor, arithmetic, repr, equality, hash
print(2j, 1 + 2j, -(1 + 2j), 1.5j - 3, complex(), complex(1), complex(1.5, -2))
print(complex("1+2j"), complex(" -1-2j "), complex("j"), complex("-J"), complex("nan-infj"), complex("(3+4j)"))
print(repr(complex(-0.0, -1)), complex(0.0, -0.0), complex(1e20, 1e-5), complex(float("nan"), float("inf")))
print(complex(1 + 2j, 3j), complex(2, 1j), complex(float("inf"), -0.0))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b)
print(2 + a, 2 - a, 2 * a, 2 / a, 2 ** a, 1.5 + a, True + a)
print(abs(a), abs(-3j), a.real, a.imag, a.conjugate(), (5).real, (5).imag, (2.5).imag)
print(a == 3 + 4j, a != b, 1 + 0j == 1, 1 == 1 + 0j, 0j == False, 2.5 + 0j == 2.5, 1j == 1)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), type(hash(1j)))
print(bool(0j), bool(1j), bool(-0.0 + 0j))
print(float("inf") * (1 + 1j), float("nan") * 1j)
print((-1) ** 0.5, (-8) ** (1 / 3))
print(type(2j).__name__, isinstance(2j, complex), {1j: "x"}[1j])
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: 1j / 0)
attempt(lambda: 0j ** -1)
attempt(lambda: 0j ** 1j)
attempt(lambda: 1j // 2)
attempt(lambda: 1j % 2)
attempt(lambda: 1j < 2j)
attempt(lambda: ~1j)
attempt(lambda: 1 | 1j)
attempt(lambda: 1j + [])
attempt(lambda: complex("1+2"))
attempt(lambda: complex("1 + 2j"))
attempt(lambda: complex("1", 2))
attempt(lambda: complex([]))
attempt(lambda: (1e300 + 1e300j) ** 2.5)
print()
class C:
    def __complex__(self):
        return 1 + 5j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()))
class A:
    def __radd__(self, x):
        return ("radd", x)
    def __add__(self, x):
        return ("add", x)
print(1j + A(), A() + 1j)
