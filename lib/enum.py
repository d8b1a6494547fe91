"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.

The class body of an enumeration runs in an _EnumDict (the metaclass's
__prepare__), which records the member names in definition order and
resolves auto() values as they are assigned.  EnumType.__new__ then makes
the class without the members and turns each recorded value into a
singleton member instance.
"""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum",
    "Flag", "IntFlag", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
    "auto", "unique", "member", "nonmember", "property",
]

_builtin_property = property


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """A placeholder: the member gets the value _generate_next_value_ makes."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces the wrapped value to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps the wrapped value a plain class attribute."""

    def __init__(self, value):
        self.value = value


def property(fget=None, fset=None, fdel=None, doc=None):
    return _builtin_property(fget, fset, fdel, doc)


def _function_type():
    def f():
        pass
    return type(f)


_DESCRIPTOR_TYPES = (_function_type(), _builtin_property, classmethod, staticmethod)


def _is_descriptor(obj):
    if isinstance(obj, _DESCRIPTOR_TYPES):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == "__" and name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == "_" and name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_single_bit(value):
    return value > 0 and (value & (value - 1)) == 0


def _bit_count(value):
    return bin(value).count("1")


def _flag_bin(value, max_bits):
    """'0b0 0101': a sign bit, then the bits in two's complement."""
    nbits = max(max_bits, value.bit_length(), 1)
    if value < 0:
        return "0b1 " + format((1 << nbits) + value, "b").rjust(nbits, "0")
    return "0b0 " + format(value, "b").rjust(nbits, "0")


_SUNDER_NAMES = (
    "_order_", "_generate_next_value_", "_numeric_repr_", "_missing_",
    "_ignore_", "_iter_member_", "_iter_member_by_value_",
    "_iter_member_by_def_",
)


class _EnumDict(dict):
    """The class-body namespace of an enumeration."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use"
                                 % (key,))
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value
            elif key == "_ignore_":
                if isinstance(value, str):
                    names = value.replace(",", " ").split()
                else:
                    names = list(value)
                self._ignore = names
                for name in names:
                    if name in self._member_names:
                        raise ValueError("_ignore_ cannot specify already set names: %r"
                                         % (name,))
            dict.__setitem__(self, key, value)
            return
        if _is_dunder(key):
            if key == "__order__":
                key = "_order_"
            dict.__setitem__(self, key, value)
            return
        if key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        if key in self._ignore:
            return
        if isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
            return
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            dict.__setitem__(self, key, value)
            return
        if key in self:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        if isinstance(value, auto):
            value = self._auto_value(key, value)
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(self._auto_value(key, v) if isinstance(v, auto) else v
                          for v in value)
        self._member_names.append(key)
        self._last_values.append(value)
        dict.__setitem__(self, key, value)

    def _auto_value(self, key, a):
        if a.value is _auto_null:
            gnv = self._generate_next_value
            if gnv is None:
                raise TypeError("auto() is only usable inside an Enum")
            if isinstance(gnv, staticmethod):
                gnv = gnv.__func__
            a.value = gnv(key, 1, len(self._member_names), self._last_values[:])
        self._auto_called = True
        return a.value

    def update(self, other=(), **kw):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k in kw:
            self[k] = kw[k]


from types import MappingProxyType as mappingproxy


# the classes that the metaclass treats specially, once they exist
Enum = None
ReprEnum = None
Flag = None
EJECT = None
KEEP = None
STRICT = None
CONFORM = None


def _enum_bases(cls_name, bases):
    """(member type, first enum base) for a new enumeration with `bases`."""
    if not bases:
        return object, Enum
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    for base in bases:
        if isinstance(base, EnumType) and base._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls_name, base))
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    if base._member_type_ not in data_types:
                        data_types.append(base._member_type_)
                    break
            elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                found = candidate or base
                if found not in data_types:
                    data_types.append(found)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError("too many data types for %r: %r" % (bases, data_types))
    return (data_types[0] if data_types else object), first_enum


def _hash_by_value(self):
    return hash(self._value_)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        member_type, first_enum = _enum_bases(cls, bases)
        d = _EnumDict()
        if first_enum is not None:
            d._generate_next_value = getattr(first_enum, "_generate_next_value_", None)
        return d

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        member_type, first_enum = _enum_bases(cls, bases)
        if isinstance(classdict, _EnumDict):
            member_names = list(classdict._member_names)
        else:
            member_names = []
        namespace = {}
        for key in classdict:
            if key in member_names or key == "_ignore_":
                continue
            namespace[key] = dict.__getitem__(classdict, key)
        # how members are made: the class's own __new__ (which then gives
        # way to Enum.__new__, the lookup by value), an inherited one, the
        # data type's, or object's
        if Enum is None:
            new_member, use_args = object.__new__, False
        else:
            new_member = namespace.pop("__new__", None)
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
            use_args = True
            if new_member is None:
                if first_enum._use_args_:
                    new_member = first_enum._new_member_
                elif member_type is not object:
                    new_member = member_type.__new__
                else:
                    new_member, use_args = object.__new__, False
        order = namespace.pop("_order_", None)

        enum_class = super().__new__(metacls, cls, bases, namespace)
        set_attr = type.__setattr__
        set_attr(enum_class, "_member_names_", [])
        set_attr(enum_class, "_member_map_", {})
        set_attr(enum_class, "_value2member_map_", {})
        set_attr(enum_class, "_unhashable_values_", [])
        set_attr(enum_class, "_member_type_", member_type)
        set_attr(enum_class, "_new_member_", staticmethod(new_member))
        set_attr(enum_class, "_use_args_", use_args)
        if member_type is not object and "__hash__" not in namespace:
            set_attr(enum_class, "__hash__", _hash_by_value)
        if Enum is not None:
            if "__new__" not in namespace:
                set_attr(enum_class, "__new__", Enum.__dict__["__new__"])
            if ReprEnum in bases:
                # IntEnum, StrEnum, IntFlag: str() and format() of the value
                for name in ("__str__", "__format__"):
                    if name not in namespace:
                        set_attr(enum_class, name, ReprEnum.__dict__[name])
            # the data type's repr/str/format must not hide the enum's own
            for name in ("__repr__", "__str__", "__format__"):
                if name in namespace:
                    continue
                for klass in enum_class.__mro__:
                    if name in klass.__dict__:
                        if not isinstance(klass, EnumType):
                            set_attr(enum_class, name, getattr(first_enum, name))
                        break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            if boundary is None:
                boundary = getattr(first_enum, "_boundary_", None)
            set_attr(enum_class, "_boundary_", boundary)
        elif boundary is not None:
            set_attr(enum_class, "_boundary_", boundary)

        for name in member_names:
            enum_class._add_member_(name, dict.__getitem__(classdict, name))

        if is_flag:
            mask = 0
            singles = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
                if _is_single_bit(m._value_):
                    singles |= m._value_
            set_attr(enum_class, "_flag_mask_", mask)
            set_attr(enum_class, "_singles_mask_", singles)
            set_attr(enum_class, "_all_bits_", (1 << mask.bit_length()) - 1 if mask >= 0 else 0)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if list(order) != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, list(order)))
        return enum_class

    def _add_member_(cls, name, value):
        """Makes the member `name` from its body value (or finds its canonical twin)."""
        member_type = cls._member_type_
        # a tuple value is the argument list (for tuple members: the one argument)
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new_member = cls.__dict__["_new_member_"]
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if not cls._use_args_:
            m = new_member(cls)
        else:
            m = new_member(cls, *args)
        if not hasattr(m, "_value_"):
            if member_type is object:
                m._value_ = value
            else:
                m._value_ = member_type(*args)
        value = m._value_
        m._name_ = name
        m.__objclass__ = cls
        m.__init__(*args)
        m._sort_order_ = len(cls._member_names_)
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            m = canonical
        else:
            is_flag = Flag is not None and issubclass(cls, Flag)
            if is_flag:
                mask = 0
                mask |= value
            if not is_flag or _is_single_bit(value):
                cls._member_names_.append(name)
        type.__setattr__(cls, name, m)
        cls._member_map_[name] = m
        try:
            cls._value2member_map_.setdefault(value, m)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """The functional API: Enum('Name', 'A B C') and friends."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            gnv = getattr(cls, "_generate_next_value_")
            for count, name in enumerate(original):
                value = gnv(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif hasattr(names, "keys"):
            names = [(k, names[k]) for k in names.keys()]
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = "__main__"
        dict.__setitem__(classdict, "__module__", module)
        if qualname is not None:
            dict.__setitem__(classdict, "__qualname__", qualname)
        if boundary is not None:
            return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(value).__qualname__, type(cls).__qualname__))

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """The base class of enumerations: members have a name and a value."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        if not cls._member_map_ and not issubclass(cls, Flag):
            raise TypeError("%r has no members defined" % (cls,))
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(result, int):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """An enumeration whose str() and format() are those of its values."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """An enumeration whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enumeration whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits that no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enumeration whose members combine with |, & and ^."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if not isinstance(v, int):
                raise TypeError("invalid flag value %r" % (v,))
            high = max(high, v.bit_length())
        return 1 << high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        original = value
        if value < 0:
            value = all_bits + 1 + value
            if value < 0:
                if boundary is STRICT or boundary is CONFORM:
                    if boundary is STRICT:
                        max_bits = max(original.bit_length(), flag_mask.bit_length())
                        raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                         % (cls, original, _flag_bin(original, max_bits),
                                            _flag_bin(flag_mask, max_bits)))
                    value = value & all_bits
                else:
                    value = max(all_bits + 1, 1 << original.bit_length()) + original
        unknown = value & ~flag_mask
        if unknown:
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, original, _flag_bin(value, max_bits),
                                    _flag_bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
                unknown = 0
            elif boundary is EJECT:
                return value
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(value)]
        if names:
            if unknown:
                names.append(str(unknown))
            pseudo._name_ = "|".join(names)
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_member_(self._value_)))

    def __len__(self):
        return _bit_count(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ is KEEP or cls._boundary_ is EJECT:
            return cls(~self._value_)
        return cls(cls._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints."""
