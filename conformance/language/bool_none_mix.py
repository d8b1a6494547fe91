# bool is an int subclass; None comparisons; mixing bool/int/float in containers.

print(True + True, True * 10, -True, ~True, ~False, True / 2, True // 2, True ** 5)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(repr(True), str(False), int(True), float(False), bool(-1), bool(0.0), bool("False"))
print(True == 1, False == 0, True == 1.0, isinstance(True, int), type(True) is int)
d = {1: "int one", True: "bool one", 1.0: "float one", 0: "zero", False: "false"}
print(d, len(d))
print({True: 1}[1], [1, True, 1.0].count(True), [0, False, 0.0].index(False))
print(sum([True, True, False]), max(True, 0), min(False, -1), sorted([True, False, 0, 1, -1]))
print(True > False, False < 0.5, (True, 2) < (1, 3), str(True).upper(), type(True).__name__)
print(None is None, None == None, None != 0, None == False, not None, repr(None), str(None))
print([None] * 2, (None,), {None: None}, type(None).__name__)
nn = None
for op in [lambda: None < 1, lambda: None + 1, lambda: len(None), lambda: nn[0], lambda: nn(), lambda: True < "a"]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)


def nothing():
    pass


def explicit():
    return


r1 = nothing()
r2 = explicit()
print(r1, r2, r1 is r2, nothing() is None)
print(hash(True), hash(False), hash(None) == hash(None), bool(None) is False)
print(True and 5, 0 or False, None or 0, False or None, 3 and None, [] and 1)
print(1 if True + True == 2 else 0, True << 3, 5 - True, divmod(True, 2), round(True), abs(-True))
print("%d %s %r" % (True, True, False), f"{True:5}|{True!s:5}|", format(False, "^7"))
x = True
x += 1
print(x, type(x).__name__)
