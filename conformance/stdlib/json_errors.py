# json: JSONDecodeError messages and positions, encoder errors
import json

bad_docs = [
    "", " ", "\n", "[1,]", '{"a" 1}', "{1: 2}", "[1 2]", '"abc', '"\\x"', '"\\u12"', '"\\u"',
    '"a\tb"', '"a\nb"', "1 2", '{"a":1,}', "[", "{", '{"a":', '{"a":1', "[1", "nul", "tru",
    "fals", "-", "01", "1.", "1e", "1e+", ".5", "+1", '[1,2', '{"a"', '"\\', '"ab\\',
    "\n\n  x", '{"a":1 "b":2}', "[,]", "{,}", "-NaN", "Infinityx", "[]]", "[1] [2]",
    '"\\ud800\\uzzzz"', '"\\ud800\\u12"', '"\\ud800\\"', '"\\ud800\\x"', '[1, "a',
    '[true false]', "{'a': 1}", '{"a": 1}}', "[1,\n2,\n]", 'x\n{"a"}', "\ufeff[]",
    "[-]", "[--1]", "[1.e5]", '{"a": 1, "b"}', '{"a": [1, 2}', "[1}", "undefined", "None",
    '"\\u0041', "[1,,2]",
]
for d in bad_docs:
    try:
        json.loads(d)
        print(repr(d), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(d), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args, e.doc)

err = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(err, err.lineno, err.colno, err.pos, err.msg, isinstance(err, ValueError))

for bad in [1, None, 1.5, ["x"]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError", e)


class Thing:
    pass


circular_list = []
circular_list.append(circular_list)
circular_dict = {}
circular_dict["me"] = circular_dict
cases = [
    ("set", {1, 2}, {}),
    ("object", Thing(), {}),
    ("tuple key", {(1, 2): 3}, {}),
    ("list key", {"ok": {frozenset(): 1}}, {}),
    ("nan strict", float("nan"), {"allow_nan": False}),
    ("inf strict", [float("inf")], {"allow_nan": False}),
    ("nan key strict", {float("nan"): 1}, {"allow_nan": False}),
    ("circular list", circular_list, {}),
    ("circular dict", circular_dict, {}),
    ("default raises", [Thing()], {"default": lambda o: o}),
    ("mixed sort", {1: "a", "b": 2}, {"sort_keys": True}),
]
for label, obj, kw in cases:
    try:
        print(label, json.dumps(obj, **kw))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Thing):
            return {"thing": True}
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "t": Thing(), "f": frozenset([9])}, cls=Encoder, sort_keys=True))
try:
    json.dumps([object()], cls=Encoder)
except TypeError as e:
    print("TypeError", e)
print(json.dumps([Thing()], default=lambda o: "<thing>"))
print(json.dumps(float("nan"), allow_nan=True), json.dumps([1], check_circular=False))
