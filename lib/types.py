"""Names for the builtin types, and SimpleNamespace (part of CPython's
`types`)."""

import sys as _sys


def _function():
    pass


def _generator():
    yield 1


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = FunctionType
GeneratorType = type(_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        parts = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, ", ".join(parts))

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it."""
    meta = (kwds or {}).get("metaclass", type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns)


del _sys, _function, _generator, _Class


class mappingproxy:
    """A read-only view of a mapping (`Enum.__members__`, dataclass field
    metadata, `types.MappingProxyType(d)`)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping == other

    def __reversed__(self):
        return reversed(list(self._mapping))

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return dict(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)



mappingproxy.__module__ = "builtins"
MappingProxyType = mappingproxy
