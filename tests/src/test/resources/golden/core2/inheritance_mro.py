class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from " + self.who()

class B(A):
    def who(self):
        return "B"

class C(A):
    def who(self):
        return "C"

class D(B, C):
    pass

def names(cls):
    return [k.__name__ for k in cls.__mro__]

print(names(A))
print(names(B))
print(names(D))
print(D().who(), D().hello())
print([k.__name__ for k in D.__bases__])
print(D.mro() == list(D.__mro__))

class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(names(M))

try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError:", e)

print(issubclass(D, A), issubclass(D, C), issubclass(C, B))
print(issubclass(D, (int, C)), issubclass(bool, int))
print(isinstance(D(), B), isinstance(D(), (int, str)), isinstance(True, int))
print(issubclass(A, object), issubclass(A, A))

class Animal:
    sound = "..."
    def speak(self):
        return type(self).__name__ + " says " + self.sound

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"

for a in [Animal(), Dog(), Puppy()]:
    print(a.speak())
print(Puppy.sound, Puppy.__base__.__name__)
print([c.__name__ for c in Animal.__subclasses__()])
print(type.__name__, object.__bases__, bool.__mro__)
