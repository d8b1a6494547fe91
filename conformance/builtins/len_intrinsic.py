# len() while it is the builtin, shadowed, restored, on every kind of
# value and with wrong arguments: the inline path must agree with the builtin.
class L(list):
    def __len__(self):
        return 42
print(len([1,2]), len((1,)), len({1:2}), len({1,2,3}), len("héllo"), len(range(10)), len(L([1])), len(b"ab"), len(bytearray(3)))
def f(x):
    return len(x)
print([f(v) for v in ([1], (1, 2), {}, "ab", L())])
len = lambda x: -1
print(f([1, 2, 3]))
del len
print(f([1, 2, 3]))
try:
    f(5)
except TypeError as e:
    print(e)
try:
    print(len())
except TypeError as e:
    print(e)
try:
    print(len([1], [2]))
except TypeError as e:
    print(e)
print(len(range(10 ** 18)), len(range(0, 10 ** 12, 7)))
