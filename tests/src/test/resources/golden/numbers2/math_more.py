import math
def show(name, *args):
    try:
        r = getattr(math, name)(*args)
        print(name, args, "%.10g" % r if isinstance(r, float) else r)
    except Exception as e:
        print(name, args, type(e).__name__, e)
for name in ("expm1", "log1p", "erf", "erfc", "gamma", "lgamma", "cbrt", "exp2", "asinh", "acosh", "atanh", "log2", "log10", "ulp"):
    for x in (-2.5, -1, -0.5, 0.0, 0.5, 1, 2, 8.0, 30.5):
        show(name, x)
show("ldexp", 1.5, 3); show("ldexp", 1.0, 2000); show("ldexp", 0.0, 5)
show("frexp", 8.0); show("frexp", -0.3); show("frexp", 0.0); show("frexp", 5e-320)
show("modf", 2.5); show("modf", -2.5); show("modf", float("inf"))
show("fsum", [0.1] * 10); show("fsum", [1e100, 1.0, -1e100, 1e-100]); show("fsum", [])
show("prod", [1, 2, 3, 4]); show("prod", [1.5, 2]); show("prod", [])
show("comb", 10, 3); show("comb", 3, 10); show("comb", 100, 50); show("comb", -1, 2)
show("perm", 5, 2); show("perm", 5); show("perm", 2, 5)
show("dist", (0, 0), (3, 4)); show("dist", [1, 2, 3], [4, 6, 3])
show("hypot", 3, 4, 12); show("hypot"); show("hypot", float("inf"), float("nan"))
show("isclose", 1.0, 1.0 + 1e-10); show("isclose", 1.0, 1.1); print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1))
show("nextafter", 1.0, 2.0); show("nextafter", 0.0, -1.0)
show("remainder", 10, 3); show("remainder", 11, 4); show("remainder", 1, 0)
show("copysign", 3, -0.0); show("trunc", -2.7); show("lcm", 4, 6, 10); show("lcm"); show("gcd", 12, 18)
show("pow", 0.0, -1); show("pow", -2, 0.5); show("pow", 1.0, float("nan")); show("pow", 10.0, 400)
show("log", 8, 2); show("log", 0); show("log", 10 ** 400); show("log", 5, 1)
show("fmod", 7, 3); show("fmod", float("inf"), 2); show("fmod", 5, float("inf"))
show("gamma", 0); show("gamma", 200.0); show("lgamma", -2.0); show("sqrt", -1); show("exp", 1000)
class F:
    def __float__(self):
        return 2.0
class Ix:
    def __index__(self):
        return 5
print(math.sqrt(F()), math.exp(F()), math.factorial(Ix()), math.floor(F()) if False else 0)
show("sqrt", "x")
class FCT:
    def __floor__(self): return "fl"
    def __ceil__(self): return "ce"
    def __trunc__(self): return "tr"
class F2:
    def __float__(self): return 2.5
print(math.floor(FCT()), math.ceil(FCT()), math.trunc(FCT()), math.floor(F2()), math.ceil(F2()), math.floor(-2.5), math.trunc(-2.5), math.floor(True))
try:
    math.trunc(F2())
except TypeError as e:
    print(e)
