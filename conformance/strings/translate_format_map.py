t = str.maketrans("abc", "xyz", "!")
print(sorted(t.items()), "aabbcc!".translate(t), "hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate(str.maketrans({"a": "1", "b": None})))
print("{name} is {age}".format_map({"name": "Bo", "age": 3}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
