# Floor division and modulo of ints by powers of two (a shift and a mask in
# the int fast path) against other divisors, with negative operands and
# values near the boundary between inline and big ints.
values = [0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 1023, -1025,
          2 ** 46, -(2 ** 46), 2 ** 47 - 1, -(2 ** 47), 2 ** 47, -(2 ** 47) - 1,
          2 ** 62, -(2 ** 63), 2 ** 70 + 5, -(2 ** 70) - 5]
divisors = [1, 2, 4, 8, 1024, 2 ** 20, 2 ** 46, 2 ** 47, 3, 6, -1, -2, -8, -(2 ** 46)]
rows = []
for x in values:
    row = []
    for d in divisors:
        row.append((x // d, x % d, divmod(x, d)))
    rows.append(row)
for x, row in zip(values, rows):
    print(x, row)
for x in (5, -5):
    for d in (0,):
        try:
            print(x // d)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
        try:
            print(x % d)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
acc = 0
n = 27
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    acc += 1
print(acc)
