from typing import (Protocol, runtime_checkable, TypeVar, Generic, Optional, Union, NamedTuple, TypedDict,
                    get_type_hints, get_origin, get_args, Callable, Any, Literal, overload, cast, Final, ClassVar)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self):
        print("closed")

print(isinstance(Resource(), Closer), isinstance(42, Closer))

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__)

class Employee(NamedTuple):
    name: str
    id: int = 3
e = Employee("Guido")
print(e, e._fields, Employee.__annotations__)

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__))

def greet(name: Optional[str] = None, times: int = 1) -> str:
    return "hi"
print(get_type_hints(greet))
print(get_origin(list[int]), get_args(dict[str, int]), get_args(Union[int, str]), get_origin(Optional[int]))
print(Optional[int], Union[int, str, None], Callable[[int, str], bool], Literal["a", "b"], list[int] | None)
print(cast(int, "x"), Any)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))

class Cfg:
    MAX: Final = 10
    count: ClassVar[int] = 0
    name: str
print(get_type_hints(Cfg))
def first(xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__annotations__)
from typing import TYPE_CHECKING, Iterator, Sequence, Mapping
print(TYPE_CHECKING)
def gen(n: int) -> Iterator[int]:
    yield from range(n)
print(list(gen(3)), Sequence[int], Mapping[str, int])
type Pair[K] = tuple[K, K]
print(Pair, Pair.__value__, Pair[int])
