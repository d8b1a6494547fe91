def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def ior_pairs():
    d = {1: 2}
    d |= [(3, 4), (1, 5)]
    return d
t(ior_pairs)
def ior_int():
    d = {1: 2}
    d |= 5
t(ior_int)
def ior_bad_pair():
    d = {}
    d |= [1]
t(ior_bad_pair)
def ior_dict():
    d = {"a": 1}
    alias = d
    d |= {"b": 2}
    return d, alias is d
t(ior_dict)
t(lambda: {1: 2} | [(3, 4)])
t(lambda: [1, 3, 2].sort(reverse=None))
t(lambda: sorted([1, 3, 2], reverse="x"))
t(lambda: sorted([1, 3, 2], reverse=1))
t(lambda: sorted([1, 3, 2], reverse=0))
t(lambda: sorted([1, 3, 2], reverse=True))
t(lambda: sorted([1, 3, 2], reverse=1.0))
t(lambda: sum([b"a"], b""))
t(lambda: sum([b"a"], bytearray()))
t(lambda: sum([], b""))
t(lambda: sum(["a"], ""))
t(lambda: sum([[1], [2]], []))
