# Stress program for a bytearray shared by threads: four threads append to,
# extend, clear, pop, overwrite and read one bytearray at the same time.
# The VM must not crash and racy reads may only fail with IndexError; the
# output is deterministic: the final phase appends under a Lock, so its
# counts are exact. Run repeatedly by tests/bytearray_threads.rs, also under
# MOREL_GC_STRESS=1 (with a small N).
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
T = 4
ALLOWED = set(range(1, 1 + 4 * T))  # every byte value a writer stores

ba = bytearray()
problems = []  # unexpected exceptions or values, printed at the end
go = threading.Event()


def note(what):
    if len(problems) < 10:
        problems.append(what)


def read_some(i):
    n = len(ba)
    try:
        x = ba[i % (n + 1)]
        if not (0 <= x < 256):
            note(("value", x))
    except IndexError:
        pass
    try:
        ba[-1]
    except IndexError:
        pass
    s = ba[i % 7 : n // 2 + 3]
    if len(s) > n // 2 + 3:
        note(("slice", len(s)))
    b = bytes(ba)
    if type(b) is not bytes:
        note(("bytes", type(b)))
    k = ba.find(b"\x05\x05")
    if k < -1:
        note(("find", k))
    if (3 in ba) not in (True, False):
        note(("in", 3))
    ba.count(b"\x01")
    bytearray(ba)
    ba + b"x"
    if i % 64 == 0:
        repr(ba)
        ba.hex()
        list(ba)


def racer(t):
    global ba  # `ba += ...` below rebinds the name (to the same object)
    go.wait()
    v = 1 + 4 * t  # this thread's byte values: v .. v+3
    for i in range(N):
        try:
            r = (i + t) % 9
            if r == 0:
                ba.append(v)
            elif r == 1:
                ba.extend(bytes([v + 1]) * (1 + i % 40))
            elif r == 2:
                ba += bytes([v + 2, v + 2, v + 3])
            elif r == 3:
                if t == 0 and i % 300 == 3:
                    ba.clear()
                else:
                    ba.extend([v, v + 1])
            elif r == 4:
                try:
                    ba.pop()
                except IndexError:
                    pass
            elif r == 5:
                try:
                    ba[i % (len(ba) + 1)] = v + 3
                except IndexError:
                    pass
            elif r == 6 and i % 50 == 6:
                ba.reverse()
            else:
                read_some(i)
        except IndexError:
            pass
        except Exception as e:
            note((type(e).__name__, str(e)))


threads = [threading.Thread(target=racer, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
go.set()
for th in threads:
    th.join()

# After the racy phase the writers were serialised: every byte left is one a
# writer stored.
print("phase1 bytes written by writers only:", set(ba) <= ALLOWED)

# Final phase: appends and extends under a Lock while others still read.
M = max(N // 10, 20)
lock = threading.Lock()
ba.clear()


def locked_writer(t):
    v = 1 + 4 * t
    for i in range(M):
        with lock:
            ba.append(v)
        with lock:
            ba.extend(bytes([v + 1]) * 3)
        read_some(i)


threads = [threading.Thread(target=locked_writer, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print("final length", len(ba) == T * M * 4, len(ba) // M)
print("counts", [ba.count(bytes([1 + 4 * t])) == M and ba.count(bytes([2 + 4 * t])) == 3 * M for t in range(T)])
print("problems", problems)
