# json.dumps: every value type, indent, separators, sort_keys, ensure_ascii
import json

values = [
    None, True, False, 0, -7, 123456789012345678901234567890, 1.5, -0.0, 3.0,
    1e16, 1e-7, 1e22, 0.1, 2.5e-300, float("nan"), float("inf"), float("-inf"),
    "", "plain", "quote\" backslash\\ slash/", "\n\r\t\b\f\x00\x1f\x7f",
    "caf\u00e9 \u4e2d\u6587 \U0001F600 \u2028", [], {}, (), [[]], [{}], {"": ""},
    [1, "two", 3.0, None, [True, False]], (1, (2, (3,))),
    {"b": 1, "a": [1, 2, {"c": None}], "d": {}, "e": []},
    {1: "int", 2.5: "float", True: "bool", None: "none", False: "f", -3: "neg"},
    {"nested": {"deep": {"deeper": [1, [2, [3, [4]]]]}}},
]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))
    print(json.dumps(v, separators=(",", ":")))

doc = {"name": "morel", "tags": ["py", "rust"], "meta": {"stars": 5, "ok": True},
       "empty": {}, "none": [], "t": (1, 2)}
for indent in [0, 1, 2, 4, "", "\t", "--", -1]:
    print(repr(indent))
    print(json.dumps(doc, indent=indent))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, indent=2, separators=(",", " = ")))
print(json.dumps(doc, sort_keys=True, separators=(";", "=")))
print(json.dumps({"z": 1, "a": 2, "m": {"y": 1, "b": 2}}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps([{"b": 1, "a": 2}], indent=3, sort_keys=True))
print(json.dumps("\u00e9\U0001F600", ensure_ascii=True), json.dumps("\u00e9\U0001F600", ensure_ascii=False))
print(json.dumps({"\u00e9": "\u00e8"}), json.dumps({"\u00e9": "\u00e8"}, ensure_ascii=False))
print(json.dumps(list(range(5))), json.dumps(range(3), default=list))
print(json.dumps({(1, 2): 3, "a": 1, None: 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
print(json.dumps([[1, 2], [3, 4]], indent=1, separators=(", ", ": ")))
print(json.dumps({"k": [1, {"x": [], "y": {}}]}, indent=2))


class IntLike(int):
    def __repr__(self):
        return "IntLike!"


class FloatLike(float):
    def __repr__(self):
        return "FloatLike!"


class Text(str):
    pass


class Seq(list):
    pass


class Tup(tuple):
    pass


class Map(dict):
    pass


print(json.dumps([IntLike(5), FloatLike(2.5), Text("t"), Seq([1]), Tup((2,)), Map(a=Map(b=1))]))
print(json.dumps({IntLike(1): 1, FloatLike(0.5): 2, Text("s"): 3}))
print(json.dumps([1, 2], indent=None), json.dumps({}, indent=4), json.dumps([], indent=4))
print(json.JSONEncoder().encode({"a": [1, 2]}), json.JSONEncoder(indent=1).encode([1]))
print("".join(json.JSONEncoder().iterencode({"x": [1, "y"]})))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
print(json.JSONEncoder(indent=2).item_separator, json.JSONEncoder(indent=2).key_separator)
