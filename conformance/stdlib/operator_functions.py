# operator: the function forms of the operators, with their errors
import operator as op

pairs = [(7, 3), (-7, 3), (7.5, 2), (2, 10), (True, 5)]
for a, b in pairs:
    print(a, b, op.add(a, b), op.sub(a, b), op.mul(a, b), op.truediv(a, b),
          op.floordiv(a, b), op.mod(a, b), op.pow(a, b))
for a in [5, -5, 0, True, 2.5]:
    print(a, op.neg(a), op.pos(a), op.abs(a), op.not_(a), op.truth(a))
for a, b in [(12, 10), (-12, 3), (255, 1)]:
    print(op.and_(a, b), op.or_(a, b), op.xor(a, b), op.lshift(a, b),
          op.rshift(a, b), op.invert(a), op.inv(b))
print(op.and_({1, 2}, {2, 3}) == {2}, sorted(op.or_({1}, {4})), sorted(op.xor({1, 2}, {2, 3})))
for a, b in [(1, 2), (2, 2), (3, 2), ("a", "b"), ((1, 2), (1, 3))]:
    print(op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))
x = [1]
y = [1]
print(op.is_(x, x), op.is_(x, y), op.is_not(x, y), op.is_(None, None))
print(op.contains([1, 2, 3], 2), op.contains("hello", "ell"), op.contains({"k": 1}, "v"))
print(op.countOf([1, 2, 1, 1, 3], 1), op.countOf("banana", "a"), op.countOf([], 0))
print(op.indexOf([4, 5, 6], 6), op.indexOf("xyz", "y"))
print(op.concat([1], [2, 3]), op.concat("ab", "cd"), op.concat((1,), (2,)))
d = {"a": 1}
op.setitem(d, "b", 2)
print(d, op.getitem(d, "b"))
op.delitem(d, "a")
print(d)
seq = list(range(10))
print(op.getitem(seq, slice(2, 8, 2)), op.getitem("hello", -1))
op.setitem(seq, slice(0, 3), ["x"])
op.delitem(seq, 0)
print(seq)
print(op.index(5), op.index(True), op.index(-2 ** 70))
print(op.iadd([1], [2]), op.iadd(1, 2), op.isub(5, 3), op.imul("ab", 2),
      op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 2), op.ipow(2, 8),
      op.ilshift(1, 4), op.irshift(64, 2), op.iand(6, 3), op.ior(6, 3),
      op.ixor(6, 3), op.iconcat([1], (2,)))
lst = [1]
r = op.iadd(lst, [5])
print(r is lst, lst)
print(op.call(max, 3, 9, 4), op.length_hint([1, 2, 3]), op.length_hint(Point(1, 2) if False else 5, 7))

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

show(op.truediv, 1, 0)
show(op.floordiv, 1, 0)
show(op.mod, 1.5, 0)
show(op.add, 1, "a")
show(op.lt, 1, "a")
show(op.neg, "a")
show(op.index, 2.5)
show(op.index, "3")
show(op.indexOf, [1, 2], 3)
show(op.concat, 1, 2)
show(op.concat, [1], (2,))
show(op.getitem, [1], 5)
show(op.getitem, {}, "k")
show(op.delitem, [], 0)
show(op.invert, 1.5)
show(op.contains, 5, 1)
show(op.countOf, 5, 1)
show(op.length_hint, [], "x")
