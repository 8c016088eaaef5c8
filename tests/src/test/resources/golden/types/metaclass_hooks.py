# A metaclass's __setattr__, __delattr__, __dir__ and __reversed__ apply to its classes (Enum relies on them);
# dir() sorts what __dir__ returns; type.__setattr__ stores through a metaclass's data descriptor.
class M(type):
    def __setattr__(cls, name, value):
        if name == 'X':
            raise AttributeError('cannot reassign X')
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        if name == 'X':
            raise AttributeError('cannot delete X')
        super().__delattr__(name)
    def __dir__(cls):
        return ['b', 'a']
    def __reversed__(cls):
        return iter([3, 2, 1])
    def __len__(cls):
        return 3
    def __contains__(cls, x):
        return x == 42
class C(metaclass=M):
    X = 1
try:
    C.X = 2
except AttributeError as e:
    print('AE', e)
C.Y = 5
print(C.Y)
try:
    del C.X
except AttributeError as e:
    print('AE', e)
del C.Y
print(hasattr(C, 'Y'))
print(dir(C))
print(list(reversed(C)))
print(len(C), 42 in C, 1 in C)
setattr(C, 'Z', 1)
try:
    setattr(C, 'X', 1)
except AttributeError as e:
    print('AE2', e)
class A:
    def __dir__(self): return ['z', 'a']
print(dir(A()))
class P(type):
    @property
    def answer(cls):
        return cls._answer
    @answer.setter
    def answer(cls, v):
        cls._answer = v * 2
class Q(metaclass=P):
    _answer = 1
Q.answer = 21
print(Q.answer, Q.__dict__['_answer'])
type.__setattr__(Q, 'plain', 3)
print(Q.plain)
type.__delattr__(Q, 'plain')
print(hasattr(Q, 'plain'))
try:
    type.__setattr__(int, 'x', 1)
except TypeError as e:
    print('TypeError', e)
try:
    del Q.nothing
except AttributeError as e:
    print('AttributeError', e)
try:
    type.__setattr__(3, 'x', 1)
except TypeError as e:
    print('TypeError', e)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(list(reversed(Color)))
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
print([n for n in dir(Color) if not n.startswith('_')])
