# AttributeError messages for instances, classes and built-in objects.


class Foo:
    cls_attr = 1

    def __init__(self):
        self.x = 1

    def method(self):
        return self.missing_inside_method


f = Foo()
cases = ["f.y", "Foo.z", "f.method()", "(5).foo", "'s'.append", "None.x", "[].push", "{}.add",
         "(1,).append", "(1.5).real_part", "True.flag"]
for i in range(len(cases)):
    try:
        if i == 0:
            print(f.y)
        elif i == 1:
            print(Foo.z)
        elif i == 2:
            print(f.method())
        elif i == 3:
            n = 5
            print(n.foo)
        elif i == 4:
            print("s".append)
        elif i == 5:
            v = None
            print(v.x)
        elif i == 6:
            print([].push)
        elif i == 7:
            print({}.add)
        elif i == 8:
            print((1,).append)
        elif i == 9:
            print((1.5).real_part)
        else:
            print(True.flag)
    except AttributeError as e:
        print(cases[i], "->", e)
try:
    f.cls_attr.nested
except AttributeError as e:
    print("nested ->", e)
f.y = "now set"
print(f.y)
try:
    n = 5
    n.attr = 1
except AttributeError as e:
    print("set on int ->", e)
try:
    "s".upper = None
except AttributeError as e:
    print("set on str method ->", e)
print(isinstance(AttributeError("x"), Exception), AttributeError("m").args)
