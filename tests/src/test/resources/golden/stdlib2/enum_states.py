from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.GREEN in Color)
for c in Color:
    print(c.name, c.value)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status.NOT_FOUND + 1, sorted([Status.NOT_FOUND, Status.OK]), str(Status.OK), f"{Status.OK}")

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, Perm(0), bool(Perm(0)))

class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode.A | 4, int(Mode.B))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.mass)

class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    CIRCLE = 3
print(Shape.ALIAS, list(Shape), Shape.__members__.keys())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

class Weekday(StrEnum):
    MON = auto()
    TUE = auto()
print(Weekday.MON, Weekday.TUE.value, Weekday.MON == "mon", Weekday("tue"))

class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @classmethod
    def default(cls):
        return cls.FIRST
print(Ordinal.SECOND.describe(), Ordinal.default())
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green!")
print(Color.RED is Color(1), hash(Color.RED) == hash(Color.RED))
print({Color.RED: "r"}[Color.RED])
