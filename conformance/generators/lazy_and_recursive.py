# generators are lazy; recursion through generators; closures over generator locals.
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
it = noisy(3)
print("created")
for v in it:
    print("consume", v)
    if v == 1:
        break
print("after break", next(it, "exhausted"), next(it, "exhausted"))

def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(perms([1, 2, 3])), sum(1 for _ in perms(list(range(6)))))

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    for child in (tree(depth - 1), tree(depth - 1)):
        yield from child
print(len(list(tree(8))))

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    while n < 3:
        yield bump()
print(list(counter()))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes(); print([next(p) for _ in range(15)])
pairs = list(zip(primes(), "abc")); print(pairs)
print(list(enumerate(x * x for x in range(4))), dict((k, len(k)) for k in ["a", "bb"]))
gen = (x for x in [1, 2, 3]); print(2 in gen, list(gen))
