# Structural ABC checks (__subclasshook__) for user classes, builtin instances and
# subclasses of the ABCs (which do not inherit the structural check).
from collections.abc import Iterable, Iterator, Sized, Container, Collection, Hashable, Callable, Reversible, Generator, Sequence, Mapping
class A:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __len__(self): return 0
    def __contains__(self, x): return False
class B: __hash__ = None
class MyIt(Iterator):
    def __next__(self): raise StopIteration
print([issubclass(A, c) for c in (Iterable, Iterator, Sized, Container, Collection, Hashable, Callable, Reversible, Generator, Sequence, Mapping)])
print(issubclass(B, Hashable), issubclass(A, MyIt), isinstance(MyIt(), Iterator), isinstance([], Collection), isinstance(len, Callable), isinstance({}, Mapping))
print(isinstance(iter([]), Iterator), isinstance(reversed([]), Iterator), isinstance((x for x in []), Generator))
