from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import List

@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    secret: InitVar[str] = None
    def __post_init__(self, secret):
        self.has_secret = secret is not None

items = [Item("apple", 0.5, 10), Item("pear", 0.75, 4, ["fruit"])]
for i in items:
    print(i, i.total)
print(asdict(items[1]), astuple(items[0]))
print(replace(items[0], qty=3))
print([f.name for f in fields(Item)])
print(Item("a", 1) == Item("a", 1), Item("a", 1) == Item("a", 2))
print(sorted([Version(1, 2, "x"), Version(1, 0), Version(0, 9)]))
print(Version(1, 0, "a") == Version(1, 0, "b"))
c = Coord(1.5, 2.5)
try:
    c.lat = 3
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(c) == hash(Coord(1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
a = Account("bob", secret="pw")
print(a, a.has_secret)
try:
    Item("x")
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

@dataclass(slots=True, kw_only=True)
class Config:
    host: str
    port: int = 8080
cfg = Config(host="localhost")
print(cfg, hasattr(cfg, "__dict__"), Config.__slots__)
print(Item.__match_args__)
match items[0]:
    case Item(name, price):
        print("matched", name, price)
