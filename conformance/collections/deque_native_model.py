# collections.deque (native): long runs of mixed operations checked against
# a list model (buffer growth, wrap-around, shrinking, maxlen)
from collections import deque

# a model check against a list: pseudo-random operations, objects as items


class Rng:
    """A small linear congruential generator (the same numbers everywhere)."""

    def __init__(self, seed):
        self.state = seed

    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return a + (self.state >> 8) % (b - a)


rng = Rng(7)
d = deque()
model = []
for step in range(600):
    op = rng.randrange(12)
    if op == 0:
        x = [step]
        d.append(x); model.append(x)
    elif op == 1:
        x = (step, str(step))
        d.appendleft(x); model.insert(0, x)
    elif op == 2 and model:
        assert d.pop() is model.pop()
    elif op == 3 and model:
        assert d.popleft() is model.pop(0)
    elif op == 4:
        n = rng.randrange(-30, 30)
        d.rotate(n)
        if model:
            k = n % len(model)
            model[:] = model[len(model) - k:] + model[:len(model) - k]
    elif op == 5:
        i = rng.randrange(-len(model) - 3, len(model) + 3)
        x = {"k": step}
        d.insert(i, x); model.insert(i, x)
    elif op == 6 and model:
        i = rng.randrange(-len(model), len(model))
        del d[i]; del model[i]
    elif op == 7 and model:
        i = rng.randrange(-len(model), len(model))
        assert d[i] is model[i]
        x = "s%d" % step; d[i] = x; model[i] = x
    elif op == 8:
        items = [str(i) for i in range(rng.randrange(50))]
        d.extend(items); model.extend(items)
    elif op == 9 and rng.randrange(20) == 0:
        while len(model) > 3:
            d.popleft(); model.pop(0)
    elif op == 10:
        d.reverse(); model.reverse()
    elif op == 11 and rng.randrange(50) == 0:
        d *= 2; model = model * 2
    if step % 500 == 0:
        assert list(d) == model, step
        assert list(reversed(d)) == model[::-1]
        assert len(d) == len(model)
print(len(d), list(d) == model)

# bounded deques against a model
for maxlen in [0, 1, 2, 5, 17]:
    d = deque(maxlen=maxlen)
    model = []
    for step in range(150):
        op = rng.randrange(4)
        if op == 0:
            d.append(step); model.append(step)
            if len(model) > maxlen:
                model.pop(0)
        elif op == 1:
            d.appendleft(step); model.insert(0, step)
            if len(model) > maxlen:
                model.pop()
        elif op == 2:
            items = list(range(rng.randrange(40)))
            d.extend(items)
            model.extend(items)
            model = model[max(0, len(model) - maxlen):]
        elif op == 3:
            n = rng.randrange(4)
            d *= n
            model = (model * n)[max(0, len(model) * n - maxlen):]
        assert list(d) == model, (maxlen, step, op, list(d), model)
    print(maxlen, list(d) == model)

# a big queue that grows and drains (buffer shrinking)
q = deque()
total = 0
for rnd in range(5):
    for i in range(2000):
        q.append([i])
    while len(q) > 10:
        total += q.popleft()[0]
    q.rotate(3)
print(total, list(q)[:3])
