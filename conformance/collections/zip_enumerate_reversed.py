# zip truncates, enumerate start values, reversed on sequences.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([])), list(zip([1], [2], [3])))
print(list(zip("abc", range(10), (True, False, None, 1))), list(zip([1, 2])))
print(dict(zip(["a", "b", "c"], [1, 2])), list(zip({"k": 1, "j": 2}, [0, 0])))
for a, b in zip([1, 2, 3], [4, 5, 6]):
    print(a * b, end=" ")
print()
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate(["x"], -5)), list(enumerate([], 3)))
print(list(enumerate("ab", 2 ** 64)), list(enumerate(range(3), start=10)))
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed([])))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed({"a": 1, "b": 2})))
print("".join(reversed("stressed")), tuple(reversed((1, 2, 3))))
lst = [1, 2, 3]
r = reversed(lst)
print(next(r), next(r))
lst.append(4)
print(list(r))
for bad in [5, None]:
    try:
        print(list(reversed(bad)))
    except TypeError as e:
        print("TypeError", e)
try:
    print(list(zip(1, [2])))
except TypeError as e:
    print("TypeError", e)
try:
    print(list(enumerate(5)))
except TypeError as e:
    print("TypeError", e)
z = zip([1, 2], [3, 4])
print(list(z), list(z))
