# finally runs on return/break/continue, and a return in finally wins.


def ret_in_try():
    try:
        return "try"
    finally:
        print("  finally of ret_in_try")


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x set to", x, "after return value was computed")


def nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 0:
                continue
            if i == 2:
                return out
            out.append(i)
        finally:
            out.append("f" + str(i))
    return "unreached"


def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("  finally after except return")


print(ret_in_try())
print(finally_overrides())
print(finally_swallows())
print(value_captured())
print(nested())
print(loop_finally())
print(except_return())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("  loop finally", count)
print("count", count)
