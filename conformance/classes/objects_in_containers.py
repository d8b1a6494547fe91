# Instances inside lists and dicts: identity, default equality, sorting by attribute.


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def __repr__(self):
        return "Item(%s, %s)" % (self.name, self.price)


def by_price(it):
    return it.price


def by_name(it):
    return it.name


a = Item("apple", 3)
b = Item("bread", 2)
c = Item("apple", 3)
items = [a, b, c]
print(items, a == c, a is c, a == a, a != c, a in items, c in [a, b])
print(sorted(items, key=by_price), sorted(items, key=by_name, reverse=True))
print(max(items, key=by_price), min(items, key=by_price), items.index(c), items.count(a))
index = {}
for it in items:
    index[it.name] = it
print(index, index["apple"] is c)
basket = {"fruit": [a], "grain": [b]}
basket["fruit"].append(c)
c.price = 10
print(basket, sum([it.price for it in items]))
try:
    sorted(items)
except TypeError as e:
    print("TypeError", e)
try:
    print(a < b)
except TypeError as e:
    print("TypeError", e)
try:
    print(a + b)
except TypeError as e:
    print("TypeError", e)
byobj = {a: "first", b: "second"}
print(byobj[a], byobj[b], len(byobj))
try:
    print(byobj[c])
except KeyError as e:
    print("KeyError", e)
copies = items[:]
copies[0].name = "APPLE"
print(items[0].name, copies is items)
