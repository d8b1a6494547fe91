# Division by zero in every form, and non-finite float arithmetic.
from math import inf, nan, isnan


def t(label, a, b, op):
    try:
        if op == "/":
            r = a / b
        elif op == "//":
            r = a // b
        elif op == "%":
            r = a % b
        else:
            r = divmod(a, b)
        print(label, r)
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError", e)


for op in ["/", "//", "%", "divmod"]:
    t("int int " + op, 1, 0, op)
    t("int float " + op, 1, 0.0, op)
    t("float int " + op, 1.5, 0, op)
    t("float -0.0 " + op, 1.5, -0.0, op)
    t("zero zero " + op, 0, 0, op)
    t("big " + op, 10 ** 30, 0, op)
    t("bool " + op, True, False, op)
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented", e, x)
try:
    x %= 0
except ZeroDivisionError as e:
    print("augmented", e, x)
print(inf - inf, inf * 0, 0 * inf, inf / inf, isnan(inf - inf))
print(inf + inf, -inf - inf, inf * -1, 1 / inf, -1 / inf, inf // 1, 5 // inf, -5 // inf)
print(5 % inf, -5 % inf, 5.0 % -inf, nan + 1, nan * 0, -nan)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1080)
