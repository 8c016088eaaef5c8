# the _typing module's primitives, as typing.py imports them: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, _idfunc
from _typing import _idfunc, TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, TypeAliasType, Generic
print(_idfunc(3))
class N:
    __call__ = _idfunc
print(N()(5))
P = ParamSpec("P")
print(P, P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args, P.__module__)
Ts = TypeVarTuple("Ts")
print(Ts, Ts.__name__)
T = TypeVar("T", covariant=True)
print(T, TypeVar("U", contravariant=True), TypeVar("V", infer_variance=True), T.__module__)
try:
    TypeVar("X", covariant=True, contravariant=True)
except ValueError as e:
    print(e)
try:
    class Sub(TypeVar): pass
except TypeError as e:
    print(e)
try:
    class Sub2(T): pass
except TypeError as e:
    print(e)
A = TypeAliasType("A", int)
print(A, A.__value__, A.__type_params__, A.__name__)
try:
    A[int]
except TypeError as e:
    print(e)
print(type(T).__module__, type(T).__name__, Generic.__module__)

# a callable object (no __get__) or a staticmethod as __call__ is called without self
class Twice:
    def __call__(self, x):
        return 2 * x

class UsesObject:
    __call__ = Twice()

class UsesStatic:
    __call__ = staticmethod(lambda x: x + 1)

print(UsesObject()(4), UsesStatic()(4))
