# dict comprehensions: order, key/value evaluation order, scope of the loop variable.
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({n % 3: n for n in range(10)})
order = []
def key(x):
    order.append(("k", x))
    return x
def val(x):
    order.append(("v", x))
    return x * 10
print({key(i): val(i) for i in range(2)}, order)
x = "outer"
r = {x: 1 for x in range(2)}
print(x, r)
nested = {i: {j: i * j for j in range(3)} for i in range(2)}
print(nested)
print({w: len(w) for w in "the quick brown fox".split()})
