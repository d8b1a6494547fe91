"""Pseudo-random numbers from the Mersenne Twister (MT19937).

The generator is seeded and consumed exactly as CPython's is, so the same
seed gives the same numbers: seed(n) feeds the 32-bit words of abs(n) to
init_by_array, random() makes a 53-bit float from two 32-bit outputs, and
the integer and sequence functions draw on getrandbits() the same way. The
generator itself is native (_random.MT); seeding rules, ranges, sequences
and distributions are here."""

import math as _math
import time as _time
from _random import MT as _MT
from bisect import bisect_right as _bisect

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "choices", "getrandbits",
           "getstate", "setstate", "triangular", "normalvariate", "gauss",
           "lognormvariate", "expovariate"]

_N = 624
_MASK32 = 0xFFFFFFFF
_TWO64 = 1 << 64


# ------------------------------------------------------------------ SHA-512
# Seeding with a str hashes its UTF-8 bytes with SHA-512 (FIPS 180-4).  The
# round constants are the fractional parts of the cube roots of the first
# 80 primes, the initial hash values those of the square roots of the first
# 8; both are computed here with integer roots rather than written out.

_sha_tables = []


def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        for p in found:
            if p * p > n:
                found.append(n)
                break
            if n % p == 0:
                break
        else:
            found.append(n)
        n += 1
    return found


def _iroot(n, k):
    """The integer k-th root of n (floor)."""
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _sha512_tables():
    if not _sha_tables:
        primes = _primes(80)
        mask = _TWO64 - 1
        k = [_iroot(p << 192, 3) & mask for p in primes]
        h = [_iroot(p << 128, 2) & mask for p in primes[:8]]
        _sha_tables.append(k)
        _sha_tables.append(h)
    return _sha_tables[0], _sha_tables[1]


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & 0xFFFFFFFFFFFFFFFF


def _sha512(data):
    """SHA-512 digest of data (a list of byte values), as a list of 64 ints."""
    K, H0 = _sha512_tables()
    mask = 0xFFFFFFFFFFFFFFFF
    msg = list(data)
    bitlen = len(msg) * 8
    msg.append(0x80)
    while len(msg) % 128 != 112:
        msg.append(0)
    for shift in range(120, -8, -8):
        msg.append((bitlen >> shift) & 0xFF)
    h = list(H0)
    for start in range(0, len(msg), 128):
        w = []
        for t in range(16):
            v = 0
            for b in msg[start + 8 * t:start + 8 * t + 8]:
                v = (v << 8) | b
            w.append(v)
        for t in range(16, 80):
            x = w[t - 15]
            s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
            y = w[t - 2]
            s1 = _rotr64(y, 19) ^ _rotr64(y, 61) ^ (y >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & mask)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            big1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            ch = (e & f) ^ (~e & mask & g)
            t1 = (hh + big1 + ch + K[t] + w[t]) & mask
            big0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (big0 + maj) & mask
            hh = g
            g = f
            f = e
            e = (d + t1) & mask
            d = c
            c = b
            b = a
            a = (t1 + t2) & mask
        h = [(x + y) & mask for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    out = []
    for v in h:
        for shift in range(56, -8, -8):
            out.append((v >> shift) & 0xFF)
    return out


def _utf8(s):
    out = []
    for ch in s:
        c = ord(ch)
        if c < 0x80:
            out.append(c)
        elif c < 0x800:
            out.append(0xC0 | (c >> 6))
            out.append(0x80 | (c & 0x3F))
        elif 0xD800 <= c <= 0xDFFF:
            raise UnicodeEncodeError("utf-8", s, s.index(ch), s.index(ch) + 1,
                                     "surrogates not allowed")
        elif c < 0x10000:
            out.append(0xE0 | (c >> 12))
            out.append(0x80 | ((c >> 6) & 0x3F))
            out.append(0x80 | (c & 0x3F))
        else:
            out.append(0xF0 | (c >> 18))
            out.append(0x80 | ((c >> 12) & 0x3F))
            out.append(0x80 | ((c >> 6) & 0x3F))
            out.append(0x80 | (c & 0x3F))
    return out


def _str_seed(s):
    data = _utf8(s)
    n = 0
    for b in data + _sha512(data):
        n = (n << 8) | b
    return n


# ------------------------------------------------------------------ Random

def _int_arg(value, what):
    """randrange's argument conversion: integers as they are, integral
    floats accepted (CPython warns), anything else rejected."""
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is not None:
        return index(value)
    as_int = int(value)
    if as_int != value:
        raise ValueError("non-integer %s for randrange()" % what)
    return as_int


class Random:
    """Random number generator base class used by bound module functions.

    Random(x) is seeded with seed(x)."""

    VERSION = 3

    def __init__(self, x=None):
        # the Mersenne Twister's words live in a native generator (_random.MT)
        self._core = _MT()
        self.gauss_next = None
        self.seed(x)

    # -- seeding and state ----------------------------------------------

    def seed(self, a=None, version=2):
        """Initialize the internal state from a: None (the current time), an
        int, a float (its hash) or a str (its UTF-8 bytes and their SHA-512
        digest, as one big-endian integer)."""
        if a is None:
            a = int(_time.time() * 1000000) ^ _time.perf_counter_ns()
        elif isinstance(a, str):
            if version == 2:
                a = _str_seed(a)
            else:
                # version 1: the old string hash
                if a:
                    x = ord(a[0]) << 7
                    for ch in a:
                        x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
                    x ^= len(a)
                    a = -2 if x == -1 else x
                else:
                    a = 0
        elif isinstance(a, float):
            a = hash(a)
            if a < 0:
                a += _TWO64
        elif not isinstance(a, int):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        n = abs(a)
        key = []
        while n:
            key.append(n & _MASK32)
            n >>= 32
        if not key:
            key.append(0)
        self._core.seed_array(key)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return (self.VERSION, self._core.getstate(), self.gauss_next)

    def setstate(self, state):
        """Restore internal state from an object returned by getstate()."""
        version = state[0]
        if version == 2:
            # version 2 states may hold the words as signed ints
            internal = tuple(x % (2 ** 32) for x in state[1])
        elif version == 3:
            internal = state[1]
        else:
            raise ValueError("state with version %s passed to Random.setstate() "
                             "of version %s" % (version, self.VERSION))
        if not isinstance(internal, tuple):
            raise TypeError("state vector must be a tuple")
        if len(internal) != _N + 1:
            raise ValueError("state vector is the wrong size")
        index = internal[_N]
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        self._core.setstate(tuple(v & _MASK32 for v in internal[:_N]) + (index,))
        self.gauss_next = state[2]

    # -- basic outputs ----------------------------------------------------

    def random(self):
        """Return the next random floating point number in [0.0, 1.0)."""
        return self._core.random()

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if not isinstance(k, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(k).__name__)
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        return self._core.getrandbits(k)

    def _randbelow(self, n):
        """Return a random int in the range [0, n).  Defined for n > 0."""
        # n below 2**47: drawn by the core, the same way as below
        r = self._core.randbelow(n)
        if r is None:
            return self._randbelow_with_getrandbits(n)
        return r

    def _randbelow_with_getrandbits(self, n):
        # getrandbits(n.bit_length()) until below n (with a subclass's own
        # getrandbits(), or for big n)
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_from_random(self, n):
        # a subclass with its own random() and the base getrandbits: the
        # draw comes from random(), as in CPython
        limit_bits = 1 << 53
        if n >= limit_bits:
            return _math.floor(self.random() * n)
        limit = (limit_bits - limit_bits % n) / limit_bits
        r = self.random()
        while r >= limit:
            r = self.random()
        return _math.floor(r * limit_bits) % n

    def __init_subclass__(cls, /, **kwargs):
        # _randbelow is chosen once per class (not at every call): the
        # nearest class in the MRO that defines one of these decides
        super().__init_subclass__(**kwargs)
        for c in cls.__mro__:
            if "_randbelow" in c.__dict__:
                break
            if "getrandbits" in c.__dict__:
                cls._randbelow = Random._randbelow_with_getrandbits
                break
            if "random" in c.__dict__:
                cls._randbelow = Random._randbelow_from_random
                break

    # -- integers ---------------------------------------------------------

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        istart = start if type(start) is int else _int_arg(start, "arg 1")
        if stop is None:
            if type(step) is not int or step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = stop if type(stop) is int else _int_arg(stop, "stop")
        width = istop - istart
        istep = step if type(step) is int else _int_arg(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        if type(a) is int and type(b) is int and a <= b:
            # randrange(a, b + 1)'s common case, one call shorter
            return a + self._randbelow(b + 1 - a)
        return self.randrange(a, b + 1)

    # -- sequences --------------------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence.

        The result is in selection order; with counts, each element counts
        as that many copies of itself."""
        if isinstance(population, (set, frozenset, dict)) or \
                not (isinstance(population, (list, tuple, str, range))
                     or hasattr(population, "__getitem__")):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = []
            total = 0
            for c in counts:
                total = total + c
                cum_counts.append(total)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in selections]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # small samples of big populations remember the chosen positions;
        # otherwise a shrinking copy of the population is drawn from
        limit = 21
        if k > 5:
            limit += 4 ** _math.ceil(_math.log(k * 3, 4))
        if n <= limit:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in taken:
                    j = self._randbelow(n)
                taken.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with
        replacement, uniformly or by (cumulative) weights."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_math.floor(self.random() * n)]
                        for _ in range(k)]
            try:
                cum_weights = []
                total = None
                for w in weights:
                    total = w if total is None else total + w
                    cum_weights.append(total)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError("The number of choices must be a keyword "
                                "argument: k=%d" % weights) from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect(cum_weights, self.random() * total, 0, hi)]
                for _ in range(k)]

    # -- real-valued ------------------------------------------------------

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on
        rounding."""
        return a + (b - a) * self.random()


    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] with the given mode
        (default: the midpoint)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller: every other call returns the
        second value of the previous pair)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * _TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: exp of a normalvariate(mu, sigma)."""
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd."""
        return -_math.log(1.0 - self.random()) / lambd


_NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
_TWOPI = 2.0 * _math.pi


_inst = Random()
seed = _inst.seed
# seed() and setstate() change the generator in place: the module's
# random() can be the native one's method
random = _inst._core.random
triangular = _inst.triangular
normalvariate = _inst.normalvariate
gauss = _inst.gauss
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
uniform = _inst.uniform
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
