# send/throw/close, return values, StopIteration.value, PEP 479, states.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = acc()
print(next(g), g.send(1), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.args)

def fresh():
    yield 1
try:
    fresh().send(5)
except TypeError as e:
    print(type(e).__name__, e)

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing(); print(next(c)); c.close(); print("closed"); c.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def leaky():
    yield 1
    raise StopIteration("inner")
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e)

def thrower():
    try:
        yield "a"
    except KeyError as e:
        yield "got " + repr(e)
    yield "end"
t = thrower(); print(next(t), t.throw(KeyError("k")), next(t))
try:
    thrower().throw(ValueError("early"))
except ValueError as e:
    print("early", e)

def inner():
    x = yield "i1"
    yield "i2:" + str(x)
    return "inner-result"
def outer():
    r = yield from inner()
    yield "outer got " + r
    yield from [7, 8]
o = outer(); print(next(o), o.send("sent"), next(o), list(o))

def gen_in_gen(n):
    for i in range(n):
        yield from (i * j for j in range(i))
print(list(gen_in_gen(4)))
print(sum(1 for _ in range(1000)), max(x % 7 for x in range(50)), sorted(x for x in "hello"))
