class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius)
t.celsius = 25
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temperature.celsius).__name__)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42

lz = Lazy()
print(lz.value, lz.value, lz.computed)

class Base:
    @property
    def kind(self):
        return "base"

class Derived(Base):
    @property
    def kind(self):
        return "derived+" + super().kind

print(Derived().kind)

class Manual:
    def _get(self):
        return "manual"
    x = property(_get, doc="the x")

print(Manual().x, Manual.x.__doc__)
m = Manual()
try:
    del m.x
except AttributeError as e:
    print("AttributeError:", e)
