# list methods at the edges: insert/pop/remove/index/sort/extend and their errors.

a = [1, 2, 3]
a.insert(100, "end")
a.insert(-100, "start")
a.insert(-1, "before-last")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
b = [3, 1, 2, 1]
b.remove(1)
print(b, b.index(1), b.index(2, 1), b.count(1), b.count("1"))
c = [5, 3, 8, 1]
print(c.sort(), c, c.reverse(), c)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
mixed = [3, 1.5, True, 0, -2.5]
mixed.sort()
print(mixed)
e = [1]
e.extend(e)
e.extend("ab")
e.extend(range(2))
e.extend((None,))
print(e)
e.append(e)
print(len(e), e[-1] is e, e)
f = [0] * 3
g = [[0] * 2] * 2
g[0][0] = 9
print(f, g, [[]] * 0)
h = [1, 2, 3]
h2 = h.copy()
h2.clear()
print(h, h2, h + h2, h * 2, 2 * h, h * -1)
for label, op in [("pop empty", lambda: [].pop()), ("pop range", lambda: [1].pop(5)),
                  ("remove", lambda: [1].remove(2)), ("index", lambda: [1, 2].index(3)),
                  ("index range", lambda: [1, 2, 1].index(2, 2)), ("sort mixed", lambda: [1, "a"].sort()),
                  ("add tuple", lambda: [1] + (2,)), ("mul float", lambda: [1] * 1.5),
                  ("insert args", lambda: [].insert(1)), ("sort pos arg", lambda: [].sort(len))]:
    try:
        print(label, op())
    except (IndexError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
nested = [[3, "c"], [1, "a"], [2, "b"]]
print(sorted(nested), sorted(nested, key=lambda r: r[1], reverse=True))
print([1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [[]] == [[]], [1, [2, [3]]][1][1][0])
x = [1, 2, 3, 4, 5, 6]
for item in x:
    if item % 2 == 0:
        x.remove(item)
print(x)
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1], sum([[1], [2]], []), len([[]]))
