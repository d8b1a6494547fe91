"""Support for type hints.

Enough of CPython's typing for annotations, imports and light
introspection: special forms (Any, Union, Optional, Literal, ...) and the
generic aliases (List, Dict, Callable, ...) subscript to objects that print
like CPython's and answer get_origin()/get_args().  Generic and Protocol are
plain classes: subscripting them (or a user class that derives from them)
gives a types.GenericAlias, which stands for its class as a base, so
`class Stack(Generic[T])` and `class IntStack(Stack[int])` both work.
isinstance() against the aliases is not supported.
"""

import sys
import collections
import collections.abc as _abc

TYPE_CHECKING = False

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final",
    "ForwardRef", "Generic", "Literal", "Optional", "ParamSpec", "Protocol",
    "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union", "AbstractSet",
    "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
    "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
    "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible",
    "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter",
    "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set",
    "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO", "IO",
    "TextIO", "AnyStr", "assert_type", "assert_never", "cast",
    "clear_overloads", "dataclass_transform", "final", "get_args",
    "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
    "LiteralString", "Never", "NewType", "no_type_check",
    "no_type_check_decorator", "NoReturn", "NotRequired", "overload",
    "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type",
    "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias",
    "TypeGuard", "Unpack",
]

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[%s]" % ", ".join([_type_repr(a) for a in obj])
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    if isinstance(params, tuple):
        return params
    return (params,)


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in params:
                params.append(a)
        elif isinstance(a, list):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(a, "__parameters__", ()):
                if isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple([mapping.get(p, p) for p in arg.__parameters__])]
    return arg


class ForwardRef:
    """A type given as a string (a forward reference)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(("ForwardRef", self.__forward_arg__))

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- type variables

class TypeVar:
    """A type variable: T = TypeVar('T'), with optional constraints, bound
    and variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple([_type_check(c) for c in constraints])
        self.__bound__ = _type_check(bound) if bound is not None else None

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % (self.__origin__.__name__,)


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % (self.__origin__.__name__,)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


# ------------------------------------------------------------- generic aliases

class _GenericAlias:
    """X[args]: what subscripting a generic alias or special form gives."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def _head(self):
        if self._name is not None:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return self._head() + "[()]"
        return "%s[%s]" % (self._head(), ", ".join([_type_repr(a) for a in self.__args__]))

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % (self,))
        params = _as_tuple(params)
        n = len(self.__parameters__)
        if len(params) != n:
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(params) > n else "few", self, len(params), n))
        mapping = {}
        for p, v in zip(self.__parameters__, params):
            mapping[p] = _type_check(v)
        args = tuple([_substitute(a, mapping) for a in self.__args__])
        return self._copy_with(args)

    def _copy_with(self, args):
        return self.__class__(self.__origin__, args, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias) or isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        return "typing.Callable[[%s], %s]" % (
            ", ".join([_type_repr(a) for a in args[:-1]]), _type_repr(args[-1]))


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[1] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[0])
            if args[0] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[1])
        return "typing.Union[%s]" % ", ".join([_type_repr(a) for a in args])

    def _copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return _same_members(self.__args__, other.__args__)

    def __hash__(self):
        return hash(frozenset(_hashable_list(self.__args__)))


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join([repr(a) for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return _same_members(self.__args__, other.__args__)

    def __hash__(self):
        return hash(frozenset(_hashable_list(self.__args__)))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), None, True)
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (
            _type_repr(self.__origin__), ", ".join([repr(a) for a in self.__metadata__]))

    def _copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


def _hashable_list(args):
    out = []
    for a in args:
        try:
            hash(a)
            out.append(a)
        except TypeError:
            out.append(repr(a))
    return out


def _same_members(a, b):
    for x in a:
        if x not in b:
            return False
    for x in b:
        if x not in a:
            return False
    return True


class _SpecialGenericAlias:
    """An unsubscripted alias such as List: subscripting gives a
    _GenericAlias over its origin class."""

    def __init__(self, origin, nparams, name=None, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name if name is not None else origin.__name__
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = tuple([_type_check(p) for p in _as_tuple(params)])
        n = self._nparams
        if n == 0:
            raise TypeError("%r is not a generic class" % (self,))
        if len(params) != n:
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(params) > n else "few", self, len(params), n))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple", False)
        params = _as_tuple(params)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple([_type_check(p) for p in params[:-1]]) + (...,),
                                 "Tuple", False)
        return _GenericAlias(tuple, tuple([_type_check(p) for p in params]), "Tuple", False)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., _type_check(result))
        elif isinstance(args, (list, tuple)):
            flat = tuple([_type_check(a) for a in args]) + (_type_check(result),)
        elif isinstance(args, (ParamSpec, _GenericAlias)):
            flat = (args, _type_check(result))
        else:
            raise TypeError("Callable[args, result]: args must be a list. Got %s"
                            % _type_repr(args))
        return _CallableGenericAlias(self.__origin__, flat, "Callable", True)


# ----------------------------------------------------------------- special forms

class _SpecialForm:
    """Any, Union, Optional, ClassVar, ...: objects that only make sense in
    annotations."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError("%r is not subscriptable" % (self,))
        return self._getitem(self, params)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


def _union_getitem(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    params = _as_tuple(params)
    flat = []
    for p in params:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), None, False)


def _optional_getitem(self, params):
    if isinstance(params, tuple):
        raise TypeError("typing.Optional requires a single type. Got %r." % (params,))
    return Union[params, None]


def _single_getitem(self, params):
    if isinstance(params, tuple):
        raise TypeError("%r accepts only single type. Got %r." % (self, params))
    return _GenericAlias(self, (_type_check(params),), self._name, False)


def _literal_getitem(self, params):
    params = _as_tuple(params)
    unique = []
    for p in params:
        if not any([p is u or (type(p) is type(u) and p == u) for u in unique]):
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique), "Literal", False)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two "
                        "arguments (a type and an annotation).")
    return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))


def _concatenate_getitem(self, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError("Cannot take a Concatenate of no types.")
    return _GenericAlias(self, params, "Concatenate", False)


def _any_getitem(self, params):
    raise TypeError("type 'Any' is not subscriptable")


class _AnyForm(_SpecialForm):
    def __call__(self, *args, **kwds):
        raise TypeError("Any cannot be instantiated")


Any = _AnyForm("Any", _any_getitem)
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
ClassVar = _SpecialForm("ClassVar", _single_getitem)
Final = _SpecialForm("Final", _single_getitem)
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_getitem)
Required = _SpecialForm("Required", _single_getitem)
NotRequired = _SpecialForm("NotRequired", _single_getitem)
Unpack = _SpecialForm("Unpack", _single_getitem)


# ------------------------------------------------------------ Generic, Protocol

class Generic:
    """Base class for generic classes: class Stack(Generic[T])."""

    def __class_getitem__(cls, params):
        return type(list[int])(cls, params)


class Protocol(Generic):
    """Base class for protocol classes (structural types)."""


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


# ------------------------------------------------------------------ the aliases

def _abstract_context_manager():
    try:
        import contextlib
        return contextlib.AbstractContextManager
    except (ImportError, AttributeError):
        class AbstractContextManager:
            def __enter__(self):
                return self

            def __exit__(self, exc_type, exc_value, traceback):
                return None
        return AbstractContextManager


class _AbstractAsyncContextManager:
    async_placeholder = True


Hashable = _SpecialGenericAlias(_abc.Hashable, 0, "Hashable")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, "AsyncIterator")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, "Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, "Iterator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, "Reversible")
Sized = _SpecialGenericAlias(_abc.Sized, 0, "Sized")
Container = _SpecialGenericAlias(_abc.Container, 1, "Container")
Collection = _SpecialGenericAlias(_abc.Collection, 1, "Collection")
Callable = _CallableAlias(_abc.Callable, 2, "Callable")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, "MutableSet")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, "MutableMapping")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, "MutableSequence")
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, "ByteString")
Tuple = _TupleAlias(tuple, -1, "Tuple", False)
List = _SpecialGenericAlias(list, 1, "List", False)
Deque = _SpecialGenericAlias(collections.deque, 1, "Deque")
Set = _SpecialGenericAlias(set, 1, "Set", False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet", False)
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, "MappingView")
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, "ValuesView")
ContextManager = _SpecialGenericAlias(_abstract_context_manager(), 1, "ContextManager")
AsyncContextManager = _SpecialGenericAlias(_AbstractAsyncContextManager, 1, "AsyncContextManager")
Dict = _SpecialGenericAlias(dict, 2, "Dict", False)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, "Counter")
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, "ChainMap")
Generator = _SpecialGenericAlias(_abc.Generator, 3, "Generator")
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, "AsyncGenerator")
Type = _SpecialGenericAlias(type, 1, "Type", False)

Text = str
AnyStr = TypeVar("AnyStr")
AnyStr.__constraints__ = (str,)


# ------------------------------------------------------- protocols for numbers

class SupportsInt(Protocol):
    def __int__(self):
        pass


class SupportsFloat(Protocol):
    def __float__(self):
        pass


class SupportsComplex(Protocol):
    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    def __bytes__(self):
        pass


class SupportsIndex(Protocol):
    def __index__(self):
        pass


class SupportsAbs(Protocol):
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    def __round__(self, ndigits=0):
        pass


class IO(Generic):
    """Generic base of the file-object types."""

    mode = "r"
    name = ""
    closed = False


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


# ---------------------------------------------------- NamedTuple and TypedDict

def _namedtuple_fields(cls):
    ann = cls.__dict__.get("__annotations__") or {}
    fields = list(ann)
    defaults = []
    default_names = []
    for name in fields:
        if name in cls.__dict__:
            defaults.append(cls.__dict__[name])
            default_names.append(name)
        elif defaults:
            raise TypeError("Non-default namedtuple field %s cannot follow default "
                            "field%s %s" % (name, "s" if len(default_names) > 1 else "",
                                            ", ".join(default_names)))
    return ann, fields, defaults


_NT_COPIED = ("__new__", "_make", "_replace", "__repr__", "_asdict",
              "__getnewargs__", "_fields", "_field_defaults", "__match_args__")


class NamedTuple(tuple):
    """Typed namedtuple: NamedTuple('P', [('x', int)]) or a class with
    annotated fields.  (The class form needs class-body annotations, which
    Morel does not record yet.)"""

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return tuple.__new__(cls)
        if fields is None:
            fields = list(kwargs.items())
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided "
                            "to NamedTuple, not both")
        names = [n for n, t in fields]
        types = {}
        for n, t in fields:
            types[n] = _type_check(t)
        nt = collections.namedtuple(typename, names, module="__main__")
        nt.__annotations__ = types
        return nt

    def __init_subclass__(cls, **kwargs):
        ann, fields, defaults = _namedtuple_fields(cls)
        nt = collections.namedtuple(cls.__name__, fields, defaults=defaults,
                                    module=cls.__module__)
        for key in _NT_COPIED:
            setattr(cls, key, nt.__dict__[key])
        for name in fields:
            setattr(cls, name, nt.__dict__[name])
        cls.__annotations__ = dict(ann)


class TypedDict(dict):
    """Typed dict: instances of TypedDict classes are plain dicts."""

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            if len(args) >= 1:
                typename = args[0]
                fields = args[1] if len(args) > 1 else {}
                total = kwargs.pop("total", True)
                ns = {"__annotations__": dict(fields), "__total__": total}
                return type(typename, (TypedDict,), ns)
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        cls.__total__ = total
        ann = {}
        for base in reversed(cls.__mro__):
            ann.update(base.__dict__.get("__annotations__") or {})
        cls.__annotations__ = ann
        keys = frozenset(ann)
        cls.__required_keys__ = keys if total else frozenset()
        cls.__optional_keys__ = frozenset() if total else keys


def is_typeddict(tp):
    return isinstance(tp, type) and tp is not TypedDict and issubclass(tp, TypedDict)


# ----------------------------------------------------------------- NewType

class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns
    its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ------------------------------------------------------------------- functions

def cast(typ, val):
    """Tell a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overload_registry = {}


def overload(func):
    """Decorator for the overloaded signatures of a function (the
    implementation follows them undecorated)."""
    key = getattr(func, "__qualname__", None) or getattr(func, "__name__", None)
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = getattr(func, "__qualname__", None) or getattr(func, "__name__", None)
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


_TypesGenericAlias = type(list[int])
_UnionType = type(int | str)


def get_origin(tp):
    """The unsubscripted form of tp: list for List[int], Union for
    Optional[int]; None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _TypesGenericAlias):
        return tp.__origin__
    if isinstance(tp, _UnionType):
        return _UnionType
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted type: (str, int) for Dict[str, int]."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, _TypesGenericAlias, _UnionType)):
        return tp.__args__
    return ()


def _resolve(value, module):
    if value is None:
        return _NoneType
    if isinstance(value, str) and value.isidentifier():
        mod = getattr(sys, "modules", {}).get(module) if module else None
        if mod is not None and hasattr(mod, value):
            return getattr(mod, value)
        import builtins
        if hasattr(builtins, value):
            return getattr(builtins, value)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases'), module or function,
    with None turned into NoneType and simple string names resolved."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__") or {}
            for name, value in ann.items():
                hints[name] = _resolve(value, base.__module__)
        return hints
    ann = getattr(obj, "__annotations__", None) or {}
    module = getattr(obj, "__module__", None)
    for name, value in ann.items():
        hints[name] = _resolve(value, module)
    return hints
