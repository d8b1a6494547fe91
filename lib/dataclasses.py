"""Data classes: __init__, __repr__, __eq__ and friends made from a class's
annotated fields.

@dataclass collects the fields (the base dataclasses' first, then the
class's own annotations in order), then adds the methods the options ask
for.  __init__ is compiled from generated source, so that its argument
errors read exactly like those of a hand-written __init__; the other
methods are closures over the field names.
"""

import copy as _copy

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
    "KW_ONLY", "MISSING", "fields", "asdict", "astuple", "make_dataclass",
    "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


# Field.metadata: a read-only view of the mapping given to field().
from types import MappingProxyType as _ReadOnlyMapping

_EMPTY_METADATA = _ReadOnlyMapping({})


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ only."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return "dataclasses.InitVar[%s]" % (name,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass: what field() returns and fields() lists."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None or len(metadata) == 0:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _ReadOnlyMapping(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,"
                "repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: its default or default factory and which
    generated methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------- field kinds

def _annotation_head(annotation):
    """'typing.ClassVar[int]' -> 'typing.ClassVar'."""
    text = annotation.strip()
    end = text.find("[")
    if end >= 0:
        text = text[:end]
    return text.strip()


def _is_classvar(annotation):
    if isinstance(annotation, str):
        head = _annotation_head(annotation)
        return head == "ClassVar" or head.endswith(".ClassVar")
    if isinstance(annotation, type):
        return False
    try:
        import typing
    except ImportError:
        return False
    return (annotation is typing.ClassVar
            or getattr(annotation, "__origin__", None) is typing.ClassVar)


def _is_initvar(annotation):
    if isinstance(annotation, str):
        head = _annotation_head(annotation)
        return head == "InitVar" or head.endswith(".InitVar")
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        head = _annotation_head(annotation)
        return head == "KW_ONLY" or head.endswith(".KW_ONLY")
    return annotation is KW_ONLY


_UNHASHABLE_BUILTINS = (list, dict, set, bytearray)


def _unhashable_class(cls):
    """True when instances of cls have __hash__ None (the mutable-default test)."""
    if cls in _UNHASHABLE_BUILTINS:
        return True
    for klass in cls.__mro__:
        d = klass.__dict__
        if "__hash__" in d:
            return d["__hash__"] is None
        if klass.__module__ != "builtins" and "__eq__" in d:
            return True
    return False


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError("field %s cannot have a default factory" % (f.name,))
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % (f.name,))
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is _FIELD and f.default is not MISSING and _unhashable_class(type(f.default)):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


# ------------------------------------------------------------ generated methods

def _set_qualname(cls, fn):
    fn.__qualname__ = "%s.%s" % (cls.__qualname__, fn.__name__)
    return fn


def _set_new_attribute(cls, name, value):
    """Sets cls.name unless the class defines it itself; True if it does."""
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, "__qualname__") and not isinstance(value, type):
        _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _init_fn(cls, all_fields, std_fields, kw_fields, frozen, has_post_init, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % (f.name,))

    names = [f.name for f in all_fields]
    self_name = "__dataclass_self__" if "self" in names else "self"
    closure = {
        "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
        "__dataclass_builtins_object__": object,
    }

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            return "%s=__dataclass_dflt_%s__" % (f.name, f.name)
        return "%s=__dataclass_HAS_DEFAULT_FACTORY__" % (f.name,)

    params = [self_name] + [param(f) for f in std_fields if f.init]
    kw = [param(f) for f in kw_fields if f.init]
    if kw:
        params = params + ["*"] + kw

    body = []
    for f in all_fields:
        dflt = "__dataclass_dflt_%s__" % (f.name,)
        if f.default_factory is not MISSING:
            closure[dflt] = f.default_factory
            if f.init:
                value = "%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s" % (
                    dflt, f.name, f.name)
            else:
                value = "%s()" % (dflt,)
        elif f.init:
            if f.default is not MISSING:
                closure[dflt] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            closure[dflt] = f.default
            value = dflt
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append("__dataclass_builtins_object__.__setattr__(%s, %r, %s)"
                        % (self_name, f.name, value))
        else:
            body.append("%s.%s = %s" % (self_name, f.name, value))
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append("%s.%s(%s)" % (self_name, _POST_INIT_NAME, ", ".join(initvars)))
    if not body:
        body = ["pass"]

    outer = list(closure)
    src = "def __dataclass_make_init__(%s):\n" % (", ".join(outer),)
    src += "    def __init__(%s):\n" % (", ".join(params),)
    for line in body:
        src += "        %s\n" % (line,)
    src += "    return __init__\n"
    ns = {}
    exec(src, {}, ns)
    fn = ns["__dataclass_make_init__"](*[closure[k] for k in outer])
    return fn


_repr_running = set()


def _repr_fn(names):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (n, getattr(self, n)) for n in names]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (self.__class__.__qualname__, ", ".join(parts))
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, n) for n in names])


def _eq_fn(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) == _values(other, names)
        return NotImplemented
    return __eq__


def _order_fns(names):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) < _values(other, names)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) <= _values(other, names)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) > _values(other, names)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) >= _values(other, names)
        return NotImplemented

    return [__lt__, __le__, __gt__, __ge__]


def _hash_fn(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _frozen_fns(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)

    return [__setattr__, __delattr__]


def _type_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return "%s.%s" % (annotation.__module__, annotation.__qualname__)
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    return repr(annotation)


def _signature_text(cls, init_fields, kw_fields):
    """'(x: int, y: int = 0)', the text CPython puts in a dataclass's __doc__."""
    def one(f):
        text = f.name
        if f.type is not MISSING:
            text += ": " + _type_text(f.type)
            eq = " = "
        else:
            eq = "="
        if f.default is not MISSING:
            text += eq + repr(f.default)
        elif f.default_factory is not MISSING:
            text += eq + "<factory>"
        return text
    parts = [one(f) for f in init_fields if f.init]
    kws = [one(f) for f in kw_fields if f.init]
    if kws:
        parts = parts + ["*"] + kws
    return "(%s)" % (", ".join(parts),)


def _add_slots(cls, field_names):
    ns = dict(cls.__dict__)
    if "__slots__" in ns:
        raise TypeError("%s already specifies __slots__" % (cls.__name__,))
    ns["__slots__"] = tuple(field_names)
    for name in field_names:
        ns.pop(name, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    has_dataclass_bases = False
    any_frozen_base = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified"
                                % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_get_field(cls, name, annotation, kw_only))

    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    init_fields = [f for f in all_fields.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in init_fields if not f.kw_only]
    kw_init_fields = [f for f in init_fields if f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        fn = _init_fn(cls, init_fields, std_init_fields, kw_init_fields, frozen,
                      has_post_init, slots)
        _set_new_attribute(cls, "__init__", fn)

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn([f.name for f in field_list if f.repr]))

    compare_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _eq_fn(compare_names))

    if order:
        for fn in _order_fns(compare_names):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s. "
                                "Consider using functools.total_ordering"
                                % (fn.__name__, cls.__name__))

    if frozen:
        for fn in _frozen_fns(cls, tuple([f.name for f in field_list])):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (fn.__name__, cls.__name__))

    hash_names = [f.name for f in field_list
                  if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % (cls.__name__,))
        cls.__hash__ = _set_qualname(cls, _hash_fn(hash_names))
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _set_qualname(cls, _hash_fn(hash_names))
        else:
            cls.__hash__ = None

    if not getattr(cls, "__doc__", None):
        cls.__doc__ = cls.__name__ + _signature_text(cls, std_init_fields, kw_init_fields)

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple([f.name for f in std_init_fields]))

    if slots:
        cls = _add_slots(cls, [f.name for f in field_list])
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and, on request, ordering, hashing
    and immutability) to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# ------------------------------------------------------------------ functions

def fields(class_or_instance):
    """The fields (not ClassVars or InitVars) of a dataclass or instance, in order."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple([f for f in all_fields.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively (values deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                          for k, v in obj.items()])
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursively (values deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items()])
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


_KEYWORDS = frozenset("""False None True and as assert async await break class
continue def del elif else except finally for from global if import in is
lambda nonlocal not or pass raise return try while with yield""".split())


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Makes a dataclass named cls_name from (name[, type[, Field]]) items."""
    ns = dict(namespace) if namespace is not None else {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in _KEYWORDS:
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    ns.update(defaults)
    ns["__annotations__"] = annotations
    ns["__module__"] = module if module is not None else "__main__"
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
