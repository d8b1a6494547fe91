# json: the Rust encoder's fast path and its fallbacks give CPython's output
import json

texts = ["plain", "", 'q"uote', "back\\slash", "nl\ncr\rtab\tbs\bff\f",
         "\x00\x01\x1f\x7f", "caf\u00e9", "\u20ac\u2028\uffff", "astral \U0001f600 \U00010000 \U0010ffff",
         "/slash", "mixed \u00e9\n\U0001d11e\""]
for t in texts:
    print(json.dumps(t), json.dumps(t, ensure_ascii=False), json.dumps([t], ensure_ascii=False))
    print(json.dumps({t: t}))

ints = [0, -1, 7, 2 ** 47 - 1, 2 ** 47, -2 ** 47, -2 ** 47 - 1, 2 ** 63, -2 ** 64, 10 ** 40, -10 ** 100]
print(json.dumps(ints))
print(json.dumps({10 ** 30: 1, -5: 2, 0: 3}))
print(len(json.dumps(10 ** 4299)), len(json.dumps([-10 ** 4299])))
try:
    json.dumps([10 ** 4300])
except ValueError as e:
    print("ValueError", e)

floats = [0.0, -0.0, 0.1, 1.5, 1e16, 1e15, 123456789012345680.0, 1e-7, 1e-4, 0.0001234, 1e300,
          5e-324, 1.7976931348623157e308, -2.5, 3.141592653589793, 1 / 3, 100.0]
print(json.dumps(floats))
print(json.dumps({0.1: "a", -0.0: "b", 1e16: "c", float("inf"): "d", float("nan"): "e"}))
special = [float("nan"), float("inf"), -float("inf")]
print(json.dumps(special))
for x in special:
    for container in [x, [x], {"k": x}, {x: 1}]:
        try:
            print(json.dumps(container, allow_nan=False))
        except ValueError as e:
            print("ValueError", e)

for x in special:
    try:
        print(json.dumps([x], allow_nan=False, indent=1))
    except ValueError as e:
        print("ValueError", e)
    try:
        print("".join(json.JSONEncoder(allow_nan=False).iterencode({x: 1})))
    except ValueError as e:
        print("ValueError", e)

print(json.dumps([True, False, None, {"t": True, "f": False, "n": None}]))
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 7: 5, "s": 6}))
print(json.dumps([[], {}, [[]], [{}], {"a": []}, {"b": {}}, ()]))
print(json.dumps((1, (2, 3), [4, (5,)])))

nested = {"a": [1, 2, {"b": None, "c": [True, ()]}], "d": {}, "e": "x", "f": {"g": [[], [1]]}}
for ind in [None, 0, 2, "\t", "--", -1, ""]:
    print(repr(json.dumps(nested, indent=ind)))
print(json.dumps(nested, separators=(",", ":")))
print(json.dumps(nested, separators=(" , ", " : "), indent=1))
print(json.dumps(nested, sort_keys=True, indent=3))
print(json.dumps({"b": 1, "a": 2, "\u00e9": 3, "B": 4, "": 5, "aa": 6, "\U0001f600": 7, "\uffff": 8},
                 sort_keys=True, ensure_ascii=False))
print(json.dumps({3: "x", 1: "y", 2: "z"}, sort_keys=True))
print(json.dumps({}, sort_keys=True), json.dumps([], indent=4), json.dumps({}, indent=4))
for bad in [{1: "a", "b": 2}, {None: 1, "a": 2}, {1.5: 1, "a": 2}]:
    try:
        print(json.dumps(bad, sort_keys=True))
    except TypeError as e:
        print("TypeError", e)
