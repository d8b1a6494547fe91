# __next__ and __iter__ called as methods on builtin iterators and generators
def g():
    yield 1


x = g()
print(x.__next__())
try:
    x.__next__()
except StopIteration as e:
    print("stop", e.args)
print(iter({1: 2}).__next__(), iter("ab").__next__(), iter(range(3)).__next__(),
      enumerate("a").__next__(), zip([1]).__next__(), map(str, [1]).__next__())
it = iter([1])
print(it.__next__(), it.__iter__() is it)
try:
    it.__next__()
except StopIteration as e:
    print("stop", e.args)
f = filter(None, [0, 3])
print(f.__next__(), hasattr(f, "__next__"), hasattr([], "__next__"), hasattr(iter([]), "__iter__"))
r = reversed([1, 2])
print(r.__next__(), r.__iter__() is r)


class Wrap:
    def __init__(self, xs):
        self._it = iter(xs)

    def __iter__(self):
        return self

    def __next__(self):
        return self._it.__next__() * 10


print(list(Wrap([1, 2, 3])))
