# collections.UserDict / UserList: wrappers meant for subclassing
from collections import UserDict, UserList


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return "missing:" + key


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, d.data, d["a"], d["zz"], "b" in d, len(d), sorted(d))
print(d.get("c"), d.get("nope", 0), d.pop("a"), d)
d.update(D=4)
print(d, isinstance(d, UserDict), d == {"b": 2, "c": 3, "d": 4})
c = d.copy()
c["E"] = 5
print(type(c).__name__, c, d)
print(UserDict.fromkeys("xy", 0), UserDict(a=1) | {"b": 2}, {"z": 0} | UserDict(a=1))
u = UserDict()
u |= {"k": "v"}
print(u, list(u.items()), list(u.keys()), list(u.values()))
try:
    UserDict()["x"]
except KeyError as e:
    print("KeyError", e)


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.data, s.peek(), len(s), s[0], s[1:], type(s[1:]).__name__)
print(s + [4], [0] + s, s * 2, 3 in s, s == [1, 2, 3], s < [1, 2, 4])
s.extend(Stack([5, 6]))
s.insert(0, 0)
s += [7]
print(s, s.pop(), s.pop(0), s.index(3), s.count(2))
s.remove(2)
s.reverse()
print(s)
s.sort()
print(s, sorted(Stack([3, 1, 2])), list(reversed(s)))
s[0] = 100
del s[1]
print(s, s.copy(), type(s.copy()).__name__)
s.clear()
print(s, UserList(), UserList("abc"), UserList(UserList([1])))
