# json.dumps containers: skipkeys (also when every key is skipped), indents, key kinds,
# circular references, default=, separators.
import json
print(json.dumps({(1,2): 1}, skipkeys=True))
print(json.dumps({(1,2): 1, "a": [1, {"b": None}]}, skipkeys=True, indent=2))
print(json.dumps({(1,2): 1}, skipkeys=True, indent=2))
print(json.dumps({3: 1, 1.5: 2, True: 3, None: 4, "z": [], "y": {}}, sort_keys=False, indent="\t"))
print(json.dumps([[], [[1]], {"k": [1, 2]}], indent=0))
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
d = {}; d["x"] = d
try: json.dumps(d)
except ValueError as e: print(e)
class X: pass
print(json.dumps([X()], default=lambda o: {"x": 1}))
try: json.dumps({(1,): 1})
except TypeError as e: print(e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
