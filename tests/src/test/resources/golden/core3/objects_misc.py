import sys

print(sys.exc_info())
def show():
    t, v, _ = sys.exc_info()
    print(t, v.args)
try:
    raise ValueError("value", 123)
except ValueError:
    show()
    print(sys.exception())
print(sys.exc_info()[:2], sys.exception())

e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
print(OSError().errno, OSError("x").strerror, OSError(1, "msg").errno, str(OSError(1, "msg")))
print(StopIteration(1, 2, 3).value, StopIteration().value)

for arg in [1, int, ValueError]:
    try:
        object.__new__(arg)
    except TypeError as e:
        print("TypeError:", e)

class Desc:
    def __get__(self, obj, cls):
        return "got"
    def __set__(self, obj, val):
        print("set", val)
    def __delete__(self, obj):
        print("delete", type(obj).__name__)

class Main:
    d = Desc()

m = Main()
m.d = 1
del m.d
print(m.d)

class SetSpecific:
    def __init__(self, sib, value):
        self.sib, self.value = sib, value
    def __set_name__(self, owner, name):
        setattr(owner, self.sib, self.value)

class Replace:
    a = SetSpecific("b", 312)
    b = SetSpecific("a", 311)
print(Replace.a, Replace.b)

class Base:
    def p(self):
        return str(super())
    @classmethod
    def c(cls):
        return repr(super())
class Sub(Base):
    pass
print(Sub().p(), Sub.c(), super(Base, Sub()))

class E:
    def __eq__(self, other):
        print("E eq")
        return 123
class F:
    def __ne__(self, other):
        print("F ne")
        return -456
class G(E):
    pass
print(E() != F(), F() != E(), E() != 1, 1 != E(), G() != E(), E() != G())
