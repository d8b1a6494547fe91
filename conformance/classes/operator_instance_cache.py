# operator methods of Python classes: cached forward methods, reflected
# precedence for subclasses, NotImplemented, class patching
class V:
    def __init__(s, x): s.x = x
    def __add__(s, o): return V(s.x + (o.x if isinstance(o, V) else o))
    def __radd__(s, o): return V(o + s.x + 1000)
    def __mul__(s, o): return NotImplemented
    def __rmul__(s, o): return "rmul"
    def __sub__(s, o): raise ValueError("nope")
    def __repr__(s): return "V(%r)" % s.x
class W(V):
    def __radd__(s, o): return "W.radd"
class X:
    def __rmul__(s, o): return "X.rmul"
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(1) + W(3), W(3) + V(1))
print(V(1) * X())
try: print(V(1) * V(2))
except TypeError as e: print(e)
try: print(V(1) * 3)
except TypeError as e: print(e)
try: V(1) - 1
except ValueError as e: print(e)
for i in range(3):
    v = V(i) + V(i)
    if i == 1:
        V.__add__ = lambda s, o: "patched"
    print(v)
print(V(0) + V(0))
