# PEP 695 generic classes: implicit typing.Generic base, __type_params__, subscription, typing's own generic classes
import typing

class Stack[T]:
    """A stack of T."""
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack.__doc__, Stack.__type_params__)
print(Stack.__mro__)
print(Stack.__orig_bases__, Stack.__parameters__)
print(Stack[int], Stack[str].__args__, Stack[int].__origin__ is Stack)
print(typing.Generic in Stack.__mro__, type(s).__name__, s.__orig_class__)

class Base:
    pass

class Mapping[K, V](Base):
    pass
print(Mapping.__bases__, Mapping[str, int])

class Variadic[*Ts]:
    pass
print(Variadic.__parameters__, Variadic[int, str])

class Callback[**P, R]:
    pass
print(Callback.__parameters__, Callback[[int, str], bool])

try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad[T](typing.Generic[T]):
        pass
except TypeError as e:
    print("TypeError:", e)

T = Stack.__type_params__[0]
print(T | None, typing.Optional[T])

type IntList = list[int]
type Pair[A] = tuple[A, A]
print(Pair[int], IntList.__value__)

print(typing.SupportsAbs.__type_params__, isinstance(3, typing.SupportsAbs))

def identity[X](x: X) -> X:
    return x
print(typing.get_type_hints(identity))

class Outer:
    class Base:
        pass
    class Child[T](Base):
        pass
print(Outer.Child.__qualname__, Outer.Child.__mro__[1].__qualname__)
