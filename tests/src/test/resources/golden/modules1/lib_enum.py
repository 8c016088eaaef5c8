# Lib's enum on the native modules (functools, operator, types, _abc)
from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
class Perm(Flag):
    R = auto()
    W = auto()
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
print(Color.RED, Color(2), Color['GREEN'], list(Color), Color.RED.name, Color.RED.value)
print(Perm.R | Perm.W, Pri.HIGH > Pri.LOW, Pri.LOW + 1, repr(Color.RED))
