# int.from_bytes and float.fromhex are class methods: on a subclass (an IntEnum, a float Enum) they call the
# subclass with the result; they work on instances too. int.__format__ with an empty spec is str(self).
import enum
from datetime import date
class MainEnum(date, enum.Enum):
    first = (2021, 1, 1)
    second = (2021, 2, 2)
print(date(2021, 1, 1) in MainEnum, MainEnum.first in MainEnum)
print(hash(MainEnum.first) == hash(date(2021, 1, 1)), MainEnum.first == date(2021, 1, 1))
print(MainEnum._value2member_map_)
class IE(enum.IntEnum):
    A = 1
    B = 256
print(repr(IE.from_bytes(b'\x01\x00', 'big')))
class FE(float, enum.Enum):
    H = 0.5
print(repr(FE.fromhex('0x1p-1')))
class MyInt(int): pass
print(type(MyInt.from_bytes(b'\x01', 'big')).__name__, type(bool.from_bytes(b'\x01', 'big')).__name__)
class MyF(float): pass
print(type(MyF.fromhex('0x1p0')).__name__)
print(int.from_bytes(b'\x01\x00', 'little'), (5).from_bytes(b'\x02', 'big'), True.from_bytes(b'\x01', 'big'), (1.5).fromhex('0x1p1'))
print(int.__format__(7, ''), float.__format__(2.5, ''), int.__format__(7, '03'))
class Loud(int):
    def __str__(self):
        return 'LOUD'
print(format(Loud(3)), f'{Loud(3)}', f'{Loud(3):d}')
