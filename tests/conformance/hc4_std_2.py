import itertools
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
for key, grp in itertools.groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in grp])
it1, it2 = itertools.tee([1, 2, 3])
print(list(it1), list(it2))
cyc = itertools.cycle("ab")
print([next(cyc) for _ in range(5)])
print(list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.filterfalse(lambda x: x % 2, range(6))), list(itertools.chain("ab", [1])))
print(len(list(itertools.product("ab", repeat=3))), list(itertools.permutations(range(3)))[-1])
