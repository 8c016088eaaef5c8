# int()/float()/complex()/round()/hex()/range()/indexing through special methods
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Int:
    def __int__(self):
        return 42
class Trunc:
    def __trunc__(self):
        return 7
class Fl:
    def __float__(self):
        return 1.25
class R:
    def __round__(self, n=None):
        return ("round", n)
print(int(Int()), int(I(5)), float(Fl()), float(I(3)))
print(hex(I(255)), bin(I(5)), oct(I(8)), list(range(I(3))), list(range(I(1), I(7), I(2))))
print([10, 20, 30, 40][I(2)], "abcd"[I(-1)], (1, 2, 3)[I(0)])
print(round(R()), round(R(), 3), round(2.675, 2), round(7))
print("%.2f" % Fl(), "%d" % 3.99, "%*d|%-*d|" % (5, 42, 5, 42), "%.*f" % (3, 3.14159))
print("%*.*d|%08.4d|%-8.4x|" % (8, 5, 42, -12, 255))
print(int(b"12", 10), int("ff", 16), int(b" 0x1f ", 0), int("0b101", 0))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class BadI:
    def __index__(self):
        return 1.5
class BadF:
    def __float__(self):
        return 1
attempt(lambda: hex(BadI()))
attempt(lambda: float(BadF()))
attempt(lambda: int(object()))
attempt(lambda: float(object()))
attempt(lambda: [1, 2][BadI()])
attempt(lambda: int(1.5, 10))
