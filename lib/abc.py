"""Abstract base classes.

ABCMeta records each class's abstract methods in __abstractmethods__ and
refuses to instantiate a class that still has some, with CPython's message.
register() and the structural checks (__subclasshook__) are answered by
ABCMeta.__instancecheck__ / __subclasscheck__, which isinstance() and
issubclass() call.
"""


def abstractmethod(funcobj):
    """Mark a function as abstract; ABC subclasses that do not override it
    cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


_token = [0]
# class -> frozenset of its abstract method names
_abstract_cache = {}
# ABC -> list of registered virtual subclasses
_registry = {}
# ABC -> function answering isinstance() for instances of builtin types
# (whose classes do not list every slot as an attribute; collections.abc
# fills it)
_instance_probes = {}


def get_cache_token():
    return _token[0]


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    for attr in ("__func__", "fget", "fset", "fdel"):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


def _raw_lookup(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            break
        ns = klass.__dict__
        if name in ns:
            return True, ns[name]
    return False, None


def _compute_abstracts(cls):
    candidates = []
    for klass in cls.__mro__:
        if klass is object:
            # object defines nothing abstract (and reading some of its
            # builtin attributes through __dict__ crashes Morel today)
            break
        for name, value in klass.__dict__.items():
            if name not in candidates and _is_abstract(value):
                candidates.append(name)
    found = []
    for name in candidates:
        ok, value = _raw_lookup(cls, name)
        if ok and _is_abstract(value):
            found.append(name)
    result = frozenset(found)
    _abstract_cache[cls] = result
    return result


def _abstracts_of(cls):
    r = _abstract_cache.get(cls)
    if r is None:
        r = _compute_abstracts(cls)
    return r


def update_abstractmethods(cls):
    """Recompute the abstract methods of `cls` after it was changed."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


def _check_instantiable(cls):
    abstracts = _abstracts_of(cls)
    if abstracts:
        names = sorted(abstracts)
        noun = "method" if len(names) == 1 else "methods"
        raise TypeError("Can't instantiate abstract class %s with abstract %s %s"
                        % (cls.__name__, noun, ", ".join(names)))


def _inherits(cls, base):
    """issubclass(cls, base) by the MRO alone (no hooks)."""
    return base in cls.__mro__


def _register(abc_cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if _inherits(subclass, abc_cls):
        return subclass
    if _subclasscheck(subclass, abc_cls):
        # already a virtual subclass (through another registration)
        return subclass
    if _inherits(abc_cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    regs = _registry.get(abc_cls)
    if regs is None:
        regs = []
        _registry[abc_cls] = regs
    regs.append(subclass)
    _token[0] += 1
    return subclass


def _subclasscheck(subclass, abc_cls):
    """What issubclass(subclass, abc_cls) answers under CPython's ABCMeta."""
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    if _inherits(subclass, abc_cls):
        return True
    hook = getattr(abc_cls, "__subclasshook__", None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    for reg in _registry.get(abc_cls, ()):
        if _inherits(subclass, reg) or _subclasscheck(subclass, reg):
            return True
    for sub in _direct_subclasses(abc_cls):
        if sub is not abc_cls and _subclasscheck(subclass, sub):
            return True
    return False


# ABC -> list of ABCs that name it as a base, filled by ABC classes as they
# are first checked (Morel has no __subclasses__()).
_abc_children = {}


def _direct_subclasses(abc_cls):
    return _abc_children.get(abc_cls, ())


def _note_abc(cls):
    for base in cls.__bases__:
        kids = _abc_children.get(base)
        if kids is None:
            kids = []
            _abc_children[base] = kids
        if cls not in kids:
            kids.append(cls)


class ABCMeta(type):
    """Metaclass for abstract base classes: classes made with it cannot be
    instantiated while they have abstract methods, and accept virtual
    subclasses through register()."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        _note_abc(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = _abstract_cache.get(cls)
        if abstracts is None:
            abstracts = _compute_abstracts(cls)
        if abstracts:
            _check_instantiable(cls)
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        return _register(cls, subclass)

    def __instancecheck__(cls, instance):
        if _subclasscheck(type(instance), cls):
            return True
        probe = _instance_probes.get(cls)
        if probe is not None:
            for klass in type(instance).__mro__:
                if klass is not object and klass.__module__ == "builtins":
                    return bool(probe(instance))
        return False

    def __subclasscheck__(cls, subclass):
        return _subclasscheck(subclass, cls)

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)


class ABC(metaclass=ABCMeta):
    """Helper class: subclassing ABC makes a class an abstract base class."""

    @classmethod
    def register(cls, subclass):
        return _register(cls, subclass)

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def _abc_instancecheck(cls, instance):
    """isinstance(instance, cls) with ABCMeta's semantics (registrations and
    __subclasshook__), for code that needs the answer for builtin types."""
    return _subclasscheck(type(instance), cls)


def _abc_subclasscheck(cls, subclass):
    return _subclasscheck(subclass, cls)
