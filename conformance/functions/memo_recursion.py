# Recursion with memo tables passed explicitly or kept in globals.
memo = {}


def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


def count_paths(r, c, cache):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in cache:
        return cache[key]
    v = count_paths(r - 1, c, cache) + count_paths(r, c - 1, cache)
    cache[key] = v
    return v


def partitions(n, max_part, cache):
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    key = (n, max_part)
    if key in cache:
        return cache[key]
    v = partitions(n - max_part, max_part, cache) + partitions(n, max_part - 1, cache)
    cache[key] = v
    return v


def binary(n):
    if n < 2:
        return str(n)
    return binary(n // 2) + str(n % 2)


def sum_digits(n):
    if n < 10:
        return n
    return n % 10 + sum_digits(n // 10)


print(fib(90), fib(300), len(memo))
print(count_paths(10, 10, {}), count_paths(16, 16, {}))
print(partitions(100, 100, {}))
print(binary(0), binary(5), binary(255), binary(2 ** 40 + 1))
print(sum_digits(2 ** 100), sum_digits(0))


def collatz_len(n, cache):
    if n == 1:
        return 1
    if n in cache:
        return cache[n]
    if n % 2 == 0:
        v = 1 + collatz_len(n // 2, cache)
    else:
        v = 1 + collatz_len(3 * n + 1, cache)
    cache[n] = v
    return v


cache = {}
best = 0
arg = 0
for i in range(1, 3000):
    L = collatz_len(i, cache)
    if L > best:
        best, arg = L, i
print(arg, best)
