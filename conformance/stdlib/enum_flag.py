# enum: Flag and IntFlag operators, iteration, containment, boundaries
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
    NONE = 0


rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, rw.name, rw.value)
print(repr(Perm.R | Perm.X), str(Perm.R | Perm.X), (Perm.R | Perm.X).name)
print(repr(Perm.R & Perm.W), repr(rw & Perm.W), repr(rw ^ Perm.R), repr(~Perm.R), repr(~rw))
print(list(Perm), len(Perm), list(rw), list(Perm(7)), list(Perm(0)), len(Perm(7)))
print(Perm.R in rw, Perm.X in rw, Perm.NONE in rw, bool(Perm(0)), bool(Perm.X))
print(Perm(0), repr(Perm(0)), Perm(7), Perm(6) is Perm.RW, Perm["RW"], Perm(-1))
print(list(Perm.__members__), f"{rw}", format(Perm.X, ">8"))
attempt("bad value", lambda: Perm(8))
attempt("bad type", lambda: Perm("r"))
attempt("or int", lambda: Perm.R | 1)
attempt("in int", lambda: 1 in rw)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color], Color.WHITE, repr(Color.RED | Color.GREEN))
print(repr(~Color.RED), repr(~Color.WHITE), Color.WHITE.value, Color(3))


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


m = Mode.READ | Mode.WRITE
print(m, repr(m), str(m), f"{m}", m == 3, m + 1, type(m + 1).__name__)
print(repr(Mode.READ | 8), repr(8 | Mode.READ), repr(Mode(9) & Mode.READ), repr(Mode(16)))
print(repr(~Mode.READ), repr(~m), repr(Mode(0)), repr(Mode(-1)), repr(Mode(15)))
print(list(m), Mode.WRITE in m, m & 2, repr(m & 2), isinstance(m, int), hash(m) == hash(3))
print(sorted([Mode.EXEC, Mode.READ, 3]), "%d %x %s" % (m, m, m))
attempt("in int", lambda: 2 in m)


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


attempt("strict", lambda: Strict(5))
print(repr(Conform(7)), repr(Conform(2)), repr(~Conform.A))
print(Eject(7), type(Eject(7)).__name__, repr(Eject(3)))
print(repr(Keep(7)), repr(Keep(4)), str(Keep(12)))
print(Perm._boundary_, Mode._boundary_, Perm._flag_mask_, Color._all_bits_)
