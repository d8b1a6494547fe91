# abs/min/max/sum on mixed numeric types.
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(-(2 ** 70)), abs(True), abs(False))
print(abs(float("-inf")), abs(-9223372036854775808), type(abs(-3.0)).__name__)
print(max(1, 2.0), max(2.0, 2), max(2, 2.0), min(2, 2.0), min(2.0, 2))
print(max(-1, -1.5), min(-0.0, 0.0), max(0.0, -0.0), max([3, 7.5, -2]))
print(max(1, 2, 3), min(3, 1, 2), max([10 ** 30, 10.0 ** 30]), min(1e308, 10 ** 309))
print(max(True, 1), max(1, True), min(False, 0), max(0, False))
print(sum([]), sum([1.5, 2.5]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([10 ** 20, 1.0]))
print(sum([True, 2, 3.5]), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
print(sum(range(101)), sum(range(-10, 11)), sum([], 0.0))
nan = float("nan")
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
for args in [[], "a"]:
    try:
        print(max(args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(abs("x"))
except TypeError as e:
    print("TypeError", e)
try:
    print(abs(None))
except TypeError as e:
    print("TypeError", e)
try:
    print(max(1, "a"))
except TypeError as e:
    print("TypeError", e)
try:
    print(sum(["a", "b"]))
except TypeError as e:
    print("TypeError", e)
try:
    print(sum([1, None]))
except TypeError as e:
    print("TypeError", e)
try:
    print(max(5))
except TypeError as e:
    print("TypeError", e)
