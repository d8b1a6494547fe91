"""Pseudo-random numbers from the Mersenne Twister (MT19937).

The generator is seeded and consumed exactly as CPython's is, so the same
seed gives the same numbers: seed(n) feeds the 32-bit words of abs(n) to
init_by_array, random() makes a 53-bit float from two 32-bit outputs, and
the integer and sequence functions draw on getrandbits() the same way."""

import math as _math
import time as _time
from bisect import bisect_right as _bisect

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "choices", "getrandbits",
           "getstate", "setstate"]

_N = 624
_M = 397
_MATRIX_A = 0x9908B0DF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_MASK32 = 0xFFFFFFFF
_TWO64 = 1 << 64
_BASE_STATE = []


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
        self._mt = [0] * _N
        self._index = _N
        self.gauss_next = None
        self.seed(x)

    # -- the Mersenne Twister core --------------------------------------

    # The products below only matter modulo 2**32; they are formed from
    # 16-bit halves so that every intermediate stays a small int.

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK32
        for i in range(1, _N):
            prev = mt[i - 1]
            x = prev ^ (prev >> 30)
            mt[i] = ((x & 0xFFFF) * 1812433253
                     + ((((x >> 16) * 1812433253) & 0xFFFF) << 16) + i) & _MASK32
        self._index = _N

    def _init_by_array(self, key):
        # every seeding starts from init_genrand(19650218): computed once
        if not _BASE_STATE:
            self._init_genrand(19650218)
            _BASE_STATE.append(tuple(self._mt))
        mt = list(_BASE_STATE[0])
        self._mt = mt
        i = 1
        j = 0
        klen = len(key)
        for _ in range(max(_N, klen)):
            prev = mt[i - 1]
            x = prev ^ (prev >> 30)
            x = (x & 0xFFFF) * 1664525 + ((((x >> 16) * 1664525) & 0xFFFF) << 16)
            mt[i] = ((mt[i] ^ (x & _MASK32)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= klen:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            x = prev ^ (prev >> 30)
            x = (x & 0xFFFF) * 1566083941 + ((((x >> 16) * 1566083941) & 0xFFFF) << 16)
            mt[i] = ((mt[i] ^ (x & _MASK32)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000
        self._index = _N

    def _twist(self):
        mt = self._mt
        mt.append(mt[0])       # mt[_N] stands for mt[0] in the last step
        for kk in range(_N - _M):
            y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
            v = mt[kk + _M] ^ (y >> 1)
            if y & 1:
                v ^= _MATRIX_A
            mt[kk] = v
        for kk in range(_N - _M, _N):
            if kk == _N - 1:
                mt[_N] = mt[0]
            y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
            v = mt[kk + _M - _N] ^ (y >> 1)
            if y & 1:
                v ^= _MATRIX_A
            mt[kk] = v
        mt.pop()
        self._index = 0

    def _genrand_uint32(self):
        if self._index >= _N:
            self._twist()
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

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
        self._init_by_array(key)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return (self.VERSION, tuple(self._mt) + (self._index,), self.gauss_next)

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
        self._mt = [v & _MASK32 for v in internal[:_N]]
        self._index = index
        self.gauss_next = state[2]

    # -- basic outputs ----------------------------------------------------

    def random(self):
        """Return the next random floating point number in [0.0, 1.0)."""
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if not isinstance(k, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(k).__name__)
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand_uint32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def _randbelow(self, n):
        """Return a random int in the range [0, n).  Defined for n > 0."""
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    # -- integers ---------------------------------------------------------

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        istart = _int_arg(start, "arg 1")
        if stop is None:
            if type(step) is not int or step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _int_arg(stop, "stop")
        width = istop - istart
        istep = _int_arg(step, "step")
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


_inst = Random()
seed = _inst.seed
random = _inst.random
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
