# Factorials computed with loops, compared with math.factorial.
from math import factorial


def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r


f60 = fact(60)
print(f60)
print(f60 == factorial(60), len(str(f60)))
zeros = 0
t = f60
while t % 10 == 0:
    zeros += 1
    t //= 10
print("trailing zeros", zeros)
digits = 0
for ch in str(f60):
    digits += int(ch)
print("digit sum", digits)
print(fact(0), fact(1), fact(20), fact(21), fact(25))
print(fact(100) // fact(98), fact(30) // (fact(15) * fact(15)))
print(factorial(0), factorial(1), factorial(20) == fact(20))
for n in [-1, 2.5, "5"]:
    try:
        print(factorial(n))
    except Exception as e:
        print(type(e).__name__, e)
c = 1
for k in range(1, 51):
    c = c * (101 - k) // k
print("C(100,50) =", c)
print(f60 % 1000000007, f60 // 10 ** 70)
