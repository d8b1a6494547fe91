# three-argument pow on machine-word operands and at the edges of the word path
print(pow(3, 10000, 10**9 + 7), pow(2, 0, 1), pow(2, 0, 7), pow(0, 0, 5))
print(pow(-3, 7, 11), pow(3, 7, -11), pow(-3, 7, -11), pow(7, -1, 11), pow(-7, -3, 13))
print(pow(2**62, 2**62, 2**63 - 1), pow(2**63 - 1, 3, 2**63 - 25))
print(pow(12345678901, 98765, 2**61 - 1), pow(True, 5, 3), pow(5, True, 3))
print(pow(10**30, 3, 97), pow(3, 10**30, 97), pow(3, 5, 10**30))
print(sum(pow(i, 2, 97) for i in range(1000)), pow(1, 10**18, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3, 5.0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class I(int):
    pass
print(pow(I(3), I(4), I(5)), type(pow(I(3), 4, 5)).__name__)
