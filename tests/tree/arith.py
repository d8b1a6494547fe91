def add(a, b):
    return a + b


def scale(xs, k):
    out = []
    for x in xs:
        out.append(x * k)
    return out


total = 0
for i in range(10):
    total = add(total, i)
print(total)
print(scale([1.5, 2.5], 2.0))
