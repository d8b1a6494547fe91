# An uncaught KeyError: the last stderr line shows the repr of the key.
inventory = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears"]:
    print(fruit, inventory[fruit])
print("looking up kiwis")
print(inventory["kiwis"])
