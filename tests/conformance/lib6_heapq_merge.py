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
