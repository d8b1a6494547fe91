# and/or return one of their operands and stop evaluating early.
log = []


def v(x):
    log.append(x)
    return x


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or [], [] and 1, "a" and "b")
print(0 or None or "" or "last", 1 and 2 and 3, 1 and 0 and 3, not 0, not "x", not [], not None)
print(v(0) and v(1), log)
log.clear()
print(v(1) or v(2), log)
log.clear()
print(v(0) or v(0.0) or v("found") or v("unreached"), log)
log.clear()
print(v(1) and v("") and v("unreached"), log)
log.clear()
print(not v(0) and v(5), log)
log.clear()
print((v(0) or v(2)) and (v(3) or v(4)), log)
x = None
print(x is not None and x > 3, x is None or x > 3)
d = {}
print(d and d["missing"], d.get("k") or "default", [] or {} or ())
print(1 < 2 and "yes" or "no", 1 > 2 and "yes" or "no", 1 < 2 and "" or "fallback")
print(True and 5, False or 0.0, type(0 or 0.0).__name__, type(1 and 1.0).__name__)


def first_truthy(items):
    result = None
    for it in items:
        result = result or it
    return result


print(first_truthy([0, "", "x", "y"]), first_truthy([]), first_truthy([0, []]))
print(not 1 == 2, not (1 and 0), (not 1) == 2, 0 == 0 and not 0)
