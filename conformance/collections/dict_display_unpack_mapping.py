# {**x} requires a mapping
from collections import OrderedDict, Counter


class M:
    def keys(self): return ["a"]
    def __getitem__(self, k): return k * 2


for v in [[1], [(1, 2)], 5, "ab", None, {"x": 1}, OrderedDict(y=2), Counter("aa"), M()]:
    try:
        print({**v})
    except TypeError as e:
        print("TypeError", e)
