# Floor division and modulo of big ints whose quotient is small, large,
# zero or exact, with every sign combination: the division specializations
# must agree with the general algorithm on every edge.
seed = 12345


def rand(bits):
    global seed
    out = 0
    for _ in range(bits // 30 + 1):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out = (out << 30) | (seed >> 1)
    return out % (1 << bits) | (1 << (bits - 1))


digest = 0
for trial in range(400):
    ybits = 64 + trial * 7 % 900
    y = rand(ybits)
    extra = trial % 70
    x = rand(ybits + extra) if extra else rand(ybits)
    for a, b in ((x, y), (-x, y), (x, -y), (-x, -y), (y, y), (y * 7, y), (y * 7 - 1, y), (y * 7 + 1, y), (y - 1, y)):
        q, r = a // b, a % b
        assert q * b + r == a, (a, b)
        assert (r == 0) or ((r < 0) == (b < 0)), (a, b)
        assert abs(r) < abs(b)
        assert divmod(a, b) == (q, r)
        digest = (digest * 1000003 + q % 1000000007 + r % 998244353) % (1 << 61)
print("digest", digest)

# exact multiples and off-by-one remainders around the estimate
t = 3 ** 400
for k in (0, 1, 2, 3, 9, 10, 2 ** 59, 2 ** 60 - 1, 2 ** 60, 2 ** 61 + 5):
    for d in (-1, 0, 1):
        n = k * t + d
        print(k, d, n // t, (n % t) - t if n % t > t // 2 else n % t)
print((10 ** 300) // (10 ** 299 + 1), (10 ** 300) % (10 ** 299 + 1) == 10 ** 300 - 9 * (10 ** 299 + 1))
print(0 // (1 << 200), 5 // (1 << 200), (1 << 200) // (1 << 200), ((1 << 260) - 1) // (1 << 200))
