"""memo_dp: dynamic programming through functools.lru_cache (partition
counts) and an explicit dict memo.
Usage: memo_dp.py [n]   (default 450)
"""
import sys
from functools import lru_cache

sys.setrecursionlimit(10000)


@lru_cache(maxsize=None)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 450
    memo = {}

    def climb(i):
        if i < 3:
            return i + 1
        if i in memo:
            return memo[i]
        r = (climb(i - 1) + climb(i - 2) + climb(i - 3)) % 1000000007
        memo[i] = r
        return r

    print(ways(n, n) % 1000000007, climb(n * 4), ways.cache_info().hits)


main()
