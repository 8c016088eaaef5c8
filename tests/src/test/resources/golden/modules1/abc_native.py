# abc.ABCMeta on the native _abc: abstract methods, __subclasshook__, register, caches
import abc
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name}: {self.area()}'
print(sorted(Shape.__abstractmethods__))
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return 'square'
print(Square.__abstractmethods__, Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))
class Half(Shape):
    def area(self): return 0
print(sorted(Half.__abstractmethods__))
class Proto(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Proto:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Proto), isinstance(Duck(), Proto), issubclass(int, Proto))
class Virtual(ABC): pass
Virtual.register(tuple)
print(issubclass(tuple, Virtual), isinstance((1,), Virtual), issubclass(list, Virtual), isinstance(abc.get_cache_token(), int))
@Virtual.register
class Reg: pass
print(issubclass(Reg, Virtual), Reg.__name__)
try:
    Virtual.register(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Shape.register(Shape)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    issubclass(1, Virtual)
except TypeError as e:
    print('TypeError:', e)
