# A class changed while 4 threads call its methods: a method replaced, a
# class attribute added and deleted, an instance attribute shadowing.  Each
# thread records what it saw; only invariants are printed.
import threading


class Shape:
    sides = 4

    def area(self, x):
        return ("v1", x * x)

    def describe(self):
        return "shape"


def area_v2(self, x):
    return ("v2", x * x * 2)


def area_v3(self, x):
    return ("v3", x + 1000)


versions = [Shape.area, area_v2, area_v3]
expected = {"v1": lambda x: x * x, "v2": lambda x: x * x * 2, "v3": lambda x: x + 1000}
stop = threading.Event()
started = threading.Barrier(5)
records = [None] * 4


def caller(k):
    s = Shape()
    seen = {}
    bad = 0
    extra_seen = 0
    calls = 0
    started.wait()
    while not stop.is_set() or calls < 200:
        x = calls % 50
        tag, val = s.area(x)
        if val != expected[tag](x):
            bad += 1
        seen[tag] = seen.get(tag, 0) + 1
        if getattr(Shape, "extra", None) == "added":
            extra_seen += 1
        h = getattr(s, "helper", None)
        if h is not None and h(x) != x + 1:
            bad += 1
        if s.describe() != "shape":
            bad += 1
        if s.sides != 4:
            bad += 1
        calls += 1
    records[k] = (seen, bad, calls)


ts = [threading.Thread(target=caller, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
started.wait()


def helper(self, x):
    return x + 1


for rnd in range(300):
    Shape.area = versions[rnd % 3]
    Shape.extra = "added"
    Shape.helper = helper
    del Shape.extra
    Shape.sides = 4
    del Shape.helper
# leave the class in a final state every thread must then see
Shape.area = area_v3
stop.set()
for t in ts:
    t.join()

for k in range(4):
    seen, bad, calls = records[k]
    print("thread", k, "bad", bad, "calls >= 200", calls >= 200,
          "tags valid", all(t in expected for t in seen), "total", sum(seen.values()) == calls)

# after the race: the final version is what everybody sees now
s = Shape()
print(s.area(5), hasattr(Shape, "extra"), hasattr(s, "helper"), Shape.sides)

# instance attribute shadowing a method, per instance, from threads
objs = [Shape() for k in range(4)]


def shadow(k):
    o = objs[k]
    if k % 2 == 0:
        o.area = "shadowed %d" % k
    results[k] = o.area if k % 2 == 0 else o.area(k)


results = [None] * 4
ts = [threading.Thread(target=shadow, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)

# a subclass keeps seeing the base's current method
class Square(Shape):
    pass


sq = Square()
out = []


def sub_caller():
    for i in range(50):
        out.append(sq.area(2)[0])


t = threading.Thread(target=sub_caller)
t.start()
t.join()
Shape.area = versions[0]
out.append(sq.area(2)[0])
print(sorted(set(out)), out[-1])
