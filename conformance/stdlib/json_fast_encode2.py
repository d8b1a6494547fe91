# json: values the Rust encoder leaves to the Python encoder
import json


class MyDict(dict):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def point_default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("no")


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return json.JSONEncoder.default(self, o)


print(json.dumps([MyDict(a=1), MyList([1, 2]), MyStr("s\u00e9"), MyInt(5), MyFloat(2.5)]))
print(json.dumps({MyStr("k"): MyInt(3), MyInt(4): MyFloat(0.5)}))
print(json.dumps({"p": Point(1, 2), "q": [Point(3, 4)]}, default=point_default))
print(json.dumps([Point(5, 6)], cls=PointEncoder, indent=2))
print(PointEncoder().encode({"a": Point(0, 0), "b": 1}))
try:
    json.dumps([1, Point(1, 1)])
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({"a": range(2)})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"a": 1, (1, 2): 3, "b": 4}, skipkeys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)

shared = [1, 2]
print(json.dumps([shared, shared, {"x": shared}]))
loop = [1]
loop.append([2, loop])
d = {"a": 1}
d["self"] = [d]
t = ([],)
t[0].append(t)
for obj in [loop, d, t, {"k": [loop]}]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print("ValueError", e)
print(json.dumps([1, [2]], check_circular=False))
print(json.dumps({"a": [1, 2.5], "b": None}, default=point_default, skipkeys=True, check_circular=False))
print(json.dumps({"a": 1, 2: [Point(7, 8)], (3,): 4}, default=point_default, skipkeys=True, sort_keys=False))
print(PointEncoder(skipkeys=True, indent=1).encode({"p": [1, {"q": "r"}], (1,): 2}))

deep = []
for i in range(500):
    deep = [deep, i]
text = json.dumps(deep)
print(len(text), text[:30], text[-30:])
deep_d = {}
for i in range(500):
    deep_d = {"k": deep_d}
text = json.dumps(deep_d, indent=1)
print(len(text), text.count("\n"))

enc = json.JSONEncoder(indent=2, sort_keys=True, separators=(",", "= "))
print(enc.encode({"z": [1, {"y": 2}], "a": None}))
print("".join(json.JSONEncoder().iterencode({"a": [1]})))
print(json.JSONEncoder(ensure_ascii=False).encode("\u00e9\x7f"))
