from typing import NamedTuple, List
x: int = 5
y: str
print(__annotations__, x)
class P:
    a: int
    b: "str" = "hi"
    c = 3
print(P.__annotations__, P.b, hasattr(P, "a"))
class Pt(NamedTuple):
    x: int
    y: int = 0
p = Pt(1)
print(p, p.x, p.y, Pt._fields)
def f():
    z: int = 3
    return z
print(f())
class Q(P):
    d: List[int]
print(Q.__annotations__)
