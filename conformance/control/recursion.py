# Recursive functions: mutual recursion, deep-ish recursion, accumulating results.


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


def flatten(x, acc):
    if isinstance(x, list):
        for item in x:
            flatten(item, acc)
    else:
        acc.append(x)
    return acc


print(ackermann(2, 3), ackermann(3, 3))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:3], moves[-1])
print(is_even(10), is_odd(7), is_even(301))
print(gcd(1071, 462), gcd(2 ** 80, 6 ** 30), gcd(17, 0))
print(depth(500))
print(permutations([1, 2, 3]), len(permutations(list("abcd"))))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]], []))


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


print(power_set([1, 2, 3]))
