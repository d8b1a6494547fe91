import random
random.seed(3)
alpha = "ab ,\t\nAB1_-"
def rs(n):
    return "".join(random.choice(alpha) for _ in range(random.randint(0, n)))
for _ in range(120):
    s = rs(10); x = rs(2); y = rs(2)
    k = random.randint(-2, 3)
    r = []
    for f in (lambda: s.split(x, k), lambda: s.rsplit(x, k), lambda: s.split(None, k), lambda: s.rsplit(None, k),
              lambda: s.strip(x), lambda: s.lstrip(x), lambda: s.rstrip(x), lambda: s.find(x, k), lambda: s.rfind(x, k, 8),
              lambda: s.count(x, k), lambda: s.replace(x, y, k), lambda: s.partition(x), lambda: s.rpartition(x),
              lambda: s.startswith(x, k), lambda: s.endswith(x, 0, k), lambda: s.title(), lambda: s.capitalize(),
              lambda: s.swapcase(), lambda: s.center(12, "*"), lambda: s.zfill(k * 4), lambda: s.expandtabs(k),
              lambda: s.splitlines(k > 0), lambda: s.index(x), lambda: s[k:k*3:k or 1], lambda: s.isidentifier(),
              lambda: s.istitle(), lambda: s.encode().split(x.encode(), k), lambda: s.encode().rsplit(None, k),
              lambda: s.encode().strip(x.encode()), lambda: s.encode().replace(x.encode(), y.encode(), k),
              lambda: s.encode().count(x.encode()), lambda: s.encode().splitlines()):
        try:
            r.append(repr(f()))
        except Exception as e:
            r.append(type(e).__name__ + ":" + str(e))
    print(repr(s), repr(x), k, " ".join(r))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"a\x0bb\x0cc".split())
t(lambda: b"  a b  c ".rsplit(maxsplit=1))
t(lambda: b"a,b,c".rsplit(b",", 1))
t(lambda: b"a,b,c".split(b",", maxsplit=0))
t(lambda: bytearray(b"a\r\nb\rc\n").splitlines())
t(lambda: b"a\r\nb\rc\n\n".splitlines(True))
t(lambda: b"abc".replace(b"", b"-"))
t(lambda: b"abc".replace(b"", b"-", 2))
t(lambda: b"aaaa".replace(b"a", b"b", 2))
t(lambda: b"aaaa".replace(b"a", b"b", -1))
t(lambda: b"a".split(b""))
t(lambda: b"a b".split(maxsplit="1"))
