# Augmented assignment on locals, globals, attributes, subscripts; evaluation order.

g = 10


def bump_global():
    global g
    g += 5
    g *= 2
    return g


print(bump_global(), g)


class Obj:
    shared = [1]
    count = 0

    def __init__(self):
        self.v = 1


o = Obj()
o.v += 41
o.count += 1
print(o.v, o.count, Obj.count)
o.shared += [2]
print(o.shared, Obj.shared, o.shared is Obj.shared)
Obj.count -= 3
print(Obj.count, o.count)

calls = []


class Rec:
    def __init__(self):
        self.data = {"k": 1}

    def __getitem__(self, key):
        calls.append("get " + str(key))
        return self.data[key]

    def __setitem__(self, key, value):
        calls.append("set " + str(key) + "=" + str(value))
        self.data[key] = value


def key():
    calls.append("key()")
    return "k"


r = Rec()
r[key()] += 10
print(calls, r.data)
