# try statements inside loops: continue/break from handlers, error counting.
raw = ["10", "x", "-3", "", "4.5", "7", None, "1_0"]
parsed = []
errors = {}
for item in raw:
    try:
        n = int(item)
    except ValueError:
        errors["value"] = errors.get("value", 0) + 1
        continue
    except TypeError as e:
        errors["type"] = errors.get("type", 0) + 1
        print("type problem:", e)
        continue
    else:
        parsed.append(n)
    finally:
        print("processed", repr(item))
print(parsed, errors)
data = [5, 2, 0, 4]
results = []
for d in data:
    try:
        results.append(100 // d)
    except ZeroDivisionError:
        results.append(None)
        break
print(results)
i = 0
caught = 0
while i < 10:
    i += 1
    try:
        if i % 3 == 0:
            raise ValueError(i)
    except ValueError as e:
        caught += 1
        if e.args[0] == 9:
            break
print("i", i, "caught", caught)
stack = [[1, 2], [3], [], [4, 5, 6]]
firsts = []
for s in stack:
    try:
        firsts.append(s[0])
    except IndexError as e:
        firsts.append(str(e))
print(firsts)
d = {"a": 1, "c": 3}
found = []
for k in "abcd":
    try:
        found.append(d[k])
    except KeyError as e:
        found.append("missing " + str(e))
print(found)
