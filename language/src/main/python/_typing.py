"""Primitives and accelerators for the typing module.

bytepy's version of CPython's C module _typing (Objects/typevarobject.c): TypeVar, ParamSpec,
TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, TypeAliasType and Generic. The compiler creates these
objects for PEP 695 syntax (def f[T](), class C[T], type X = ...) through the _make_* functions below.
Like the C version, these call back into the typing module (imported on first need) for type checks
and substitution, so typing.py itself can use the syntax while it is being imported.
"""

import sys as _sys

_sentinel = object()


def _typing():
    mod = _sys.modules.get('typing')
    if mod is None:
        import typing as mod
    return mod


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _type_check(arg, msg):
    if arg is None:
        return None
    return _typing()._type_check(arg, msg)


def _idfunc(x):
    return x


_idfunc = staticmethod(_idfunc)


class _Final:
    __slots__ = ()

    def __init_subclass__(cls, /, *args, **kwds):
        if _Final not in cls.__bases__ and _ParamSpecPart not in cls.__bases__:
            raise TypeError(f"type 'typing.{cls.__mro__[1].__name__}' is not an acceptable base type")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def __or__(self, right):
        return _typing()._make_union(self, right)

    def __ror__(self, left):
        return _typing()._make_union(left, self)

    def __reduce__(self):
        return self.__name__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _variance_repr(self):
    if self.__infer_variance__:
        return self.__name__
    prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
    return prefix + self.__name__


class TypeVar(_Final):
    """Type variable."""

    __module__ = 'typing'

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._bound = _type_check(bound, "Bound must be a type.")
        self._evaluate_bound = None
        self._constraints = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.") for t in constraints)
        self._evaluate_constraints = None
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    @property
    def __bound__(self):
        if self._evaluate_bound is not None:
            self._bound = self._evaluate_bound()
            self._evaluate_bound = None
        return self._bound

    @property
    def __constraints__(self):
        if self._evaluate_constraints is not None:
            self._constraints = tuple(self._evaluate_constraints())
            self._evaluate_constraints = None
        return self._constraints

    def __repr__(self):
        return _variance_repr(self)

    def __typing_subst__(self, arg):
        return _typing()._typevar_subst(self, arg)


class TypeVarTuple(_Final):
    """Type variable tuple."""

    __module__ = 'typing'

    def __init__(self, name):
        self.__name__ = name
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __iter__(self):
        yield _typing().Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._typevartuple_prepare_subst(self, alias, args)


class _ParamSpecPart(_Final):
    __module__ = 'typing'
    _part = None

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._part}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((type(self), self.__origin__))


class ParamSpecArgs(_ParamSpecPart):
    """The args for a ParamSpec object."""

    __module__ = 'typing'
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    """The kwargs for a ParamSpec object."""

    __module__ = 'typing'
    _part = 'kwargs'


class ParamSpec(_Final):
    """Parameter specification variable."""

    __module__ = 'typing'

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__bound__ = _type_check(bound, "Bound must be a type.")
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return _variance_repr(self)

    def __typing_subst__(self, arg):
        return _typing()._paramspec_subst(self, arg)

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._paramspec_prepare_subst(self, alias, args)


class TypeAliasType(_Final):
    """Type alias."""

    __module__ = 'typing'

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("TypeAliasType.__init__() argument 'name' must be str, not " + type(name).__name__)
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        self.__name__ = name
        self._value = value
        self._evaluate_value = None
        self.__type_params__ = type_params
        self.__module__ = _caller_module()

    @property
    def __value__(self):
        if self._evaluate_value is not None:
            self._value = self._evaluate_value()
            self._evaluate_value = None
        return self._value

    @property
    def __parameters__(self):
        params = []
        for p in self.__type_params__:
            if isinstance(p, TypeVarTuple):
                params.extend(p)
            else:
                params.append(p)
        return tuple(params)

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        import types
        try:
            return types.GenericAlias(self, parameters)
        except TypeError:
            # bytepy: types.GenericAlias cannot be instantiated yet
            return _typing()._GenericAlias(self, parameters)

    def __repr__(self):
        return self.__name__


class Generic:
    """Abstract base class for generic types.

    On Python 3.12 and higher, generic classes implicitly inherit from
    Generic when they declare a parameter list after the class's name::

        class Mapping[KT, VT]:
            def __getitem__(self, key: KT) -> VT:
                ...
            # Etc.

    On older versions of Python, however, generic classes have to
    explicitly inherit from Generic.

    After a class has been declared to be generic, it can then be used as
    follows::

        def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:
            try:
                return mapping[key]
            except KeyError:
                return default
    """

    __module__ = 'typing'
    __slots__ = ()
    _is_protocol = False

    @classmethod
    def __class_getitem__(cls, params):
        return _typing()._generic_class_getitem(cls, params)

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        return _typing()._generic_init_subclass(cls, *args, **kwargs)


# ---------------------------------------------------------------- used by compiled PEP 695 code

def _make_typevar(name, evaluate_bound, evaluate_constraints):
    tv = TypeVar.__new__(TypeVar)
    tv.__name__ = name
    tv.__covariant__ = False
    tv.__contravariant__ = False
    tv.__infer_variance__ = True
    tv._bound = None
    tv._evaluate_bound = evaluate_bound
    tv._constraints = ()
    tv._evaluate_constraints = evaluate_constraints
    return tv


def _make_paramspec(name):
    ps = ParamSpec.__new__(ParamSpec)
    ps.__name__ = name
    ps.__covariant__ = False
    ps.__contravariant__ = False
    ps.__infer_variance__ = True
    ps.__bound__ = None
    return ps


def _make_typevartuple(name):
    tt = TypeVarTuple.__new__(TypeVarTuple)
    tt.__name__ = name
    return tt


def _make_typealias(name, type_params, evaluate_value):
    ta = TypeAliasType.__new__(TypeAliasType)
    ta.__name__ = name
    ta._value = None
    ta._evaluate_value = evaluate_value
    ta.__type_params__ = type_params
    ta.__module__ = _caller_module(2)
    return ta


def _subscript_generic(params):
    """Generic[*params], the implicit base of class C[T]."""
    typing = _typing()
    args = []
    for p in params:
        if isinstance(p, TypeVarTuple):
            args.extend(p)
        else:
            args.append(p)
    return typing._GenericAlias(Generic, tuple(args))
