from collections.abc import Iterable, Iterator, Sized, Hashable, Container, Callable, Sequence, Mapping, Reversible, Collection

class Bag:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        return 1
    def __contains__(self, x):
        return True

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

class Eq:
    def __eq__(self, other):
        return True

class NoIter(list):
    __iter__ = None

class Fn:
    def __call__(self):
        return 1

class MyList(list):
    pass

for cls in [Bag, Counter, Eq, NoIter, Fn, MyList, object]:
    obj = cls()
    print(cls.__name__, [a.__name__ for a in [Iterable, Iterator, Sized, Hashable, Container, Callable,
                                              Sequence, Mapping, Reversible, Collection] if isinstance(obj, a)])
print(issubclass(list, Iterable), issubclass(int, Iterable), issubclass(dict, Mapping))
print(issubclass(Iterator, Iterable), issubclass(Sequence, Collection), issubclass(Iterable, Iterator))
print(issubclass(Bag, Collection), issubclass(Counter, Iterator), issubclass(str, Sequence))
print(isinstance(Bag, Callable), isinstance([], (int, Sequence)), isinstance(3, int | Iterable))

class Derived(Iterable):
    def __iter__(self):
        return iter([2, 3])

d = Derived()
print(list(d), isinstance(d, Iterable), issubclass(Derived, Iterable), isinstance(d, Iterator))
print(Iterable, Mapping, Callable)
print(Iterable.__name__, Iterable.__module__, Iterable.__qualname__)
