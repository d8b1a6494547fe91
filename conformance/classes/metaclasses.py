class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
        Registry.classes.append(name)
        return cls
    def describe(cls):
        return "class " + cls.__name__ + " tagged " + cls.tag
class Base(metaclass=Registry):
    pass
class Child(Base, tag="kid"):
    def hello(self):
        return "hi from " + type(self).__name__
print(Registry.classes, Base.tag, Child.tag, Child.describe(), type(Child).__name__, isinstance(Child, Registry))
print(Child().hello(), isinstance(Child(), Base))
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kw):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kw)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
a = Config(1); b = Config(2)
print(a is b, a.v, b.v)
Dyn = type("Dyn", (Base,), {"x": 5, "get": lambda self: self.x})
print(Dyn().get(), Dyn.tag, type(Dyn).__name__, Dyn.__name__)
class Meta2(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.initialized = True
class W(metaclass=Meta2):
    pass
print(W.initialized, type(W) is Meta2, type(type) is type, type(int) is type)
