from functools import singledispatch, cached_property, reduce
import operator
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def total(self):
        print("computing")
        return sum(self.xs)
dd = Data([1, 2, 3])
print(dd.total, dd.total)
print(reduce(operator.mul, [1, 2, 3, 4], 10), reduce(operator.add, ["a", "b"]), operator.itemgetter(0, 2)("abc"))
class P:
    def __init__(self):
        self.inner = type("I", (), {"v": 5})()
print(operator.attrgetter("inner.v")(P()), operator.methodcaller("split", ",")("a,b"), operator.neg(3))
