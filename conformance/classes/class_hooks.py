class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print(Plugin.registry, A.plugin_name, B.plugin_name)
class Field:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, cls):
        return self.name if obj is None else "got " + self.name
class Model:
    title = Field()
print(Model.title, Model().title)
class Box:
    def __class_getitem__(cls, item):
        return "Box[" + item.__name__ + "]"
print(Box[int])
class Tracing:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
t = Tracing()
print(t.x, t.secret, t.missing)
class P:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
p = P(); p.b = 2
try:
    p.c = 3
except AttributeError as e:
    print("AttributeError", e)
print(p.a, p.b)
class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat(); pet.__class__ = Dog
print(pet.speak(), type(pet).__name__)
try:
    class C(Plugin, bad=1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class D(bad=1): pass
except TypeError as e:
    print("TypeError", e)
