# and/or return operands, short-circuit evaluation, user __bool__ and __len__.

log = []


def t(v):
    log.append(repr(v))
    return v


print(t(0) and t(1), log)
log.clear()
print(t(2) and t(0) and t(3), log)
log.clear()
print(t("") or t([]) or t(None), log)
log.clear()
print(t("x") or t(1 / 1), log)
log.clear()
print(t(0) or t(0.0) and t(5), log)
log.clear()
print(not t(0) and t("y"), log)
print([] or {}, () and 1, 0 or "", "a" and "b", None and 1 / 0, 1 or 1 / 0)
print(1 and [2] or 3, 0 and 2 or 3, (0 or None) is None)


class B:
    def __init__(self, name, truth):
        self.name = name
        self.truth = truth

    def __bool__(self):
        log.append("bool " + self.name)
        return self.truth

    def __repr__(self):
        return "B(" + self.name + ")"


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __repr__(self):
        return "L" + str(self.n)


log.clear()
print(B("a", False) or B("b", True), log)
log.clear()
print(B("a", True) and B("b", False) and B("c", True), log)
log.clear()
print(not B("n", False), log)
print(L(0) or "fallback", L(3) and "len3", bool(L(0)), bool(L(2)), not L(0))
log.clear()
if B("cond", True):
    print("if uses __bool__", log)
log.clear()
x = 1 if B("ternary", False) else 2
print(x, log)
log.clear()
i = 0
w = B("loop", True)
while w:
    i += 1
    if i == 3:
        w.truth = False
print(i, len(log))
print([v for v in [L(0), L(1), B("f", False), B("t", True)] if v])
print(any([L(0), L(0)]), all([L(1), B("q", True)]), list(filter(None, [L(2), L(0), 0, "a"])))
