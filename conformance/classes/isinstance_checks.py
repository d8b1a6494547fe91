# isinstance with subclasses, tuples of classes, and built-in types.


class A:
    pass


class B(A):
    pass


class C(B):
    pass


class D:
    pass


objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, B), isinstance(o, C),
          isinstance(o, (D, C)), isinstance(o, ()), type(o) is A, type(o) == B)
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance("s", str))
print(isinstance([], (tuple, dict)), isinstance((), (list, (tuple,))), isinstance(None, type(None)))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError("k"), LookupError))
print(isinstance(KeyError("k"), (IndexError, ValueError)), isinstance(A, A))
e = C()
kinds = []
for cls in [A, B, C, D, int]:
    if isinstance(e, cls):
        kinds.append(cls.__name__)
print(kinds)
for bad in [5, "A", [A]]:
    try:
        print(isinstance(e, bad))
    except TypeError as err:
        print("TypeError", err)
print(type(e) is C, type(e) is B, type(e).__name__, type(type(e)).__name__)
