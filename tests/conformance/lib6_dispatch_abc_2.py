from functools import singledispatch
from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Iterable, Sized, Hashable, Callable
@singledispatch
def kind(x):
    return "other"
kind.register(Iterable, lambda x: "iterable")
kind.register(MutableSequence, lambda x: "mutseq")
kind.register(Mapping, lambda x: "mapping")
kind.register(list, lambda x: "list")
class MyList(list):
    pass
class Base:
    pass
class Stream(Base):
    def __iter__(self):
        return iter([])
class Sub(Stream):
    pass
class MyDict(dict):
    pass
print(kind([]), kind(MyList()), kind(()), kind({}), kind(MyDict()), kind(Stream()), kind(Sub()), kind(Base()))
print(kind("x"), kind(range(2)), kind(set()), kind(bytearray()), kind(5))
@singledispatch
def h(x):
    return "plain"
@h.register
def _(x: Hashable):
    return "hashable"
@h.register
def _(x: Callable):
    return "callable"
print(h(1), h([]), h(len), h(lambda: 0), h(Base()))
@singledispatch
def fmt(x):
    return repr(x)
@fmt.register
def _(x: MutableMapping):
    return "{" + ", ".join(f"{k}={fmt(v)}" for k, v in x.items()) + "}"
@fmt.register
def _(x: Sequence):
    return "[" + "; ".join(fmt(i) for i in x) + "]"
@fmt.register
def _(x: str):
    return x.upper()
print(fmt({"a": [1, "b", (2, 3)], "c": {"d": "e"}}))
