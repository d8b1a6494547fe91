# range: bounds, negative steps, len, indexing, membership, errors.
print(list(range(5)), list(range(2, 5)), list(range(5, 2)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(-5, 0)), list(range(0, -5, -1)), list(range(0)), list(range(-3)), list(range(1, 2, 100)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[2], list(r[1:3]) , 9 in r, 10 in r, 9.0 in r, "9" in r)
print(range(0, 5), range(3), range(1, 10, 2), len(range(10, 0, -2)), len(range(0, 10, -1)))
print(r.index(13), r.count(13), r.count(14), range(5) == range(0, 5), range(0) == range(5, 5))
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
big = range(0, 10 ** 20, 10 ** 18)
print(len(big), big[-1], 5 * 10 ** 18 in big)
for i in range(3, 0, -1):
    print(i, end=" ")
print()
for args in [(0, 10, 0), (1.5,), ("3",), (1, 2, 3, 4)]:
    try:
        if len(args) == 1:
            print(range(args[0]))
        elif len(args) == 3:
            print(range(args[0], args[1], args[2]))
        else:
            print(range(args[0], args[1], args[2], args[3]))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(r[10])
except IndexError as e:
    print("IndexError", e)
try:
    print(r.index(2))
except ValueError as e:
    print("ValueError", e)
try:
    r[0] = 1
except TypeError as e:
    print("TypeError", e)
n = 0
for i in range(10):
    n += i
    i = 100
print(n, i)
