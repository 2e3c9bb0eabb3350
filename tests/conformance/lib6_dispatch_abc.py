from functools import singledispatch
from collections.abc import Sequence, Mapping, Iterable, Set
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register(Mapping)
def _(x):
    return f"mapping of {len(x)}"
@describe.register(Sequence)
def _(x):
    return f"sequence of {len(x)}"
@describe.register
def _(x: int):
    return "int"
@describe.register(str)
def _(x):
    return "str"
@describe.register(Iterable)
def _(x):
    return "iterable"
print(describe({"a": 1}), describe([1, 2]), describe((1,)), describe("s"), describe(3), describe(True))
print(describe({1}), describe(range(3)), describe(iter([])), describe(None), describe(b"ab"))
class Box(Sequence):
    def __init__(self, *xs):
        self.xs = xs
    def __getitem__(self, i):
        return self.xs[i]
    def __len__(self):
        return len(self.xs)
print(describe(Box(1, 2)))
from collections import OrderedDict, defaultdict, deque
print(describe(OrderedDict()), describe(defaultdict(int)), describe(deque([1])), describe(frozenset()))
print(describe.dispatch(list).__name__, describe.dispatch(dict) is describe.dispatch(Mapping))
print(sorted(k.__name__ for k in describe.registry))
@singledispatch
def size(x):
    raise NotImplementedError(type(x).__name__)
@size.register
def _(x: Sequence):
    return len(x)
@size.register
def _(x: Set):
    return -len(x)
print(size([1, 2, 3]), size({1}), size("ab"))
size(5)
