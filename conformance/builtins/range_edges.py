# range(): negative steps, len, indexing, slicing, membership, equality, errors.

print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)), list(range(-3)))
print(list(range(0, 10, 4)), list(range(-5, 5, 3)), list(range(5, -5, -4)), list(range(1, 2, 100)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step, repr(range(0, 5)), range(1, 5, 1))
print(r[1:3], r[::-1], r[::2], r[10:], list(r[::-2]), range(10)[-3:], range(10)[::3])
print(7 in r, 8 in r, 19 in r, 23 in r, -1 in range(-5, 0), 2.0 in range(5), "a" in range(3))
print(r.index(11), r.count(11), r.count(12), range(5).count(True))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(len(range(10 ** 18)), range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(2 ** 64)[2 ** 63])
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(bool(range(0)), bool(range(1)), list(enumerate(range(3, 5))), list(zip(range(3), range(10, 13))))
print(range(True, 5), list(range(-2, 2)), [i for i in range(10) if i % 3 == 0], tuple(range(3)))


def range_set():
    r = range(3)
    r[0] = 1


it = iter(range(3))
print(next(it), next(it), list(it), list(it))
for label, op in [("step 0", lambda: range(1, 5, 0)), ("float", lambda: range(1.5)), ("str", lambda: range("3")),
                  ("no args", lambda: range()), ("4 args", lambda: range(1, 2, 3, 4)), ("index", lambda: range(3)[3]),
                  ("neg index", lambda: range(3)[-4]), ("idx val", lambda: range(3).index(5)),
                  ("set", lambda: range_set()), ("None", lambda: range(None))]:
    try:
        print(label, op())
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(label, type(e).__name__, e)


total = 0
for i in range(3, 0, -1):
    for j in range(i):
        total += j
print(total, list(range(len("abc"))), list(range(len([]))))
