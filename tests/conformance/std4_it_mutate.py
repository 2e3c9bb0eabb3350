from itertools import cycle, islice, accumulate, chain, zip_longest, pairwise, tee, groupby, takewhile
src = [1, 2, 3]
c = cycle(src)
print(next(c), next(c))
src.append(4)
print(list(islice(c, 6)))
data = [1, 2, 3]
out = []
for x in chain(data, data):
    if len(data) < 6:
        data.append(x * 10)
    out.append(x)
print(out)
lst = [1, 2, 3]
acc = accumulate(lst)
print(next(acc)); lst.clear(); print(list(acc))
d = {"a": 1, "b": 2}
try:
    for p in pairwise(d):
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError", e)
a, b = tee(x * 2 for x in range(3))
print(list(zip_longest(a, b, [0])))
def key(x):
    seen.append(x)
    return x // 2
seen = []
print([(k, len(list(g))) for k, g in groupby(range(7), key)], len(seen))
nums = [1, 2, 3, 4]
print(list(takewhile(lambda x: nums.pop() if nums else False, range(10))))
