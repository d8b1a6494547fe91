# try/except/else/finally with return, break, continue; finally overriding.

order = []


def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def finally_sees_return():
    x = 1
    try:
        return x
    finally:
        x = 2
        order.append("finally x=" + str(x))


def else_runs():
    try:
        order.append("try")
    except Exception:
        order.append("except")
    else:
        order.append("else")
        return "from else"
    finally:
        order.append("finally")


print(ret_in_finally(), finally_swallows(), finally_sees_return(), order)
order.clear()
print(else_runs(), order)
order.clear()
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        order.append("body" + str(i))
    finally:
        order.append("fin" + str(i))
print(order)
