class A:
    @property
    def x(self):
        return 1
    def __setattr__(self, n, v):
        print("setattr", n, v)
A().x = 5
class It:
    def __iter__(self):
        return iter([1, 2])
l = [0]; l += It(); l.extend(It()); print(l)
print(Ellipsis, ..., NotImplemented)
try:
    hash({}.keys())
except TypeError as e:
    print("TypeError", e)
