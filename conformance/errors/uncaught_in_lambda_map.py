# An exception raised inside a lambda called lazily by map() while list() consumes it.

values = ["3", "1", "4", "x"]
parsed = map(lambda s: 10 // int(s), ["5", "2"])
print(list(parsed))
lazy = map(lambda s: 100 // (int(s) - 1), values)
print("map created")
print(list(lazy))
