# collections.deque: both ends, maxlen, rotate, indexing, errors, repr
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
d.appendleft(0)
d.append(4)
print(d, len(d), d[0], d[-1], d[2], list(reversed(d)), bool(d), bool(deque()))
d.rotate(2)
print("rotate 2", d)
d.rotate(-3)
print("rotate -3", d)
d.rotate(0)
d.rotate(10)
print("rotate 10", d)
print(d.popleft(), d.pop(), d)
d.extend("ab")
d.extendleft("xy")
print(d)
print(d.count("a"), d.count(99), "a" in d, 99 in d)
print(d.index("a"), d.index(2))
d.remove("a")
print(d)
d.reverse()
print(d)
d[0] = "first"
d[-1] = "last"
print(d)
del d[1]
print(d)
del d[0]
print(d)
d.insert(1, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
print(d)
d.clear()
print(d, len(d))

# maxlen behaviour
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
print(m)
m.appendleft(-1)
print(m)
m.extend([10, 11])
print(m)
m.extendleft([20])
print(m)
z = deque("abc", maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z), z.maxlen)
print(deque().maxlen, deque([1, 2], 5), deque("hello", 2))

# many operations at both ends keep the order
q = deque()
for i in range(200):
    q.append(i)
    if i % 3 == 0:
        q.appendleft(-i)
for i in range(150):
    q.popleft()
print(len(q), q[0], q[-1], list(q)[:5], sum(q))
q2 = deque()
for i in range(100):
    q2.appendleft(i)
print(q2[0], q2[-1], q2[50], len(q2))
while len(q2) > 1:
    q2.pop()
    q2.popleft()
print(q2)

# operators
a = deque([1, 2])
b = deque([3])
print(a + b, a * 2, 2 * a, a * 0, a * -1)
c = deque([1], maxlen=2)
print(c + deque([2, 3]), c * 3)
a += [7, 8]
print(a)
a *= 2
print(a)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque([1]) <= deque([1]), deque([]) >= deque([]))
print(deque(maxlen=4) == deque(), deque([1, 2]).copy(), deque([1, 2], 3).copy())

# iteration
it = iter(deque("xyz"))
print(next(it), list(it))
print([x * 2 for x in deque([1, 2, 3])], list(reversed(deque([1, 2, 3]))))

# recursive repr, nested
r = deque([1])
r.append(r)
print(r)
print(deque([deque([1]), [2], (3,)]))

# errors
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index range", lambda: deque([1])[5])
attempt("index neg", lambda: deque([1])[-2])
attempt("slice", lambda: deque([1, 2])[0:1])
attempt("str index", lambda: deque([1, 2])["a"])
attempt("maxlen neg", lambda: deque(maxlen=-1))
attempt("maxlen type", lambda: deque(maxlen="a"))
attempt("not iterable", lambda: deque(1))
attempt("index missing", lambda: deque([1, 2, 3]).index(9))
attempt("index window", lambda: deque([1, 2, 3]).index(1, 1))
attempt("index stop", lambda: deque([1, 2, 3]).index(3, 0, 2))
attempt("index found", lambda: deque([1, 2, 3, 1]).index(1, 1))
attempt("index negstart", lambda: deque([1, 2, 3, 1]).index(1, -2))
attempt("remove missing", lambda: deque([1]).remove(2))
attempt("add list", lambda: deque([1]) + [2])
attempt("insert full", lambda: deque([1], maxlen=1).insert(0, 2))
attempt("rotate str", lambda: deque([1]).rotate("a"))
attempt("del range", lambda: deque([1]).__delitem__(3))


def mutate():
    dd = deque([1, 2, 3])
    for x in dd:
        dd.append(x)


attempt("mutate", mutate)


class MyDeque(deque):
    pass


md = MyDeque([1, 2], maxlen=4)
print(md, isinstance(md, deque), type(md.copy()).__name__)
