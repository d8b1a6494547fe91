# Float arithmetic edges: rounding error, overflow to inf, underflow, -0.0.
print(0.1 + 0.2, 0.1 + 0.7, 1.1 + 2.2, 3.3 - 1.1, 0.1 * 0.1, 1e16 + 1, 1e16 + 2)
print(1.0 - 1e-16, 1.0 + 1e-16, 1.0 + 2.220446049250313e-16)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 5e-324 / 2, 5e-324 * 0.5, 2.5e-324)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 + -0.0, 0.0 - 0.0, -(0.0))
print(-7.5 % 2, 7.5 % -2, -7.5 // 2, 7.5 // -2, 0.3 % 0.1, 1.0 % 0.3)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
s = 0.0
for k in range(1, 1001):
    s += 1.0 / (k * k)
print(s)
print(3.0 * 1.1, 100.0 * 1.1, 0.57 * 100, 1.15 * 100, 4.35 * 100)
print(1e22 + 1, 1e22 * 10, 2.0 ** 52 + 0.5, 2.0 ** 53 + 1)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63 - 1) == 2 ** 63 - 1)
print(0.1 + 0.2 - 0.3, 1.0 / 3.0 * 3.0, 2.0 / 3.0 - 1.0 / 3.0)
print(float("inf") + 1 == float("inf"), 1e-300 * 1e-300, -1e-300 * 1e-300)
x = 1.0
n = 0
while x != 0.0:
    x = x / 2
    n += 1
print("halvings until zero", n)
y = 1.0
m = 0
while y + 1.0 != 1.0:
    y = y / 2
    m += 1
print("epsilon steps", m, y)
