# An uncaught TypeError from a bad operand type after some output.
parts = ["a", "b"]
for p in parts:
    print("part", p)
count = 3
message = "count: " + count
print(message)
