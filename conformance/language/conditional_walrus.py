# Conditional expressions and the walrus operator.

for n in [-1, 0, 1]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos", end=" ")
print()
calls = []


def t(v):
    calls.append(v)
    return v


r = t("a") if t(0) else t("b")
print(r, calls)
print((1 if True else 2) + 10, 1 if False else 2 + 10)
x = [] if None else {} if 0 else "last"
print(repr(x))
print([("even" if i % 2 == 0 else "odd") for i in range(3)])
lam = lambda v: v if v else "empty"
print(lam(""), lam("s"))
print(1 if [0] else 2, 1 if [] else 2)

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
print([y for v in data if (y := v * 2) > 6], y)
i = 0
out = []
while (i := i + 1) < 5:
    out.append(i)
print(out, i)
vals = iter([1, 2, 0, 3])
got = []
while (v := next(vals)) != 0:
    got.append(v)
print(got, v)
print((z := 5) + z, z)
print([w := 1, w + 1])


def f():
    if (res := helper()) is not None:
        return "got " + str(res)
    return "none"


def helper():
    return 7


print(f())
print([hit2 for q in [1, 7, 3] if (hit2 := q) > 5], hit2)
total = 0
print([total := total + k for k in range(5)], total)
a = b = 0
print((a := 3, b := a + 1), a, b)
print(((c := 10) if a else 0), c)
