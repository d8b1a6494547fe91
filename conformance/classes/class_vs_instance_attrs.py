# Class attributes are shared until an instance assignment shadows them.


class Config:
    level = 1
    tags = []
    name = "default"

    def __init__(self, name):
        self.name = name


a = Config("a")
b = Config("b")
print(a.level, b.level, Config.level, a.name, b.name, Config.name)
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 9
print(a.level, b.level, Config.level)
a.tags.append("shared")
print(a.tags, b.tags, Config.tags)
b.tags = ["own"]
print(a.tags, b.tags, Config.tags)
c = Config("c")
print(c.level, c.tags)
Config.new_attr = "added later"
print(a.new_attr, c.new_attr)
a.extra = 123
print(a.extra)
try:
    print(b.extra)
except AttributeError as e:
    print("AttributeError", e)
try:
    print(Config.extra)
except AttributeError as e:
    print("AttributeError", e)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    def bad_increment(self):
        self.count += 100


x = Counter()
y = Counter()
print(x.id, y.id, Counter.count, x.count)
x.bad_increment()
print(x.count, y.count, Counter.count)
