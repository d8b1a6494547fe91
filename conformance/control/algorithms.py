# Small algorithms mixing loops and control flow: sieve, binary search, bubble sort.


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= n:
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
        p += 1
    return [i for i in range(n + 1) if flags[i]]


def bsearch(arr, target):
    lo = 0
    hi = len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bubble(arr):
    a = arr[:]
    swaps = 0
    n = len(a)
    while True:
        swapped = False
        for i in range(1, n):
            if a[i - 1] > a[i]:
                a[i - 1], a[i] = a[i], a[i - 1]
                swaps += 1
                swapped = True
        n -= 1
        if not swapped:
            break
    return a, swaps


def run_length(s):
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += s[i] + str(j - i)
        i = j
    return out


primes = sieve(100)
print(len(primes), primes[-5:])
for t in [0, 2, 3, 50, 97, 100]:
    print(t, bsearch(primes, t))
print(bubble([5, 1, 4, 2, 8, 0, 2]))
print(bubble([]), bubble([1]))
print(run_length("aaabccddddde"), run_length(""))
fib = [0, 1]
while len(fib) < 20:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[10:13])
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print(factors)
