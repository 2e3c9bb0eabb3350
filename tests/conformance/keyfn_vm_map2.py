# map(f, ...) with f in Python: the VM makes the calls (FOR_ITER, or a drain when consumed whole)
class Scale:
    def __init__(self, k):
        self.k = k
    def apply(self, v):
        return v * self.k
    def __call__(self, v):
        return v + self.k

print(list(map(Scale(3).apply, range(4))), list(map(Scale(1), [1, 2])))
def gen():
    yield 1
    print("gen resumed")
    yield 2
print(list(map(lambda v: v * 10, gen())))
total = 0
for v in map(lambda a: a * a, range(1000)):
    total += v
print(total, max(map(len, ["a", "abc"])), "-".join(map(lambda s: s.upper(), "xyz")))
nested = map(lambda v: v + 1, map(lambda v: v * 2, [1, 2, 3]))
print(list(nested), list(nested))
def boom(v):
    if v == 2:
        raise ValueError("bad item %d" % v)
    return v
out = []
try:
    for v in map(boom, [1, 2, 3]):
        out.append(v)
except ValueError as e:
    print(out, e)
it = map(boom, [1, 2, 3])
print(next(it))
try:
    next(it)
except ValueError as e:
    print("next:", e, next(it))
def deep(n):
    return n if n == 0 else deep(n - 1)
print(list(map(deep, [10, 20])))
print(tuple(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
def stop_at_three(v):
    if v == 3:
        raise StopIteration("no more")
    return v
print([v for v in map(stop_at_three, [1, 2, 3, 4])], sum(map(stop_at_three, [1, 2, 3, 4])))
for w in map(stop_at_three, [3]):
    print("never", w)
else:
    print("else ran")
list(map(lambda d: d["missing"], [{}]))
