# bool is a subclass of int: arithmetic, comparisons and conversions.
print(True + True, True - False, True * 10, -True, +True, True / 2, True // 2)
print(True ** 5, 2 ** True, False ** 0, True % 2, divmod(True, True))
print(type(True + 1).__name__, type(True & True).__name__, type(True + 0.5).__name__)
print(True & False, True | False, True ^ True, ~True, ~False, True << 3, True >> 1)
print(type(True | False).__name__, type(True ^ 1).__name__)
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, type(True) is int)
print(True == 1, False == 0, True is True, True == 1.0, True != 2)
print(sum([True, True, False, True]), sum([True] * 10, 5))
print(str(True), repr(False), int(True), float(False), bool("False"), bool(0.0))
print(bool(-1), bool([]), bool([0]), bool(None), bool(""), bool(" "), bool(0 == 0))
print(max(True, 0), min(False, -1), abs(True), abs(-True), round(True))
print(True > False, False < -0.5, True >= 1, [True, False] < [True, True])
print(sorted([True, 0, False, 1, -1]))
print(f"{True}", "%s %d %r" % (True, True, False), f"{True:>6}|", f"{False:d}")
lst = ["a", "b", "c"]
print(lst[True], lst[False], lst[-True])
d = {True: "yes"}
print(d[1], d[1.0], 1 in d)
count = 0
for v in [3, 0, -2, 5, 0]:
    count += v > 0
print(count, type(count).__name__)
print(hash(True), hash(False), bool(1 - 1), bool(3 % 3 == 0))
