# Nested try statements: which handler runs, and finally ordering across levels.


def level3(kind):
    try:
        if kind == "value":
            raise ValueError("v3")
        if kind == "key":
            raise KeyError("k3")
        if kind == "type":
            raise TypeError("t3")
        return "ok3"
    finally:
        print("    level3 finally", kind)


def level2(kind):
    try:
        return level3(kind)
    except ValueError as e:
        print("   level2 handled", e)
        return "handled2"
    finally:
        print("   level2 finally", kind)


def level1(kind):
    try:
        return level2(kind)
    except KeyError as e:
        print("  level1 handled", e)
        return "handled1"


for kind in ["none", "value", "key", "type"]:
    try:
        print("result:", level1(kind))
    except Exception as e:
        print("top level caught", type(e).__name__, e)
total = 0
for a in [1, 0, "x", 2]:
    try:
        try:
            total += 10 // a
        except ZeroDivisionError:
            print("inner: zero")
            total -= 1
        else:
            print("inner else for", a)
    except TypeError as e:
        print("outer:", e)
print("total", total)
try:
    try:
        raise ValueError("deep")
    finally:
        print("inner finally without handler")
except ValueError as e:
    print("outer handler", e)
