# Floor division and modulo with every sign combination, ints and floats.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5),
         (1, 7), (-1, 7), (1, -7), (-1, -7), (123456789, 1000), (-123456789, 1000)]
for a, b in pairs:
    print(a, b, a // b, a % b, (a // b) * b + a % b == a)

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3.0), (-0.0, 3.0),
          (1.0, 0.1), (-1.0, 0.1), (5.0, 2.5), (-5.0, 2.5), (1e20, 3.0)]
for a, b in fpairs:
    print(a, b, a // b, a % b)

print(-0.0 % 5.0, 0.0 % -5.0, -1e-300 % 1.0)
print(-3 // 1, -3 % 1, 3 // -1, 3 % -1)
print(type(7 // 2).__name__, type(7.0 // 2).__name__, type(7 % 2.0).__name__)
big = 10 ** 30 + 7
print(big // 13, big % 13, -big // 13, -big % 13, big // -13, big % -13)
print(True // 2, True % 2, False // True, 5 // True)
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
y = 17.0
y //= -5
print(y)
