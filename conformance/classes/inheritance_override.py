# Single inheritance: overriding, inherited methods, calling the base explicitly.


class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name
        self.sound_count = 0

    def speak(self):
        self.sound_count += 1
        return self.name + " makes a sound"

    def describe(self):
        return self.name + " is an " + self.kind + ": " + self.speak()


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        Animal.__init__(self, name)
        self.breed = breed

    def speak(self):
        base = Animal.speak(self)
        return base + " (woof)"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self).upper()


class Cat(Animal):
    pass


animals = [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug"), Cat("tom")]
for an in animals:
    print(type(an).__name__, "|", an.describe(), "|", an.sound_count)
p = animals[2]
print(p.breed, p.kind, Puppy.kind, Cat.kind, isinstance(p, Animal), isinstance(p, Cat))
try:
    print(animals[3].breed)
except AttributeError as e:
    print("AttributeError", e)


class Base:
    def template(self):
        return "[" + self.hook() + "]"

    def hook(self):
        return "base"


class Derived(Base):
    def hook(self):
        return "derived"


print(Base().template(), Derived().template())


class NoInit(Dog):
    def fetch(self):
        return self.name + " fetches"


n = NoInit("fido", "mutt")
print(n.fetch(), n.breed)
try:
    NoInit("only-name")
except TypeError as e:
    print("TypeError", e)
