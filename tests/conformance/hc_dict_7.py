d = {}
d[1] = "a"; d[2] = "b"; d[3] = "c"
del d[2]
d[2] = "B"
print(list(d.items()))
v = d.values()
k = d.keys()
d[4] = "d"
print(len(v), len(k), 4 in k, "d" in v)
print(d == {4: "d", 3: "c", 2: "B", 1: "a"}, list(d) == [1, 3, 2, 4])
print(dict.fromkeys([1, 2], []), {}.fromkeys("ab"))
it = iter(d)
print(next(it), next(it))
print(repr(d.keys()), repr(d.values()), repr(d.items()))
