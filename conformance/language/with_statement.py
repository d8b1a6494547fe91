# with statements: __enter__ value, __exit__ arguments, suppression, ordering.

log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            log.append("exit " + self.name + " clean")
        else:
            log.append("exit " + self.name + " " + exc_type.__name__ + ":" + str(exc) + " tb=" + str(tb is not None))
        return self.suppress


with CM("a") as v:
    log.append("body " + v)
print(log)
log.clear()
with CM("outer") as o, CM("inner") as i:
    log.append("body " + o + i)
print(log)
log.clear()
with CM("s", suppress=True):
    raise ValueError("suppressed")
log.append("after suppressed")
print(log)
log.clear()
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    log.append("caught " + repr(e))
print(log)
log.clear()
try:
    with CM("x", True), CM("y"):
        raise IndexError("idx")
    log.append("after with")
except IndexError:
    log.append("not reached")
print(log)
log.clear()


def early():
    with CM("ret"):
        return "returned"
    return "never"


print(early(), log)
log.clear()
for k in range(3):
    with CM("loop" + str(k)):
        if k == 1:
            continue
        if k == 2:
            break
        log.append("body" + str(k))
print(log)
log.clear()
with CM("nov"):
    pass
print(log)
