# Truth value of built-in objects and user objects.


class Thing:
    pass


values = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), float("inf"), 2 ** 100, 0 * 2 ** 100,
          "", " ", "0", "False", [], [0], [[]], (), (None,), {}, {0: 0}, None, True, False,
          range(0), range(1), Thing()]
for val in values:
    kind = type(val).__name__
    if val:
        print(kind, "truthy", bool(val))
    else:
        print(kind, "falsy", bool(val))
count = 0
for val in values:
    if not val:
        count += 1
print("falsy count", count)
lst = [1]
while lst:
    lst.pop()
    print("popped, now", lst)
s = "abc"
while s:
    s = s[1:]
print(repr(s), bool(s))
print([bool(x) for x in ["", "a", 0, 3, [], [1]]])
print(bool(), bool(0) is False, bool(1) is True, bool([]) == False)
