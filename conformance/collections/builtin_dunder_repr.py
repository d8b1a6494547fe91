print([1, 2].__repr__(), (1,).__repr__(), {1: 2}.__repr__(), "a".__repr__(), (1.5).__repr__(), (3).__repr__(), {1}.__repr__(), b"x".__repr__(), None.__repr__(), range(3).__repr__(), {}.keys().__repr__())
print([1, 2].__str__(), "a".__str__(), (2.0).__str__(), object().__repr__()[:16])
class A: pass
print(A().__repr__()[:10], type(A.__repr__(A())))
class L(list): pass
print(L([1]).__repr__(), repr(L([2])))
