# private name mangling (attributes, class bodies, __slots__); numeric attributes of float/complex subclasses
class A:
    def __init__(self):
        self.__x = 1
    def get(self):
        return self.__x
a = A()
print(a.get(), a._A__x, sorted(k for k in vars(a)))
class S:
    __slots__ = ['_S__y']
    def __init__(self):
        self.__y = 2
print(S()._S__y)
class complex2(complex):
    pass
z = complex2(1.5, 2.0)
print(z.real, z.imag, z.conjugate())
class F(float): pass
print(F(2.5).real, F(2.5).is_integer())
class Rat(object):
    __slots__ = ['_Rat__num', '_Rat__den']
    def __init__(self, n):
        self.__num = n
    def _get_num(self):
        return self.__num
    num = property(_get_num)
print(Rat(3).num)


class K:
    __hidden = 5

    def peek(self):
        return self.__hidden

    def __priv(self):
        return "priv"

    def call(self):
        return self.__priv()


print(K().peek(), K._K__hidden, K().call(), hasattr(K, "__hidden"))


class _Under:
    def __init__(self):
        self.__v = 1


print(sorted(vars(_Under())))
