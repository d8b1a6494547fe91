# json.loads: the whole grammar, escapes, numbers, hooks and round trips
import json

docs = [
    "null", "true", "false", "0", "-0", "-0.0", "42", "-17", "3.25", "1e3", "1E3", "1e+3",
    "1.5e-3", "-2.5E+2", "123456789012345678901234567890", "1e400", "-1e400", "0.1",
    '""', '"abc"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u4e2d"', '"\\ud83d\\ude00"',
    '"\\uD83D\\uDE00 x"', '"\\u0000"', '"caf\u00e9"', '"\\u00"' if False else '"ok"',
    "[]", "{}", "[1,2,3]", " [ 1 , 2 , [ 3 , [ ] ] ] ", '{"a":1,"b":[true,false,null]}',
    '{"a": {"b": {"c": {}}}}', '{"a": 1, "a": 2}', '\n\t {"k" : "v"} \r\n', "NaN",
    "Infinity", "-Infinity", '[NaN, Infinity, -Infinity]', '{"": ""}', '[[[[[[1]]]]]]',
    '[1.0, 2.50, 10, -0.5e1]', '"tab\\tand\\nnewline"', '{"x": [1, {"y": [2, {"z": 3}]}]}',
]
for d in docs:
    v = json.loads(d)
    print(repr(d), "->", repr(v), type(v).__name__)

print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": 1}', object_hook=dict, object_pairs_hook=list))
print(json.loads('[1.5, 2, 3e1]', parse_float=str, parse_int=lambda s: int(s) * 100))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "const:" + s))
print(json.loads('"a\tb\nc"', strict=False))
dec = json.JSONDecoder()
print(dec.decode(' [1] '), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('x [2]', 2))
print(json.decoder.scanstring('"hello" rest', 1), json.decoder.scanstring('ab\\ncd"', 0))

originals = [
    {"name": "Ann", "age": 30, "tags": ["a", "b"], "score": 9.75, "ok": True, "none": None},
    [1, -2, 3.5, "\u00e9\U0001F600\n", [], {}, [{"deep": [1, 2]}]],
    "just a string", 12345, -0.5, {"1": {"2": {"3": [None, False]}}},
]
for o in originals:
    for kw in [{}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}]:
        text = json.dumps(o, **kw)
        back = json.loads(text)
        print(back == o, json.dumps(back, **kw) == text)
print(json.loads(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"})))
print(json.loads(json.dumps((1, (2, 3)))))
big = {"k%d" % i: list(range(i)) for i in range(12)}
print(json.loads(json.dumps(big)) == big, json.loads(json.dumps(big, indent=1)) == big)
