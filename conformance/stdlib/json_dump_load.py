# json.dump / json.load with file-like objects (io.StringIO and a custom one)
import io
import json


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text
        self.reads = 0

    def read(self):
        self.reads += 1
        return self.text


data = {"users": [{"name": "ann", "id": 1, "admin": True}, {"name": "bob", "id": 2, "admin": False}],
        "count": 2, "ratio": 0.5, "note": None, "unicode": "\u00e9\u4e2d"}

buf = io.StringIO()
json.dump(data, buf)
text = buf.getvalue()
print(text)
print(text == json.dumps(data))
buf.seek(0)
print(json.load(buf) == data)

buf = io.StringIO()
json.dump(data, buf, indent=2, sort_keys=True, ensure_ascii=False)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf, object_pairs_hook=lambda p: [k for k, v in p]))

rec = Recorder()
json.dump([1, {"a": [2, 3]}, "x"], rec, separators=(",", ":"))
print("".join(rec.parts), len(rec.parts) > 1)
src = Source('{"k": [1, 2, 3], "s": "v"}')
print(json.load(src), src.reads)
print(json.load(Source("[1.5, 2]"), parse_float=lambda s: "f" + s))

lines = io.StringIO()
for rec_ in [{"i": 1}, {"i": 2}, {"i": 3}]:
    lines.write(json.dumps(rec_) + "\n")
lines.seek(0)
print([json.loads(line)["i"] for line in lines])

try:
    json.load(io.StringIO("[1, 2"))
except json.JSONDecodeError as e:
    print("error:", e)
try:
    json.dump({1, 2}, io.StringIO())
except TypeError as e:
    print("error:", e)
