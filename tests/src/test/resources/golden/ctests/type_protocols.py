# type | class with a metaclass, isinstance/issubclass with __instancecheck__ objects (typing.Union), type.__prepare__, generator attributes
import typing, collections.abc
class BadMeta(type): pass
print(int | BadMeta('A', (), {}))
print(BadMeta('A', (), {}) | int)
print(isinstance(1, typing.Union[int, str]), issubclass(bool, typing.Optional[int]))
print(isinstance(1, int | collections.abc.Mapping), isinstance({}, int | collections.abc.Mapping))
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases)
        ns["y"] = 1
        return ns
class K(metaclass=M): pass
print(K.y, type.__prepare__("a", ()))
def g(): yield 1
print(g().gi_code.co_name)
class Chk:
    def __instancecheck__(self, o): return o == 5
    def __subclasscheck__(self, c): return c is str
print(isinstance(5, Chk()), isinstance(4, Chk()), issubclass(str, Chk()))
gg = g()
print(gg.__name__, gg.__qualname__, gg.gi_running, gg.gi_suspended)
next(gg)
print(gg.gi_suspended)
async def co(): pass
c = co(); print(c.cr_code.co_name, c.__name__); c.close()
