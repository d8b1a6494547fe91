# Execution order of try/except/else/finally in every path.


def run(mode):
    trace = []
    try:
        trace.append("try")
        if mode == "raise":
            raise ValueError("boom")
        if mode == "other":
            raise KeyError("k")
        trace.append("try-end")
    except ValueError as e:
        trace.append("except " + str(e))
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    trace.append("after")
    return trace


print(run("ok"))
print(run("raise"))
try:
    print(run("other"))
except KeyError as e:
    print("escaped", e)


def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else raised")


try:
    else_raises()
except ValueError as e:
    print("caught", e)


def except_raises():
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
    finally:
        print("finally still runs")


try:
    except_raises()
except ValueError as e:
    print("caught", e)
order = []
for i in range(3):
    try:
        order.append("t%d" % i)
        if i == 1:
            continue
        if i == 2:
            break
    finally:
        order.append("f%d" % i)
print(order)
