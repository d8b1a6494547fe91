# json: the Rust decoder's fast path and the Python decoder behind it
import json

numbers = ["0", "-0", "-0.0", "1", "-1", "123456789012345678", "1234567890123456789",
           "-99999999999999999999999999", "1.5", "1.5e3", "1E400", "-1e400", "1e-400", "2.5E-3",
           "1e5", "0.1", "123.456e+2", "17976931348623157e292", "4.9e-324", "NaN", "Infinity",
           "-Infinity", "[NaN, -Infinity]", "1" * 100]
for n in numbers:
    v = json.loads(n)
    print(n[:30], type(v).__name__, repr(v)[:40])
print(len(str(json.loads("9" * 4300))))

strings = ['"plain"', '""', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20AC\\uffff"',
           '"\\ud83d\\ude00"', '"\\uD834\\uDD1E x"', '"caf\u00e9 \U0001f600"', '"a\\u0000b"',
           '"\x7f"', '"\\u005c"', '"tail\\n"']
for s in strings:
    print(repr(json.loads(s)))

docs = ['{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '{"a": 1, "a": 2, "b": 3, "a": 4}',
        ' \t\n\r [ 1 , 2 ,\n3 ] \n', '[]', '{}', '[[], {}, [[]], {"x": {}}]', '{"": ""}',
        '{"\\u00e9": 1, "\u00e9": 2}', '[1.0, 1, -0, -0.0]', '"only"', 'null', ' true ']
for d in docs:
    print(repr(json.loads(d)))

bad = ["", "[1,]", '{"a":1,}', "[1 2]", '"abc', '"a\tb"', '"a\nb"', "01", "1.", "1e", "-", "[-]",
       '"\\x"', '"\\u12"', "nul", "[1] x", "{'a': 1}", "NaNa", "-Inf", "[\"a\" : 1]", "\u00a0[]",
       '{"a" 1}', "[1}", '{"a": [1, 2}', "[", "{", '{"a":', '"\\', "tru", "+1", ".5", "[1,,2]"]
for d in bad:
    try:
        json.loads(d)
        print(repr(d), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(d), "|", e)

for lone in ['"\\ud800"', '"\\udc00x"', '"\\ud800\\u0041"', '["\\ud83d"]']:
    v = json.loads(lone)
    if isinstance(v, list):
        v = v[0]
    print(repr(lone), len(v))

deep = "[" * 500 + "1" + "]" * 500
v = json.loads(deep)
depth = 0
while isinstance(v, list):
    v = v[0]
    depth += 1
print(depth, v)
deep = '{"k": ' * 500 + "null" + "}" * 500
v = json.loads(deep)
depth = 0
while isinstance(v, dict):
    v = v["k"]
    depth += 1
print(depth, v)
try:
    json.loads("[" * 500 + "1" + "]" * 499)
except json.JSONDecodeError as e:
    print(e)

big = json.dumps([{"id": i, "v": [i * 0.5, str(i), i % 3 == 0, None]} for i in range(300)])
print(json.loads(big) == [{"id": i, "v": [i * 0.5, str(i), i % 3 == 0, None]} for i in range(300)])
print(json.loads('[1, 2]', parse_int=float), json.loads('{"a": 1.5}', parse_float=str))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.JSONDecoder().decode(' {"x": [1, "y"]} '), json.JSONDecoder().raw_decode('[1] [2]'))
print(json.loads('"a\tb"', strict=False))
