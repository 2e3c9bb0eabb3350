import heapq
def gen(name, xs):
    for x in xs:
        print("pull", name, x)
        yield x
m = heapq.merge(gen("a", [1, 4, 7]), gen("b", [2, 3, 9]))
print(type(m).__name__, iter(m) is m)
print(next(m))
print(next(m))
print(list(m))
print(list(heapq.merge([3, 1], [2, 0], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [5], [])))
print(list(heapq.merge([(1, "b"), (2, "a")], [(1, "a")])))
recs = [{"t": 1}, {"t": 5}]
recs2 = [{"t": 2}]
print(list(heapq.merge(recs, recs2, key=lambda r: r["t"])))
m2 = heapq.merge([1, 3], [2])
print(next(m2), next(m2), next(m2), next(m2, "done"))
try:
    list(heapq.merge([1, "a"], [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.merge([1], 5)
    print("lazy")
    list(heapq.merge([1], 5))
except TypeError as e:
    print("TypeError:", e)
from itertools import count, islice
print(list(islice(heapq.merge(count(0, 3), count(1, 3), count(2, 3)), 8)))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return f"V{self.v}"
print(list(heapq.merge([V(1), V(3)], [V(2)], [V(0), V(5)])))
print(list(heapq.merge([5, 3, 1], [4, 2], key=lambda x: -x)))
print(list(heapq.merge([1, 1], [1, 1], key=lambda x: 0, reverse=True)))
print(type(heapq.merge()), list(heapq.merge("ace", "bdf")))
def bad():
    yield 1
    raise ValueError("source broke")
g = heapq.merge(bad(), [0, 2])
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "finished"))
heapq.merge([1], key=len, typo=1)
